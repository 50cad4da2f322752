#pragma once

#include "JsonMessageStream.h"
#include "http/ApiJob.h"

#include <QPointer>

namespace ws {

class HttpReply;

// What a finished push reports (the aux result of the engine's stream).
struct PushResult
{
    QString tag;
    QString digest; // "sha256:…"
    qint64 size = 0;
    bool cancelled = false;
};

// One push of a tagged image to its registry (POST /images/{name}/push), made by
// DockerClient::push(). Succeeds only when the stream ended without an error message and with
// the engine's push result; an error inside the stream is a failure, never "pushed".
class DockerPushJob : public ApiJob
{
    Q_OBJECT

public:
    const PushResult &result() const { return m_result; }
    bool wasCancelled() const { return m_result.cancelled; }
    void abort();

Q_SIGNALS:
    // Per layer: "Preparing", "Pushing" (current/total bytes; total -1 when unknown), "Pushed",
    // "Layer already exists".
    void layerProgress(const QString &layer, const QString &status, qint64 current, qint64 total);
    void logLine(const QString &line);

private:
    friend class DockerClient;
    DockerPushJob(HttpReply *reply, const QString &image, const QString &endpoint, QObject *parent);

    void onData(const QByteArray &chunk);
    void onFinished();

    QPointer<HttpReply> m_reply;
    QString m_image; // "127.0.0.1:5000/app:1", for messages
    QString m_where;
    JsonMessageStream m_stream;
    QString m_engineError;
    QByteArray m_errorBody;
    bool m_gotResult = false;
    bool m_aborted = false;
    PushResult m_result;
};

} // namespace ws
