#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

namespace ws {

// What every command of whalestack-cli shares: its arguments and where it writes. Commands write
// results to `out` (stdout, for scripts) and messages for people to `err` (stderr).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine(QStringList arguments, QTextStream &out, QTextStream &err);

    QStringList arguments; // after the command name
    QTextStream &out;
    QTextStream &err;

    // Exit codes, documented in the README.
    enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

    static QString usage();

    // Reads repeated `--build-arg NAME=VALUE` values into `into`; says which one is malformed on
    // err and returns false.
    bool parseBuildArgs(const QStringList &pairs, QHash<QString, QString> *into);
    // True when `path` is a folder; otherwise says on err what to give instead.
    bool isWorkspaceFolder(const QString &path);
};

} // namespace ws
