#include "DockerStreamJob.h"

#include "http/HttpReply.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

namespace {

constexpr qsizetype kMaxErrorBody = 64 * 1024; // a refusal is {"message": …}, never large

} // namespace

DockerStreamJob::DockerStreamJob(HttpReply *reply, const QString &endpoint, QObject *parent)
    : ApiJob(parent), m_reply(reply), m_where(endpoint)
{
    if (!reply)
        return;
    reply->setParent(this);
    connect(reply, &HttpReply::dataReceived, this, &DockerStreamJob::onData);
    connect(reply, &HttpReply::finished, this, &DockerStreamJob::onFinished);
}

bool DockerStreamJob::abortStream()
{
    if (isFinished() || !m_reply)
        return false;
    m_aborted = true;
    m_reply->abort();
    return true;
}

void DockerStreamJob::noteEngineError(const QString &message)
{
    if (m_engineError.isEmpty())
        m_engineError = message;
}

QString DockerStreamJob::refusalMessage() const
{
    const QJsonObject body = QJsonDocument::fromJson(m_errorBody).object();
    QString message = body.value(QLatin1String("message")).toString();
    if (message.isEmpty())
        message = QString::fromUtf8(m_errorBody.left(300)).trimmed();
    return message;
}

void DockerStreamJob::onData(const QByteArray &chunk)
{
    if (!m_reply)
        return;
    if (m_reply->status() >= 300) {
        if (m_errorBody.size() < kMaxErrorBody)
            m_errorBody += chunk;
        return;
    }
    if (m_stream.hasError())
        return;
    QList<JsonMessage> messages;
    const bool ok = m_stream.feed(chunk, &messages);
    for (const JsonMessage &m : messages) {
        if (isFinished())
            return; // aborted by a receiver of a signal the subclass emitted
        handleMessage(m);
    }
    // A receiver of those signals may have aborted the job: m_reply is then null.
    if (!ok && m_engineError.isEmpty() && m_reply) {
        m_engineError = m_stream.errorString();
        m_reply->abort(); // nothing after garbage can be trusted; streamEnded() reports it
    }
}

void DockerStreamJob::onFinished()
{
    HttpReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    streamEnded(reply);
}

} // namespace ws
