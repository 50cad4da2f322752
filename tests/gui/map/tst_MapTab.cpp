#include "MainWindow.h"
#include "build/BuildHistory.h" // before DeployView.h, which needs it complete
#include "deploy/DeployView.h"
#include "etcd/EtcdView.h"
#include "map/MapView.h"

#include <QAction>
#include <QTabWidget>
#include <QtTest>

using namespace ws;

// The Map tab in the window: its shortcut, and its actions reaching the other tabs.
class MapTabTest : public QObject
{
    Q_OBJECT

private slots:
    void mainWindowHasTheMapTab()
    {
        MainWindow window(nullptr);
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("viewTabs"));
        QVERIFY(tabs);
        auto *map = window.findChild<MapView *>(QStringLiteral("mapView"));
        QVERIFY(map);
        QVERIFY(tabs->indexOf(map) >= 0);
        QAction *show = window.findChild<QAction *>(QStringLiteral("showMapAction"));
        QVERIFY(show);
        QCOMPARE(show->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_6));
        show->trigger();
        QCOMPARE(tabs->currentWidget(), map);
        emit map->openUnit(QStringLiteral("keystone@1.service"));
        QCOMPARE(tabs->currentWidget(), window.deployView());
        emit map->openEtcdKey("/services/keystone/keystone-1");
        QCOMPARE(tabs->currentWidget(), window.etcdView());
    }
};

QTEST_MAIN(MapTabTest)
#include "tst_MapTab.moc"
