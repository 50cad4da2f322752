#pragma once

#include "CommandLine.h"

namespace ws {

// `build PATH [IMAGE…]`: builds a workspace's images on the Docker engine of DOCKER_HOST with
// the build queue, printing progress lines to stderr and, with --json, a summary to stdout.
class BuildCommand
{
    Q_DECLARE_TR_FUNCTIONS(BuildCommand)

public:
    explicit BuildCommand(CommandLine &line);

    static bool handles(const QString &command);
    int run(const QString &command);

private:
    CommandLine &m_line;
};

} // namespace ws
