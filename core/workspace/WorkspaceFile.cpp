#include "WorkspaceFile.h"

#include <QFile>
#include <QFileInfo>

namespace ws {

bool WorkspaceFile::read(const QString &path, QByteArray *contents, Problems *problems)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        problems->append(makeProblem(path, 0, 0, tr("File not found.")));
        return false;
    }
    if (info.isDir()) {
        problems->append(makeProblem(path, 0, 0, tr("Expected a file, found a folder.")));
        return false;
    }
    // The size is checked before reading so a huge or endless file (a FIFO, /dev/zero behind a
    // symlink) never reaches memory.
    if (!info.isFile()) {
        problems->append(makeProblem(path, 0, 0, tr("Not a regular file; it is not read.")));
        return false;
    }
    if (info.size() > maxSize) {
        problems->append(makeProblem(
            path, 0, 0,
            tr("File is %1 MiB, larger than the %2 MiB limit for workspace files; it is not read.")
                .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                .arg(maxSize / (1024 * 1024))));
        return false;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(
            makeProblem(path, 0, 0, tr("Cannot read the file: %1.").arg(file.errorString())));
        return false;
    }
    *contents = file.read(maxSize + 1);
    if (contents->size() > maxSize) {
        problems->append(makeProblem(
            path, 0, 0,
            tr("File grew past the %1 MiB limit while it was read.").arg(maxSize / (1024 * 1024))));
        contents->clear();
        return false;
    }
    return true;
}

bool WorkspaceFile::rejectBinary(const QByteArray &text, const QString &path, Problems *problems)
{
    const qsizetype nul = text.indexOf('\0');
    if (nul < 0)
        return false;
    const int line = int(text.left(nul).count('\n')) + 1;
    problems->append(makeProblem(path, line, 0,
                                 tr("The file holds binary data (a NUL byte), not text; it is "
                                    "not read. Check that the right file is in this place.")));
    return true;
}

} // namespace ws
