#include "infra/InfraDriftFinder.h"
#include "InfraTestEnvironment.h"
#include "infra/InfraElementId.h"

#include <QtTest>

#include <functional>

using ws::InfraDrift;
using ws::InfraDriftFinder;
using ws::InfraElementId;
using ws::InfraSnapshot;
using ws::ProbeResult;

namespace {

using Change = std::function<void(InfraSnapshot &, QList<ProbeResult> &)>;

// "ContainerWithoutKey container:HOST/NAME", one per drift, in the order found.
QStringList describe(const QList<InfraDrift> &drift)
{
    QStringList out;
    for (const InfraDrift &d : drift) {
        const char *kind = "";
        switch (d.kind) {
        case InfraDrift::Kind::ContainerWithoutKey:
            kind = "ContainerWithoutKey";
            break;
        case InfraDrift::Kind::StaleKeyRouted:
            kind = "StaleKeyRouted";
            break;
        case InfraDrift::Kind::FailedUnit:
            kind = "FailedUnit";
            break;
        case InfraDrift::Kind::BackendDown:
            kind = "BackendDown";
            break;
        }
        out << QLatin1String(kind) + QLatin1Char(' ') + d.elementId;
    }
    return out;
}

ws::InfraHost &host(InfraSnapshot &s, int index)
{
    return s.hosts[index];
}

ws::InfraContainer &container(InfraSnapshot &s, const QString &name)
{
    for (ws::InfraHost &h : s.hosts)
        for (ws::InfraContainer &c : h.containers)
            if (c.name == name)
                return c;
    qFatal("no container %s", qPrintable(name));
}

ws::InfraUnit &unit(InfraSnapshot &s, const QString &name)
{
    for (ws::InfraHost &h : s.hosts)
        for (ws::InfraUnit &u : h.units)
            if (u.name == name)
                return u;
    qFatal("no unit %s", qPrintable(name));
}

ws::ProbeElement &statsRow(QList<ProbeResult> &results, const QString &name)
{
    for (ProbeResult &r : results)
        for (ws::ProbeElement &e : r.elements)
            if (e.name == name)
                return e;
    qFatal("no stats row %s", qPrintable(name));
}

void setStatus(QList<ProbeResult> &results, const QString &row, const QString &status)
{
    ws::ProbeElement &e = statsRow(results, row);
    e.facts.insert(QStringLiteral("status"), status);
    e.detail = status;
}

const QString kHorizon
    = QStringLiteral("ContainerWithoutKey container:c0ffee42d00d4b1e9a7c6b5a4f3e2d1c/horizon-1");
const QString kStale
    = QStringLiteral("StaleKeyRouted key:/services/router/frontend/glance/glance-api-2");
const QString kFailed
    = QStringLiteral("FailedUnit unit:nova-api@1.service@c0ffee42d00d4b1e9a7c6b5a4f3e2d1c");
const QString kServerDown = QStringLiteral("BackendDown route:glance/glance-api/glance-api-2");

} // namespace

Q_DECLARE_METATYPE(Change)

class InfraDriftFinderTest : public QObject
{
    Q_OBJECT

private slots:
    void findsTheTestEnvironmentsDrift();
    void kinds_data();
    void kinds();
    void messagesSayWhatAndWhatToDo();
    void emptySnapshotHasNoDrift();
};

void InfraDriftFinderTest::findsTheTestEnvironmentsDrift()
{
    // The fixture's hand-written drift is what the finder finds, messages included: the map's
    // tests see the same drift as a real discovery would give.
    InfraSnapshot snapshot = ws::test::infraTestSnapshot();
    const QList<InfraDrift> expected = snapshot.drift;
    snapshot.drift.clear();
    const QList<InfraDrift> found
        = InfraDriftFinder::find(snapshot, ws::test::infraTestProbeResults());
    QCOMPARE(describe(found), describe(expected));
    for (qsizetype i = 0; i < found.size(); ++i)
        QCOMPARE(found.at(i).message, expected.at(i).message);
}

