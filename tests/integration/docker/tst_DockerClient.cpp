// DockerClient against a private dockerd: ping negotiates the API version, version() reads the
// engine's facts, and failures name the endpoint.
#include "DockerdFixture.h"
#include "RegistryFixture.h"
#include "TestCertificates.h"
#include "docker/DockerClient.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace ws;

namespace {

template<typename Job>
bool waitJob(Job *job)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &ApiJob::finished);
    return spy.wait(30'000) || job->isFinished();
}

DockerEndpoint endpointFor(const QString &host)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), host);
    return DockerEndpoint::fromEnvironment(env);
}

} // namespace

class tst_DockerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pingNegotiates();
    void version();
    void info();
    void pinnedApiVersion();
    void versionedRequests();
    void socketMissing();
    void notDocker();
    void invalidHost();
    void tcpWithTls();

private:
    ws::test::DockerdFixture m_dockerd;
};

void tst_DockerClient::initTestCase()
{
    QVERIFY2(m_dockerd.start(), qPrintable(m_dockerd.failureReason()));
}

void tst_DockerClient::pingNegotiates()
{
    DockerClient client(endpointFor(m_dockerd.hostUrl()));
    QCOMPARE(client.endpoint().source, QStringLiteral("DOCKER_HOST"));
    QVERIFY(client.apiVersion().isEmpty());
    QSignalSpy negotiated(&client, &DockerClient::apiVersionNegotiated);
    DockerPingJob *job = client.ping();
    QVERIFY(!job->isFinished());
    QVERIFY(waitJob(job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QCOMPARE(job->result().apiVersion, QStringLiteral("1.41"));
    QCOMPARE(job->result().osType, QStringLiteral("linux"));
    QCOMPARE(job->endpoint(), m_dockerd.hostUrl());
    QCOMPARE(client.apiVersion(), QStringLiteral("1.41"));
    QCOMPARE(negotiated.count(), 1);
    QCOMPARE(client.versionedPath("/info"), QByteArray("/v1.41/info"));
}

void tst_DockerClient::version()
{
    DockerClient client(endpointFor(m_dockerd.hostUrl()));
    DockerVersionJob *job = client.version();
    QVERIFY(waitJob(job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const DockerVersion &v = job->result();
    QVERIFY(v.version.startsWith(QLatin1String("20.10")));
    QCOMPARE(v.apiVersion, QStringLiteral("1.41"));
    QCOMPARE(v.minApiVersion, QStringLiteral("1.12"));
    QCOMPARE(v.os, QStringLiteral("linux"));
    QVERIFY(!v.arch.isEmpty());
    QVERIFY(!v.kernelVersion.isEmpty());
}

void tst_DockerClient::info()
{
    DockerClient client(endpointFor(m_dockerd.hostUrl()));
    DockerInfoJob *job = client.info();
    QVERIFY(waitJob(job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    const DockerInfo &info = job->result();
    // The engine runs on this machine: it sees the same CPUs we do.
    QCOMPARE(info.cpus, QThread::idealThreadCount());
    QVERIFY(info.memoryBytes > 0);
    QCOMPARE(info.storageDriver, QStringLiteral("vfs"));
    QVERIFY(info.serverVersion.startsWith(QLatin1String("20.10")));
}

void tst_DockerClient::pinnedApiVersion()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), m_dockerd.hostUrl());
    env.insert(QStringLiteral("DOCKER_API_VERSION"), QStringLiteral("1.40"));
    DockerClient client(DockerEndpoint::fromEnvironment(env));
    QCOMPARE(client.apiVersion(), QStringLiteral("1.40"));
    DockerPingJob *ping = client.ping();
    QVERIFY(waitJob(ping));
    QVERIFY(!ping->hasError());
    QCOMPARE(client.apiVersion(), QStringLiteral("1.40")); // pinned: no negotiation
    HttpReply *reply = client.send(HttpRequest::get("/info"));
    QSignalSpy finished(reply, &HttpReply::finished);
    QVERIFY(finished.wait());
    QCOMPARE(reply->request().target, QByteArray("/v1.40/info"));
    QCOMPARE(reply->status(), 200);
}

void tst_DockerClient::versionedRequests()
{
    // A version older than the engine's minimum is refused with the engine's own message.
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), m_dockerd.hostUrl());
    env.insert(QStringLiteral("DOCKER_API_VERSION"), QStringLiteral("1.5"));
    DockerClient client(DockerEndpoint::fromEnvironment(env));
    DockerVersionJob *job = client.version();
    QVERIFY(waitJob(job));
    QCOMPARE(job->error(), HttpReply::Error::HttpStatus);
    QVERIFY2(job->errorString().contains(QLatin1String("too old")), qPrintable(job->errorString()));
}

void tst_DockerClient::socketMissing()
{
    QTemporaryDir dir;
    const QString socket = dir.filePath(QStringLiteral("docker.sock"));
    DockerClient client(endpointFor(QStringLiteral("unix://") + socket));
    DockerPingJob *job = client.ping();
    QVERIFY(waitJob(job));
    QCOMPARE(job->error(), HttpReply::Error::NotFound);
    QVERIFY2(job->errorString().contains(socket), qPrintable(job->errorString()));
    QVERIFY(client.apiVersion().isEmpty());
}

void tst_DockerClient::notDocker()
{
    // Something else listens there: a registry answers /version with 404.
    ws::test::RegistryFixture registry;
    QVERIFY2(registry.start(), qPrintable(registry.failureReason()));
    DockerClient client(endpointFor(QStringLiteral("tcp://") + registry.hostPort()));
    DockerVersionJob *job = client.version();
    QVERIFY(waitJob(job));
    QVERIFY(job->hasError());
    QVERIFY2(job->errorString().contains(registry.hostPort()), qPrintable(job->errorString()));
}

void tst_DockerClient::invalidHost()
{
    DockerClient client(endpointFor(QStringLiteral("ssh://somewhere")));
    DockerPingJob *job = client.ping();
    QVERIFY(!job->isFinished());
    QVERIFY(waitJob(job));
    QVERIFY(job->hasError());
    QVERIFY2(job->errorString().contains(QLatin1String("DOCKER_HOST")),
             qPrintable(job->errorString()));
}

void tst_DockerClient::tcpWithTls()
{
    // DOCKER_HOST=tcp://…, DOCKER_TLS_VERIFY=1, DOCKER_CERT_PATH: the way docker-machine set it up.
    ws::test::TestCertificates pki;
    QVERIFY2(pki.generate(), qPrintable(pki.failureReason()));
    ws::test::DockerdFixture tlsDockerd;
    tlsDockerd.setTcpTls(pki.caFile(), pki.serverCertFile(), pki.serverKeyFile());
    QVERIFY2(tlsDockerd.start(), qPrintable(tlsDockerd.failureReason()));

    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), tlsDockerd.tcpHostUrl());
    env.insert(QStringLiteral("DOCKER_TLS_VERIFY"), QStringLiteral("1"));
    env.insert(QStringLiteral("DOCKER_CERT_PATH"), pki.dir());
    DockerClient client(DockerEndpoint::fromEnvironment(env));
    QVERIFY(client.endpoint().endpoint.isTls());
    DockerPingJob *ping = client.ping();
    QVERIFY(waitJob(ping));
    QVERIFY2(!ping->hasError(), qPrintable(ping->errorString()));
    QCOMPARE(client.apiVersion(), QStringLiteral("1.41"));
    DockerVersionJob *version = client.version();
    QVERIFY(waitJob(version));
    QVERIFY2(!version->hasError(), qPrintable(version->errorString()));
    QCOMPARE(version->result().os, QStringLiteral("linux"));

    // The same engine through a connection profile's fields rather than the environment.
    const DockerEndpoint fromProfile = DockerEndpoint::fromAddress(
        tlsDockerd.tcpHostUrl(), pki.dir() + QStringLiteral("/ca.pem"),
        pki.dir() + QStringLiteral("/cert.pem"), pki.dir() + QStringLiteral("/key.pem"), true,
        QStringLiteral("profile lab"));
    QVERIFY2(fromProfile.isValid(), qPrintable(fromProfile.error));
    QVERIFY(fromProfile.endpoint.isTls());
    QCOMPARE(fromProfile.source, QStringLiteral("profile lab"));
    DockerClient profiled(fromProfile);
    DockerInfoJob *info = profiled.info();
    QVERIFY(waitJob(info));
    QVERIFY2(!info->hasError(), qPrintable(info->errorString()));
    QVERIFY(info->result().cpus >= 1);
    QVERIFY(!DockerEndpoint::fromAddress(QStringLiteral("ftp://nowhere"), {}, {}, {}, true,
                                         QStringLiteral("profile bad"))
                 .isValid());

    // Plain HTTP to the TLS port: the engine answers 400, which names the endpoint.
    DockerClient plain(endpointFor(tlsDockerd.tcpHostUrl()));
    DockerVersionJob *refused = plain.version();
    QVERIFY(waitJob(refused));
    QVERIFY(refused->hasError());
    QVERIFY2(refused->errorString().contains(tlsDockerd.tcpHostUrl().mid(6)),
             qPrintable(refused->errorString()));
}

QTEST_GUILESS_MAIN(tst_DockerClient)
#include "tst_DockerClient.moc"
