// FleetUnitGenerator: a unit file for every image of both bundled workspaces parses cleanly
// with UnitFileParser, in both kinds; the generated keystone and glance-api units carry what
// the bundled originals carry (etcd image key, SERVICE_<port>_NAME per EXPOSE, restart policy,
// [X-Fleet]).
#include "fleet/FleetUnitGenerator.h"
#include "fleet/FleetSchedulingRules.h"
#include "fleet/FleetUnitOptions.h"
#include "fleet/UnitFileParser.h"
#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceLoader.h"

#include <QtTest>

using ws::FleetUnitGenerator;
using ws::UnitFile;
using ws::UnitFileParser;
using Kind = FleetUnitGenerator::Options::Kind;

Q_DECLARE_METATYPE(FleetUnitGenerator::Options::Kind)

class FleetUnitGeneratorTest : public QObject
{
    Q_OBJECT

private slots:
    void everyBundledImageParses_data();
    void everyBundledImageParses();
    void likeTheOriginals();
    void options();
};

void FleetUnitGeneratorTest::everyBundledImageParses_data()
{
    QTest::addColumn<QString>("workspace");
    QTest::addColumn<Kind>("kind");
    for (const char *name : {"demo", "openstack-kilo"}) {
        QTest::addRow("%s template", name) << QString::fromLatin1(name) << Kind::Template;
        QTest::addRow("%s global", name) << QString::fromLatin1(name) << Kind::Global;
    }
}

void FleetUnitGeneratorTest::everyBundledImageParses()
{
    QFETCH(QString, workspace);
    QFETCH(Kind, kind);
    const QString root = ws::BundledWorkspaces::path(workspace);
    QVERIFY2(!root.isEmpty(), qPrintable(workspace + QLatin1String(" is not found")));
    const ws::Workspace ws = ws::WorkspaceLoader::load(root);
    QVERIFY(ws.images.size() >= 5);
    FleetUnitGenerator::Options options;
    options.kind = kind;
    options.machineMetadata = {QStringLiteral("role=control")};
    for (const ws::ImageDefinition &image : ws.images) {
        const FleetUnitGenerator::Result unit = FleetUnitGenerator::generate(image, options);
        ws::Problems problems;
        const UnitFile parsed = UnitFileParser::parse(unit.text, unit.fileName, &problems);
        if (!problems.isEmpty())
            QFAIL(qPrintable(image.name + QLatin1String(": ") + problems.first().toString()
                             + QLatin1Char('\n') + QString::fromUtf8(unit.text)));
        QCOMPARE(parsed.kind,
                 kind == Kind::Template ? UnitFile::Kind::Template : UnitFile::Kind::Plain);
        QCOMPARE(parsed.sections(),
                 (QStringList {QStringLiteral("Unit"), QStringLiteral("Service"),
                               QStringLiteral("X-Fleet")}));
        QCOMPARE(parsed.values(QStringLiteral("Service"), QStringLiteral("Restart")),
                 QStringList {QStringLiteral("on-failure")});
        QCOMPARE(parsed.values(QStringLiteral("Service"), QStringLiteral("ExecStartPre")).size(),
                 3);
        const QString start
            = parsed.values(QStringLiteral("Service"), QStringLiteral("ExecStart")).value(0);
        QVERIFY2(start.contains(QLatin1String("etcdctl get ") + unit.imageNameKey),
                 qPrintable(start));
        for (const QString &port : image.dockerfile.exposedPorts)
            QVERIFY2(
                start.contains(QStringLiteral("-e SERVICE_%1_NAME=").arg(port.section(u'/', 0, 0))),
                qPrintable(start));
        const ws::FleetSchedulingRules rules = ws::FleetSchedulingRules::fromOptions(
            unit.fileName, ws::FleetUnitOptions::fromUnitFile(parsed));
        QCOMPARE(rules.global, kind == Kind::Global);
        QCOMPARE(rules.metadata.value(QStringLiteral("role")),
                 QStringList {QStringLiteral("control")});
        if (kind == Kind::Template)
            QCOMPARE(rules.conflicts, QStringList {unit.component + QLatin1String("@*.service")});
    }
}