void InfraDriftFinderTest::kinds_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<QStringList>("expected");

    const QStringList all {kHorizon, kFailed, kStale, kServerDown};
    QTest::newRow("as built") << Change([](InfraSnapshot &, QList<ProbeResult> &) {}) << all;

    // ContainerWithoutKey
    QTest::newRow("stopped container without key is fine")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               container(s, "horizon-1").state = QStringLiteral("exited");
           })
        << QStringList {kFailed, kStale, kServerDown};
    QTest::newRow("running container publishing nothing is fine")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               container(s, "horizon-1").published.clear();
           })
        << QStringList {kFailed, kStale, kServerDown};
    QTest::newRow("key with TTL for the running container is fine")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               ws::RegistratorKey k;
               k.key = QStringLiteral("/services/horizon/c0ffee42:horizon-1:8080");
               k.service = QStringLiteral("horizon");
               k.serviceId = QStringLiteral("c0ffee42:horizon-1:8080");
               k.address = QStringLiteral("10.0.0.13:8080");
               k.ttl = 10;
               s.keys << k;
           })
        << QStringList {kFailed, kStale, kServerDown};
    QTest::newRow("one of two ports without key")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               container(s, "keystone-1").published << QStringLiteral("10.0.0.11:9999");
           })
        << QStringList {QStringLiteral("ContainerWithoutKey "
                                       "container:4f1c9e2a7b3d4e5f8a9b0c1d2e3f4a5b/keystone-1"),
                        kHorizon, kFailed, kStale, kServerDown};
    QTest::newRow("keys not read: a container without a key proves nothing")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               s.keysListed = false;
               s.keys.clear();
           })
        << QStringList {kFailed, kServerDown};
    QTest::newRow("TTLs on every key change nothing")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               for (ws::RegistratorKey &k : s.keys)
                   k.ttl = 7;
           })
        << all;

    // StaleKeyRouted
    QTest::newRow("stale key HAProxy does not route to is not flagged")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &results) {
               s.routes.removeLast();
               // The server row stays down; with no route its drift is on the HAProxy.
               Q_UNUSED(results);
           })
        << QStringList {kHorizon, kFailed,
                        QStringLiteral("BackendDown service:haproxy|http://10.0.0.5:8404/stats")};
    QTest::newRow("key on a host whose engine could not be asked proves nothing")
        << Change(
               [](InfraSnapshot &s, QList<ProbeResult> &) { host(s, 2).containersListed = false; })
        << QStringList {kHorizon, kFailed, kServerDown};
    QTest::newRow("key on an unknown host proves nothing")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               s.keys.last().address = QStringLiteral("10.9.9.9:9292");
               s.routes.last().address = QStringLiteral("10.9.9.9:9292");
           })
        << QStringList {kHorizon, kFailed, kServerDown};
    QTest::newRow("key whose container runs again is fine")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               ws::InfraContainer c = container(s, "horizon-1");
               c.name = QStringLiteral("glance-api-2");
               c.published = {QStringLiteral("10.0.0.13:9292")};
               host(s, 2).containers << c;
           })
        << QStringList {kHorizon, kFailed, kServerDown};
    QTest::newRow("key whose container stopped is stale")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               ws::InfraContainer c = container(s, "horizon-1");
               c.name = QStringLiteral("glance-api-2");
               c.state = QStringLiteral("exited");
               c.published = {QStringLiteral("10.0.0.13:9292")};
               host(s, 2).containers << c;
           })
        << all;

    // FailedUnit
    QTest::newRow("failed but not launched is fine")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               unit(s, "nova-api@1.service").desiredState = QStringLiteral("loaded");
           })
        << QStringList {kHorizon, kStale, kServerDown};
    QTest::newRow("launched and inactive is not failed")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               unit(s, "nova-api@1.service").activeState = QStringLiteral("inactive");
           })
        << QStringList {kHorizon, kStale, kServerDown};
    QTest::newRow("launched and activating is not failed")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &) {
               unit(s, "nova-api@1.service").activeState = QStringLiteral("activating");
           })
        << QStringList {kHorizon, kStale, kServerDown};

    // BackendDown
    QTest::newRow("no HAProxy result, no backend drift")
        << Change([](InfraSnapshot &, QList<ProbeResult> &results) { results.clear(); })
        << QStringList {kHorizon, kFailed, kStale};
    QTest::newRow("server in maintenance is intended")
        << Change([](InfraSnapshot &, QList<ProbeResult> &results) {
               setStatus(results, "glance-api/glance-api-2", "MAINT");
           })
        << QStringList {kHorizon, kFailed, kStale};
    QTest::newRow("server NOLB is intended")
        << Change([](InfraSnapshot &, QList<ProbeResult> &results) {
               setStatus(results, "glance-api/glance-api-2", "NOLB");
           })
        << QStringList {kHorizon, kFailed, kStale};
    QTest::newRow("server going down (UP 1/3) is still up")
        << Change([](InfraSnapshot &, QList<ProbeResult> &results) {
               setStatus(results, "glance-api/glance-api-2", "UP 1/3");
           })
        << QStringList {kHorizon, kFailed, kStale};
    QTest::newRow("server recovering (DOWN 1/2) is down")
        << Change([](InfraSnapshot &, QList<ProbeResult> &results) {
               setStatus(results, "glance-api/glance-api-2", "DOWN 1/2");
           })
        << all;
    QTest::newRow("backend down with its server down: one drift")
        << Change([](InfraSnapshot &, QList<ProbeResult> &results) {
               setStatus(results, "glance-api/BACKEND", "DOWN");
           })
        << all;
    QTest::newRow("backend down, no server named down")
        << Change([](InfraSnapshot &, QList<ProbeResult> &results) {
               setStatus(results, "glance-api/glance-api-2", "UP");
               setStatus(results, "keystone/BACKEND", "DOWN");
           })
        << QStringList {kHorizon, kFailed, kStale,
                        QStringLiteral("BackendDown route:keystone/keystone/keystone-1")};
    QTest::newRow("results of other kinds are not read")
        << Change([](InfraSnapshot &, QList<ProbeResult> &results) {
               for (ProbeResult &r : results)
                   if (r.kind == QLatin1String("haproxy"))
                       r.kind = QStringLiteral("memcached");
           })
        << QStringList {kHorizon, kFailed, kStale};

    QTest::newRow("everything fixed: no drift")
        << Change([](InfraSnapshot &s, QList<ProbeResult> &results) {
               container(s, "horizon-1").state = QStringLiteral("exited");
               unit(s, "nova-api@1.service").activeState = QStringLiteral("active");
               s.keys.removeLast();
               s.routes.removeLast();
               results.clear();
           })
        << QStringList {};
}

