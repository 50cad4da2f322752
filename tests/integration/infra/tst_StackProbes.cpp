// The etcd, Docker, fleet and registry probes against the real servers (etcd, dockerd,
// docker-registry, the fleet test server): Up with the version each reports, Down with the
// reason once each is stopped, and Down with the reason for each kind against a port that
// sends garbage, closes at once, or never answers.
#include "DockerdFixture.h"
#include "EtcdFixture.h"
#include "FleetFixture.h"
#include "MisbehavingTcpServer.h"
#include "RegistryFixture.h"

#include "infra/ProbeFactory.h"

#include <QProcess>
#include <QtTest>

using namespace ws;
using ws::test::MisbehavingTcpServer;

Q_DECLARE_METATYPE(ws::test::MisbehavingTcpServer::Mode)

namespace {

ProbeResult probe(const QString &kind, const QString &endpoint, int timeoutMs = 10'000,
                  const ProbeCredentials &credentials = {})
{
    ProbeTarget t;
    t.kind = kind;
    t.endpoint = endpoint;
    std::unique_ptr<Probe> p = ProbeFactory::create(t);
    if (!p)
        return {};
    p->setTimeout(timeoutMs);
    p->setCredentials(credentials);
    QSignalSpy finished(p.get(), &Probe::finished);
    p->start();
    if (!finished.wait(timeoutMs + 10'000))
        return {};
    if (finished.size() != 1)
        return {};
    return finished.first().first().value<ProbeResult>();
}

} // namespace

class tst_StackProbes : public QObject
{
    Q_OBJECT

private slots:
    void etcd();
    void etcdWithLogin();
    void registry();
    void fleet();
    void docker();
    void misbehaving_data();
    void misbehaving();
    void refused_data();
    void refused();
};

void tst_StackProbes::etcd()
{
    test::EtcdFixture etcd;
    QVERIFY2(etcd.start(), qPrintable(etcd.failureReason()));
    const QString url = etcd.clientUrl().toString();
    ProbeResult r = probe(QStringLiteral("etcd"), url);
    QCOMPARE(r.status, ProbeStatus::Up);
    QCOMPARE(r.kind, QStringLiteral("etcd"));
    QCOMPARE(r.endpoint, url);
    QVERIFY2(r.version.startsWith(QStringLiteral("3.")), qPrintable(r.version));
    QVERIFY(r.latencyMs >= 0);
    QCOMPARE(r.elements.size(), 1);
    QCOMPARE(r.elements[0].role, QStringLiteral("member"));
    QVERIFY(r.elements[0].facts.value(QStringLiteral("leader")).toBool());
    QVERIFY(r.elements[0].facts.value(QStringLiteral("client_urls")).toStringList().contains(url));
    QVERIFY(!r.facts.value(QStringLiteral("leader")).toString().isEmpty());
    QVERIFY(r.facts.value(QStringLiteral("db_size")).toLongLong() > 0);
    QVERIFY(r.facts.value(QStringLiteral("raft_index")).toLongLong() > 0);
    // host:port without a scheme is http.
    QCOMPARE(
        probe(QStringLiteral("etcd"), QStringLiteral("127.0.0.1:%1").arg(etcd.clientPort())).status,
        ProbeStatus::Up);

    etcd.stop();
    r = probe(QStringLiteral("etcd"), url);
    QCOMPARE(r.status, ProbeStatus::Down);
    QVERIFY2(r.detail.contains(QStringLiteral("127.0.0.1")), qPrintable(r.detail));
    QCOMPARE(r.latencyMs, -1.0);
}

void tst_StackProbes::etcdWithLogin()
{
    test::EtcdFixture etcd;
    QVERIFY2(etcd.start(), qPrintable(etcd.failureReason()));
    QString error;
    QVERIFY2(etcd.enableAuth(&error), qPrintable(error));
    const QString url = etcd.clientUrl().toString();
    ProbeCredentials root;
    root.username = QStringLiteral("root");
    root.password = QString::fromLatin1(test::EtcdFixture::kRootPassword);
    const ProbeResult r = probe(QStringLiteral("etcd"), url, 10'000, root);
    QCOMPARE(r.status, ProbeStatus::Up);
    QVERIFY(!r.facts.value(QStringLiteral("leader")).toString().isEmpty());
    QCOMPARE(r.elements.size(), 1);
    const QByteArray json = QJsonDocument(r.toJson()).toJson();
    QVERIFY(!json.contains(test::EtcdFixture::kRootPassword));

    ProbeCredentials wrong = root;
    wrong.password = QStringLiteral("not-the-Password-9");
    const ProbeResult refused = probe(QStringLiteral("etcd"), url, 10'000, wrong);
    // /health needs no login: the member is there; what the login hides is missing.
    QVERIFY(refused.status != ProbeStatus::Down);
    QVERIFY(!QJsonDocument(refused.toJson()).toJson().contains("not-the-Password-9"));
}

void tst_StackProbes::registry()
{
    test::RegistryFixture registry;
    QVERIFY2(registry.start(), qPrintable(registry.failureReason()));
    for (const QString &endpoint : {registry.hostPort(), registry.url().toString()}) {
        const ProbeResult r = probe(QStringLiteral("registry"), endpoint);
        QCOMPARE(r.status, ProbeStatus::Up);
        QCOMPARE(r.version, QStringLiteral("registry/2.0"));
        QCOMPARE(r.facts.value(QStringLiteral("http_status")).toInt(), 200);
        QVERIFY(r.latencyMs >= 0);
    }
    registry.stop();
    const ProbeResult r = probe(QStringLiteral("registry"), registry.hostPort());
    QCOMPARE(r.status, ProbeStatus::Down);
    QVERIFY2(r.detail.contains(registry.hostPort())
                 || r.detail.contains(QStringLiteral("127.0.0.1")),
             qPrintable(r.detail));
}

void tst_StackProbes::fleet()
{
    test::FleetFixture fleet;
    QVERIFY2(fleet.start(), qPrintable(fleet.failureReason()));
    for (const QString &endpoint : {fleet.unixUrl(), fleet.tcpUrl().toString()}) {
        const ProbeResult r = probe(QStringLiteral("fleet"), endpoint);
        QVERIFY2(r.status == ProbeStatus::Up || r.status == ProbeStatus::Degraded,
                 qPrintable(r.detail));
        QCOMPARE(r.facts.value(QStringLiteral("machines")).toInt(), 3);
        int machines = 0;
        for (const ProbeElement &e : r.elements)
            machines += e.role == QLatin1String("machine") ? 1 : 0;
        QCOMPARE(machines, 3);
        QVERIFY(r.latencyMs >= 0);
    }
    fleet.stop();
    const ProbeResult r = probe(QStringLiteral("fleet"), fleet.unixUrl());
    QCOMPARE(r.status, ProbeStatus::Down);
    QVERIFY2(r.detail.contains(fleet.socketPath()), qPrintable(r.detail));

    // A fleet that accepts and never answers.
    test::FleetFixture hanging;
    hanging.setFault(test::FleetFixture::Fault::Hang);
    QVERIFY2(hanging.start(), qPrintable(hanging.failureReason()));
    const ProbeResult silent = probe(QStringLiteral("fleet"), hanging.unixUrl(), 500);
    QCOMPARE(silent.status, ProbeStatus::Down);
    QVERIFY(!silent.detail.isEmpty());
}

void tst_StackProbes::docker()
{
    test::DockerdFixture dockerd;
    QVERIFY2(dockerd.start(), qPrintable(dockerd.failureReason()));
    ProbeResult r = probe(QStringLiteral("docker"), dockerd.hostUrl());
    QCOMPARE(r.status, ProbeStatus::Up);
    QProcess version;
    version.start(QStringLiteral("dockerd"), {QStringLiteral("--version")});
    QVERIFY(version.waitForFinished(30'000));
    // "Docker version 20.10.24+dfsg1, build 297e128"
    QVERIFY2(QString::fromUtf8(version.readAllStandardOutput()).contains(r.version + u','),
             qPrintable(r.version));
    QVERIFY(!r.facts.value(QStringLiteral("api_version")).toString().isEmpty());
    QVERIFY(r.facts.value(QStringLiteral("cpus")).toInt() > 0);
    QVERIFY(r.facts.value(QStringLiteral("memory_bytes")).toLongLong() > 0);
    QCOMPARE(r.facts.value(QStringLiteral("containers")).toInt(), 0);
    QVERIFY(r.elements.isEmpty());

    dockerd.stop();
    r = probe(QStringLiteral("docker"), dockerd.hostUrl());
    QCOMPARE(r.status, ProbeStatus::Down);
    QVERIFY2(r.detail.contains(dockerd.socketPath()), qPrintable(r.detail));
}

void tst_StackProbes::misbehaving_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<MisbehavingTcpServer::Mode>("mode");
    for (const char *kind : {"etcd", "docker", "fleet", "registry"}) {
        QTest::addRow("%s garbage", kind)
            << QString::fromLatin1(kind) << MisbehavingTcpServer::Mode::Garbage;
        QTest::addRow("%s closing", kind)
            << QString::fromLatin1(kind) << MisbehavingTcpServer::Mode::CloseAtOnce;
        QTest::addRow("%s silent", kind)
            << QString::fromLatin1(kind) << MisbehavingTcpServer::Mode::Silent;
    }
}

void tst_StackProbes::misbehaving()
{
    QFETCH(QString, kind);
    QFETCH(MisbehavingTcpServer::Mode, mode);
    MisbehavingTcpServer server(mode);
    QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));
    // Each kind written the way its users write it.
    const QString endpoint = kind == QLatin1String("docker")
        ? QLatin1String("tcp://") + server.endpoint()
        : QLatin1String("http://") + server.endpoint();
    const ProbeResult r = probe(kind, endpoint, 1500);
    QCOMPARE(r.kind, kind);
    QCOMPARE(r.status, ProbeStatus::Down);
    QVERIFY2(r.detail.contains(QString::number(server.port())), qPrintable(r.detail));
    QVERIFY(server.connectionsAccepted() >= 1);
    // Every connection is given up: none is left open.
    if (mode != MisbehavingTcpServer::Mode::CloseAtOnce)
        QTRY_COMPARE_WITH_TIMEOUT(server.connectionsClosedByPeer(), server.connectionsAccepted(),
                                  10'000);
}

void tst_StackProbes::refused_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("endpoint");
    const QString port = QString::number(test::ServerProcess::freeTcpPort());
    QTest::newRow("etcd") << "etcd" << QStringLiteral("http://127.0.0.1:") + port;
    QTest::newRow("docker") << "docker" << QStringLiteral("tcp://127.0.0.1:") + port;
    QTest::newRow("docker socket") << "docker" << QStringLiteral("unix:///nonexistent/d.sock");
    QTest::newRow("fleet") << "fleet" << QStringLiteral("http://127.0.0.1:") + port;
    QTest::newRow("registry") << "registry" << QStringLiteral("127.0.0.1:") + port;
    QTest::newRow("registry bad port") << "registry" << QStringLiteral("127.0.0.1:99999");
    QTest::newRow("fleet bad scheme") << "fleet" << QStringLiteral("tcp://127.0.0.1:") + port;
}

void tst_StackProbes::refused()
{
    QFETCH(QString, kind);
    QFETCH(QString, endpoint);
    const ProbeResult r = probe(kind, endpoint, 5000);
    QCOMPARE(r.status, ProbeStatus::Down);
    QVERIFY(!r.detail.isEmpty());
    QCOMPARE(r.endpoint, endpoint);
}

QTEST_GUILESS_MAIN(tst_StackProbes)
#include "tst_StackProbes.moc"
