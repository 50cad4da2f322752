// InfraMonitor against real servers: an etcd and a memcached named by an environment. The
// monitor discovers (etcd answers; there is no fleet and no Docker engine to ask, which the
// snapshot says), probes both, sees memcached go down when it stops, and discovers again on
// its interval and on demand.

#include "infra/InfraMonitor.h"
#include "EtcdFixture.h"
#include "MemcachedFixture.h"
#include "infra/ProbeScheduler.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ws;
using ws::test::EtcdFixture;
using ws::test::MemcachedFixture;

namespace {

constexpr int kWaitMs = 20'000;

Environment environmentOf(const EtcdFixture &etcd, const MemcachedFixture &memcached)
{
    Environment e;
    e.name = QStringLiteral("lab");
    e.etcdEndpoints = {etcd.clientUrl().toString()};
    ServiceEndpoint cache;
    cache.kind = QStringLiteral("memcached");
    cache.name = QStringLiteral("cache");
    cache.endpoint = memcached.endpoint();
    e.services = {cache};
    return e;
}

// The latest result of `kind` among the signals so far; status Unknown when none came.
ProbeResult latestOf(const QSignalSpy &spy, const QString &kind)
{
    ProbeResult found;
    for (const QList<QVariant> &args : spy) {
        const auto result = args.first().value<ProbeResult>();
        if (result.kind == kind)
            found = result;
    }
    return found;
}

} // namespace

class InfraMonitorTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qRegisterMetaType<ProbeResult>(); }

    void discoversProbesAndFollowsAServerThatStops()
    {
        EtcdFixture etcd;
        QVERIFY2(etcd.start(), qPrintable(etcd.failureReason()));
        MemcachedFixture memcached;
        QVERIFY2(memcached.start(), qPrintable(memcached.failureReason()));

        InfraMonitor monitor(environmentOf(etcd, memcached));
        monitor.setDiscoveryInterval(60'000);
        monitor.setSourceTimeout(3'000);
        monitor.scheduler()->setInterval(300);
        monitor.scheduler()->setTimeout(1'000);
        monitor.scheduler()->setJitter(0);
        QSignalSpy snapshots(&monitor, &InfraMonitor::snapshotChanged);
        QSignalSpy results(&monitor, &InfraMonitor::resultReady);
        QSignalSpy discoveries(&monitor, &InfraMonitor::discoveryStarted);
        monitor.start();
        QVERIFY(monitor.isRunning());
        QCOMPARE(discoveries.count(), 1);

        QVERIFY(snapshots.wait(kWaitMs));
        const auto snapshot = snapshots.last().first().value<InfraSnapshot>();
        QCOMPARE(snapshot.environment, QStringLiteral("lab"));
        QVERIFY(snapshot.keysListed); // etcd answered
        bool hasCache = false;
        for (const InfraService &s : snapshot.services)
            hasCache = hasCache
                || (s.target.kind == QLatin1String("memcached")
                    && s.target.endpoint == memcached.endpoint());
        QVERIFY2(hasCache, "the environment's memcached is a service of the snapshot");
        QCOMPARE(monitor.snapshot().environment, QStringLiteral("lab"));

        QTRY_VERIFY_WITH_TIMEOUT(
            latestOf(results, QStringLiteral("memcached")).status == ProbeStatus::Up, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            latestOf(results, QStringLiteral("etcd")).status == ProbeStatus::Up, kWaitMs);
        QCOMPARE(latestOf(results, QStringLiteral("memcached")).version,
                 MemcachedFixture::installedVersion());

        memcached.stop();
        QTRY_VERIFY_WITH_TIMEOUT(
            latestOf(results, QStringLiteral("memcached")).status == ProbeStatus::Down, kWaitMs);
        QVERIFY(!latestOf(results, QStringLiteral("memcached")).detail.isEmpty());
        // etcd still answers.
        QCOMPARE(monitor.scheduler()
                     ->latest(QStringLiteral("etcd|") + etcd.clientUrl().toString())
                     .status,
                 ProbeStatus::Up);

        // On demand: another discovery, another snapshot.
        const int before = int(snapshots.count());
        monitor.rediscover();
        QCOMPARE(discoveries.count(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() > before, kWaitMs);

        monitor.stop();
        QVERIFY(!monitor.isRunning());
        QVERIFY(!monitor.scheduler()->isRunning());
    }

    void discoversAgainOnItsInterval()
    {
        EtcdFixture etcd;
        QVERIFY2(etcd.start(), qPrintable(etcd.failureReason()));
        Environment e;
        e.name = QStringLiteral("lab");
        e.etcdEndpoints = {etcd.clientUrl().toString()};
        InfraMonitor monitor(e);
        monitor.setDiscoveryInterval(200);
        monitor.scheduler()->setInterval(60'000);
        QSignalSpy discoveries(&monitor, &InfraMonitor::discoveryStarted);
        QSignalSpy snapshots(&monitor, &InfraMonitor::snapshotChanged);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(discoveries.count() >= 3, kWaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(snapshots.count() >= 2, kWaitMs);
        monitor.stop();
        QVERIFY(!monitor.isRunning());
        QVERIFY(!monitor.scheduler()->isRunning());
    }
};

QTEST_GUILESS_MAIN(InfraMonitorTest)
#include "InfraMonitorTest.moc"
