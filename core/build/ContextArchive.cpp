#include "ContextArchive.h"

#include "DockerIgnore.h"

#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QMetaObject>

#include <archive.h>
#include <archive_entry.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ws {

namespace {

// One read() of a file per chunk: 256 KiB keeps the syscalls per megabyte sent few (a 300 MB
// context is 1200 reads, not 4800) while the buffer stays small beside the sender's.
constexpr qint64 kChunk = 256 * 1024;
constexpr qint64 kMaxAhead = 1024 * 1024;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ContextArchive)
};

QString systemError(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString readLink(const QByteArray &path)
{
    QByteArray target(4096, Qt::Uninitialized);
    const ssize_t n = ::readlink(path.constData(), target.data(), size_t(target.size()));
    if (n < 0)
        return {};
    target.truncate(n);
    return QFile::decodeName(target);
}

// Walks one folder of the context, sorted by name so the result does not depend on the file
// system's order. Recursion depth is the folder depth, which the kernel bounds (PATH_MAX).
void walk(const QString &root, const QString &relDir, const DockerIgnore &ignore,
          QList<ContextEntry> *out, Problems *problems)
{
    const QString absDir = relDir.isEmpty() ? root : root + u'/' + relDir;
    DIR *dir = ::opendir(QFile::encodeName(absDir).constData());
    if (!dir) {
        problems->append(makeProblem(absDir, 0, 0,
                                     Tr::tr("cannot read the folder: %1").arg(systemError(errno))));
        return;
    }
    QStringList names;
    while (const dirent *d = ::readdir(dir)) {
        const QString name = QFile::decodeName(d->d_name);
        if (name != u'.' && name != QLatin1String(".."))
            names.append(name);
    }
    ::closedir(dir);
    std::sort(names.begin(), names.end());

    for (const QString &name : std::as_const(names)) {
        const QString rel = relDir.isEmpty() ? name : relDir + u'/' + name;
        const QString abs = root + u'/' + rel;
        const QByteArray absBytes = QFile::encodeName(abs);
        struct stat st
        { };
        if (::lstat(absBytes.constData(), &st) != 0) {
            problems->append(
                makeProblem(abs, 0, 0, Tr::tr("cannot read: %1").arg(systemError(errno))));
            continue;
        }
        const bool isDir = S_ISDIR(st.st_mode);
        if (ignore.isExcluded(rel)) {
            if (isDir && ignore.mustWalkExcludedFolder(rel))
                walk(root, rel, ignore, out, problems);
            continue;
        }
        ContextEntry entry;
        entry.path = rel;
        entry.sourcePath = abs;
        entry.permissions = quint32(st.st_mode) & 07777;
        if (isDir) {
            entry.type = ContextEntry::Type::Folder;
            out->append(entry);
            walk(root, rel, ignore, out, problems);
        } else if (S_ISLNK(st.st_mode)) {
            entry.type = ContextEntry::Type::Symlink;
            entry.linkTarget = readLink(absBytes);
            out->append(entry);
        } else if (S_ISREG(st.st_mode)) {
            if (::access(absBytes.constData(), R_OK) != 0) {
                problems->append(makeProblem(
                    abs, 0, 0,
                    Tr::tr("cannot read this file of the build context (%1); make it readable "
                           "or exclude it in .dockerignore")
                        .arg(systemError(errno))));
                continue;
            }
            entry.type = ContextEntry::Type::File;
            entry.size = qint64(st.st_size);
            out->append(entry);
        } else {
            problems->append(makeProblem(
                abs, 0, 0,
                Tr::tr("left out of the build context: not a file, folder or symbolic link"),
                Problem::Severity::Warning));
        }
    }
}

void addExtraFile(const ContextSource &source, const QString &spec, QList<ContextEntry> *out,
                  Problems *problems)
{
    // The first colon, as ManifestParser splits context_files.
    const qsizetype colon = spec.indexOf(u':');
    const QString host = colon > 0 ? spec.left(colon) : QString();
    QString dest = colon > 0 ? DockerIgnore::cleanPath(spec.mid(colon + 1)) : QString();
    while (dest.startsWith(u'/'))
        dest.remove(0, 1);
    if (host.isEmpty() || dest.isEmpty() || dest == u'.' || dest == QLatin1String("..")
        || dest.startsWith(QLatin1String("../"))) {
        problems->append(makeProblem(
            source.contextDir, 0, 0,
            Tr::tr("extra context file \"%1\": write it as hostpath:dest, dest inside the "
                   "context")
                .arg(spec)));
        return;
    }
    const QString abs = QDir::cleanPath(QDir(source.contextDir).absoluteFilePath(host));
    struct stat st
    { };
    if (::stat(QFile::encodeName(abs).constData(), &st) != 0 || !S_ISREG(st.st_mode)
        || ::access(QFile::encodeName(abs).constData(), R_OK) != 0) {
        problems->append(makeProblem(abs, 0, 0,
                                     Tr::tr("extra context file for \"%1\" is missing or not a "
                                            "readable file")
                                         .arg(dest)));
        return;
    }
    out->removeIf(
        [&](const ContextEntry &e) { return e.path == dest || e.path.startsWith(dest + u'/'); });
    ContextEntry entry;
    entry.path = dest;
    entry.sourcePath = abs;
    entry.type = ContextEntry::Type::File;
    entry.permissions = quint32(st.st_mode) & 07777;
    entry.size = qint64(st.st_size);
    out->append(entry);
}

// One header as libarchive writes it: the reproducible fields only.
archive_entry *makeHeader(const ContextEntry &e)
{
    archive_entry *h = archive_entry_new();
    archive_entry_set_pathname_utf8(h, e.path.toUtf8().constData());
    archive_entry_set_perm(h, mode_t(e.permissions));
    archive_entry_set_uid(h, 0);
    archive_entry_set_gid(h, 0);
    archive_entry_set_mtime(h, 0, 0);
    switch (e.type) {
    case ContextEntry::Type::Folder:
        archive_entry_set_filetype(h, AE_IFDIR);
        archive_entry_set_size(h, 0);
        break;
    case ContextEntry::Type::Symlink:
        archive_entry_set_filetype(h, AE_IFLNK);
        archive_entry_set_symlink_utf8(h, e.linkTarget.toUtf8().constData());
        archive_entry_set_size(h, 0);
        break;
    case ContextEntry::Type::File:
        archive_entry_set_filetype(h, AE_IFREG);
        archive_entry_set_size(h, e.size);
        break;
    }
    return h;
}

archive *newWriter(void *self, archive_write_callback *callback)
{
    archive *a = archive_write_new();
    // pax restricted: ustar headers, plus a pax header only where ustar cannot say it (long or
    // non-ASCII names, big files) — what Docker's own tar writer produces too.
    archive_write_set_format_pax_restricted(a);
    archive_write_set_bytes_per_block(a, 10240);
    archive_write_set_bytes_in_last_block(a, 1);
    if (archive_write_open2(a, self, nullptr, callback, nullptr, nullptr) != ARCHIVE_OK) {
        archive_write_free(a);
        return nullptr;
    }
    return a;
}

la_ssize_t countBytes(archive *, void *counter, const void *, size_t length)
{
    *static_cast<qint64 *>(counter) += qint64(length);
    return la_ssize_t(length);
}

} // namespace

