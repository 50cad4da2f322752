// HttpClient against real servers: a private dockerd over its unix socket, docker-registry and
// etcd over TCP; and against our own peers (QLocalServer, QTcpServer) that misbehave on purpose:
// never answer, close mid-body, answer in pieces.
#include "DockerdFixture.h"
#include "EtcdFixture.h"
#include "RegistryFixture.h"
#include "http/HttpClient.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace ws;
using ws::test::DockerdFixture;
using ws::test::EtcdFixture;
using ws::test::RegistryFixture;

namespace {

// A pipe-like body: sequential, fed by the test, ended with finish().
class PipeDevice : public QIODevice
{
public:
    PipeDevice() { open(QIODevice::ReadOnly); }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override { return m_data.size() + QIODevice::bytesAvailable(); }
    void push(const QByteArray &bytes)
    {
        m_data += bytes;
        Q_EMIT readyRead();
    }
    void finish() { Q_EMIT readChannelFinished(); }

protected:
    qint64 readData(char *data, qint64 max) override
    {
        const qint64 n = std::min<qint64>(max, m_data.size());
        memcpy(data, m_data.constData(), size_t(n));
        m_data.remove(0, n);
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_data;
};

// Waits for finished() and hands the reply back for checks.
bool waitFinished(HttpReply *reply, int ms = 30'000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &HttpReply::finished);
    return spy.wait(ms) || reply->isFinished();
}

QByteArray describe(const HttpReply *reply)
{
    return QStringLiteral("error %1: %2 (status %3)")
        .arg(int(reply->error()))
        .arg(reply->errorString())
        .arg(reply->status())
        .toUtf8();
}

} // namespace

class tst_HttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    // dockerd over the unix socket
    void unixPing();
    void unixHeadPing();
    void unixVersionJson();
    void unixImagesJson();
    void unixEventsWindowEnds();
    void unixEventsStreamAbort();
    void unixNotFoundStatus();
    void unixPostWithBody();

    // failures on the unix side
    void unixSocketMissing();
    void unixConnectionRefused();
    void unixFirstByteTimeout();
    void unixPeerClosesMidBody();
    void unixIncrementalChunks();
    void unixStreamedRequestBody();
    void unixChunkedRequestBody();
    void unixIdleTimeoutMidBody();
    void unixGarbageAnswer();

    // TCP through QNetworkAccessManager
    void tcpRegistry();
    void tcpEtcdVersion();
    void tcpConnectionRefused();
    void tcpFirstByteTimeout();
    void tcpPeerClosesMidBody();
    void tcpTargetSentVerbatim();

    void replyDeletedWhileRunning();
    void clientDeletedWithRequestsRunning();

private:
    DockerdFixture m_dockerd;
    EtcdFixture m_etcd;
    RegistryFixture m_registry;
};

void tst_HttpClient::initTestCase()
{
    QVERIFY2(m_dockerd.start(), qPrintable(m_dockerd.failureReason()));
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    QVERIFY2(m_registry.start(), qPrintable(m_registry.failureReason()));
}

void tst_HttpClient::unixPing()
{
    HttpClient client(Endpoint::unixSocket(m_dockerd.socketPath(), "docker"));
    HttpReply *reply = client.send(HttpRequest::get("/_ping"));
    QSignalSpy headers(reply, &HttpReply::headersReceived);
    QVERIFY(!reply->isFinished()); // nothing happens inside send()
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    QCOMPARE(headers.count(), 1);
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->readAll(), QByteArray("OK"));
    QCOMPARE(reply->header("api-version"), QByteArray("1.41"));
    QVERIFY(reply->header("Server").startsWith("Docker/"));
}

void tst_HttpClient::unixHeadPing()
{
    HttpClient client(Endpoint::unixSocket(m_dockerd.socketPath(), "docker"));
    HttpReply *reply = client.send(HttpRequest::head("/_ping"));
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->readAll(), QByteArray());
    QCOMPARE(reply->header("API-Version"), QByteArray("1.41"));
}

void tst_HttpClient::unixVersionJson()
{
    HttpClient client(Endpoint::unixSocket(m_dockerd.socketPath(), "docker"));
    HttpReply *reply = client.send(HttpRequest::get("/version"));
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    const QJsonObject version = QJsonDocument::fromJson(reply->readAll()).object();
    QCOMPARE(version.value(QLatin1String("ApiVersion")).toString(), QStringLiteral("1.41"));
    QCOMPARE(version.value(QLatin1String("Os")).toString(), QStringLiteral("linux"));
    QVERIFY(!version.value(QLatin1String("Version")).toString().isEmpty());
}

