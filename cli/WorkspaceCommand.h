#pragma once

#include "CommandLine.h"

namespace ws {

// `workspace`, `graph` and `keys`: read a workspace folder and print what it holds.
class WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceCommand)

public:
    explicit WorkspaceCommand(CommandLine &line);

    static bool handles(const QString &command);
    int run(const QString &command);

private:
    CommandLine &m_line;
};

} // namespace ws