ContextArchive::ContextArchive(ContextSource source, QObject *parent)
    : QIODevice(parent), m_source(std::move(source))
{ }

ContextArchive::ContextArchive(QList<ContextEntry> entries, QObject *parent)
    : QIODevice(parent), m_listed(true), m_entries(std::move(entries))
{ }

ContextArchive::~ContextArchive()
{
    if (m_archive)
        archive_write_free(m_archive);
}

QList<ContextEntry> ContextArchive::listEntries(const ContextSource &source, Problems *problems)
{
    Problems local;
    Problems *sink = problems ? problems : &local;
    QList<ContextEntry> entries;
    const QString root = QDir::cleanPath(source.contextDir);
    if (!QFileInfo(root).isDir()) {
        sink->append(makeProblem(root, 0, 0, Tr::tr("the build context folder does not exist")));
        return entries;
    }
    DockerIgnore ignore = DockerIgnore::load(root, sink);
    ignore.keepAlways(QStringLiteral(".dockerignore"));
    const QString dockerfile = source.dockerfileInContext();
    if (!dockerfile.isEmpty())
        ignore.keepAlways(dockerfile);
    walk(root, QString(), ignore, &entries, sink);
    for (const QString &spec : source.extraFiles)
        addExtraFile(source, spec, &entries, sink);
    // A Dockerfile outside the context travels inside it under a fixed name (the docker CLI
    // uses a random one; a fixed one keeps the tar reproducible).
    if (dockerfile.isEmpty() && !QFileInfo(source.dockerfilePath()).isFile())
        sink->append(
            makeProblem(source.dockerfilePath(), 0, 0, Tr::tr("the Dockerfile does not exist")));
    else if (dockerfile.isEmpty())
        addExtraFile(source,
                     source.dockerfilePath() + u':'
                         + QLatin1String(ContextSource::outsideDockerfileName),
                     &entries, sink);
    std::sort(entries.begin(), entries.end(),
              [](const ContextEntry &a, const ContextEntry &b) { return a.path < b.path; });
    return entries;
}

