#pragma once

#include "DockerStreamJob.h"

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
class DockerPushJob : public DockerStreamJob
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

    void handleMessage(const JsonMessage &message) override;
    void streamEnded(HttpReply *reply) override;

    QString m_image; // "127.0.0.1:5000/app:1", for messages
    bool m_gotResult = false;
    PushResult m_result;
};

} // namespace ws
