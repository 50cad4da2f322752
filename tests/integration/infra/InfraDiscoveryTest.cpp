// Discovery against real servers: etcd (registrator-like keys written through v2, with a TTL,
// and v3), the fleet test server (machines from a file, units submitted by the test), a real
// dockerd (containers from a FROM scratch busybox image on a user-defined bridge network, which
// this dockerd can make although it runs with --bridge=none, so ports really are published on
// 127.0.0.1) and, for the routes, an HAProxy ProbeResult built here the way HaproxyProbe reports
// stats rows (no haproxy runs in this test: the probe is another part's, tested there).
//
// fleet's test server reports every launched unit active/running: it cannot make a unit fail,
// so FailedUnit is covered by tst_infra_InfraDriftFinder, not here.

#include "infra/InfraDiscovery.h"
#include "DockerdFixture.h"
#include "EtcdFixture.h"
#include "FleetFixture.h"
#include "JobWait.h"
#include "docker/DockerClient.h"
#include "fleet/FleetClient.h"
#include "infra/InfraElementId.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

using namespace ws;
using ws::test::DockerdFixture;
using ws::test::EtcdFixture;
using ws::test::FleetFixture;

namespace {

const QString kMachineA = QStringLiteral("aaaaaaaa11112222333344445555aaaa");
const QString kMachineB = QStringLiteral("bbbbbbbb11112222333344445555bbbb");

QString b64(const QByteArray &text)
{
    return QString::fromLatin1(text.toBase64());
}

ProbeElement statsRow(const QString &proxy, const QString &server, const QString &role,
                      const QString &status, const QString &address = {})
{
    ProbeElement e;
    e.name = proxy + QLatin1Char('/') + server;
    e.role = role;
    e.detail = status;
    e.status = status == QLatin1String("DOWN") ? ProbeStatus::Down : ProbeStatus::Up;
    e.facts.insert(QStringLiteral("proxy"), proxy);
    e.facts.insert(QStringLiteral("server"), server);
    e.facts.insert(QStringLiteral("status"), status);
    if (!address.isEmpty())
        e.facts.insert(QStringLiteral("address"), address);
    return e;
}

const InfraHost *hostById(const InfraSnapshot &s, const QString &id)
{
    for (const InfraHost &h : s.hosts)
        if (h.id == id)
            return &h;
    return nullptr;
}

const InfraContainer *containerNamed(const InfraHost &h, const QString &name)
{
    for (const InfraContainer &c : h.containers)
        if (c.name == name)
            return &c;
    return nullptr;
}

QStringList driftIds(const InfraSnapshot &s)
{
    QStringList out;
    for (const InfraDrift &d : s.drift)
        out << QString::number(int(d.kind)) + QLatin1Char(' ') + d.elementId;
    return out;
}

} // namespace

class InfraDiscoveryTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void discoversTheEnvironment();
    void routesFollowALaterHaproxyResult();
    void failedSourcesLeaveProblems();
    void silentSourceTimesOut();

private:
    // One Docker API call through the client, waited for; the answer's body, or a failure.
    bool docker(const QByteArray &method, const QByteArray &path, const QJsonObject &body,
                QByteArray *answer = nullptr);
    bool createContainer(const QString &name, quint16 hostPort, bool start);
    bool putV2(const QString &key, const QString &value, int ttl);
    Environment environment() const;
    ProbeResult haproxyResult() const;

    EtcdFixture m_etcd;
    DockerdFixture m_dockerd;
    FleetFixture m_fleet;
    QTemporaryDir m_dir;
    std::unique_ptr<DockerClient> m_docker;
    QNetworkAccessManager m_nam;
    quint16 m_portKeyed = 0; // web-1: running, registered (v2, with a TTL)
    quint16 m_portUnkeyed = 0; // web-2: running, never registered
    quint16 m_portStale = 0; // web-3: a v3 key, no container, HAProxy routes to it
};