void FleetUnitGeneratorTest::likeTheOriginals()
{
    const ws::Workspace ws
        = ws::WorkspaceLoader::load(ws::BundledWorkspaces::path(QStringLiteral("openstack-kilo")));
    const ws::ImageDefinition *glance = nullptr;
    const ws::ImageDefinition *keystone = nullptr;
    for (const ws::ImageDefinition &image : ws.images) {
        if (image.id.endsWith(QLatin1String("glance/glance-api")))
            glance = &image;
        if (image.id.endsWith(QLatin1String("openstack/keystone")))
            keystone = &image;
    }
    QVERIFY(glance && keystone);

    const FleetUnitGenerator::Result g = FleetUnitGenerator::generate(*glance);
    QCOMPARE(g.fileName, QStringLiteral("glance-api@.service"));
    QCOMPARE(g.imageNameKey, QStringLiteral("/services/glance/config/glance-api-image-name"));
    ws::Problems problems;
    const UnitFile mine = UnitFileParser::parse(g.text, g.fileName, &problems);
    // The bundled original, option by option where the generator has no choice to make.
    QFile file(ws.root + QLatin1String("/fleet-unit-files/glance-api@.service"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const UnitFile original = UnitFileParser::parse(file.readAll(), file.fileName(), &problems);
    QVERIFY(problems.isEmpty());
    for (const char *name : {"ExecStartPre", "ExecStart", "ExecStop", "Restart", "RestartSec",
                             "TimeoutStartSec", "EnvironmentFile"})
        QCOMPARE(mine.values(QStringLiteral("Service"), QLatin1String(name)),
                 original.values(QStringLiteral("Service"), QLatin1String(name)));
    QCOMPARE(mine.values(QStringLiteral("X-Fleet"), QStringLiteral("Conflicts")),
             original.values(QStringLiteral("X-Fleet"), QStringLiteral("Conflicts")));
    QCOMPARE(mine.values(QStringLiteral("Unit"), QStringLiteral("Description")),
             original.values(QStringLiteral("Unit"), QStringLiteral("Description")));

    FleetUnitGenerator::Options options;
    options.kind = Kind::Global;
    options.machineMetadata = {QStringLiteral("role=control")};
    options.serviceNames
        = {{QStringLiteral("5000"), QStringLiteral("services/router/backend/keystone/public")},
           {QStringLiteral("35357"), QStringLiteral("services/router/backend/keystone/admin")}};
    const FleetUnitGenerator::Result k = FleetUnitGenerator::generate(*keystone, options);
    QCOMPARE(k.fileName, QStringLiteral("keystone.service"));
    const UnitFile mineK = UnitFileParser::parse(k.text, k.fileName, &problems);
    QFile fileK(ws.root + QLatin1String("/fleet-unit-files/keystone.service"));
    QVERIFY(fileK.open(QIODevice::ReadOnly));
    const UnitFile originalK = UnitFileParser::parse(fileK.readAll(), fileK.fileName(), &problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(ws::FleetUnitOptions::serialize(ws::FleetUnitOptions::fromUnitFile(mineK)),
             ws::FleetUnitOptions::serialize(ws::FleetUnitOptions::fromUnitFile(originalK)));
}

void FleetUnitGeneratorTest::options()
{
    FleetUnitGenerator::Image image;
    image.name = QStringLiteral("registry.local/demo-dns:1");
    image.id = QStringLiteral("infra/dns");
    image.exposedPorts = {QStringLiteral("53/udp"), QStringLiteral("8053")};
    FleetUnitGenerator::Options options;
    options.pullLock.clear();
    options.confdNode.clear();
    const FleetUnitGenerator::Result unit = FleetUnitGenerator::generate(image, options);
    QCOMPARE(unit.fileName, QStringLiteral("dns@.service"));
    QCOMPARE(unit.imageNameKey, QStringLiteral("/services/dns/config/dns-image-name"));
    const QString text = QString::fromUtf8(unit.text);
    QVERIFY(!text.contains(QLatin1String("flock")));
    QVERIFY(!text.contains(QLatin1String("CONFD_OPTS")));
    QVERIFY(text.contains(QLatin1String("-e SERVICE_53_NAME=services/router/backend/dns/53")));
    QVERIFY(text.contains(QLatin1String("-p 53/udp")));
    QVERIFY(text.contains(QLatin1String("--name dns%i")));
}

QTEST_GUILESS_MAIN(FleetUnitGeneratorTest)
#include "FleetUnitGeneratorTest.moc"
