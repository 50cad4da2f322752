#include "infra/InfraSnapshotAssembler.h"

#include <QtTest>

using ws::DockerContainerPort;
using ws::DockerContainerSummary;
using ws::FleetMachine;
using ws::FleetUnit;
using ws::FleetUnitState;
using ws::InfraDiscoveryData;
using ws::InfraHost;
using ws::InfraSnapshot;
using ws::InfraSnapshotAssembler;
using ws::ProbeElement;
using ws::ProbeResult;

namespace {

const QString kM1 = QStringLiteral("11111111aaaaaaaaaaaaaaaaaaaaaaaa");
const QString kM2 = QStringLiteral("22222222bbbbbbbbbbbbbbbbbbbbbbbb");

FleetMachine machine(const QString &id, const QString &ip, const QString &role)
{
    FleetMachine m;
    m.id = id;
    m.primaryIp = ip;
    m.metadata.insert(QStringLiteral("role"), role);
    return m;
}

DockerContainerSummary running(const QString &name, const QList<DockerContainerPort> &ports,
                               const QString &state = QStringLiteral("running"))
{
    DockerContainerSummary c;
    c.id = name + QLatin1String("-id");
    c.names = {QLatin1Char('/') + name};
    c.image = QStringLiteral("img/") + name;
    c.state = state;
    c.status = QStringLiteral("Up");
    c.ports = ports;
    return c;
}

DockerContainerPort port(const QString &ip, int publicPort, int privatePort = 80)
{
    return DockerContainerPort {ip, privatePort, publicPort, QStringLiteral("tcp")};
}

const InfraHost *hostById(const InfraSnapshot &s, const QString &id)
{
    for (const InfraHost &h : s.hosts)
        if (h.id == id)
            return &h;
    return nullptr;
}

ProbeElement row(const QString &proxy, const QString &server, const QString &role,
                 const QString &address = {})
{
    ProbeElement e;
    e.name = proxy + QLatin1Char('/') + server;
    e.role = role;
    e.facts.insert(QStringLiteral("proxy"), proxy);
    e.facts.insert(QStringLiteral("server"), server);
    e.facts.insert(QStringLiteral("status"), QStringLiteral("UP"));
    if (!address.isEmpty())
        e.facts.insert(QStringLiteral("address"), address);
    return e;
}

// Two fleet machines, a listed host merged into the first by machine-id prefix and one only
// the manifest knows, a docker.hosts entry matched to the second machine by address and a
// local engine on a unix socket.
InfraDiscoveryData lab()
{
    InfraDiscoveryData d;
    d.environment.name = QStringLiteral("lab");
    d.environment.etcdEndpoints = {QStringLiteral("http://10.0.0.1:2379")};
    d.environment.fleetEndpoint = QStringLiteral("http://10.0.0.1:49153");
    d.environment.dockerHosts
        = {QStringLiteral("tcp://10.0.0.12:2376"), QStringLiteral("unix:///run/docker.sock")};
    d.environment.hosts = {
        {QStringLiteral("core-1"),
         {},
         QStringLiteral("tcp://10.0.0.11:2376"),
         QStringLiteral("11111111")},
        {{}, QStringLiteral("10.0.0.20"), QStringLiteral("tcp://10.0.0.20:2376"), {}},
    };
    ws::ServiceEndpoint haproxy;
    haproxy.kind = QStringLiteral("haproxy");
    haproxy.name = QStringLiteral("edge");
    haproxy.endpoint = QStringLiteral("http://10.0.0.5:8404/stats");
    haproxy.options.insert(QStringLiteral("route.public-api"), QStringLiteral("keystone"));
    ws::ServiceEndpoint etcd;
    etcd.kind = QStringLiteral("etcd");
    etcd.endpoint = QStringLiteral("http://10.0.0.1:2379");
    d.environment.services = {haproxy, etcd};
    d.registry = QStringLiteral("10.0.0.10:5000");

    d.fleetRead = true;
    d.machines = {machine(kM1, QStringLiteral("10.0.0.11"), QStringLiteral("control")),
                  machine(kM2, QStringLiteral("10.0.0.12"), QStringLiteral("compute"))};
    FleetUnit keystone;
    keystone.name = QStringLiteral("keystone@1.service");
    keystone.desiredState = FleetUnit::State::Launched;
    keystone.currentState = FleetUnit::State::Launched;
    FleetUnit pending;
    pending.name = QStringLiteral("glance@1.service");
    pending.desiredState = FleetUnit::State::Launched;
    pending.currentState = FleetUnit::State::Loaded;
    pending.machineId = kM2;
    FleetUnit unscheduled;
    unscheduled.name = QStringLiteral("nova@1.service");
    unscheduled.desiredState = FleetUnit::State::Launched;
    d.units = {keystone, pending, unscheduled};
    d.states = {
        FleetUnitState {QStringLiteral("keystone@1.service"), QStringLiteral("abc"), kM1,
                        QStringLiteral("loaded"), QStringLiteral("active"),
                        QStringLiteral("running")},
        FleetUnitState {QStringLiteral("ghost.service"), QStringLiteral("abc"),
                        QStringLiteral("ffffffff"), QStringLiteral("loaded"),
                        QStringLiteral("active"), QStringLiteral("running")},
    };
    d.containers.insert(QStringLiteral("tcp://10.0.0.11:2376"),
                        {running(QStringLiteral("keystone-1"),
                                 {port(QStringLiteral("0.0.0.0"), 5000),
                                  port(QStringLiteral("::"), 5000), port({}, 0, 35357)}),
                         running(QStringLiteral("old"), {}, QStringLiteral("exited"))});
    d.containers.insert(
        QStringLiteral("tcp://10.0.0.12:2376"),
        {running(QStringLiteral("glance-1"), {port(QStringLiteral("10.0.0.12"), 9292)}),
         running(QStringLiteral("v6"), {port(QStringLiteral("fd00::1"), 80)})});
    // unix:///run/docker.sock and 10.0.0.20 could not be asked: not in `containers`.

    ProbeResult h;
    h.kind = QStringLiteral("haproxy");
    h.endpoint = haproxy.endpoint;
    h.elements = {
        row(QStringLiteral("public-api"), QStringLiteral("FRONTEND"), QStringLiteral("frontend")),
        row(QStringLiteral("glance"), QStringLiteral("FRONTEND"), QStringLiteral("frontend")),
        row(QStringLiteral("keystone"), QStringLiteral("keystone-1"), QStringLiteral("server"),
            QStringLiteral("10.0.0.11:5000")),
        row(QStringLiteral("keystone"), QStringLiteral("BACKEND"), QStringLiteral("backend")),
        row(QStringLiteral("glance"), QStringLiteral("glance-1"), QStringLiteral("server"),
            QStringLiteral("10.0.0.12:9292")),
        row(QStringLiteral("glance"), QStringLiteral("gone"), QStringLiteral("server"),
            QStringLiteral("10.0.0.12:9999")),
        row(QStringLiteral("orphan"), QStringLiteral("o-1"), QStringLiteral("server"),
            QStringLiteral("192.168.1.1:80")),
    };
    d.haproxy = {h};
    d.keysRead = true;
    d.problems = {QStringLiteral("something could not be read")};
    return d;
}

} // namespace

