// EtcdClient against real etcd members: health and version, failover from a dead endpoint to a
// live one, an unhealthy member (no quorum: 503), and TLS with client certificates made by
// openssl here.
#include "EtcdFixture.h"
#include "etcd/EtcdClient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;
using ws::test::ServerProcess;

namespace {

bool waitJob(ApiJob *job)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &ApiJob::finished);
    return spy.wait(30'000) || job->isFinished();
}

// Runs openssl; returns its output on failure for the test message, empty on success.
QString openssl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(60'000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("openssl %1 failed: %2 %3")
            .arg(args.join(QLatin1Char(' ')), p.errorString(), QString::fromLocal8Bit(p.readAll()));
    return {};
}

} // namespace

class tst_EtcdClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void health();
    void version();
    void failoverToLiveEndpoint();
    void allEndpointsDead();
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
        HttpReply *put = http.send(HttpRequest::post(
            "/v3/kv/put", R"({"key":")" + QByteArray("k" + QByteArray::number(i)).toBase64() + R"(","value":")"
                              + value + R"("})"));
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
    QTemporaryDir dir;
    const QString d = dir.path();
    // A CA, a server certificate for 127.0.0.1, a client certificate; all RSA.
    QString error = openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj",
                             "/CN=whalestack test CA", "-keyout", "ca-key.pem", "-out", "ca.pem"},
                            d);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const QString &name : {QStringLiteral("server"), QStringLiteral("client")}) {
        error = openssl({"req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=" + name, "-keyout",
                         name + "-key.pem", "-out", name + ".csr"},
                        d);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile ext(dir.filePath(name + QStringLiteral(".ext")));
        QVERIFY(ext.open(QIODevice::WriteOnly));
        ext.write(name == QLatin1String("server")
                      ? "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n"
                      : "extendedKeyUsage=clientAuth\n");
        ext.close();
        error = openssl({"x509", "-req", "-in", name + ".csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
                         "-CAcreateserial", "-days", "2", "-extfile", name + ".ext", "-out", name + ".pem"},
                        d);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    EtcdFixture secure;
    secure.setTls({dir.filePath("ca.pem"), dir.filePath("server.pem"), dir.filePath("server-key.pem"),
                   dir.filePath("client.pem"), dir.filePath("client-key.pem")});
    QVERIFY2(secure.start(), qPrintable(secure.failureReason()));
    QCOMPARE(secure.clientUrl().scheme(), QStringLiteral("https"));

    QProcessEnvironment env;
    env.insert(QStringLiteral("ETCDCTL_ENDPOINTS"), secure.clientUrl().toString());
    env.insert(QStringLiteral("ETCDCTL_CACERT"), dir.filePath("ca.pem"));
    env.insert(QStringLiteral("ETCDCTL_CERT"), dir.filePath("client.pem"));
    env.insert(QStringLiteral("ETCDCTL_KEY"), dir.filePath("client-key.pem"));
    EtcdClient client(EtcdEndpoints::fromEnvironment(env));
    EtcdHealthJob *job = client.health();
    QVERIFY(waitJob(job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QVERIFY(job->result().healthy);

    // Without the CA the server's certificate is not trusted.
    EtcdClient untrusting(EtcdEndpoints::fromList(secure.clientUrl().toString(), QString(),
                                                  dir.filePath("client.pem"), dir.filePath("client-key.pem")));
    EtcdHealthJob *untrusted = untrusting.health();
    QVERIFY(waitJob(untrusted));
    QCOMPARE(untrusted->error(), HttpReply::Error::Tls);
    QVERIFY2(untrusted->errorString().contains(QLatin1String("TLS")), qPrintable(untrusted->errorString()));

    // Without a client certificate the server refuses the handshake.
    EtcdClient anonymous(EtcdEndpoints::fromList(secure.clientUrl().toString(), dir.filePath("ca.pem")));
    EtcdHealthJob *refused = anonymous.health();
    QVERIFY(waitJob(refused));
    QVERIFY(refused->hasError());

    // A key file that is not there is named in the message.
    EtcdClient broken(EtcdEndpoints::fromList(secure.clientUrl().toString(), dir.filePath("ca.pem"),
                                              dir.filePath("client.pem"), dir.filePath("missing-key.pem")));
    EtcdHealthJob *noKey = broken.health();
    QVERIFY(waitJob(noKey));
    QCOMPARE(noKey->error(), HttpReply::Error::Tls);
    QVERIFY2(noKey->errorString().contains(QLatin1String("missing-key.pem")), qPrintable(noKey->errorString()));
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
