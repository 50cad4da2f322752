#include "DockerPushJob.h"

#include "http/HttpReply.h"

namespace ws {

DockerPushJob::DockerPushJob(HttpReply *reply, const QString &image, const QString &endpoint,
                             QObject *parent)
    : DockerStreamJob(reply, endpoint, parent), m_image(image)
{ }

void DockerPushJob::abort()
{
    abortStream();
}

void DockerPushJob::handleMessage(const JsonMessage &m)
{
    switch (m.kind) {
    case JsonMessage::Kind::Status:
        if (!m.id.isEmpty())
            Q_EMIT layerProgress(m.id, m.status, m.current, m.total);
        else
            Q_EMIT logLine(m.status);
        break;
    case JsonMessage::Kind::Aux:
        if (m.aux.contains(QLatin1String("Digest"))) {
            m_gotResult = true;
            m_result.tag = m.aux.value(QLatin1String("Tag")).toString();
            m_result.digest = m.aux.value(QLatin1String("Digest")).toString();
            m_result.size = qint64(m.aux.value(QLatin1String("Size")).toDouble());
        }
        break;
    case JsonMessage::Kind::Error:
        noteEngineError(m.errorMessage);
        Q_EMIT logLine(m.errorMessage);
        break;
    case JsonMessage::Kind::Stream:
        Q_EMIT logLine(m.stream.trimmed());
        break;
    case JsonMessage::Kind::Other:
        break;
    }
}

void DockerPushJob::streamEnded(HttpReply *reply)
{
    const QString at = where();
    if (wasAborted()) {
        m_result.cancelled = true;
        finishWithError(HttpReply::Error::Aborted, tr("The push of %1 was cancelled.").arg(m_image),
                        at);
        return;
    }
    if (reply->status() >= 300) {
        finishWithError(HttpReply::Error::HttpStatus,
                        tr("The engine at %1 refused to push %2 (HTTP %3): %4")
                            .arg(at, m_image)
                            .arg(reply->status())
                            .arg(refusalMessage()),
                        at);
        return;
    }
    if (!engineError().isEmpty()) {
        finishWithError(HttpReply::Error::ProtocolError,
                        tr("Pushing %1 failed: %2").arg(m_image, engineError()), at);
        return;
    }
    if (reply->hasError()) {
        finishWithError(reply->error(),
                        tr("Pushing %1 failed: %2").arg(m_image, reply->errorString()), at);
        return;
    }
    if (!finishStream() || !m_gotResult) {
        finishWithError(HttpReply::Error::Closed,
                        tr("Pushing %1 did not finish: the engine at %2 ended the stream without "
                           "the registry's digest. Retry the push.")
                            .arg(m_image, at),
                        at);
        return;
    }
    setEndpoint(at);
    finish();
}

} // namespace ws
