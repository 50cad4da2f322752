#pragma once

#include "common/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ws {

// Reading one file of a workspace the way every parser here wants it: bounded in size, and
// refusing binary data with a Problem instead of feeding it to a text parser.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceFile)
public:
    static constexpr qint64 maxSize = 4 * 1024 * 1024;

    // Reads `path` into `contents`. On failure (missing, unreadable, a folder, larger than
    // maxSize) appends a Problem and returns false.
    static bool read(const QString &path, QByteArray *contents, Problems *problems);

    // True when `text` holds a NUL byte: what a text file never does. Appends a Problem for `path`.
    static bool rejectBinary(const QByteArray &text, const QString &path, Problems *problems);
};

} // namespace ws
