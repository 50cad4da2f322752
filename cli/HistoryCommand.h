#pragma once

#include "CommandLine.h"

namespace ws {

// `history`: lists recent image builds from the build history (WHALESTACK_HISTORY, or the
// default file), as a table or as JSON.
class HistoryCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    explicit HistoryCommand(CommandLine &line);

    static bool handles(const QString &command);
    int run(const QString &command);

private:
    CommandLine &m_line;
};

} // namespace ws
