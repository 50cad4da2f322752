// The window's one etcd connection: once the Configuration tab is connected (here to a real
// etcd started by the test), the Deploy view reads image keys through the same store instead
// of opening its own from ETCDCTL_*; a new connection of the tab replaces it there too.

#include "EtcdFixture.h"
#include "MainWindow.h"
#include "build/BuildHistory.h" // before DeployView.h, which needs it complete
#include "deploy/DeployView.h"
#include "etcd/EtcdEndpoints.h"
#include "etcd/EtcdView.h"

#include <QSignalSpy>
#include <QtTest>

using namespace ws;
using ws::test::EtcdFixture;

class SharedEtcdTest : public QObject
{
    Q_OBJECT

private slots:
    void deployViewUsesTheConfigurationTabsConnection()
    {
        EtcdFixture etcd;
        QVERIFY2(etcd.start(), qPrintable(etcd.failureReason()));
        MainWindow window(nullptr);
        QVERIFY(!window.deployView()->etcdStore());
        QSignalSpy connected(window.etcdView(), &EtcdView::connected);
        window.etcdView()->connectTo(EtcdEndpoints::fromList(etcd.clientUrl().toString()));
        QVERIFY(connected.wait(20'000));
        QVERIFY(window.etcdView()->store());
        QCOMPARE(window.deployView()->etcdStore(), window.etcdView()->store());

        // Connected again: the old store is gone, the Deploy view follows the new one.
        window.etcdView()->connectTo(EtcdEndpoints::fromList(etcd.clientUrl().toString()));
        QVERIFY(connected.wait(20'000));
        QCOMPARE(window.deployView()->etcdStore(), window.etcdView()->store());
    }
};

QTEST_MAIN(SharedEtcdTest)
#include "SharedEtcdTest.moc"
