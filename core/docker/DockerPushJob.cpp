#include "DockerPushJob.h"

#include "http/HttpReply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

DockerPushJob::DockerPushJob(HttpReply *reply, const QString &image, const QString &endpoint,
                             QObject *parent)
    : ApiJob(parent), m_reply(reply), m_image(image), m_where(endpoint)
{
    reply->setParent(this);
    connect(reply, &HttpReply::dataReceived, this, &DockerPushJob::onData);
    connect(reply, &HttpReply::finished, this, &DockerPushJob::onFinished);
}

void DockerPushJob::abort()
{
    if (isFinished() || !m_reply)
        return;
    m_aborted = true;
    m_reply->abort();
}

void DockerPushJob::onData(const QByteArray &chunk)
{
    if (!m_reply)
        return;
    if (m_reply->status() >= 300) {
        if (m_errorBody.size() < 64 * 1024)
            m_errorBody += chunk;
        return;
    }
    if (m_stream.hasError())
        return;
    QList<JsonMessage> messages;
    const bool ok = m_stream.feed(chunk, &messages);
    for (const JsonMessage &m : messages) {
        if (isFinished())
            return; // aborted by a receiver of the signals
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
            if (m_engineError.isEmpty())
                m_engineError = m.errorMessage;
            Q_EMIT logLine(m.errorMessage);
            break;
        case JsonMessage::Kind::Stream:
            Q_EMIT logLine(m.stream.trimmed());
            break;
        case JsonMessage::Kind::Other:
            break;
        }
    }
    // A receiver of the signals above may have aborted the job: m_reply is then null.
    if (!ok && m_engineError.isEmpty() && m_reply) {
        m_engineError = m_stream.errorString();
        m_reply->abort(); // nothing after garbage can be trusted; onFinished reports it
    }
}

void DockerPushJob::onFinished()
{
    HttpReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    if (m_aborted) {
        m_result.cancelled = true;
        finishWithError(HttpReply::Error::Aborted, tr("The push of %1 was cancelled.").arg(m_image),
                        m_where);
        return;
    }
    if (reply->status() >= 300) {
        const QJsonObject body = QJsonDocument::fromJson(m_errorBody).object();
        QString message = body.value(QLatin1String("message")).toString();
        if (message.isEmpty())
            message = QString::fromUtf8(m_errorBody.left(300)).trimmed();
        finishWithError(HttpReply::Error::HttpStatus,
                        tr("The engine at %1 refused to push %2 (HTTP %3): %4")
                            .arg(m_where, m_image)
                            .arg(reply->status())
                            .arg(message),
                        m_where);
        return;
    }
    if (!m_engineError.isEmpty()) {
        finishWithError(HttpReply::Error::ProtocolError,
                        tr("Pushing %1 failed: %2").arg(m_image, m_engineError), m_where);
        return;
    }
    if (reply->hasError()) {
        finishWithError(reply->error(),
                        tr("Pushing %1 failed: %2").arg(m_image, reply->errorString()), m_where);
        return;
    }
    if (!m_stream.finish() || !m_gotResult) {
        finishWithError(HttpReply::Error::Closed,
                        tr("Pushing %1 did not finish: the engine at %2 ended the stream without "
                           "the registry's digest. Retry the push.")
                            .arg(m_image, m_where),
                        m_where);
        return;
    }
    setEndpoint(m_where);
    finish();
}

} // namespace ws