void tst_HttpClient::unixImagesJson()
{
    HttpClient client(Endpoint::unixSocket(m_dockerd.socketPath(), "docker"));
    HttpReply *reply = client.send(HttpRequest::get("/v1.41/images/json?all=1"));
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    QVERIFY(QJsonDocument::fromJson(reply->readAll()).isArray());
}

void tst_HttpClient::unixEventsWindowEnds()
{
    // With `until` in the past the event stream ends by itself: a chunked body, complete.
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    HttpClient client(Endpoint::unixSocket(m_dockerd.socketPath(), "docker"));
    HttpRequest request = HttpRequest::get("/v1.41/events?since=" + QByteArray::number(now - 3600)
                                           + "&until=" + QByteArray::number(now));
    HttpReply *reply = client.send(request);
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    QCOMPARE(reply->status(), 200);
}

void tst_HttpClient::unixEventsStreamAbort()
{
    // An endless stream: headers come, then we cancel.
    HttpClient client(Endpoint::unixSocket(m_dockerd.socketPath(), "docker"));
    HttpRequest request = HttpRequest::get("/v1.41/events");
    request.idleTimeoutMs = 0;
    request.accumulateBody = false;
    HttpReply *reply = client.send(request);
    QSignalSpy headers(reply, &HttpReply::headersReceived);
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(headers.wait(30'000));
    QCOMPARE(reply->status(), 200);
    QVERIFY(!reply->isFinished());
    reply->abort();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(reply->error(), HttpReply::Error::Aborted);
    reply->abort(); // a second abort changes nothing
    QCOMPARE(finished.count(), 1);
}

void tst_HttpClient::unixNotFoundStatus()
{
    HttpClient client(Endpoint::unixSocket(m_dockerd.socketPath(), "docker"));
    HttpReply *reply = client.send(HttpRequest::get("/v1.41/containers/no-such-container/json"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->status(), 404);
    QCOMPARE(reply->error(), HttpReply::Error::HttpStatus);
    QVERIFY2(reply->errorString().contains(QLatin1String("No such container")),
             qPrintable(reply->errorString()));
    QVERIFY(reply->errorString().contains(m_dockerd.socketPath()));
}

void tst_HttpClient::unixPostWithBody()
{
    // A request body with Content-Length: create a volume, then find it.
    HttpClient client(Endpoint::unixSocket(m_dockerd.socketPath(), "docker"));
    HttpReply *create
        = client.send(HttpRequest::post("/v1.41/volumes/create", R"({"Name":"ws-http-test"})"));
    QVERIFY(waitFinished(create));
    QVERIFY2(!create->hasError(), describe(create));
    QCOMPARE(create->status(), 201);
    HttpReply *inspect = client.send(HttpRequest::get("/v1.41/volumes/ws-http-test"));
    QVERIFY(waitFinished(inspect));
    QVERIFY2(!inspect->hasError(), describe(inspect));
    QCOMPARE(QJsonDocument::fromJson(inspect->readAll())
                 .object()
                 .value(QLatin1String("Name"))
                 .toString(),
             QStringLiteral("ws-http-test"));
    HttpReply *remove = client.send(HttpRequest("DELETE", "/v1.41/volumes/ws-http-test"));
    QVERIFY(waitFinished(remove));
    QCOMPARE(remove->status(), 204);
}

void tst_HttpClient::unixSocketMissing()
{
    QTemporaryDir dir;
    HttpClient client(Endpoint::unixSocket(dir.filePath(QStringLiteral("absent.sock"))));
    HttpReply *reply = client.send(HttpRequest::get("/_ping"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::NotFound);
    QVERIFY(reply->errorString().contains(QLatin1String("absent.sock")));
}

void tst_HttpClient::unixConnectionRefused()
{
    // A socket file that nobody listens on: bound, never listening.
    QTemporaryDir dir(QStringLiteral("/tmp/ws-http-XXXXXX"));
    const QByteArray path = dir.filePath(QStringLiteral("refused.sock")).toUtf8();
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    QVERIFY(fd >= 0);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    qstrncpy(address.sun_path, path.constData(), sizeof(address.sun_path));
    QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);

    HttpClient client(Endpoint::unixSocket(QString::fromUtf8(path)));
    HttpReply *reply = client.send(HttpRequest::get("/_ping"));
    QVERIFY(waitFinished(reply));
    ::close(fd);
    QCOMPARE(reply->error(), HttpReply::Error::ConnectionRefused);
    QVERIFY(reply->errorString().contains(QLatin1String("refused")));
}

void tst_HttpClient::unixFirstByteTimeout()
{
    QLocalServer server;
    QTemporaryDir dir(QStringLiteral("/tmp/ws-http-XXXXXX"));
    QVERIFY(server.listen(dir.filePath(QStringLiteral("silent.sock"))));
    HttpClient client(Endpoint::unixSocket(server.fullServerName()));
    HttpRequest request = HttpRequest::get("/_ping");
    request.firstByteTimeoutMs = 200;
    HttpReply *reply = client.send(request);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::Timeout);
    QVERIFY2(reply->errorString().contains(QLatin1String("200 ms")),
             qPrintable(reply->errorString()));
}

void tst_HttpClient::unixPeerClosesMidBody()
{
    QLocalServer server;
    QTemporaryDir dir(QStringLiteral("/tmp/ws-http-XXXXXX"));
    QVERIFY(server.listen(dir.filePath(QStringLiteral("closing.sock"))));
    connect(&server, &QLocalServer::newConnection, &server, [&server] {
        QLocalSocket *peer = server.nextPendingConnection();
        peer->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this much");
        peer->disconnectFromServer();
    });
    HttpClient client(Endpoint::unixSocket(server.fullServerName()));
    HttpReply *reply = client.send(HttpRequest::get("/big"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::Closed);
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->readAll(), QByteArray("only this much"));
    QVERIFY2(reply->errorString().contains(QLatin1String("14 of 100")),
             qPrintable(reply->errorString()));
}

void tst_HttpClient::unixIncrementalChunks()
{
    QLocalServer server;
    QTemporaryDir dir(QStringLiteral("/tmp/ws-http-XXXXXX"));
    QVERIFY(server.listen(dir.filePath(QStringLiteral("chunks.sock"))));
    QLocalSocket *peer = nullptr;
    QByteArray requestBytes;
    connect(&server, &QLocalServer::newConnection, &server, [&] {
        peer = server.nextPendingConnection();
        connect(peer, &QLocalSocket::readyRead, peer, [&] { requestBytes += peer->readAll(); });
    });
    HttpClient client(Endpoint::unixSocket(server.fullServerName(), "docker"));
    HttpRequest request = HttpRequest::get("/events");
    request.idleTimeoutMs = 0;
    HttpReply *reply = client.send(request);
    QSignalSpy data(reply, &HttpReply::dataReceived);
    QTRY_VERIFY(peer && requestBytes.endsWith("\r\n\r\n"));
    QVERIFY(requestBytes.startsWith("GET /events HTTP/1.1\r\n"));
    QVERIFY(requestBytes.contains("\r\nHost: docker\r\n"));
    QVERIFY(requestBytes.contains("\r\nConnection: close\r\n"));

    peer->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n8\r\n{\"a\":1}\n\r\n");
    QVERIFY(data.wait());
    QCOMPARE(data.takeFirst().at(0).toByteArray(), QByteArray("{\"a\":1}\n"));
    QVERIFY(!reply->isFinished());
    peer->write("4\r\n{\"b\"\r\n");
    QVERIFY(data.wait());
    peer->write("4\r\n:2}\n\r\n0\r\n\r\n");
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    QCOMPARE(reply->readAll(), QByteArray("{\"a\":1}\n{\"b\":2}\n"));
}

void tst_HttpClient::unixStreamedRequestBody()
{
    // A sequential body device goes out chunked; a QBuffer with Content-Length.
    QLocalServer server;
    QTemporaryDir dir(QStringLiteral("/tmp/ws-http-XXXXXX"));
    QVERIFY(server.listen(dir.filePath(QStringLiteral("upload.sock"))));
    QByteArray received;
    connect(&server, &QLocalServer::newConnection, &server, [&] {
        QLocalSocket *peer = server.nextPendingConnection();
        connect(peer, &QLocalSocket::readyRead, peer, [&received, peer] {
            received += peer->readAll();
            const qsizetype headerEnd = received.indexOf("\r\n\r\n");
            if (headerEnd > 0 && received.size() >= headerEnd + 4 + 300000)
                peer->write("HTTP/1.1 204 No Content\r\n\r\n");
        });
    });
    QByteArray payload(300000, 'x');
    for (int i = 0; i < payload.size(); i += 1000)
        payload[i] = char('a' + (i / 1000) % 26);
    QBuffer buffer(&payload);
    buffer.open(QIODevice::ReadOnly);
    HttpClient client(Endpoint::unixSocket(server.fullServerName()));
    HttpRequest request("POST", "/upload");
    request.bodyDevice = &buffer;
    HttpReply *reply = client.send(request);
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    QCOMPARE(reply->status(), 204);
    QVERIFY(received.contains("\r\nContent-Length: 300000\r\n"));
    QVERIFY(received.endsWith(payload));
}

void tst_HttpClient::unixChunkedRequestBody()
{
    // A body of unknown length goes out with chunked coding, as it comes.
    QLocalServer server;
    QTemporaryDir dir(QStringLiteral("/tmp/ws-http-XXXXXX"));
    QVERIFY(server.listen(dir.filePath(QStringLiteral("pipe.sock"))));
    QByteArray received;
    QLocalSocket *peer = nullptr;
    connect(&server, &QLocalServer::newConnection, &server, [&] {
        peer = server.nextPendingConnection();
        connect(peer, &QLocalSocket::readyRead, peer, [&received, &peer] {
            received += peer->readAll();
            if (received.endsWith("\r\n0\r\n\r\n"))
                peer->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok");
        });
    });
    PipeDevice pipe;
    HttpClient client(Endpoint::unixSocket(server.fullServerName()));
    HttpRequest request("POST", "/build");
    request.bodyDevice = &pipe;
    HttpReply *reply = client.send(request);
    QTRY_VERIFY(received.contains("\r\n\r\n"));
    QVERIFY(received.contains("\r\nTransfer-Encoding: chunked\r\n"));
    QVERIFY(!received.contains("Content-Length"));
    pipe.push("first part ");
    QTRY_VERIFY(received.endsWith("first part \r\n"));
    pipe.push("second part");
    pipe.finish();
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    QCOMPARE(reply->readAll(), QByteArray("ok"));
    QVERIFY(received.endsWith("b\r\nfirst part \r\nb\r\nsecond part\r\n0\r\n\r\n"));
}

void tst_HttpClient::unixIdleTimeoutMidBody()
{
    // Headers and a first piece, then silence: the idle timeout ends it, the piece is kept.
    QLocalServer server;
    QTemporaryDir dir(QStringLiteral("/tmp/ws-http-XXXXXX"));
    QVERIFY(server.listen(dir.filePath(QStringLiteral("stall.sock"))));
    connect(&server, &QLocalServer::newConnection, &server, [&server] {
        QLocalSocket *peer = server.nextPendingConnection();
        connect(peer, &QLocalSocket::readyRead, peer, [peer] {
            peer->readAll();
            peer->write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nfirst\r\n");
        });
    });
    HttpClient client(Endpoint::unixSocket(server.fullServerName()));
    HttpRequest request = HttpRequest::get("/logs?follow=1");
    request.idleTimeoutMs = 300;
    HttpReply *reply = client.send(request);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::Timeout);
    QCOMPARE(reply->readAll(), QByteArray("first"));
    QVERIFY2(reply->errorString().contains(QLatin1String("middle")),
             qPrintable(reply->errorString()));
}

void tst_HttpClient::unixGarbageAnswer()
{
    QLocalServer server;
    QTemporaryDir dir(QStringLiteral("/tmp/ws-http-XXXXXX"));
    QVERIFY(server.listen(dir.filePath(QStringLiteral("garbage.sock"))));
    connect(&server, &QLocalServer::newConnection, &server, [&server] {
        server.nextPendingConnection()->write("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n");
    });
    HttpClient client(Endpoint::unixSocket(server.fullServerName()));
    HttpReply *reply = client.send(HttpRequest::get("/_ping"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::ProtocolError);
    QVERIFY2(reply->errorString().contains(QLatin1String("SSH-2.0")),
             qPrintable(reply->errorString()));
}

void tst_HttpClient::tcpRegistry()
{
    HttpClient client(Endpoint::fromUrl(m_registry.url().toString()));
    HttpReply *reply = client.send(HttpRequest::get("/v2/"));
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    QCOMPARE(reply->status(), 200);
    QCOMPARE(reply->header("Docker-Distribution-API-Version"), QByteArray("registry/2.0"));

    HttpReply *missing = client.send(HttpRequest::get("/v2/nothing/manifests/latest"));
    QVERIFY(waitFinished(missing));
    QCOMPARE(missing->error(), HttpReply::Error::HttpStatus);
    QCOMPARE(missing->status(), 404);
}

void tst_HttpClient::tcpEtcdVersion()
{
    HttpClient client(Endpoint::fromUrl(m_etcd.clientUrl().toString()));
    HttpReply *reply = client.send(HttpRequest::get("/version"));
    QSignalSpy data(reply, &HttpReply::dataReceived);
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    QVERIFY(data.count() >= 1);
    const QJsonObject version = QJsonDocument::fromJson(reply->readAll()).object();
    QVERIFY(version.value(QLatin1String("etcdserver")).toString().startsWith(QLatin1String("3.")));
}

void tst_HttpClient::tcpConnectionRefused()
{
    const quint16 port = test::ServerProcess::freeTcpPort();
    HttpClient client(Endpoint::fromUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(port)));
    HttpReply *reply = client.send(HttpRequest::get("/_ping"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::ConnectionRefused);
    QVERIFY(reply->errorString().contains(QString::number(port)));
}

void tst_HttpClient::tcpFirstByteTimeout()
{
    QTcpServer server; // accepts and never answers
    QVERIFY(server.listen(QHostAddress::LocalHost));
    HttpClient client(
        Endpoint::fromUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
    HttpRequest request = HttpRequest::get("/health");
    request.connectTimeoutMs = 300;
    request.firstByteTimeoutMs = 300;
    HttpReply *reply = client.send(request);
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::Timeout);
}

void tst_HttpClient::tcpPeerClosesMidBody()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    connect(&server, &QTcpServer::newConnection, &server, [&server] {
        QTcpSocket *peer = server.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [peer] {
            peer->readAll();
            peer->write("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nonly this much");
            peer->disconnectFromHost();
        });
    });
    HttpClient client(
        Endpoint::fromUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.serverPort())));
    HttpReply *reply = client.send(HttpRequest::get("/big"));
    QVERIFY(waitFinished(reply));
    QCOMPARE(reply->error(), HttpReply::Error::Closed);
    QCOMPARE(reply->readAll(), QByteArray("only this much"));
}