class InfraSnapshotAssemblerTest : public QObject
{
    Q_OBJECT

private slots:
    void hostsMerge();
    void containersPublishAsRegistratorRegisters();
    void unitsOnTheirMachines();
    void servicesOfEveryKindOnce();
    void routesFromHaproxyRows();
    void problemsPassThrough();
    void endpointHost_data();
    void endpointHost();
    void nothingGathered();
};

void InfraSnapshotAssemblerTest::hostsMerge()
{
    const InfraSnapshot s = InfraSnapshotAssembler::assemble(lab());
    QCOMPARE(s.environment, QStringLiteral("lab"));
    QCOMPARE(s.hosts.size(), 4);
    const InfraHost *one = hostById(s, kM1);
    QVERIFY(one);
    QCOMPARE(one->name, QStringLiteral("core-1")); // the manifest's name wins
    QCOMPARE(one->address, QStringLiteral("10.0.0.11"));
    QCOMPARE(one->metadata.value("role").toString(), QStringLiteral("control"));
    QCOMPARE(one->dockerEndpoint, QStringLiteral("tcp://10.0.0.11:2376"));
    QVERIFY(one->containersListed);
    const InfraHost *two = hostById(s, kM2);
    QVERIFY(two);
    QCOMPARE(two->name, QStringLiteral("22222222"));
    QCOMPARE(two->dockerEndpoint, QStringLiteral("tcp://10.0.0.12:2376")); // matched by address
    const InfraHost *listed = hostById(s, QStringLiteral("10.0.0.20"));
    QVERIFY(listed);
    QCOMPARE(listed->name, QStringLiteral("10.0.0.20"));
    QVERIFY(!listed->containersListed); // its engine did not answer
    const InfraHost *local = hostById(s, QStringLiteral("unix:///run/docker.sock"));
    QVERIFY(local);
    QCOMPARE(local->name, QStringLiteral("docker.sock"));
    QVERIFY(local->address.isEmpty());
}

