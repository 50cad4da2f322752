#include "HttpReply.h"

#include "HttpResponseParser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

HttpReply::HttpReply(const HttpRequest &request, const Endpoint &endpoint, QObject *parent)
    : QObject(parent), m_request(request), m_endpoint(endpoint)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (m_abortHandler)
            m_abortHandler();
        QString what;
        switch (m_phase) {
        case Phase::Connecting:
            what = tr("could not connect within %1 ms").arg(m_request.connectTimeoutMs);
            break;
        case Phase::WaitingForAnswer:
            what = tr("sent no answer within %1 ms").arg(m_request.firstByteTimeoutMs);
            break;
        case Phase::Receiving:
            what = tr("sent nothing for %1 ms in the middle of the answer")
                       .arg(m_request.idleTimeoutMs);
            break;
        }
        finishWith(Error::Timeout, what);
    });
}

HttpReply::~HttpReply()
{
    if (!m_finished && m_abortHandler)
        m_abortHandler();
}

QByteArray HttpReply::header(QByteArrayView name) const
{
    return HttpResponseParser::headerValue(m_headers, name);
}

void HttpReply::abort()
{
    if (m_finished)
        return;
    if (m_abortHandler)
        m_abortHandler();
    finishWith(Error::Aborted);
}

void HttpReply::setPhase(Phase phase)
{
    if (m_finished)
        return;
    m_phase = phase;
    int ms = 0;
    switch (phase) {
    case Phase::Connecting:
        ms = m_request.connectTimeoutMs;
        break;
    case Phase::WaitingForAnswer:
        ms = m_request.firstByteTimeoutMs;
        break;
    case Phase::Receiving:
        ms = m_request.idleTimeoutMs;
        break;
    }
    if (ms > 0)
        m_timer.start(ms);
    else
        m_timer.stop();
}

void HttpReply::setHeaders(int status, const QByteArray &reason,
                           const QList<QPair<QByteArray, QByteArray>> &headers)
{
    if (m_finished || m_headersReceived)
        return;
    m_status = status;
    m_reason = reason;
    m_headers = headers;
    m_headersReceived = true;
    if (m_request.accumulateBody && m_request.method != "HEAD") {
        // One allocation for the whole body instead of a reallocation per piece; bounded, so a
        // lying header cannot make us reserve gigabytes before a byte has come.
        constexpr qint64 kMaxReserve = 64 * 1024 * 1024;
        bool ok = false;
        const qint64 length = header("Content-Length").toLongLong(&ok);
        if (ok && length > 0 && length <= kMaxReserve)
            m_body.reserve(length);
    }
    Q_EMIT headersReceived();
}

void HttpReply::deliver(const QByteArray &chunk)
{
    if (m_finished || chunk.isEmpty())
        return;
    m_bytesReceived += chunk.size();
    if (m_request.accumulateBody)
        m_body.append(chunk);
    Q_EMIT dataReceived(chunk);
}

QString HttpReply::describeRequest() const
{
    return tr("%1 %2 at %3")
        .arg(QString::fromLatin1(m_request.method), QString::fromUtf8(m_request.target),
             m_endpoint.toDisplayString());
}

QString HttpReply::messageFor(Error error, const QString &detail) const
{
    const QString request = describeRequest();
    switch (error) {
    case Error::None:
        return {};
    case Error::ConnectionRefused:
        return tr("%1 failed: the connection was refused. Is the server running and listening "
                  "there?")
            .arg(request);
    case Error::NotFound:
        if (m_endpoint.kind == Endpoint::Kind::UnixSocket)
            return tr("%1 failed: the socket %2 does not exist. Start the server, or point the "
                      "endpoint at the right socket.")
                .arg(request, m_endpoint.socketPath);
        return tr("%1 failed: the host was not found (%2). Check the address.")
            .arg(request, detail);
    case Error::PermissionDenied:
        return tr("%1 failed: permission denied on the socket %2. Add your user to the group that "
                  "owns it (for Docker: sudo usermod -aG docker $USER, then log in again).")
            .arg(request, m_endpoint.socketPath);
    case Error::Timeout:
        return tr("%1 failed: the server %2. Check that it is healthy, or raise the timeout.")
            .arg(request, detail);
    case Error::ProtocolError:
        return tr("%1 failed: %2").arg(request, detail);
    case Error::Closed:
        return tr("%1 failed: %2 Retry; if it keeps happening, look at the server's log.")
            .arg(request,
                 detail.isEmpty() ? tr("the server closed the connection early.") : detail);
    case Error::Aborted:
        return tr("%1 was cancelled.").arg(request);
    case Error::Tls:
        return tr("%1 failed: the TLS connection could not be set up (%2). Check the CA, client "
                  "certificate and key files of the endpoint.")
            .arg(request, detail);
    case Error::HttpStatus: {
        // Docker answers {"message": …}, etcd's gateway {"error": …} or {"message": …}.
        QString serverMessage = detail;
        if (serverMessage.isEmpty()) {
            const QJsonObject body = QJsonDocument::fromJson(m_body).object();
            serverMessage = body.value(QLatin1String("message")).toString();
            if (serverMessage.isEmpty())
                serverMessage = body.value(QLatin1String("error")).toString();
            if (serverMessage.isEmpty() && !m_body.isEmpty() && m_body.size() < 300
                && !m_body.trimmed().startsWith('{'))
                serverMessage = QString::fromUtf8(m_body.trimmed());
        }
        QString answer
            = tr("%1 answered %2 %3").arg(request).arg(m_status).arg(QString::fromLatin1(m_reason));
        if (!serverMessage.isEmpty())
            answer += QLatin1String(": ") + serverMessage;
        return answer;
    }
    }
    return detail;
}

void HttpReply::finishWith(Error error, const QString &detail)
{
    if (m_finished)
        return;
    m_timer.stop();
    m_finished = true;
    if (error == Error::None && m_status >= 400)
        error = Error::HttpStatus;
    m_error = error;
    m_errorString = messageFor(error, detail);
    m_abortHandler = nullptr;
    Q_EMIT finished();
}

} // namespace ws
