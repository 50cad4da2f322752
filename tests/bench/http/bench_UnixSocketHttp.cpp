// Throughput of HttpClient over a unix socket against the physical reference measured in the
// same run: a plain QLocalSocket reading the very same bytes from the same server, without HTTP
// parsing. The server runs in its own thread and writes 64 MiB per request.
//   prints: unix http (content-length): X MiB/s, raw socket: Y MiB/s, ratio Z
#include "http/HttpClient.h"

#include <QElapsedTimer>
#include <QLocalServer>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace ws;

namespace {

constexpr qint64 kPayload = 64 * 1024 * 1024;
constexpr qint64 kPiece = 256 * 1024;

// Serves one answer per connection: after the request's blank line, the response head and the
// payload, either with Content-Length or as 64 KiB chunks; then it closes.
class PayloadServer : public QObject
{
public:
    bool chunked = false;

    void listen(const QString &path)
    {
        m_server = new QLocalServer(this);
        m_server->listen(path);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket *socket = m_server->nextPendingConnection())
                serve(socket);
        });
    }

private:
    void serve(QLocalSocket *socket)
    {
        auto *request = new QByteArray;
        auto *sent = new qint64(0);
        auto *started = new bool(false);
        const QByteArray piece(kPiece, 'w');
        const auto pump = [socket, sent, piece, this] {
            while (*sent < kPayload && socket->bytesToWrite() < 4 * kPiece) {
                if (chunked)
                    socket->write(QByteArray::number(kPiece, 16) + "\r\n" + piece + "\r\n");
                else
                    socket->write(piece);
                *sent += kPiece;
            }
            if (*sent >= kPayload && socket->bytesToWrite() == 0) {
                if (chunked && *sent == kPayload) {
                    socket->write("0\r\n\r\n");
                    *sent += 1;
                    return;
                }
                socket->disconnectFromServer();
            }
        };
        connect(socket, &QLocalSocket::readyRead, socket, [=, this] {
            request->append(socket->readAll());
            if (*started || !request->contains("\r\n\r\n"))
                return;
            *started = true;
            socket->write(chunked
                              ? QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
                              : "HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(kPayload)
                                  + "\r\n\r\n");
            pump();
        });
        connect(socket, &QLocalSocket::bytesWritten, socket, pump);
        connect(socket, &QLocalSocket::disconnected, socket, [=] {
            delete request;
            delete sent;
            delete started;
            socket->deleteLater();
        });
    }

    QLocalServer *m_server = nullptr;
};

} // namespace

class bench_UnixSocketHttp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void throughput_data();
    void throughput();

private:
    double rawMiBps();
    double httpMiBps();

    QTemporaryDir m_dir {QStringLiteral("/tmp/ws-bench-XXXXXX")};
    QString m_path;
    QThread m_thread;
    PayloadServer *m_server = nullptr;
};

void bench_UnixSocketHttp::initTestCase()
{
    m_path = m_dir.filePath(QStringLiteral("bench.sock"));
    m_server = new PayloadServer;
    m_server->moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        m_server, [this] { m_server->listen(m_path); }, Qt::BlockingQueuedConnection);
}

void bench_UnixSocketHttp::cleanupTestCase()
{
    QMetaObject::invokeMethod(
        m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

double bench_UnixSocketHttp::rawMiBps()
{
    QLocalSocket socket;
    qint64 received = 0;
    QElapsedTimer timer;
    timer.start();
    connect(&socket, &QLocalSocket::readyRead, &socket,
            [&] { received += socket.readAll().size(); });
    QSignalSpy closed(&socket, &QLocalSocket::disconnected);
    socket.connectToServer(m_path);
    socket.write("GET /payload HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
    if (!closed.wait(120'000))
        return 0;
    received += socket.readAll().size();
    const double seconds = timer.nsecsElapsed() / 1e9;
    return received < kPayload ? 0 : received / 1048576.0 / seconds;
}

double bench_UnixSocketHttp::httpMiBps()
{
    HttpClient client(Endpoint::unixSocket(m_path));
    HttpRequest request = HttpRequest::get("/payload");
    request.accumulateBody = false;
    QElapsedTimer timer;
    timer.start();
    HttpReply *reply = client.send(request);
    QSignalSpy finished(reply, &HttpReply::finished);
    if (!finished.wait(120'000) || reply->hasError() || reply->bytesReceived() != kPayload) {
        qWarning() << reply->errorString() << reply->bytesReceived();
        return 0;
    }
    return kPayload / 1048576.0 / (timer.nsecsElapsed() / 1e9);
}

void bench_UnixSocketHttp::throughput_data()
{
    QTest::addColumn<bool>("chunked");
    QTest::newRow("content-length") << false;
    QTest::newRow("chunked") << true;
}

void bench_UnixSocketHttp::throughput()
{
    QFETCH(bool, chunked);
    QMetaObject::invokeMethod(
        m_server, [this, chunked] { m_server->chunked = chunked; }, Qt::BlockingQueuedConnection);
    // Best of three each, alternating, so both see the same machine load.
    double raw = 0;
    double http = 0;
    for (int i = 0; i < 3; ++i) {
        raw = std::max(raw, rawMiBps());
        http = std::max(http, httpMiBps());
    }
    QVERIFY(raw > 0);
    QVERIFY(http > 0);
    std::printf("unix http (%s): %.0f MiB/s, raw socket: %.0f MiB/s, ratio %.2f\n",
                chunked ? "chunked" : "content-length", http, raw, http / raw);
    std::fflush(stdout);
}

QTEST_GUILESS_MAIN(bench_UnixSocketHttp)
#include "bench_UnixSocketHttp.moc"