void InfraSnapshotAssemblerTest::containersPublishAsRegistratorRegisters()
{
    const InfraSnapshot s = InfraSnapshotAssembler::assemble(lab());
    const InfraHost *one = hostById(s, kM1);
    QCOMPARE(one->containers.size(), 2);
    QCOMPARE(one->containers.at(0).name, QStringLiteral("keystone-1"));
    QCOMPARE(one->containers.at(0).id, QStringLiteral("keystone-1-id"));
    // 0.0.0.0 and :: are the host's address, once; the exposed-only port is not published.
    QCOMPARE(one->containers.at(0).published, QStringList {"10.0.0.11:5000"});
    QCOMPARE(one->containers.at(1).state, QStringLiteral("exited"));
    QVERIFY(one->containers.at(1).published.isEmpty());
    const InfraHost *two = hostById(s, kM2);
    QCOMPARE(two->containers.at(0).published, QStringList {"10.0.0.12:9292"});
    QCOMPARE(two->containers.at(1).published, QStringList {"[fd00::1]:80"});
}

void InfraSnapshotAssemblerTest::unitsOnTheirMachines()
{
    const InfraSnapshot s = InfraSnapshotAssembler::assemble(lab());
    const InfraHost *one = hostById(s, kM1);
    QCOMPARE(one->units.size(), 1);
    QCOMPARE(one->units.first().name, QStringLiteral("keystone@1.service"));
    QCOMPARE(one->units.first().desiredState, QStringLiteral("launched"));
    QCOMPARE(one->units.first().currentState, QStringLiteral("launched"));
    QCOMPARE(one->units.first().loadState, QStringLiteral("loaded"));
    QCOMPARE(one->units.first().activeState, QStringLiteral("active"));
    QCOMPARE(one->units.first().subState, QStringLiteral("running"));
    const InfraHost *two = hostById(s, kM2);
    QCOMPARE(two->units.size(), 1); // scheduled there, no state row yet
    QCOMPARE(two->units.first().name, QStringLiteral("glance@1.service"));
    QCOMPARE(two->units.first().currentState, QStringLiteral("loaded"));
    QVERIFY(two->units.first().activeState.isEmpty());
    for (const InfraHost &h : s.hosts)
        for (const ws::InfraUnit &u : h.units)
            QVERIFY(u.name != QLatin1String("ghost.service")
                    && u.name != QLatin1String("nova@1.service"));
}

