#include "etcd/EtcdKeyChain.h"
#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceLoader.h"

#include "../../gui/TestWorkspaces.h"

#include <QTest>

using ws::EtcdChainUnit;
using ws::EtcdKeyChain;
using ws::EtcdKeyChains;

// EtcdKeyChain: key → template → rendered file → reload_cmd → image → units, over the bundled
// workspaces and a workspace built in code.
class tst_EtcdChain : public QObject
{
    Q_OBJECT

    ws::Workspace m_demo;
    ws::Workspace m_kilo;

private slots:
    void initTestCase()
    {
        const QString demo = ws::BundledWorkspaces::path(QStringLiteral("demo"));
        const QString kilo = ws::BundledWorkspaces::path(QStringLiteral("openstack-kilo"));
        QVERIFY2(!demo.isEmpty() && !kilo.isEmpty(), "the bundled workspaces are not found");
        m_demo = ws::WorkspaceLoader::load(demo);
        m_kilo = ws::WorkspaceLoader::load(kilo);
        QVERIFY(!m_demo.units.isEmpty());
        QVERIFY(!m_kilo.units.isEmpty());
    }

    // A key one image's template reads: one link, the image, the unit that reads its image key.
    void demoWebTitle()
    {
        const EtcdKeyChains chains = EtcdKeyChain::chains(m_demo, "/services/web/config/title");
        QVERIFY(!chains.isEmpty());
        QCOMPARE(chains.links.size(), 1);
        const ws::EtcdChainLink &link = chains.links.first();
        QVERIFY(link.templatePath.endsWith(
            QLatin1String("apps/web/root/etc/confd/templates/httpd.conf.tmpl")));
        QVERIFY(link.line > 0);
        QCOMPARE(link.dest, QStringLiteral("/etc/httpd/httpd.conf"));
        QCOMPARE(link.reloadCmd, QStringLiteral("pkill -HUP httpd"));
        QCOMPARE(link.checkCmd, QStringLiteral("test -f {{.src}}"));
        QVERIFY(link.resourcePath.endsWith(QLatin1String("conf.d/httpd.toml")));
        QCOMPARE(link.images.size(), 1);
        QCOMPARE(link.images.first().name, QStringLiteral("whalestack/demo-web:1.0"));
        QVERIFY(link.images.first().inheritedFrom.isEmpty());
        QCOMPARE(link.images.first().units.size(), 1);
        const EtcdChainUnit &unit = link.images.first().units.first();
        QCOMPARE(unit.name, QStringLiteral("web@.service"));
        QCOMPARE(unit.reason, EtcdChainUnit::Reason::ReadsImageKey);
        QCOMPARE(unit.detail, QStringLiteral("/services/web/config/web-image-name"));
        QVERIFY(unit.line > 0);
        QCOMPARE(chains.unitNames(), QStringList {QStringLiteral("web@.service")});
        QVERIFY(chains.directUnits.isEmpty());
    }

    // The base image's template reaches every image built on it, and their units.
    void demoInherited()
    {
        const EtcdKeyChains chains = EtcdKeyChain::chains(m_demo, "/demo/cluster/name");
        QCOMPARE(chains.links.size(), 1);
        const ws::EtcdChainLink &link = chains.links.first();
        QCOMPARE(link.dest, QStringLiteral("/etc/motd"));
        QCOMPARE(link.function, QStringLiteral("getv"));
        QCOMPARE(link.images.first().name, QStringLiteral("whalestack/demo-base:1.0"));
        QStringList all;
        for (const ws::ImageDefinition &image : m_demo.images)
            all << image.name;
        all.sort();
        QCOMPARE(chains.imageNames(), all);
        for (qsizetype i = 1; i < link.images.size(); ++i)
            QCOMPARE(link.images.at(i).inheritedFrom, QStringLiteral("whalestack/demo-base:1.0"));
        const QStringList units = chains.unitNames();
        for (const char *unit : {"api.service", "cache.service", "prefetch.service",
                                 "router.service", "web@.service", "worker.service"})
            QVERIFY2(units.contains(QLatin1String(unit)), unit);
        // It runs `docker exec demo-worker`: a container, not an image.
        QVERIFY(!units.contains(QStringLiteral("worker-sweep.service")));
    }

    // A unit that reads the key itself.
    void demoImageKey()
    {
        const EtcdKeyChains chains
            = EtcdKeyChain::chains(m_demo, "/services/web/config/web-image-name");
        QCOMPARE(chains.directUnits.size(), 1);
        QCOMPARE(chains.directUnits.first().name, QStringLiteral("web@.service"));
        QCOMPARE(chains.directUnits.first().reason, EtcdChainUnit::Reason::ReadsKey);
        QVERIFY(chains.links.isEmpty());
        QVERIFY(!chains.isEmpty());
    }

    // A registrator key below a folder the template lists, and matched by its printf pattern.
    void demoFolderAndPattern()
    {
        const EtcdKeyChains chains
            = EtcdKeyChain::chains(m_demo, "/services/router/backend/api/host1:8081");
        QStringList dests;
        for (const ws::EtcdChainLink &link : chains.links)
            dests << link.dest;
        QVERIFY2(dests.contains(QStringLiteral("/srv/www/upstreams.html")),
                 qPrintable(dests.join(QLatin1Char(' '))));
        QVERIFY(chains.unitNames().contains(QStringLiteral("web@.service")));
    }

