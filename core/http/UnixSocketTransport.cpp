#include "UnixSocketTransport.h"

#include "HttpReply.h"

#include <sys/socket.h>

namespace ws {

namespace {
// A request body (a build context of hundreds of MB) goes out in big pieces: QLocalSocket writes
// one buffered piece per event-loop turn, so 64 KiB pieces cost a poll and a wake-up of the
// engine per 64 KiB, which halves the throughput on a busy machine. 1 MiB pieces, with a socket
// send buffer to match, move the same bytes in a sixteenth of the turns; the backlog bounds what
// waits in memory per request.
constexpr qint64 kBodyPiece = 1024 * 1024;
constexpr qint64 kWriteBacklog = 2 * kBodyPiece;
constexpr int kSendBuffer = 1024 * 1024; // the kernel caps it at net.core.wmem_max
} // namespace

UnixSocketTransport::UnixSocketTransport(HttpReply *reply)
    : QObject(reply), m_reply(reply), m_socket(this), m_bodyDevice(reply->request().bodyDevice)
{
    m_parser.setRequestMethod(reply->request().method);
    connect(&m_socket, &QLocalSocket::connected, this, &UnixSocketTransport::onConnected);
    connect(&m_socket, &QLocalSocket::readyRead, this, &UnixSocketTransport::onReadyRead);
    connect(&m_socket, &QLocalSocket::disconnected, this, &UnixSocketTransport::onDisconnected);
    connect(&m_socket, &QLocalSocket::errorOccurred, this, &UnixSocketTransport::onSocketError);
    connect(&m_socket, &QLocalSocket::bytesWritten, this, &UnixSocketTransport::pumpBody);
    reply->setAbortHandler([this] { close(); });
}

void UnixSocketTransport::start()
{
    m_reply->setPhase(HttpReply::Phase::Connecting);
    m_socket.connectToServer(m_reply->endpoint().socketPath);
}

void UnixSocketTransport::onConnected()
{
    const HttpRequest &request = m_reply->request();
    QByteArray head;
    head.reserve(256);
    head += request.method + ' ' + (request.target.isEmpty() ? QByteArray("/") : request.target)
        + " HTTP/1.1\r\n";
    head += "Host: " + m_reply->endpoint().hostHeader + "\r\n";
    for (const auto &h : request.headers) {
        const QByteArray name = h.first.toLower();
        if (name == "host" || name == "connection" || name == "content-length"
            || name == "transfer-encoding")
            continue;
        head += h.first + ": " + h.second + "\r\n";
    }
    if (request.header("User-Agent").isEmpty())
        head += "User-Agent: whalestack\r\n";
    head += "Connection: close\r\n";
    if (m_bodyDevice) {
        if (m_bodyDevice->isSequential()) {
            m_chunkedBody = true;
            head += "Transfer-Encoding: chunked\r\n";
            connect(m_bodyDevice, &QIODevice::readyRead, this, &UnixSocketTransport::pumpBody);
            connect(m_bodyDevice, &QIODevice::readChannelFinished, this, [this] {
                m_deviceFinished = true;
                pumpBody();
            });
        } else {
            head += "Content-Length: "
                + QByteArray::number(m_bodyDevice->size() - m_bodyDevice->pos()) + "\r\n";
        }
    } else if (!request.body.isEmpty() || request.method == "POST" || request.method == "PUT") {
        head += "Content-Length: " + QByteArray::number(request.body.size()) + "\r\n";
    }
    head += "\r\n";
    if (m_bodyDevice) {
        // Best effort: without it the default buffer (about 200 KiB) only costs throughput.
        const int size = kSendBuffer;
        ::setsockopt(int(m_socket.socketDescriptor()), SOL_SOCKET, SO_SNDBUF, &size, sizeof size);
    }
    if (!m_bodyDevice) {
        head += request.body;
        m_bodySent = true;
    }
    m_socket.write(head);
    m_reply->setPhase(HttpReply::Phase::WaitingForAnswer);
    pumpBody();
}

void UnixSocketTransport::pumpBody()
{
    if (m_bodySent || m_closing)
        return;
    if (!m_bodyDevice) {
        // The caller deleted the device it promised to keep.
        m_reply->finishWith(HttpReply::Error::Aborted);
        close();
        return;
    }
    while (m_socket.bytesToWrite() < kWriteBacklog) {
        const QByteArray piece = m_bodyDevice->read(kBodyPiece);
        if (piece.isEmpty())
            break;
        // Three writes rather than one concatenation: the socket's buffer shares the piece
        // instead of copying a megabyte once more.
        if (m_chunkedBody)
            m_socket.write(QByteArray::number(piece.size(), 16) + "\r\n");
        m_socket.write(piece);
        if (m_chunkedBody)
            m_socket.write("\r\n", 2);
    }
    // A sequential device (a pipe, a process) is done when its writer closed it; a file or
    // buffer when we read to its end.
    const bool ended = m_bodyDevice->isSequential()
        ? (m_deviceFinished || !m_bodyDevice->isOpen()) && m_bodyDevice->bytesAvailable() == 0
        : m_bodyDevice->atEnd();
    if (ended) {
        if (m_chunkedBody)
            m_socket.write("0\r\n\r\n");
        m_bodySent = true;
    }
}

void UnixSocketTransport::onReadyRead()
{
    if (m_closing)
        return;
    QPointer<HttpReply> reply = m_reply;
    QByteArray body;
    const QByteArray data = m_socket.readAll();
    if (data.isEmpty())
        return;
    const bool hadHeaders = m_parser.headersComplete();
    const bool ok = m_parser.feedShared(data, &body);
    if (!hadHeaders && m_parser.headersComplete()) {
        m_reply->setHeaders(m_parser.statusCode(), m_parser.reasonPhrase(), m_parser.headers());
        if (!reply || m_reply->isFinished())
            return;
    }
    m_reply->setPhase(HttpReply::Phase::Receiving);
    if (!body.isEmpty()) {
        m_reply->deliver(body);
        if (!reply || m_reply->isFinished())
            return;
    }
    if (!ok) {
        close();
        m_reply->finishWith(HttpReply::Error::ProtocolError, m_parser.errorString());
        return;
    }
    if (m_parser.isDone())
        complete();
}

void UnixSocketTransport::complete()
{
    close();
    m_reply->finishWith(HttpReply::Error::None);
}

void UnixSocketTransport::onDisconnected()
{
    if (m_closing || m_reply->isFinished())
        return;
    // Whatever is still buffered belongs to the answer.
    if (m_socket.bytesAvailable() > 0) {
        onReadyRead();
        if (m_closing || m_reply->isFinished())
            return;
    }
    if (m_parser.finish()) {
        complete();
        return;
    }
    close();
    m_reply->finishWith(HttpReply::Error::Closed, m_parser.errorString());
}

void UnixSocketTransport::onSocketError(QLocalSocket::LocalSocketError error)
{
    if (m_closing || m_reply->isFinished())
        return;
    switch (error) {
    case QLocalSocket::PeerClosedError:
        onDisconnected();
        return;
    case QLocalSocket::ServerNotFoundError:
        close();
        m_reply->finishWith(HttpReply::Error::NotFound, m_socket.errorString());
        return;
    case QLocalSocket::ConnectionRefusedError:
        close();
        m_reply->finishWith(HttpReply::Error::ConnectionRefused, m_socket.errorString());
        return;
    case QLocalSocket::SocketAccessError:
        close();
        m_reply->finishWith(HttpReply::Error::PermissionDenied, m_socket.errorString());
        return;
    case QLocalSocket::SocketTimeoutError:
        close();
        m_reply->finishWith(HttpReply::Error::Timeout, m_socket.errorString());
        return;
    default:
        close();
        m_reply->finishWith(m_parser.headersComplete() ? HttpReply::Error::Closed
                                                       : HttpReply::Error::ConnectionRefused,
                            m_socket.errorString());
        return;
    }
}

void UnixSocketTransport::close()
{
    if (m_closing)
        return;
    m_closing = true;
    m_socket.abort();
}

} // namespace ws