qint64 ContextArchive::predictSize(const QList<ContextEntry> &entries)
{
    // libarchive pads an entry whose data was not written with zeros, so writing the headers
    // alone gives the exact length of the real stream.
    qint64 size = 0;
    archive *a = newWriter(&size, countBytes);
    if (!a)
        return -1;
    for (const ContextEntry &entry : entries) {
        archive_entry *h = makeHeader(entry);
        const int rc = archive_write_header(a, h);
        archive_entry_free(h);
        if (rc < ARCHIVE_WARN || archive_write_finish_entry(a) < ARCHIVE_WARN) {
            archive_write_free(a);
            return -1;
        }
    }
    const int rc = archive_write_close(a);
    archive_write_free(a);
    return rc == ARCHIVE_OK ? size : -1;
}

qint64 ContextArchive::predictSize(const ContextSource &source, Problems *problems)
{
    Problems local;
    const QList<ContextEntry> entries = listEntries(source, &local);
    if (problems)
        problems->append(local);
    for (const Problem &p : std::as_const(local))
        if (p.severity == Problem::Severity::Error)
            return -1;
    return predictSize(entries);
}

qint64 ContextArchive::predictedSize() const
{
    return m_state == State::Closed ? -1 : predictSize(m_entries);
}

bool ContextArchive::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly || isOpen()) {
        setErrorString(Tr::tr("a build context can only be opened once, for reading"));
        return false;
    }
    if (!m_listed) {
        m_problems.clear();
        m_entries = listEntries(m_source, &m_problems);
        for (const Problem &p : std::as_const(m_problems))
            if (p.severity == Problem::Severity::Error) {
                setErrorString(p.toString());
                return false;
            }
    }
    m_archive = newWriter(this, &ContextArchive::onWrite);
    if (!m_archive) {
        setErrorString(Tr::tr("cannot start the tar writer"));
        return false;
    }
    m_index = 0;
    m_state = State::Streaming;
    // Unbuffered: readData() already keeps its own bounded buffer.
    QIODevice::open(ReadOnly | Unbuffered);
    // Data is ready at once; tell a sender waiting for readyRead.
    QMetaObject::invokeMethod(this, &QIODevice::readyRead, Qt::QueuedConnection);
    return true;
}

void ContextArchive::close()
{
    if (m_archive) {
        archive_write_free(m_archive);
        m_archive = nullptr;
    }
    m_file.close();
    m_out.clear();
    m_outPos = 0;
    if (m_state == State::Streaming)
        m_state = State::Closed;
    QIODevice::close();
}

bool ContextArchive::atEnd() const
{
    return m_state != State::Streaming && m_outPos >= m_out.size() && QIODevice::atEnd();
}

qint64 ContextArchive::bytesAvailable() const
{
    return (m_out.size() - m_outPos) + QIODevice::bytesAvailable();
}

long ContextArchive::onWrite(archive *, void *self, const void *buffer, size_t length)
{
    auto *me = static_cast<ContextArchive *>(self);
    const char *bytes = static_cast<const char *>(buffer);
    size_t rest = length;
    if (me->m_direct) {
        const size_t direct = std::min(rest, size_t(me->m_directRoom - me->m_directFilled));
        std::memcpy(me->m_direct + me->m_directFilled, bytes, direct);
        me->m_directFilled += qint64(direct);
        bytes += direct;
        rest -= direct;
    }
    if (rest > 0)
        me->m_out.append(bytes, qsizetype(rest));
    return la_ssize_t(length);
}

void ContextArchive::fail(const QString &message)
{
    if (m_state == State::Failed)
        return;
    m_state = State::Failed;
    m_file.close();
    if (m_archive) {
        archive_write_free(m_archive);
        m_archive = nullptr;
    }
    m_out.clear(); // never hand out the bytes of a tar that cannot be completed
    m_outPos = 0;
    setErrorString(message);
    QMetaObject::invokeMethod(
        this, [this, message] { emit failed(message); }, Qt::QueuedConnection);
}

