// EtcdClient against real etcd members: health and version, failover from a dead endpoint to a
// live one, an unhealthy member (an alarm: 503), and TLS with client certificates made by
// openssl (TestCertificates).
#include "EtcdFixture.h"
#include "JobWait.h"
#include "TestCertificates.h"
#include "etcd/EtcdClient.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;
using ws::test::ServerProcess;

using ws::test::waitJob;

class tst_EtcdClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void health();
    void version();
    void failoverToLiveEndpoint();
    void allEndpointsDead();
    void writesFailOverOnlyWhenNeverSent();
    void unhealthyMember();
    void tls();
    void noEndpoints();

private:
    EtcdFixture m_etcd;
};

void tst_EtcdClient::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
}

void tst_EtcdClient::health()
{
    EtcdClient client(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    EtcdHealthJob *job = client.health();
    QVERIFY(waitJob(job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QVERIFY(job->result().healthy);
    QCOMPARE(job->endpoint(), m_etcd.clientUrl().toString());
}

void tst_EtcdClient::version()
{
    EtcdClient client(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    EtcdVersionJob *job = client.version();
    QVERIFY(waitJob(job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QVERIFY(job->result().server.startsWith(QLatin1String("3.")));
    QVERIFY(job->result().cluster.startsWith(QLatin1String("3.")));
}

void tst_EtcdClient::failoverToLiveEndpoint()
{
    const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(ServerProcess::freeTcpPort());
    const QString live = m_etcd.clientUrl().toString();
    EtcdClient client(EtcdEndpoints::fromList(dead + QLatin1Char(',') + live));
    QCOMPARE(client.currentEndpoint().toDisplayString(), dead);
    QSignalSpy switched(&client, &EtcdClient::currentEndpointChanged);

    EtcdHealthJob *first = client.health();
    QVERIFY(waitJob(first));
    QVERIFY2(!first->hasError(), qPrintable(first->errorString()));
    QVERIFY(first->result().healthy);
    QCOMPARE(first->endpoint(), live);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(client.currentEndpoint().toDisplayString(), live);

    // The next request goes straight to the endpoint that answered.
    EtcdVersionJob *second = client.version();
    QVERIFY(waitJob(second));
    QVERIFY(!second->hasError());
    QCOMPARE(second->endpoint(), live);
    QCOMPARE(switched.count(), 1);
}

void tst_EtcdClient::writesFailOverOnlyWhenNeverSent()
{
    // The first endpoint takes the connection and never answers: a read then goes on to the
    // live member, but a write does not, for the silent one may have applied it.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *s = silent.nextPendingConnection())
            held << s;
    });
    const QString quiet = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
    EtcdClient client(
        EtcdEndpoints::fromList(quiet + QLatin1Char(',') + m_etcd.clientUrl().toString()));

    const auto sendAndWait = [&client, this](HttpRequest request) {
        request.firstByteTimeoutMs = 500;
        auto result = std::make_shared<std::pair<bool, QString>>(false, QString());
        client.send(request, this, [result](HttpReply *reply) {
            result->first = true;
            result->second = reply->hasError() ? reply->errorString() : QString();
        });
        [[maybe_unused]] const bool done
            = QTest::qWaitFor([result] { return result->first; }, 30'000);
        return *result;
    };
    const QByteArray key = QByteArray("whalestack-failover-").toBase64();
    const QByteArray value = QByteArray("x").toBase64();
    const HttpRequest put
        = HttpRequest::post("/v3/kv/put", "{\"key\":\"" + key + "\",\"value\":\"" + value + "\"}");
    const auto wrote = sendAndWait(put);
    QVERIFY(wrote.first);
    QVERIFY2(!wrote.second.isEmpty(), "a write timed out on one member and went to another");

    HttpRequest range = HttpRequest::post("/v3/kv/range", "{\"key\":\"" + key + "\"}");
    range.idempotent = true;
    const auto read = sendAndWait(range);
    QVERIFY(read.first);
    QVERIFY2(read.second.isEmpty(), qPrintable(read.second));
    QCOMPARE(client.currentEndpoint().toDisplayString(), m_etcd.clientUrl().toString());
    qDeleteAll(held);
}

void tst_EtcdClient::allEndpointsDead()
{
    const QString a = QStringLiteral("http://127.0.0.1:%1").arg(ServerProcess::freeTcpPort());
    const QString b = QStringLiteral("http://127.0.0.1:%1").arg(ServerProcess::freeTcpPort());
    EtcdClient client(EtcdEndpoints::fromList(a + QLatin1Char(',') + b));
    EtcdHealthJob *job = client.health();
    QVERIFY(waitJob(job));
    QCOMPARE(job->error(), HttpReply::Error::ConnectionRefused);
    QVERIFY2(job->errorString().contains(QLatin1String("refused")), qPrintable(job->errorString()));
}

void tst_EtcdClient::unhealthyMember()
{
    // A member with an alarm raised is up but unhealthy: fill a tiny backend quota until etcd
    // raises NOSPACE; /health then answers 503 {"health":"false"}.
    EtcdFixture full;
    full.setExtraArguments({QStringLiteral("--quota-backend-bytes=65536")});
    QVERIFY2(full.start(), qPrintable(full.failureReason()));
    HttpClient http(Endpoint::fromUrl(full.clientUrl().toString()));
    const QByteArray value = QByteArray(30000, 'a').toBase64();
    bool exceeded = false;
    for (int i = 0; i < 20 && !exceeded; ++i) {
        HttpReply *put = http.send(
            HttpRequest::post("/v3/kv/put",
                              R"({"key":")" + QByteArray("k" + QByteArray::number(i)).toBase64()
                                  + R"(","value":")" + value + R"("})"));
        QSignalSpy finished(put, &HttpReply::finished);
        QVERIFY(finished.wait(30'000));
        exceeded = put->readAll().contains("database space exceeded");
    }
    QVERIFY(exceeded);

    EtcdClient client(EtcdEndpoints::fromList(full.clientUrl().toString()));
    EtcdHealthJob *job = client.health();
    QVERIFY(waitJob(job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QVERIFY(!job->result().healthy);
    QVERIFY2(job->result().reason.contains(QLatin1String("503")), qPrintable(job->result().reason));
}

void tst_EtcdClient::tls()
{
    ws::test::TestCertificates pki;
    QVERIFY2(pki.generate(), qPrintable(pki.failureReason()));
    EtcdFixture secure;
    secure.setTls({pki.caFile(), pki.serverCertFile(), pki.serverKeyFile(), pki.clientCertFile(),
                   pki.clientKeyFile()});
    QVERIFY2(secure.start(), qPrintable(secure.failureReason()));
    QCOMPARE(secure.clientUrl().scheme(), QStringLiteral("https"));

    QProcessEnvironment env;
    env.insert(QStringLiteral("ETCDCTL_ENDPOINTS"), secure.clientUrl().toString());
    env.insert(QStringLiteral("ETCDCTL_CACERT"), pki.caFile());
    env.insert(QStringLiteral("ETCDCTL_CERT"), pki.clientCertFile());
    env.insert(QStringLiteral("ETCDCTL_KEY"), pki.clientKeyFile());
    EtcdClient client(EtcdEndpoints::fromEnvironment(env));
    EtcdHealthJob *job = client.health();
    QVERIFY(waitJob(job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QVERIFY(job->result().healthy);

    // Without the CA the server's certificate is not trusted.
    EtcdClient untrusting(EtcdEndpoints::fromList(secure.clientUrl().toString(), QString(),
                                                  pki.clientCertFile(), pki.clientKeyFile()));
    EtcdHealthJob *untrusted = untrusting.health();
    QVERIFY(waitJob(untrusted));
    QCOMPARE(untrusted->error(), HttpReply::Error::Tls);
    QVERIFY2(untrusted->errorString().contains(QLatin1String("TLS")),
             qPrintable(untrusted->errorString()));

    // Without a client certificate the server refuses the handshake.
    EtcdClient anonymous(EtcdEndpoints::fromList(secure.clientUrl().toString(), pki.caFile()));
    EtcdHealthJob *refused = anonymous.health();
    QVERIFY(waitJob(refused));
    QVERIFY(refused->hasError());

    // A key file that is not there is named in the message.
    const QString missingKey = pki.dir() + QStringLiteral("/missing-key.pem");
    EtcdClient broken(EtcdEndpoints::fromList(secure.clientUrl().toString(), pki.caFile(),
                                              pki.clientCertFile(), missingKey));
    EtcdHealthJob *noKey = broken.health();
    QVERIFY(waitJob(noKey));
    QCOMPARE(noKey->error(), HttpReply::Error::Tls);
    QVERIFY2(noKey->errorString().contains(missingKey), qPrintable(noKey->errorString()));
}

void tst_EtcdClient::noEndpoints()
{
    EtcdClient client(EtcdEndpoints::fromList(QString()));
    EtcdVersionJob *job = client.version();
    QVERIFY(!job->isFinished());
    QVERIFY(waitJob(job));
    QVERIFY(job->hasError());
    QVERIFY(!job->errorString().isEmpty());
}

QTEST_GUILESS_MAIN(tst_EtcdClient)
#include "tst_EtcdClient.moc"