    void kiloNova()
    {
        const EtcdKeyChains chains
            = EtcdKeyChain::chains(m_kilo, "/services/nova/config/keystone-password");
        QVERIFY(!chains.isEmpty());
        QVERIFY(chains.unitNames().contains(QStringLiteral("nova-api@.service")));
        // neutron's templates read nova's password too (its [nova] section); keystone does not.
        QVERIFY(chains.unitNames().contains(QStringLiteral("neutron-server@.service")));
        QVERIFY(!chains.unitNames().contains(QStringLiteral("keystone.service")));
        for (const ws::EtcdChainLink &link : chains.links)
            QVERIFY(!link.dest.isEmpty());
    }

    // Both units that run the keystone image are found through its image key.
    void kiloKeystoneUnits()
    {
        const ws::ImageDefinition *keystone = nullptr;
        for (const ws::ImageDefinition &image : m_kilo.images)
            if (image.makeVariables.value(QStringLiteral("COMPONENT")) == QLatin1String("keystone"))
                keystone = &image;
        QVERIFY(keystone);
        const QList<EtcdChainUnit> units = EtcdKeyChain::unitsOf(m_kilo, *keystone);
        QStringList names;
        for (const EtcdChainUnit &unit : units) {
            names << unit.name;
            QCOMPARE(unit.reason, EtcdChainUnit::Reason::ReadsImageKey);
        }
        QVERIFY(names.contains(QStringLiteral("keystone.service")));
        QVERIFY(!names.contains(QStringLiteral("nova-api@.service")));
    }

    // An Exec line that names the image (rule 2), template and instance both.
    void namedImage()
    {
        const ws::Workspace workspace = TestWorkspaces::demo();
        const EtcdKeyChains chains = EtcdKeyChain::chains(workspace, "/services/web/config/port");
        QCOMPARE(chains.links.size(), 1);
        QCOMPARE(chains.unitNames(),
                 (QStringList {QStringLiteral("web@.service"), QStringLiteral("web@1.service")}));
        for (const EtcdChainUnit &unit : chains.links.first().images.first().units) {
            QCOMPARE(unit.reason, EtcdChainUnit::Reason::NamesImage);
            QCOMPARE(unit.detail, QString::fromLatin1(TestWorkspaces::web));
        }
        // The pattern read by two images: two links.
        const EtcdKeyChains hosts = EtcdKeyChain::chains(workspace, "/services/db/hosts/db1");
        QCOMPARE(hosts.links.size(), 2);
        QCOMPARE(hosts.imageNames(),
                 (QStringList {QString::fromLatin1(TestWorkspaces::api),
                               QString::fromLatin1(TestWorkspaces::web)}));
    }

    void oddKeys_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::addColumn<bool>("found");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("root") << QByteArray("/") << false;
        QTest::newRow("unknown") << QByteArray("/nothing/here") << false;
        QTest::newRow("prefix of a key") << QByteArray("/services/web/config/tit") << false;
        QTest::newRow("too deep for the pattern")
            << QByteArray("/services/cache/hosts/a/b") << false;
        QTest::newRow("pattern match") << QByteArray("/services/cache/hosts/h:11211") << true;
        QTest::newRow("pattern text itself") << QByteArray("/services/cache/hosts/*") << true;
        QTest::newRow("two-level pattern")
            << QByteArray("/services/worker/queues/q/retries") << true;
        QTest::newRow("NUL byte") << QByteArray("/services/cache/hosts/a\0b", 25) << true;
        QTest::newRow("invalid UTF-8") << QByteArray("/services/cache/hosts/\xff") << true;
        QTest::newRow("glob chars in key") << QByteArray("/services/web/config/[") << false;
    }

    void oddKeys()
    {
        QFETCH(QByteArray, key);
        QFETCH(bool, found);
        const EtcdKeyChains chains = EtcdKeyChain::chains(m_demo, key);
        QCOMPARE(!chains.links.isEmpty(), found);
        QCOMPARE(chains.key, key);
    }

    void keysReadBy()
    {
        ws::UnitFile unit;
        unit.options = {
            {QStringLiteral("Service"), QStringLiteral("ExecStart"),
             QStringLiteral("/bin/sh -c \"A=$(etcdctl --endpoints=http://x:2379 get /a/b) && "
                            "B=$(etcdctl get '/c/d')\""),
             4},
            {QStringLiteral("Service"), QStringLiteral("Environment"),
             QStringLiteral("X=$(etcdctl get /not/exec)"), 5},
            {QStringLiteral("Unit"), QStringLiteral("ExecStart"),
             QStringLiteral("etcdctl get /wrong/section"), 6},
        };
        const QList<QPair<QString, int>> keys = EtcdKeyChain::keysReadBy(unit);
        QCOMPARE(keys.size(), 2);
        QCOMPARE(keys.at(0), qMakePair(QStringLiteral("/a/b"), 4));
        QCOMPARE(keys.at(1), qMakePair(QStringLiteral("/c/d"), 4));
    }
};

QTEST_GUILESS_MAIN(tst_EtcdChain)
#include "tst_EtcdChain.moc"
