#pragma once

#include "ContextSource.h"
#include "common/Problem.h"

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>

#include <memory>

struct archive;

namespace ws {

// A build context as a tar stream for POST /build: the context folder minus what .dockerignore
// excludes, plus the manifest's extra files. Reproducible byte for byte (entries sorted by path,
// mtime 0, owners 0 and unnamed, modes and symlinks kept) so its digest is stable.
//
// A sequential, pull-based device: each read() produces the next tar bytes, reading files in
// chunks, so memory stays bounded whatever the context's size. open() walks the folder (blocking
// I/O: call it off the UI thread for big contexts, or pass listEntries() from a worker to the
// second constructor). When the stream cannot go on (a file vanished, shrank, grew or cannot be
// read), read() returns -1, failed() is emitted and errorString() names the file: the sender must
// abort the request, since the tar it sent so far is incomplete. readChannelFinished() is emitted
// (queued) once the last byte has been produced.
class ContextArchive : public QIODevice
{
    Q_OBJECT

public:
    explicit ContextArchive(ContextSource source, QObject *parent = nullptr);
    // An archive of entries listed beforehand (listEntries()); open() then does no walk.
    ContextArchive(QList<ContextEntry> entries, QObject *parent = nullptr);
    ~ContextArchive() override;

    // ReadOnly only. False when the context cannot be listed; problems() says why.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return true; }
    bool atEnd() const override;
    qint64 bytesAvailable() const override;

    const QList<ContextEntry> &entries() const { return m_entries; }
    const Problems &problems() const { return m_problems; } // from listing; warnings included
    bool hasFailed() const { return m_state == State::Failed; }
    bool isFinished() const { return m_state == State::Finished; }
    // The exact number of bytes the stream will produce, for a Content-Length; -1 when closed.
    qint64 predictedSize() const;

    // The context's entries sorted by path, .dockerignore applied, extra files added. Errors
    // (unreadable folder, broken pattern, missing extra file) go to problems; a listing with an
    // error in problems must not be sent.
    static QList<ContextEntry> listEntries(const ContextSource &source, Problems *problems);
    // The size of the tar the entries give, computed without reading any file.
    static qint64 predictSize(const QList<ContextEntry> &entries);
    static qint64 predictSize(const ContextSource &source, Problems *problems = nullptr);

signals:
    void failed(const QString &message);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    enum class State { Closed, Streaming, Finished, Failed };

    void step();
    void fail(const QString &message);
    void writeHeader(const ContextEntry &entry);
    void writeChunk();
    static long onWrite(archive *, void *self, const void *buffer, size_t length);

    ContextSource m_source;
    bool m_listed = false; // entries given to the constructor
    QList<ContextEntry> m_entries;
    Problems m_problems;

    State m_state = State::Closed;
    archive *m_archive = nullptr;
    qsizetype m_index = 0;
    QFile m_file;
    qint64 m_remaining = 0; // bytes of the current file still to send
    QByteArray m_out; // produced, not yet read; bounded by one chunk plus one tar block
    qsizetype m_outPos = 0;
    QByteArray m_chunk;
    char *m_direct = nullptr; // the buffer of the read() in progress, written to first
    qint64 m_directRoom = 0;
    qint64 m_directFilled = 0;
};

} // namespace ws
