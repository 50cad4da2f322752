#pragma once

#include "JsonMessageStream.h"
#include "http/ApiJob.h"

#include <QPointer>

namespace ws {

class HttpReply;

// The common part of the engine's streaming calls (POST /build, POST /images/{name}/push): the
// reply's chunks read into a JsonMessageStream, each message handed to the subclass, the first
// error message kept, the body of a refusal (HTTP >= 300) collected, garbage in the stream and
// abort() ending the reply. The subclass says what a message means and how the job ends.
class DockerStreamJob : public ApiJob
{
    Q_OBJECT

protected:
    // `reply` may be null: the creator then finishes the job with the reason.
    DockerStreamJob(HttpReply *reply, const QString &endpoint, QObject *parent);

    // One message of the stream. A receiver of a signal emitted here may abort the job.
    virtual void handleMessage(const JsonMessage &message) = 0;
    // Called once when the reply ended (not after the job finished otherwise); the reply is
    // deleted later. The subclass finishes the job.
    virtual void streamEnded(HttpReply *reply) = 0;

    // Ends the reply and marks the job cancelled; finishes through streamEnded(). False when there
    // was nothing to abort.
    bool abortStream();
    bool wasAborted() const { return m_aborted; }
    bool hasReply() const { return !m_reply.isNull(); }
    HttpReply *reply() const { return m_reply; }
    QString where() const { return m_where; }
    // The first error message of the stream, or why the stream could not be read.
    QString engineError() const { return m_engineError; }
    void noteEngineError(const QString &message);
    // The engine's message from a refusal's body ({"message": …}, else its text).
    QString refusalMessage() const;
    // False when the stream ended inside a message; errorString() then says so.
    bool finishStream() { return m_stream.finish(); }
    QString streamErrorString() const { return m_stream.errorString(); }

private:
    void onData(const QByteArray &chunk);
    void onFinished();

    QPointer<HttpReply> m_reply;
    QString m_where;
    JsonMessageStream m_stream;
    QString m_engineError;
    QByteArray m_errorBody; // the body of a non-2xx answer
    bool m_aborted = false;
};

} // namespace ws