void tst_HttpClient::tcpTargetSentVerbatim()
{
    // A percent-encoded JSON query (Docker's filters) reaches the server exactly as written.
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QByteArray requestBytes;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        QTcpSocket *peer = server.nextPendingConnection();
        connect(peer, &QTcpSocket::readyRead, peer, [&requestBytes, peer] {
            requestBytes += peer->readAll();
            if (requestBytes.contains("\r\n\r\n")) {
                peer->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n[]");
                peer->disconnectFromHost();
            }
        });
    });
    const QByteArray target
        = "/v1.41/containers/json?all=1&filters=%7B%22label%22%3A%5B%22a%3Db%2Bc%22%5D%7D";
    HttpClient client(
        Endpoint::fromUrl(QStringLiteral("tcp://127.0.0.1:%1").arg(server.serverPort())));
    HttpReply *reply = client.send(HttpRequest::get(target));
    QVERIFY(waitFinished(reply));
    QVERIFY2(!reply->hasError(), describe(reply));
    QVERIFY2(requestBytes.startsWith("GET " + target + " HTTP/1.1\r\n"), requestBytes.constData());
}

void tst_HttpClient::replyDeletedWhileRunning()
{
    // Deleting a running reply closes its connection; nothing fires afterwards.
    HttpClient client(Endpoint::unixSocket(m_dockerd.socketPath(), "docker"));
    HttpRequest request = HttpRequest::get("/v1.41/events");
    request.idleTimeoutMs = 0;
    HttpReply *reply = client.send(request);
    QSignalSpy headers(reply, &HttpReply::headersReceived);
    QVERIFY(headers.wait(30'000));
    delete reply;
    HttpReply *next = client.send(HttpRequest::get("/_ping"));
    QVERIFY(waitFinished(next));
    QCOMPARE(next->status(), 200);
}

void tst_HttpClient::clientDeletedWithRequestsRunning()
{
    // Both transports, requests in flight: the client takes them down cleanly.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    auto tcp = std::make_unique<HttpClient>(
        Endpoint::fromUrl(QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort())));
    auto local
        = std::make_unique<HttpClient>(Endpoint::unixSocket(m_dockerd.socketPath(), "docker"));
    HttpRequest events = HttpRequest::get("/v1.41/events");
    events.idleTimeoutMs = 0;
    QPointer<HttpReply> tcpReply = tcp->send(HttpRequest::get("/never"));
    QPointer<HttpReply> unixReply = local->send(events);
    QTRY_VERIFY(silent.hasPendingConnections());
    QTRY_VERIFY(unixReply->isHeadersReceived());
    tcp.reset();
    local.reset();
    QVERIFY(tcpReply.isNull());
    QVERIFY(unixReply.isNull());
}

QTEST_GUILESS_MAIN(tst_HttpClient)
#include "tst_HttpClient.moc"