void InfraDriftFinderTest::kinds()
{
    QFETCH(Change, change);
    QFETCH(QStringList, expected);
    InfraSnapshot snapshot = ws::test::infraTestSnapshot();
    snapshot.drift.clear();
    QList<ProbeResult> results = ws::test::infraTestProbeResults();
    change(snapshot, results);
    QCOMPARE(describe(InfraDriftFinder::find(snapshot, results)), expected);
}

void InfraDriftFinderTest::messagesSayWhatAndWhatToDo()
{
    InfraSnapshot snapshot = ws::test::infraTestSnapshot();
    const QList<InfraDrift> found
        = InfraDriftFinder::find(snapshot, ws::test::infraTestProbeResults());
    QCOMPARE(found.size(), 4);
    QVERIFY(found.at(0).message.contains("horizon-1"));
    QVERIFY(found.at(0).message.contains("10.0.0.13:8080"));
    QVERIFY(found.at(0).message.contains("registrator"));
    QVERIFY(found.at(1).message.contains("journalctl -u nova-api@1.service"));
    QVERIFY(found.at(2).message.contains("/services/router/frontend/glance/glance-api-2"));
    QVERIFY(found.at(2).message.contains("delete the key"));
    QVERIFY(found.at(3).message.contains("glance-api-2"));
    QVERIFY(found.at(3).message.contains("10.0.0.13:9292"));
}

void InfraDriftFinderTest::emptySnapshotHasNoDrift()
{
    QVERIFY(InfraDriftFinder::find(InfraSnapshot {}, {}).isEmpty());
    // A large healthy environment: every container has its key, every route a container.
    const InfraSnapshot big = ws::test::infraGeneratedSnapshot(20, 10);
    QVERIFY(InfraDriftFinder::find(big, {}).isEmpty());
}

QTEST_GUILESS_MAIN(InfraDriftFinderTest)
#include "InfraDriftFinderTest.moc"