void ContextArchive::writeHeader(const ContextEntry &entry)
{
    archive_entry *h = makeHeader(entry);
    const int rc = archive_write_header(m_archive, h);
    archive_entry_free(h);
    if (rc < ARCHIVE_WARN) {
        fail(Tr::tr("%1: cannot write the tar header: %2")
                 .arg(entry.sourcePath, QString::fromLocal8Bit(archive_error_string(m_archive))));
        return;
    }
    if (entry.type != ContextEntry::Type::File || entry.size == 0) {
        if (entry.type == ContextEntry::Type::File) { // an empty file: still check it is there
            struct stat st
            { };
            if (::stat(QFile::encodeName(entry.sourcePath).constData(), &st) != 0
                || st.st_size != 0) {
                fail(Tr::tr("%1 changed or vanished while the build context was being sent")
                         .arg(entry.sourcePath));
                return;
            }
        }
        archive_write_finish_entry(m_archive);
        ++m_index;
        return;
    }
    m_file.setFileName(entry.sourcePath);
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        fail(Tr::tr("%1: cannot read it while sending the build context: %2")
                 .arg(entry.sourcePath, m_file.errorString()));
        return;
    }
    m_remaining = entry.size;
}

void ContextArchive::writeChunk()
{
    const ContextEntry &entry = m_entries.at(m_index);
    if (m_chunk.size() != kChunk)
        m_chunk.resize(kChunk);
    const qint64 want = std::min(kChunk, m_remaining);
    const qint64 got = m_file.read(m_chunk.data(), want);
    if (got <= 0) {
        fail(got < 0 ? Tr::tr("%1: read error while sending the build context: %2")
                           .arg(entry.sourcePath, m_file.errorString())
                     : Tr::tr("%1 shrank or vanished while the build context was being sent")
                           .arg(entry.sourcePath));
        return;
    }
    if (archive_write_data(m_archive, m_chunk.constData(), size_t(got)) != got) {
        fail(Tr::tr("%1: cannot write the tar data: %2")
                 .arg(entry.sourcePath, QString::fromLocal8Bit(archive_error_string(m_archive))));
        return;
    }
    m_remaining -= got;
    if (m_remaining > 0)
        return;
    char extra = 0;
    if (m_file.read(&extra, 1) > 0) {
        fail(Tr::tr("%1 grew while the build context was being sent").arg(entry.sourcePath));
        return;
    }
    m_file.close();
    archive_write_finish_entry(m_archive);
    ++m_index;
}

void ContextArchive::step()
{
    if (m_file.isOpen()) {
        writeChunk();
    } else if (m_index < m_entries.size()) {
        writeHeader(m_entries.at(m_index));
    } else {
        if (archive_write_close(m_archive) != ARCHIVE_OK) {
            fail(Tr::tr("cannot finish the tar stream: %1")
                     .arg(QString::fromLocal8Bit(archive_error_string(m_archive))));
            return;
        }
        archive_write_free(m_archive);
        m_archive = nullptr;
        m_state = State::Finished;
        QMetaObject::invokeMethod(this, &QIODevice::readChannelFinished, Qt::QueuedConnection);
    }
}

qint64 ContextArchive::readData(char *data, qint64 maxSize)
{
    // Hand out what an earlier call produced beyond its caller's buffer first.
    qint64 n = std::min<qint64>(maxSize, m_out.size() - m_outPos);
    if (n > 0) {
        std::memcpy(data, m_out.constData() + m_outPos, size_t(n));
        m_outPos += n;
    }
    if (m_outPos >= m_out.size()) {
        m_out.truncate(0); // keeps the capacity for the next overflow
        m_outPos = 0;
    }
    // Then let libarchive write straight into the caller's buffer (one copy less); what does
    // not fit goes to m_out, at most one chunk plus one tar block.
    if (n < maxSize && m_outPos >= m_out.size()) {
        m_direct = data + n;
        m_directRoom = std::min(maxSize - n, kMaxAhead);
        m_directFilled = 0;
        while (m_state == State::Streaming && m_directFilled < m_directRoom && m_out.isEmpty())
            step();
        n += m_directFilled;
        m_direct = nullptr;
        m_directRoom = m_directFilled = 0;
    }
    if (m_state == State::Failed)
        return -1;
    if (n == 0)
        return m_state == State::Finished ? -1 : 0;
    return n;
}

qint64 ContextArchive::writeData(const char *, qint64)
{
    return -1;
}

} // namespace ws
