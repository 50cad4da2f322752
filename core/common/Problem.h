#pragma once

#include <QList>
#include <QString>

namespace ws {

// One thing wrong with an input (a file the user wrote, or data from a server), located so that
// a person can open it at the spot. Parsers return these instead of throwing or aborting: the
// rest of the input still loads.
struct Problem
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    QString file; // absolute path of the file, or the endpoint the data came from
    int line = 0; // 1-based; 0 when the whole file is meant
    int column = 0; // 1-based; 0 when unknown
    QString message; // translated: what is wrong and, where it helps, what to do

    // "file:line:column: message", the form compilers use, so editors can jump to it.
    QString toString() const
    {
        QString where = file;
        if (line > 0) {
            where += QLatin1Char(':') + QString::number(line);
            if (column > 0)
                where += QLatin1Char(':') + QString::number(column);
        }
        return where + QLatin1String(": ") + message;
    }

    friend bool operator==(const Problem &, const Problem &) = default;
};

using Problems = QList<Problem>;

inline Problem makeProblem(const QString &file, int line, int column, const QString &message,
                           Problem::Severity severity = Problem::Severity::Error)
{
    return Problem {severity, file, line, column, message};
}

} // namespace ws
