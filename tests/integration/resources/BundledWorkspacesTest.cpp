// The two workspaces that ship with Whalestack (resources/workspaces) open with zero problems and
// the graph, keys and unit files their READMEs describe: the demo is what the app shows first,
// the kilo catalogue is the template for real use.

#include "workspace/WorkspaceLoader.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using ws::ImageDefinition;
using ws::UnitFile;
using ws::Workspace;
using ws::WorkspaceLoader;

namespace {

QString bundled(const QString &name)
{
    return qEnvironmentVariable("WHALESTACK_SOURCE_DIR") + QLatin1String("/resources/workspaces/")
        + name;
}

// One load of each workspace for the whole test: loading is what is under test in
// loadsWithoutProblems; the other cases read the result.
const Workspace &workspace(const QString &name)
{
    static QHash<QString, Workspace> loaded;
    if (!loaded.contains(name))
        loaded.insert(name, WorkspaceLoader::load(bundled(name)));
    return loaded[name];
}

QString problemList(const Workspace &ws)
{
    QStringList lines;
    for (const ws::Problem &p : ws.problems)
        lines << p.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class BundledWorkspacesTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("WHALESTACK_SOURCE_DIR"),
                 "WHALESTACK_SOURCE_DIR is not set: run this test through ctest");
    }

    void loadsWithoutProblems_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("images");
        QTest::addColumn<int>("units");
        QTest::newRow("demo") << QStringLiteral("demo") << 7 << 8;
        QTest::newRow("openstack-kilo") << QStringLiteral("openstack-kilo") << 31 << 31;
    }
    void loadsWithoutProblems()
    {
        QFETCH(QString, name);
        QFETCH(int, images);
        QFETCH(int, units);
        const Workspace &ws = workspace(name);
        QVERIFY2(ws.problems.isEmpty(), qPrintable(problemList(ws)));
        QCOMPARE(ws.name, name);
        QCOMPARE(ws.images.size(), images);
        QCOMPARE(ws.units.size(), units);
        // Every image is in the build order: no cycles, no image left out.
        QCOMPARE(ws.topologicalOrder().size(), images);
    }

    void parents_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<int>("kind");
        const int none = int(ImageDefinition::ParentKind::None);
        const int inside = int(ImageDefinition::ParentKind::Workspace);
        const int outside = int(ImageDefinition::ParentKind::External);
        const QString demo = QStringLiteral("demo");
        QTest::newRow("demo base") << demo << "base"
                                   << "whalestack/demo-base:1.0"
                                   << "" << none;
        QTest::newRow("demo runtime") << demo << "runtime"
                                      << "whalestack/demo-runtime:1.0"
                                      << "whalestack/demo-base:1.0" << inside;
        // FROM ${RUNTIME_IMAGE}: an ARG before FROM, in both stages.
        QTest::newRow("demo web") << demo << "apps/web"
                                  << "whalestack/demo-web:1.0"
                                  << "whalestack/demo-runtime:1.0" << inside;
        QTest::newRow("demo api") << demo << "apps/api"
                                  << "whalestack/demo-api:1.0"
                                  << "whalestack/demo-runtime:1.0" << inside;
        // The final stage builds on an earlier stage, which builds on the runtime.
        QTest::newRow("demo worker") << demo << "apps/worker"
                                     << "whalestack/demo-worker:1.0"
                                     << "whalestack/demo-runtime:1.0" << inside;
        QTest::newRow("demo router") << demo << "infra/router"
                                     << "whalestack/demo-router:1.0"
                                     << "whalestack/demo-base:1.0" << inside;
        QTest::newRow("demo cache") << demo << "infra/cache"
                                    << "whalestack/demo-cache:1.0"
                                    << "whalestack/demo-base:1.0" << inside;

        const QString kilo = QStringLiteral("openstack-kilo");
        const QString base = QStringLiteral("whalestack/openstack-kilo-base:latest");
        const QString apache = QStringLiteral("whalestack/openstack-kilo-apache2:latest");
        QTest::newRow("kilo base") << kilo << "openstack/base/ubuntu" << base
                                   << "docker.io/library/ubuntu:14.04" << outside;
        QTest::newRow("kilo apache2")
            << kilo << "openstack/base/apache2" << apache << base << inside;
        QTest::newRow("kilo keystone")
            << kilo << "openstack/keystone"
            << "whalestack/openstack-kilo-keystone:kilo" << apache << inside;
        QTest::newRow("kilo horizon")
            << kilo << "openstack/horizon"
            << "whalestack/openstack-kilo-horizon:kilo" << apache << inside;
        QTest::newRow("kilo router") << kilo << "infrastructure/router"
                                     << "whalestack/openstack-kilo-router:kilo"
                                     << "docker.io/library/haproxy:1.5" << outside;
        QTest::newRow("kilo registrator") << kilo << "infrastructure/registrator"
                                          << "gliderlabs/registrator:v6"
                                          << "" << none;
        const QStringList onBase = {"openstack/libvirt",
                                    "openstack/tempest",
                                    "openstack/rally",
                                    "openstack/nova/nova-consoleauth",
                                    "openstack/nova/nova-scheduler",
                                    "openstack/nova/nova-api-metadata",
                                    "openstack/nova/nova-conductor",
                                    "openstack/nova/nova-api",
                                    "openstack/nova/nova-compute",
                                    "openstack/nova/nova-spiceproxy",
                                    "openstack/neutron/neutron-metadata-agent",
                                    "openstack/neutron/neutron-dhcp-agent",
                                    "openstack/neutron/neutron-server",
                                    "openstack/neutron/neutron-linuxbridge-agent",
                                    "openstack/neutron/neutron-l3-agent",
                                    "openstack/glance/glance-registry",
                                    "openstack/glance/glance-api",
                                    "openstack/cinder/cinder-volume",
                                    "openstack/cinder/cinder-scheduler",
                                    "openstack/cinder/cinder-api",
                                    "openstack/designate/designate-api",
                                    "openstack/designate/designate-central",
                                    "openstack/heat/heat-api-cfn",
                                    "openstack/heat/heat-api",
                                    "openstack/heat/heat-engine"};
        for (const QString &id : onBase) {
            const QString component = id.section(QLatin1Char('/'), -1);
            QTest::newRow(qPrintable(QLatin1String("kilo ") + component))
                << kilo << id << QStringLiteral("whalestack/openstack-kilo-%1:kilo").arg(component)
                << base << inside;
        }
    }
    void parents()
    {
        QFETCH(QString, name);
        QFETCH(QString, id);
        QFETCH(QString, image);
        QFETCH(QString, parent);
        QFETCH(int, kind);
        const ImageDefinition *def = workspace(name).imageById(id);
        QVERIFY2(def, qPrintable(id));
        QCOMPARE(def->name, image);
        // The loader may spell an external base in full (docker.io/library/...) or as written.
        if (kind == int(ImageDefinition::ParentKind::External)) {
            const QString shortName = QString(parent).remove(QLatin1String("docker.io/library/"));
            QVERIFY2(def->parent == parent || def->parent == shortName, qPrintable(def->parent));
        } else {
            QCOMPARE(def->parent, parent);
        }
        QCOMPARE(int(def->parentKind), kind);
    }

    // The name is IMAGE_PREFIX/DISTR-COMPONENT:BUILD_TAG, from the variables vars.mk set.
    void namesFollowTheMakeRule_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("demo") << QStringLiteral("demo");
        QTest::newRow("openstack-kilo") << QStringLiteral("openstack-kilo");
    }
    void namesFollowTheMakeRule()
    {
        QFETCH(QString, name);
        for (const ImageDefinition &image : workspace(name).images) {
            const QHash<QString, QString> &v = image.makeVariables;
            QString repository = v.value(QStringLiteral("COMPONENT"));
            if (!v.value(QStringLiteral("DISTR")).isEmpty())
                repository = v.value(QStringLiteral("DISTR")) + QLatin1Char('-') + repository;
            if (!v.value(QStringLiteral("IMAGE_PREFIX")).isEmpty())
                repository
                    = v.value(QStringLiteral("IMAGE_PREFIX")) + QLatin1Char('/') + repository;
            QCOMPARE(image.name,
                     repository + QLatin1Char(':') + v.value(QStringLiteral("BUILD_TAG")));
        }
    }

    // GNU make itself, run in each image folder as the workspace's Makefiles do (make -C DIR),
    // names every image as the loader does: the bundled files mean the same to both.
    void namesAgreeWithMake_data() { namesFollowTheMakeRule_data(); }
    void namesAgreeWithMake()
    {
        QFETCH(QString, name);
        int checked = 0;
        for (const ImageDefinition &image : workspace(name).images) {
            if (!QFileInfo::exists(image.contextDir + QLatin1String("/Makefile")))
                continue;
            QProcess make;
            make.setWorkingDirectory(image.contextDir);
            QSignalSpy finished(&make, &QProcess::finished);
            make.start(QStringLiteral("make"), {QStringLiteral("-s"), QStringLiteral("name")});
            QVERIFY2(finished.wait(60000),
                     qPrintable(image.id + QLatin1String(": ") + make.errorString()));
            QCOMPARE(make.exitCode(), 0);
            QCOMPARE(QString::fromUtf8(make.readAllStandardOutput()).trimmed(), image.name);
            ++checked;
        }
        QCOMPARE(checked,
                 int(workspace(name).images.size())
                     - (name == QLatin1String("openstack-kilo") ? 1 : 0)); // registrator
    }

    void externalBases()
    {
        QCOMPARE(workspace(QStringLiteral("demo")).externalBases(), QStringList());
        QStringList kilo = workspace(QStringLiteral("openstack-kilo")).externalBases();
        for (QString &base : kilo)
            base.remove(QLatin1String("docker.io/library/"));
        QCOMPARE(kilo,
                 QStringList({QStringLiteral("haproxy:1.5"), QStringLiteral("ubuntu:14.04")}));
    }

    // Every image that is built has a confd resource whose template reads keys, and every
    // service has a unit file.
    void everyImageHasTemplates_data() { namesFollowTheMakeRule_data(); }
    void everyImageHasTemplates()
    {
        QFETCH(QString, name);
        for (const ImageDefinition &image : workspace(name).images) {
            if (!image.buildable())
                continue;
            QVERIFY2(!image.templates.isEmpty(), qPrintable(image.id));
            for (const ws::TemplateResource &t : image.templates) {
                QVERIFY2(!t.reads.isEmpty(), qPrintable(t.templatePath));
                QVERIFY2(QFileInfo::exists(t.templatePath), qPrintable(t.templatePath));
            }
        }
    }

    void keyCatalogue_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("pattern");
        QTest::addColumn<QString>("readBy");
        const QString demo = QStringLiteral("demo");
        QTest::newRow("demo prefix applied")
            << demo << "/services/web/config/title" << false << "whalestack/demo-web:1.0";
        QTest::newRow("demo getvs glob")
            << demo << "/services/syslog/hosts/*" << true << "whalestack/demo-runtime:1.0";
        QTest::newRow("demo exists")
            << demo << "/demo/cluster/maintenance" << false << "whalestack/demo-base:1.0";
        QTest::newRow("demo gets")
            << demo << "/services/router/backend/web/*" << true << "whalestack/demo-router:1.0";
        QTest::newRow("demo lsdir")
            << demo << "/services/worker/queues" << false << "whalestack/demo-worker:1.0";
        const QString kilo = QStringLiteral("openstack-kilo");
        QTest::newRow("kilo admin token") << kilo << "/services/keystone/config/admin-token"
                                          << false << "whalestack/openstack-kilo-keystone:kilo";
        // Keys outside /services/*/config, which the original's grep missed.
        QTest::newRow("kilo mysql host")
            << kilo << "/services/mysql/host" << false << "whalestack/openstack-kilo-nova-api:kilo";
        QTest::newRow("kilo rabbit hosts") << kilo << "/services/rabbitmq/hosts/*" << true
                                           << "whalestack/openstack-kilo-cinder-api:kilo";
        QTest::newRow("kilo router backend") << kilo << "/services/router/backend/keystone/admin/*"
                                             << true << "whalestack/openstack-kilo-router:kilo";
        // accounts.toml has prefix = "/services/tempest" and reads lsdir "/accounts".
        QTest::newRow("kilo tempest prefix") << kilo << "/services/tempest/accounts" << false
                                             << "whalestack/openstack-kilo-tempest:kilo";
        // A key built at run time with printf is kept as a pattern.
        QTest::newRow("kilo tempest built key") << kilo << "/services/tempest/accounts/*/password"
                                                << true << "whalestack/openstack-kilo-tempest:kilo";
        QTest::newRow("kilo ceph monitors") << kilo << "/services/ceph/monitors/*" << true
                                            << "whalestack/openstack-kilo-glance-api:kilo";
    }
    void keyCatalogue()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(bool, pattern);
        QFETCH(QString, readBy);
        const Workspace &ws = workspace(name);
        auto it = std::find_if(ws.keyCatalogue.cbegin(), ws.keyCatalogue.cend(),
                               [&](const ws::KeyUse &use) { return use.key == key; });
        QVERIFY2(it != ws.keyCatalogue.cend(), qPrintable(key));
        QCOMPARE(it->pattern, pattern);
        QVERIFY2(it->images.contains(readBy), qPrintable(it->images.join(QLatin1Char(' '))));
    }

    void units_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("unit");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("section");
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        const int plain = int(UnitFile::Kind::Plain);
        const int templ = int(UnitFile::Kind::Template);
        const QString demo = QStringLiteral("demo");
        QTest::newRow("demo web template") << demo << "web@.service" << templ << "X-Fleet"
                                           << "Conflicts"
                                           << "web@*.service";
        QTest::newRow("demo router global") << demo << "router.service" << plain << "X-Fleet"
                                            << "Global"
                                            << "true";
        QTest::newRow("demo timer") << demo << "worker-sweep.timer" << plain << "Timer"
                                    << "Unit"
                                    << "worker-sweep.service";
        const QString kilo = QStringLiteral("openstack-kilo");
        QTest::newRow("kilo registrator") << kilo << "registrator.service" << plain << "X-Fleet"
                                          << "Global"
                                          << "true";
        QTest::newRow("kilo router") << kilo << "router@.service" << templ << "Service"
                                     << "Restart"
                                     << "on-failure";
        QTest::newRow("kilo keystone") << kilo << "keystone.service" << plain << "Unit"
                                       << "Description"
                                       << "Component keystone of service keystone";
        QTest::newRow("kilo nova-api") << kilo << "nova-api@.service" << templ << "X-Fleet"
                                       << "Conflicts"
                                       << "nova-api@*.service";
    }
    void units()
    {
        QFETCH(QString, name);
        QFETCH(QString, unit);
        QFETCH(int, kind);
        QFETCH(QString, section);
        QFETCH(QString, option);
        QFETCH(QString, value);
        const Workspace &ws = workspace(name);
        auto it = std::find_if(ws.units.cbegin(), ws.units.cend(),
                               [&](const UnitFile &u) { return u.name == unit; });
        QVERIFY2(it != ws.units.cend(), qPrintable(unit));
        QCOMPARE(int(it->kind), kind);
        QCOMPARE(it->values(section, option), QStringList(value));
    }

    // Each service's unit reads its image name from
    // /services/<service>/config/<component>-image-name and registers each exposed port with
    // SERVICE_<port>_NAME, as the original's units did.
    void kiloUnitsFollowTheOriginalPattern()
    {
        const Workspace &ws = workspace(QStringLiteral("openstack-kilo"));
        for (const UnitFile &unit : ws.units) {
            QVERIFY2(!unit.values(QStringLiteral("Unit"), QStringLiteral("Description")).isEmpty(),
                     qPrintable(unit.name));
            if (unit.type != QLatin1String("service")
                || unit.prefix.startsWith(QLatin1String("keystone-token")))
                continue;
            const QString start
                = unit.values(QStringLiteral("Service"), QStringLiteral("ExecStart"))
                      .join(QLatin1Char(' '));
            QVERIFY2(start.contains(QRegularExpression(
                         QStringLiteral("etcdctl get /services/[a-z]+/config/%1-image-name")
                             .arg(QRegularExpression::escape(unit.prefix)))),
                     qPrintable(unit.name + QLatin1String(": ") + start));
        }
        const ImageDefinition *keystone = ws.imageById(QStringLiteral("openstack/keystone"));
        QVERIFY(keystone);
        QCOMPARE(keystone->dockerfile.exposedPorts, QStringList({"5000", "35357"}));
    }

    void manifests()
    {
        const ws::Manifest &demo = workspace(QStringLiteral("demo")).manifest;
        QCOMPARE(demo.unitsDir, QStringLiteral("fleet-units"));
        const ws::ImageOverride *base = demo.overrideFor(QStringLiteral("base"));
        QVERIFY(base);
        QCOMPARE(base->extraContextFiles, QStringList(QStringLiteral("/bin/busybox:busybox")));
        const ws::ImageOverride *web = demo.overrideFor(QStringLiteral("apps/web"));
        QVERIFY(web);
        QCOMPARE(web->buildArgs.value(QStringLiteral("SITE_VERSION")), QStringLiteral("1.0"));
        QCOMPARE(demo.environments.size(), 1);

        const ws::Manifest &kilo = workspace(QStringLiteral("openstack-kilo")).manifest;
        QCOMPARE(kilo.unitsDir, QStringLiteral("fleet-unit-files"));
        QCOMPARE(kilo.environments.size(), 1);
        const ws::Environment &lab = kilo.environments.first();
        QCOMPARE(lab.name, QStringLiteral("lab"));
        QCOMPARE(lab.etcdEndpoints.size(), 3);
        QVERIFY(!lab.fleetEndpoint.isEmpty());
        QCOMPARE(lab.dockerHosts.size(), 3);
        QVERIFY(lab.services.size() >= 6);
    }
};

QTEST_GUILESS_MAIN(BundledWorkspacesTest)
#include "BundledWorkspacesTest.moc"
