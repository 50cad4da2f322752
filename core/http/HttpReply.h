#pragma once

#include "Endpoint.h"
#include "HttpRequest.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QTimer>

#include <functional>

namespace ws {

// The answer to one HttpRequest, delivered as it arrives: headersReceived() once, then
// dataReceived() with each piece of decoded body, then finished() exactly once, also after an
// error or abort(). Never emits from inside HttpClient::send(). The receiver owns it (it is a
// child of the HttpClient until then) and deletes it with deleteLater().
class HttpReply : public QObject
{
    Q_OBJECT

public:
    enum class Error {
        None,
        ConnectionRefused, // nothing listens there
        NotFound, // the socket file or the host does not exist
        PermissionDenied, // the socket exists but we may not open it
        Timeout, // connect, first byte or idle timeout (see HttpRequest)
        ProtocolError, // the answer is not HTTP we can read
        Closed, // the peer closed the connection before the answer was complete
        Aborted, // abort() was called
        Tls, // handshake or certificate failure
        HttpStatus, // the answer came, with status >= 400; body and headers are there
    };
    Q_ENUM(Error)

    ~HttpReply() override;

    const HttpRequest &request() const { return m_request; }
    const Endpoint &endpoint() const { return m_endpoint; }

    bool isHeadersReceived() const { return m_headersReceived; }
    bool isFinished() const { return m_finished; }
    int status() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    QByteArray header(QByteArrayView name) const; // case-insensitive; several joined by ", "
    const QList<QPair<QByteArray, QByteArray>> &headers() const { return m_headers; }

    Error error() const { return m_error; }
    bool hasError() const { return m_error != Error::None; }
    // What failed, at which endpoint, and what to do about it.
    QString errorString() const { return m_errorString; }

    // The body so far (all of it after finished()), unless the request turned accumulation off.
    QByteArray readAll() const { return m_body; }
    qint64 bytesReceived() const { return m_bytesReceived; }

    // Stops the request: the connection is closed and finished() follows with Error::Aborted.
    void abort();

Q_SIGNALS:
    void headersReceived();
    void dataReceived(const QByteArray &chunk);
    void finished();

private:
    friend class HttpClient;
    friend class UnixSocketTransport;
    friend class NetworkTransport;

    enum class Phase { Connecting, WaitingForAnswer, Receiving };

    HttpReply(const HttpRequest &request, const Endpoint &endpoint, QObject *parent);

    // Called by the transports.
    void setPhase(Phase phase);
    void setHeaders(int status, const QByteArray &reason,
                    const QList<QPair<QByteArray, QByteArray>> &headers);
    void deliver(const QByteArray &chunk);
    void finishWith(Error error, const QString &detail = QString());
    void setAbortHandler(std::function<void()> handler) { m_abortHandler = std::move(handler); }

    QString describeRequest() const;
    QString messageFor(Error error, const QString &detail) const;

    HttpRequest m_request;
    Endpoint m_endpoint;
    QTimer m_timer;
    Phase m_phase = Phase::Connecting;
    std::function<void()> m_abortHandler;
    bool m_headersReceived = false;
    bool m_finished = false;
    int m_status = 0;
    QByteArray m_reason;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    QByteArray m_body;
    qint64 m_bytesReceived = 0;
    Error m_error = Error::None;
    QString m_errorString;
};

} // namespace ws
