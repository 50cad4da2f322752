#pragma once
// Small helpers shared by the context tests: write files into a temporary context, read a tar
// back with libarchive's reader.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIODevice>
#include <QList>
#include <QString>

#include <archive.h>
#include <archive_entry.h>

namespace testtree {

inline bool write(const QString &path, const QByteArray &content,
                  QFile::Permissions perms
                  = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size()
        && file.setPermissions(perms);
}

struct TarEntry
{
    QString path;
    int type = 0; // AE_IFREG, AE_IFDIR, AE_IFLNK
    int perm = 0;
    qint64 size = 0;
    QString symlink;
    qint64 mtime = -1;
    qint64 uid = -1;
    qint64 gid = -1;
    QString uname;
    QByteArray content;
};

// Reads a whole tar with libarchive; an empty list with ok=false when it is not a valid tar.
inline QList<TarEntry> readTar(const QByteArray &tar, bool *ok)
{
    QList<TarEntry> out;
    archive *a = archive_read_new();
    archive_read_support_format_tar(a);
    *ok = archive_read_open_memory(a, tar.constData(), size_t(tar.size())) == ARCHIVE_OK;
    archive_entry *h = nullptr;
    int rc = ARCHIVE_OK;
    while (*ok && (rc = archive_read_next_header(a, &h)) == ARCHIVE_OK) {
        TarEntry e;
        e.path = QString::fromUtf8(archive_entry_pathname_utf8(h));
        if (e.path.endsWith(u'/'))
            e.path.chop(1);
        e.type = int(archive_entry_filetype(h));
        e.perm = int(archive_entry_perm(h));
        e.size = archive_entry_size(h);
        if (const char *l = archive_entry_symlink_utf8(h))
            e.symlink = QString::fromUtf8(l);
        e.mtime = archive_entry_mtime(h);
        e.uid = archive_entry_uid(h);
        e.gid = archive_entry_gid(h);
        if (const char *u = archive_entry_uname(h))
            e.uname = QString::fromUtf8(u);
        QByteArray buf(65536, Qt::Uninitialized);
        la_ssize_t n = 0;
        while ((n = archive_read_data(a, buf.data(), size_t(buf.size()))) > 0)
            e.content.append(buf.constData(), qsizetype(n));
        if (n < 0)
            *ok = false;
        out.append(e);
    }
    if (rc != ARCHIVE_EOF)
        *ok = false;
    archive_read_free(a);
    return out;
}

// Drains a device the way a sender does: read() until it gives no more.
inline QByteArray drain(QIODevice *device, qint64 *maxBuffered = nullptr)
{
    QByteArray all;
    QByteArray buf(32 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buf.data(), buf.size());
        if (maxBuffered)
            *maxBuffered = std::max(*maxBuffered, device->bytesAvailable());
        if (n <= 0)
            break;
        all.append(buf.constData(), qsizetype(n));
    }
    return all;
}

} // namespace testtree
