#include "fleet/FleetUnitOptions.h"
#include "fleet/UnitFileParser.h"

#include <QtTest>

using ws::FleetUnitOptions;
using ws::UnitOption;

class FleetUnitOptionsTest : public QObject
{
    Q_OBJECT

private slots:
    void specifiers_data();
    void specifiers();
    void instances();
    void hashLikeFleet();
    void fromUnitFile();
};

void FleetUnitOptionsTest::specifiers_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expanded");

    const QString web = QStringLiteral("web@2.service");
    QTest::newRow("%i") << QStringLiteral("web %i") << web << QStringLiteral("web 2");
    QTest::newRow("%n") << QStringLiteral("%n") << web << QStringLiteral("web@2.service");
    QTest::newRow("%N") << QStringLiteral("%N") << web << QStringLiteral("web@2");
    QTest::newRow("%p") << QStringLiteral("docker kill %p-%i") << web
                        << QStringLiteral("docker kill web-2");
    QTest::newRow("%%") << QStringLiteral("100%% %i") << web << QStringLiteral("100% 2");
    QTest::newRow("machine specifiers stay")
        << QStringLiteral("%H %m %i") << web << QStringLiteral("%H %m 2");
    QTest::newRow("trailing %") << QStringLiteral("50%") << web << QStringLiteral("50%");
    QTest::newRow("%I unescapes") << QStringLiteral("%I") << QStringLiteral("mnt@srv-data.service")
                                  << QStringLiteral("srv/data");
    QTest::newRow("%I hex") << QStringLiteral("%I") << QStringLiteral("x@a\\x20b.service")
                            << QStringLiteral("a b");
    QTest::newRow("%P") << QStringLiteral("%P") << QStringLiteral("a-b@1.service")
                        << QStringLiteral("a/b");
    QTest::newRow("plain unit: no instance")
        << QStringLiteral("[%i]") << QStringLiteral("router.service") << QStringLiteral("[]");
}

void FleetUnitOptionsTest::specifiers()
{
    QFETCH(QString, value);
    QFETCH(QString, unit);
    QFETCH(QString, expanded);
    QCOMPARE(FleetUnitOptions::expandSpecifiers(value, unit), expanded);
}

void FleetUnitOptionsTest::instances()
{
    const QList<UnitOption> tmpl {
        {QStringLiteral("Unit"), QStringLiteral("Description"), QStringLiteral("web %i"), 2},
        {QStringLiteral("X-Fleet"), QStringLiteral("Conflicts"), QStringLiteral("%p@*.service"),
         8}};
    // As fleetctl: the template's contents under the instance's name.
    QCOMPARE(FleetUnitOptions::forInstance(tmpl, QStringLiteral("web@1.service")), tmpl);
    const QList<UnitOption> expanded = FleetUnitOptions::forInstance(
        tmpl, QStringLiteral("web@1.service"), FleetUnitOptions::Specifiers::Expand);
    QCOMPARE(expanded[0].value, QStringLiteral("web 1"));
    QCOMPARE(expanded[1].value, QStringLiteral("web@*.service"));
    QVERIFY(FleetUnitOptions::forInstance(tmpl, QStringLiteral("web@.service")).isEmpty());
    QVERIFY(FleetUnitOptions::forInstance(tmpl, QStringLiteral("web.service")).isEmpty());
}

void FleetUnitOptionsTest::hashLikeFleet()
{
    // The hashes of the transcript's states: fleet's SHA-1 of the serialized unit.
    const QList<UnitOption> glob {
        {QStringLiteral("Service"), QStringLiteral("ExecStart"), QStringLiteral("/bin/sleep 1000"),
         0},
        {QStringLiteral("X-Fleet"), QStringLiteral("Global"), QStringLiteral("true"), 0}};
    QCOMPARE(FleetUnitOptions::hash(glob),
             QStringLiteral("627317e4568b10c95c9ba4900ee65803584fb893"));
    QCOMPARE(FleetUnitOptions::serialize(glob),
             QByteArray("[Service]\nExecStart=/bin/sleep 1000\n\n[X-Fleet]\nGlobal=true\n"));
    QVERIFY(FleetUnitOptions::serialize({}).isEmpty());
    // Lines do not count; the grouping by section does.
    QList<UnitOption> moved = glob;
    moved[0].line = 7;
    QVERIFY(FleetUnitOptions::same(glob, moved));
}

void FleetUnitOptionsTest::fromUnitFile()
{
    ws::Problems problems;
    const ws::UnitFile unit = ws::UnitFileParser::parse(
        "[Unit]\nDescription=x\n[Service]\nExecStart=/bin/true\nExecStart=/bin/false\n",
        QStringLiteral("/w/a.service"), &problems);
    const QList<UnitOption> options = FleetUnitOptions::fromUnitFile(unit);
    QCOMPARE(options.size(), 3);
    QCOMPARE(options[2].value, QStringLiteral("/bin/false")); // repeated options stay separate
    QCOMPARE(FleetUnitOptions::serialize(options),
             QByteArray("[Unit]\nDescription=x\n\n[Service]\nExecStart=/bin/true\n"
                        "ExecStart=/bin/false\n"));
}

QTEST_GUILESS_MAIN(FleetUnitOptionsTest)
#include "FleetUnitOptionsTest.moc"
