// The map live (offscreen): a workspace whose environment names a real memcached and a real
// etcd; the Map tab, once shown, discovers the environment, draws both services and colours
// them by their probes; memcached stopped turns Down on the map; Rediscover asks again; with
// two environments the toolbar offers the choice and the map follows it.

#include "EtcdFixture.h"
#include "MemcachedFixture.h"
#include "infra/InfraElementId.h"
#include "infra/InfraMonitor.h"
#include "infra/ProbeHistory.h"
#include "infra/ProbeScheduler.h"
#include "map/MapNodeItem.h"
#include "map/MapScene.h"
#include "map/MapView.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QComboBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;
using ws::test::EtcdFixture;
using ws::test::MemcachedFixture;

namespace {

constexpr int kWaitMs = 20'000;

ServiceEndpoint memcachedService(const QString &endpoint)
{
    ServiceEndpoint s;
    s.kind = QStringLiteral("memcached");
    s.name = QStringLiteral("cache");
    s.endpoint = endpoint;
    return s;
}

ProbeStatus statusOf(const MapView &view, const QString &id)
{
    MapNodeItem *node = view.scene()->node(id);
    return node ? node->status() : ProbeStatus::Unknown;
}

} // namespace

class MapLiveTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        qputenv("WHALESTACK_PROBE_HISTORY",
                m_dir.filePath(QStringLiteral("probes.sqlite")).toUtf8());
    }

    void followsTheEnvironmentLive()
    {
        EtcdFixture etcd;
        QVERIFY2(etcd.start(), qPrintable(etcd.failureReason()));
        MemcachedFixture memcached;
        QVERIFY2(memcached.start(), qPrintable(memcached.failureReason()));

        Workspace workspace;
        Environment lab;
        lab.name = QStringLiteral("lab");
        lab.etcdEndpoints = {etcd.clientUrl().toString()};
        lab.services = {memcachedService(memcached.endpoint())};
        workspace.manifest.environments = {lab};

        MapView view;
        view.setWorkspace(workspace);
        QVERIFY(!view.monitor()); // nothing is asked before the map is shown
        auto *choice = view.findChild<QComboBox *>(QStringLiteral("mapEnvironment"));
        QVERIFY(choice);
        auto *oneChoice = view.findChild<QAction *>(QStringLiteral("mapEnvironmentAction"));
        QVERIFY(oneChoice && !oneChoice->isVisible()); // one environment: nothing to choose
        view.resize(1200, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.monitor());
        view.monitor()->scheduler()->setInterval(300);
        view.monitor()->scheduler()->setTimeout(1'000);

        ProbeTarget cacheTarget = ProbeTarget::fromService(lab.services.first());
        const QString cacheId = InfraElementId::service(cacheTarget);
        QTRY_VERIFY_WITH_TIMEOUT(view.scene()->node(cacheId), kWaitMs);
        QCOMPARE(view.scene()->snapshot().environment, QStringLiteral("lab"));
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(view, cacheId), ProbeStatus::Up, kWaitMs);
        QCOMPARE(view.scene()->health(cacheId).version, MemcachedFixture::installedVersion());
        QVERIFY(view.statusText().contains(QStringLiteral("lab")));

        // What the map saw is in the probe history.
        view.monitor()->scheduler()->flushHistory();
        {
            ProbeHistory history(m_dir.filePath(QStringLiteral("probes.sqlite")));
            QVERIFY2(history.open(), qPrintable(history.errorString()));
            QVERIFY(history.count(cacheTarget.id()) > 0);
            QCOMPARE(history.latest(cacheTarget.id()).status, ProbeStatus::Up);
        }

        memcached.stop();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(view, cacheId), ProbeStatus::Down, kWaitMs);
        QVERIFY(!view.scene()->health(cacheId).lastError.isEmpty());

        // The same workspace read again (a file saved elsewhere) keeps the monitor.
        QPointer<InfraMonitor> kept = view.monitor();
        view.setWorkspace(workspace);
        QVERIFY(kept);
        QCOMPARE(view.monitor(), kept.data());

        QSignalSpy discoveries(view.monitor(), &InfraMonitor::discoveryStarted);
        auto *rediscover = view.findChild<QAction *>(QStringLiteral("mapRediscover"));
        QVERIFY(rediscover && rediscover->isEnabled());
        rediscover->trigger();
        QCOMPARE(discoveries.count(), 1);

        // A second environment: the choice appears, and the map follows it.
        MemcachedFixture other;
        QVERIFY2(other.start(), qPrintable(other.failureReason()));
        Environment staging;
        staging.name = QStringLiteral("staging");
        staging.services = {memcachedService(other.endpoint())};
        workspace.manifest.environments = {lab, staging};
        view.setWorkspace(workspace);
        QCOMPARE(view.environment(), QStringLiteral("lab")); // the choice is kept
        QCOMPARE(choice->count(), 2);
        auto *choiceAction = view.findChild<QAction *>(QStringLiteral("mapEnvironmentAction"));
        QVERIFY(choiceAction && choiceAction->isVisible());
        choice->setCurrentIndex(1);
        emit choice->activated(1);
        QCOMPARE(view.environment(), QStringLiteral("staging"));
        const QString otherId
            = InfraElementId::service(ProbeTarget::fromService(staging.services.first()));
        QTRY_COMPARE_WITH_TIMEOUT(view.scene()->snapshot().environment, QStringLiteral("staging"),
                                  kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(view, otherId), ProbeStatus::Up, kWaitMs);
        QVERIFY(!view.scene()->node(cacheId)); // lab's memcached is not staging's
    }

    void saysSoWithoutAnEnvironment()
    {
        MapView view;
        view.setWorkspace(Workspace());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.monitor());
        QVERIFY(view.statusText().contains(QStringLiteral("whalestack.yaml")));
        auto *rediscover = view.findChild<QAction *>(QStringLiteral("mapRediscover"));
        QVERIFY(rediscover && !rediscover->isEnabled());
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(MapLiveTest)
#include "tst_MapLive.moc"
