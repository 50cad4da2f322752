#pragma once

#include "EtcdKeyValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ws {

// One message of etcd's v3 watch stream (POST /v3/watch through the JSON gateway): either a
// WatchResponse ({"result":{…}}) or the stream's terminal error ({"error":{…}}).
struct EtcdWatchMessage
{
    enum class Kind { Response, Error };
    Kind kind = Kind::Response;

    // Response
    qint64 revision = 0; // header.revision: the store's revision when this was sent
    qint64 watchId = 0;
    bool created = false; // the acknowledgement that opens the stream
    bool canceled = false; // the watch is over (compacted, or cancelReason says why)
    qint64 compactRevision = 0; // with canceled: the start revision was compacted up to this
    QString cancelReason;
    bool fragment = false; // more events of the same revision follow (only if asked for)
    EtcdEvents events;

    // Error
    int grpcCode = 0;
    int httpCode = 0;
    QString errorMessage;

    // A progress notification: the server has sent every event up to `revision`.
    bool isProgress() const
    {
        return kind == Kind::Response && !created && !canceled && compactRevision == 0
            && events.isEmpty();
    }
};

// Turns the bytes of a watch stream, split anywhere, into messages. After a broken message
// (not JSON, a field of the wrong type, bad base64, an over-long line) it stops: hasError()
// and errorString() say what was wrong and where, and further input is ignored.
class EtcdWatchStreamParser
{
    Q_DECLARE_TR_FUNCTIONS(EtcdWatchStreamParser)

public:
    // A single message longer than this is refused rather than buffered without end.
    static constexpr qsizetype kMaxMessageBytes = 64 * 1024 * 1024;

    // Appends the messages completed by `bytes` to *out; false once the stream is broken.
    bool feed(QByteArrayView bytes, QList<EtcdWatchMessage> *out);
    // The stream ended: a last message without its newline is appended to *out; false (with
    // an error) when the stream stopped inside a message.
    bool finish(QList<EtcdWatchMessage> *out);

    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; }
    qint64 bytesConsumed() const { return m_offset; }

    // One message from its JSON text; false (with *error) when it is not a watch message.
    static bool parseMessage(const QByteArray &json, EtcdWatchMessage *message, QString *error);

private:
    bool takeLine(const QByteArray &line, QList<EtcdWatchMessage> *out);

    QByteArray m_pending; // the start of a message whose newline has not come yet
    qint64 m_offset = 0; // bytes of the stream before m_pending
    QString m_error;
};

} // namespace ws