bool InfraDiscoveryTest::docker(const QByteArray &method, const QByteArray &path,
                                const QJsonObject &body, QByteArray *answer)
{
    HttpRequest request(method, path);
    if (!body.isEmpty()) {
        request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        request.headers << HttpRequest::Header("Content-Type", "application/json");
    }
    HttpReply *reply = m_docker->send(request);
    QSignalSpy done(reply, &HttpReply::finished);
    if (!done.wait(60'000)) {
        qWarning("Docker %s %s did not answer", method.constData(), path.constData());
        return false;
    }
    reply->deleteLater();
    if (answer)
        *answer = reply->readAll();
    if (reply->hasError()) {
        qWarning("Docker %s %s: %s %s", method.constData(), path.constData(),
                 qPrintable(reply->errorString()), reply->readAll().constData());
        return false;
    }
    return true;
}

bool InfraDiscoveryTest::createContainer(const QString &name, quint16 hostPort, bool start)
{
    QJsonObject config {
        {"Image", "ws-test/discovery:1"},
        {"Cmd", QJsonArray {"/bin/busybox", "sleep", "600"}},
        {"Labels", QJsonObject {{"SERVICE_80_NAME", "services/router/frontend/web"}}},
        {"ExposedPorts", QJsonObject {{"80/tcp", QJsonObject {}}}},
        {"HostConfig",
         QJsonObject {{"NetworkMode", "ws-discovery"},
                      {"PortBindings",
                       QJsonObject {{"80/tcp",
                                     QJsonArray {QJsonObject {
                                         {"HostIp", "127.0.0.1"},
                                         {"HostPort", QString::number(hostPort)}}}}}}}}};
    if (!docker("POST", "/containers/create?name=" + name.toUtf8(), config))
        return false;
    return !start || docker("POST", "/containers/" + name.toUtf8() + "/start", {});
}

bool InfraDiscoveryTest::putV2(const QString &key, const QString &value, int ttl)
{
    QUrl url = m_etcd.clientUrl();
    url.setPath(QLatin1String("/v2/keys") + key);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArray("application/x-www-form-urlencoded"));
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("value"), value);
    if (ttl > 0)
        form.addQueryItem(QStringLiteral("ttl"), QString::number(ttl));
    QNetworkReply *reply = m_nam.put(request, form.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy done(reply, &QNetworkReply::finished);
    const bool ok
        = (reply->isFinished() || done.wait(10'000)) && reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

void InfraDiscoveryTest::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    QVERIFY2(m_dockerd.start(), qPrintable(m_dockerd.failureReason()));
    // Machine A is this computer as far as addresses go: the containers publish on 127.0.0.1.
    const QString machines = m_dir.filePath(QStringLiteral("machines.json"));
    QFile file(machines);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(
        QJsonDocument(
            QJsonObject {
                {"machines",
                 QJsonArray {QJsonObject {{"id", kMachineA},
                                          {"primaryIP", "127.0.0.1"},
                                          {"metadata", QJsonObject {{"role", "control"}}}},
                             QJsonObject {{"id", kMachineB},
                                          {"primaryIP", "127.0.0.2"},
                                          {"metadata", QJsonObject {{"role", "compute"}}}}}}})
            .toJson());
    file.close();
    m_fleet.setMachinesFile(machines);
    QVERIFY2(m_fleet.start(), qPrintable(m_fleet.failureReason()));

    // fleet: a global unit on both machines, and one pinned to machine B.
    FleetClient fleet(FleetEndpoint::fromAddress(m_fleet.tcpUrl().toString(), "test"));
    const QList<UnitOption> global {{"Service", "ExecStart", "/bin/true", 0},
                                    {"X-Fleet", "Global", "true", 0}};
    const QList<UnitOption> pinned {{"Service", "ExecStart", "/bin/true", 0},
                                    {"X-Fleet", "MachineID", kMachineB, 0}};
    FleetSubmitJob *one = fleet.submit("registrator.service", global, FleetUnit::State::Launched);
    WAIT_OK(one);
    FleetSubmitJob *two = fleet.submit("web@1.service", pinned, FleetUnit::State::Launched);
    WAIT_OK(two);

    // Docker: a FROM scratch busybox image, a bridge network, three containers.
    m_docker = std::make_unique<DockerClient>(
        DockerEndpoint::fromAddress(m_dockerd.hostUrl(), {}, {}, {}, false, "test"));
    QTemporaryDir context;
    QVERIFY(QFile::copy("/bin/busybox", context.filePath("busybox")));
    QFile dockerfile(context.filePath("Dockerfile"));
    QVERIFY(dockerfile.open(QIODevice::WriteOnly));
    dockerfile.write("FROM scratch\nCOPY busybox /bin/busybox\n");
    dockerfile.close();
    const QString tar = m_dir.filePath("context.tar");
    QCOMPARE(QProcess::execute("tar", {"-C", context.path(), "-cf", tar, "Dockerfile", "busybox"}),
             0);
    QFile tarFile(tar);
    QVERIFY(tarFile.open(QIODevice::ReadOnly));
    BuildRequest build;
    build.tag = QStringLiteral("ws-test/discovery:1");
    build.networkMode = QStringLiteral("none");
    build.context = &tarFile;
    DockerBuildJob *built = m_docker->build(build);
    WAIT_OK(built);
    QVERIFY2(docker("POST", "/networks/create",
                    QJsonObject {{"Name", "ws-discovery"}, {"Driver", "bridge"}}),
             "dockerd could not make a bridge network (see the warning above)");
    m_portKeyed = EtcdFixture::freeTcpPort();
    m_portUnkeyed = EtcdFixture::freeTcpPort();
    m_portStale = EtcdFixture::freeTcpPort();
    QVERIFY(createContainer("web-1", m_portKeyed, true));
    QVERIFY(createContainer("web-2", m_portUnkeyed, true));
    // Created, never started: publishes nothing and has no key, which is not drift.
    QVERIFY(createContainer("web-old", EtcdFixture::freeTcpPort(), false));

    // etcd: registrator's v2 key with its TTL, a v3 key whose container is gone, and a confd
    // configuration key under /services that is not registrator's.
    const QString addressKeyed = QStringLiteral("127.0.0.1:%1").arg(m_portKeyed);
    QVERIFY(putV2("/services/router/frontend/web/web-1", addressKeyed, 600));
    QVERIFY(putV2("/services/web/config/workers", "4", 0));
    const QByteArray stale = "/services/router/frontend/web/web-3";
    const QString addressStale = QStringLiteral("127.0.0.1:%1").arg(m_portStale);
    QCOMPARE(m_etcd.post("/v3/kv/put",
                         QJsonDocument(QJsonObject {{"key", b64(stale)},
                                                    {"value", b64(addressStale.toUtf8())}})
                             .toJson()),
             200);
}

void InfraDiscoveryTest::cleanupTestCase()
{
    if (m_docker) {
        for (const char *name : {"web-1", "web-2", "web-old"})
            docker("DELETE", QByteArray("/containers/") + name + "?force=1", {});
        docker("DELETE", "/networks/ws-discovery", {});
    }
    m_docker.reset();
}

Environment InfraDiscoveryTest::environment() const
{
    Environment env;
    env.name = QStringLiteral("it");
    env.etcdEndpoints = {m_etcd.clientUrl().toString()};
    env.fleetEndpoint = m_fleet.tcpUrl().toString();
    // Machine A's Docker engine, and nothing else knows that.
    env.hosts = {{QStringLiteral("local"), QStringLiteral("127.0.0.1"), m_dockerd.hostUrl(), {}}};
    ServiceEndpoint haproxy;
    haproxy.kind = QStringLiteral("haproxy");
    haproxy.name = QStringLiteral("edge");
    haproxy.endpoint = QStringLiteral("http://127.0.0.1:8404/stats");
    haproxy.options.insert(QStringLiteral("socket"), QStringLiteral("/run/haproxy.sock"));
    env.services = {haproxy};
    return env;
}

ProbeResult InfraDiscoveryTest::haproxyResult() const
{
    ProbeResult r;
    r.kind = QStringLiteral("haproxy");
    r.endpoint = QStringLiteral("http://127.0.0.1:8404/stats");
    r.status = ProbeStatus::Degraded;
    r.elements = {
        statsRow("web", "FRONTEND", "frontend", "OPEN"),
        statsRow("web", "web-1", "server", "UP", QStringLiteral("127.0.0.1:%1").arg(m_portKeyed)),
        statsRow("web", "web-3", "server", "DOWN", QStringLiteral("127.0.0.1:%1").arg(m_portStale)),
        statsRow("web", "BACKEND", "backend", "UP"),
    };
    return r;
}

void InfraDiscoveryTest::discoversTheEnvironment()
{
    InfraDiscovery discovery(environment());
    discovery.setRegistry(QStringLiteral("127.0.0.1:5000"));
    discovery.applyProbeResult(haproxyResult());
    QSignalSpy finished(&discovery, &InfraDiscovery::finished);
    discovery.start();
    QVERIFY(finished.wait(30'000));
    QCOMPARE(finished.count(), 1);
    const InfraSnapshot s = discovery.snapshot();
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.join('\n')));
    QCOMPARE(s.environment, QStringLiteral("it"));

    // Hosts: fleet's two machines, the listed one merged into A by address.
    QCOMPARE(s.hosts.size(), 2);
    const InfraHost *a = hostById(s, kMachineA);
    const InfraHost *b = hostById(s, kMachineB);
    QVERIFY(a && b);
    QCOMPARE(a->name, QStringLiteral("local"));
    QCOMPARE(a->address, QStringLiteral("127.0.0.1"));
    QCOMPARE(a->metadata.value("role").toString(), QStringLiteral("control"));
    QCOMPARE(a->dockerEndpoint, m_dockerd.hostUrl());
    QVERIFY(a->containersListed);
    QCOMPARE(b->name, QStringLiteral("bbbbbbbb"));
    QVERIFY(!b->containersListed);

    // Units: the global one on both, the pinned one on B; fleet's and systemd's states.
    QStringList unitsA, unitsB;
    for (const InfraUnit &u : a->units)
        unitsA << u.name + QLatin1Char(' ') + u.desiredState + QLatin1Char(' ') + u.activeState;
    for (const InfraUnit &u : b->units)
        unitsB << u.name + QLatin1Char(' ') + u.desiredState + QLatin1Char(' ') + u.activeState;
    unitsB.sort();
    QCOMPARE(unitsA, QStringList {"registrator.service launched active"});
    QCOMPARE(
        unitsB,
        (QStringList {"registrator.service launched active", "web@1.service launched active"}));

    // Containers, with what they publish as registrator would register it.
    QCOMPARE(a->containers.size(), 3);
    const InfraContainer *web1 = containerNamed(*a, "web-1");
    const InfraContainer *web2 = containerNamed(*a, "web-2");
    const InfraContainer *old = containerNamed(*a, "web-old");
    QVERIFY(web1 && web2 && old);
    QCOMPARE(web1->state, QStringLiteral("running"));
    QCOMPARE(web1->image, QStringLiteral("ws-test/discovery:1"));
    QCOMPARE(web1->id.size(), 64);
    QCOMPARE(web1->published, QStringList {QStringLiteral("127.0.0.1:%1").arg(m_portKeyed)});
    QCOMPARE(web1->labels.value("SERVICE_80_NAME").toString(),
             QStringLiteral("services/router/frontend/web"));
    QCOMPARE(web2->published, QStringList {QStringLiteral("127.0.0.1:%1").arg(m_portUnkeyed)});
    QCOMPARE(old->state, QStringLiteral("created"));
    QVERIFY(old->published.isEmpty());

    // Keys: v2 (with its TTL) and v3 together; the confd key is not registrator's.
    QVERIFY(s.keysListed);
    QCOMPARE(s.keys.size(), 2);
    QCOMPARE(s.keys.at(0).key, QStringLiteral("/services/router/frontend/web/web-1"));
    QCOMPARE(s.keys.at(0).service, QStringLiteral("router/frontend/web"));
    QCOMPARE(s.keys.at(0).serviceId, QStringLiteral("web-1"));
    QVERIFY2(s.keys.at(0).ttl > 0 && s.keys.at(0).ttl <= 600,
             qPrintable(QString::number(s.keys.at(0).ttl)));
    QCOMPARE(s.keys.at(1).key, QStringLiteral("/services/router/frontend/web/web-3"));
    QCOMPARE(s.keys.at(1).address, QStringLiteral("127.0.0.1:%1").arg(m_portStale));

    // Services: the manifest's HAProxy on the edge, etcd, fleet, the engine, the registry.
    QStringList kinds;
    for (const InfraService &service : s.services)
        kinds << service.target.kind;
    QCOMPARE(kinds, (QStringList {"haproxy", "etcd", "fleet", "docker", "registry"}));
    QVERIFY(s.services.first().edge);
    QCOMPARE(s.services.first().target.option("socket"), QStringLiteral("/run/haproxy.sock"));

    // Routes: frontend web → backend web → servers → host A → web-1 / nothing.
    QCOMPARE(s.routes.size(), 2);
    QCOMPARE(s.routes.at(0).frontend, QStringLiteral("web"));
    QCOMPARE(s.routes.at(0).server, QStringLiteral("web-1"));
    QCOMPARE(s.routes.at(0).hostId, kMachineA);
    QCOMPARE(s.routes.at(0).containerName, QStringLiteral("web-1"));
    QCOMPARE(s.routes.at(1).server, QStringLiteral("web-3"));
    QCOMPARE(s.routes.at(1).hostId, kMachineA);
    QVERIFY(s.routes.at(1).containerName.isEmpty());

    // Drift: web-2 without a key, the stale web-3 key still routed, HAProxy's web-3 down.
    QCOMPARE(driftIds(s),
             (QStringList {
                 QStringLiteral("%1 %2")
                     .arg(int(InfraDrift::Kind::ContainerWithoutKey))
                     .arg(InfraElementId::container(kMachineA, "web-2")),
                 QStringLiteral("%1 %2")
                     .arg(int(InfraDrift::Kind::StaleKeyRouted))
                     .arg(InfraElementId::key("/services/router/frontend/web/web-3")),
                 QStringLiteral("%1 %2")
                     .arg(int(InfraDrift::Kind::BackendDown))
                     .arg(InfraElementId::route(s.routes.at(1))),
             }));
    for (const InfraDrift &d : s.drift)
        QVERIFY(!d.message.isEmpty());
}

void InfraDiscoveryTest::routesFollowALaterHaproxyResult()
{
    InfraDiscovery discovery(environment());
    QSignalSpy finished(&discovery, &InfraDiscovery::finished);
    discovery.start();
    QVERIFY(finished.wait(30'000));
    QVERIFY(discovery.snapshot().routes.isEmpty());
    QCOMPARE(discovery.snapshot().drift.size(), 1); // web-2; the stale key is not routed yet
    QSignalSpy changed(&discovery, &InfraDiscovery::snapshotChanged);
    discovery.applyProbeResult(haproxyResult());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(discovery.snapshot().routes.size(), 2);
    QCOMPARE(discovery.snapshot().drift.size(), 3);
    QCOMPARE(finished.count(), 1);
}

void InfraDiscoveryTest::failedSourcesLeaveProblems()
{
    // fleet and etcd refused (nothing listens on a fresh port), a Docker engine that is not
    // there; the working engine's containers still arrive.
    Environment env = environment();
    const quint16 closed = EtcdFixture::freeTcpPort();
    env.etcdEndpoints = {QStringLiteral("http://127.0.0.1:%1").arg(closed)};
    env.fleetEndpoint = QStringLiteral("http://127.0.0.1:%1").arg(closed);
    env.dockerHosts = {QStringLiteral("unix://%1/nowhere.sock").arg(m_dir.path())};
    InfraDiscovery discovery(env);
    QSignalSpy finished(&discovery, &InfraDiscovery::finished);
    discovery.start();
    QVERIFY(finished.wait(30'000));
    const InfraSnapshot s = discovery.snapshot();
    QCOMPARE(s.problems.size(), 3);
    const QString text = s.problems.join('\n');
    // One line a source, in the order they gave up.
    QCOMPARE(s.problems.filter("Could not read fleet at").size(), 1);
    QVERIFY2(s.problems.filter("Could not read fleet at").first().contains(QString::number(closed)),
             qPrintable(text));
    QVERIFY2(text.contains("nowhere.sock"), qPrintable(text));
    QVERIFY2(text.contains("Could not read registrator's keys from etcd"), qPrintable(text));
    // No fleet: the listed host stands alone, with its containers.
    QCOMPARE(s.hosts.size(), 2);
    const InfraHost *local = hostById(s, QStringLiteral("127.0.0.1"));
    QVERIFY(local);
    QCOMPARE(local->containers.size(), 3);
    QVERIFY(s.keys.isEmpty());
    // Without etcd's keys, running containers without one are not drift.
    QVERIFY(!s.keysListed);
    QVERIFY2(s.drift.isEmpty(), qPrintable(s.drift.value(0).message));
}

void InfraDiscoveryTest::silentSourceTimesOut()
{
    // A server that accepts and never answers stands for fleet: its source gives up at the
    // discovery's deadline, and the rest still comes.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&silent, &QTcpServer::newConnection, this, [&] {
        while (QTcpSocket *socket = silent.nextPendingConnection())
            held << socket;
    });
    Environment env = environment();
    env.fleetEndpoint = QStringLiteral("http://127.0.0.1:%1").arg(silent.serverPort());
    InfraDiscovery discovery(env);
    discovery.setSourceTimeout(1'500);
    QSignalSpy finished(&discovery, &InfraDiscovery::finished);
    discovery.start();
    QVERIFY(finished.wait(20'000));
    const InfraSnapshot s = discovery.snapshot();
    QCOMPARE(s.problems.size(), 1);
    QVERIFY2(s.problems.first().contains("no answer within 1.5 s"), qPrintable(s.problems.first()));
    QCOMPARE(s.keys.size(), 2);
    QCOMPARE(s.hosts.size(), 1);
    QCOMPARE(s.hosts.first().containers.size(), 3);
    qDeleteAll(held);
}

QTEST_GUILESS_MAIN(InfraDiscoveryTest)
#include "InfraDiscoveryTest.moc"
