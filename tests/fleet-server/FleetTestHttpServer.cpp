#include "FleetTestHttpServer.h"

#include <QDateTime>
#include <QFile>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLocale>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace ws::test {

namespace {

// Requests larger than this are refused: fleet's own limit is far above what tests send, and
// a bound keeps a broken client from filling memory.
constexpr qsizetype kMaxRequestBytes = 16 * 1024 * 1024;

QByteArray httpDate()
{
    return QLocale::c()
               .toString(QDateTime::currentDateTimeUtc(),
                         QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"))
               .toLatin1()
        + " GMT";
}

QByteArray responseHead(const FleetTestApi::Response &r, qsizetype bodySize, bool close)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' '
        + FleetTestApi::reasonPhrase(r.status) + "\r\n";
    if (!r.contentType.isEmpty())
        head += "Content-Type: " + r.contentType + "\r\n";
    head += "Server: fleetd/1.0.0 (ws-fleet-test-server)\r\n";
    head += "Date: " + httpDate() + "\r\n";
    if (r.status != 204)
        head += "Content-Length: " + QByteArray::number(bodySize) + "\r\n";
    if (close)
        head += "Connection: close\r\n";
    return head + "\r\n";
}

} // namespace

FleetTestHttpServer::FleetTestHttpServer(FleetTestApi *api, Fault fault, QObject *parent)
    : QObject(parent), m_api(api), m_fault(fault)
{ }

FleetTestHttpServer::~FleetTestHttpServer() = default;

bool FleetTestHttpServer::listenTcp(const QString &hostPort, QString *error)
{
    const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const int port = colon < 0 ? -1 : hostPort.mid(colon + 1).toInt(&ok);
    const QHostAddress host(colon < 0 ? QString() : hostPort.left(colon));
    if (!ok || port < 0 || port > 65535 || host.isNull()) {
        *error
            = QStringLiteral("--listen wants HOST:PORT with a numeric host, not %1").arg(hostPort);
        return false;
    }
    m_tcp = new QTcpServer(this);
    if (!m_tcp->listen(host, quint16(port))) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(hostPort, m_tcp->errorString());
        return false;
    }
    connect(m_tcp, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_tcp->nextPendingConnection())
            serve(socket, [socket] { socket->disconnectFromHost(); });
    });
    return true;
}

bool FleetTestHttpServer::listenUnix(const QString &path, QString *error)
{
    QLocalServer::removeServer(path);
    m_local = new QLocalServer(this);
    m_local->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_local->listen(path)) {
        *error = QStringLiteral("cannot listen on %1: %2").arg(path, m_local->errorString());
        return false;
    }
    connect(m_local, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_local->nextPendingConnection())
            serve(socket, [socket] { socket->disconnectFromServer(); });
    });
    return true;
}

quint16 FleetTestHttpServer::tcpPort() const
{
    return m_tcp ? m_tcp->serverPort() : 0;
}

QString FleetTestHttpServer::tcpAddress() const
{
    return m_tcp ? QStringLiteral("%1:%2").arg(m_tcp->serverAddress().toString()).arg(tcpPort())
                 : QString();
}

void FleetTestHttpServer::serve(QIODevice *socket, std::function<void()> close)
{
    auto buffer = std::make_shared<QByteArray>();
    connect(socket, &QIODevice::readyRead, socket, [this, socket, buffer, close] {
        buffer->append(socket->readAll());
        if (!processBuffer(socket, buffer.get(), close))
            buffer->clear();
    });
    if (auto *tcp = qobject_cast<QTcpSocket *>(socket))
        connect(tcp, &QTcpSocket::disconnected, tcp, &QObject::deleteLater);
    else if (auto *local = qobject_cast<QLocalSocket *>(socket))
        connect(local, &QLocalSocket::disconnected, local, &QObject::deleteLater);
}

bool FleetTestHttpServer::processBuffer(QIODevice *socket, QByteArray *buffer,
                                        const std::function<void()> &close)
{
    for (;;) {
        const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
        if (headEnd < 0) {
            if (buffer->size() > kMaxRequestBytes) {
                close();
                return false;
            }
            return true;
        }
        const QList<QByteArray> lines = buffer->left(headEnd).split('\n');
        const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
        FleetTestApi::Request request;
        bool keepAlive = true;
        bool bad = requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1.");
        if (!bad) {
            request.method = requestLine[0];
            request.target = requestLine[1];
            keepAlive = requestLine[2] == "HTTP/1.1";
        }
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size() && !bad; ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0) {
                bad = true;
                break;
            }
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            request.headers.append({name, value});
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
                bool ok = false;
                length = value.toLongLong(&ok);
                bad = !ok || length < 0 || length > kMaxRequestBytes;
            } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
                keepAlive = value.compare("close", Qt::CaseInsensitive) != 0
                    && (keepAlive || value.compare("keep-alive", Qt::CaseInsensitive) == 0);
            } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
                bad = true; // no client of fleet streams a request body; refuse what we don't read
            }
        }
        if (bad) {
            socket->write("HTTP/1.1 400 Bad Request\r\nContent-Type: text/plain; charset=utf-8\r\n"
                          "Connection: close\r\n\r\n400 Bad Request");
            close();
            return false;
        }
        if (buffer->size() < headEnd + 4 + length)
            return true; // the body is still coming
        request.body = buffer->mid(headEnd + 4, length);
        buffer->remove(0, headEnd + 4 + length);

        if (m_fault == Fault::Hang)
            continue; // read and forget: the client waits for an answer that never comes

        const FleetTestApi::Response response = m_api->handle(request);
        if (m_fault == Fault::CloseMidResponse) {
            // Promise the whole body, send half of it (at least the first byte is kept back
            // when it is tiny), then hang up.
            QByteArray body = response.body;
            if (body.isEmpty())
                body = "{}";
            const int status = response.body.isEmpty() ? 200 : response.status;
            socket->write(responseHead({status, "application/json", body}, body.size(), false));
            socket->write(body.left(body.size() / 2));
            close();
            return false;
        }
        socket->write(responseHead(response, response.body.size(), !keepAlive));
        socket->write(response.body);
        if (!keepAlive) {
            close();
            return false;
        }
    }
}

} // namespace ws::test