void InfraSnapshotAssemblerTest::servicesOfEveryKindOnce()
{
    const InfraSnapshot s = InfraSnapshotAssembler::assemble(lab());
    QStringList ids;
    for (const ws::InfraService &service : s.services)
        ids << service.target.id();
    QCOMPARE(ids,
             (QStringList {"haproxy|http://10.0.0.5:8404/stats", "etcd|http://10.0.0.1:2379",
                           "fleet|http://10.0.0.1:49153", "docker|tcp://10.0.0.11:2376",
                           "docker|tcp://10.0.0.12:2376", "docker|tcp://10.0.0.20:2376",
                           "docker|unix:///run/docker.sock", "registry|10.0.0.10:5000"}));
    QVERIFY(s.services.at(0).edge);
    QCOMPARE(s.services.at(0).target.name, QStringLiteral("edge"));
    QCOMPARE(s.services.at(0).target.option("route.public-api"), QStringLiteral("keystone"));
    for (qsizetype i = 1; i < s.services.size(); ++i)
        QVERIFY(!s.services.at(i).edge);
    QCOMPARE(s.services.at(3).target.name, QStringLiteral("core-1"));
}

void InfraSnapshotAssemblerTest::routesFromHaproxyRows()
{
    const InfraSnapshot s = InfraSnapshotAssembler::assemble(lab());
    QStringList routes;
    for (const ws::InfraRoute &r : s.routes) {
        QCOMPARE(r.haproxy, QStringLiteral("haproxy|http://10.0.0.5:8404/stats"));
        routes << QStringLiteral("%1/%2/%3 %4 %5 %6")
                      .arg(r.frontend, r.backend, r.server, r.address, r.hostId.left(8),
                           r.containerName);
    }
    QCOMPARE(routes,
             (QStringList {
                 // route.public-api: keystone
                 "public-api/keystone/keystone-1 10.0.0.11:5000 11111111 keystone-1",
                 // the frontend of the same name
                 "glance/glance/glance-1 10.0.0.12:9292 22222222 glance-1",
                 // a host, but no container publishes it
                 "glance/glance/gone 10.0.0.12:9999 22222222 ",
                 // no frontend leads there, no host has the address
                 "/orphan/o-1 192.168.1.1:80  ",
             }));
}

void InfraSnapshotAssemblerTest::problemsPassThrough()
{
    const InfraSnapshot s = InfraSnapshotAssembler::assemble(lab());
    QCOMPARE(s.problems, QStringList {"something could not be read"});
    QVERIFY(s.keysListed);
    QVERIFY(s.drift.isEmpty()); // InfraDriftFinder's job
}

void InfraSnapshotAssemblerTest::endpointHost_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("host");
    QTest::newRow("tcp") << "tcp://10.0.0.11:2376"
                         << "10.0.0.11";
    QTest::newRow("http") << "http://core-1:2379"
                          << "core-1";
    QTest::newRow("bare") << "10.0.0.3:2376"
                          << "10.0.0.3";
    QTest::newRow("unix") << "unix:///var/run/docker.sock"
                          << "";
    QTest::newRow("ipv6") << "tcp://[fd00::1]:2376"
                          << "fd00::1";
}

void InfraSnapshotAssemblerTest::endpointHost()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, host);
    QCOMPARE(InfraSnapshotAssembler::endpointHost(endpoint), host);
}

void InfraSnapshotAssemblerTest::nothingGathered()
{
    InfraDiscoveryData d;
    d.environment.name = QStringLiteral("empty");
    const InfraSnapshot s = InfraSnapshotAssembler::assemble(d);
    QCOMPARE(s.environment, QStringLiteral("empty"));
    QVERIFY(s.hosts.isEmpty());
    QVERIFY(s.services.isEmpty());
    QVERIFY(s.routes.isEmpty());
    QVERIFY(!s.keysListed);
}

QTEST_GUILESS_MAIN(InfraSnapshotAssemblerTest)
#include "InfraSnapshotAssemblerTest.moc"
