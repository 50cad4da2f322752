// FleetScheduleExplainer and FleetDeployPreview over the transcript's three machines
// (f1ee7001..3, disk=ssd, role=node1..3): every rule that keeps a launched unit without a
// state, and the machines a deploy's units can land on, as tests/fleet-server schedules them.
#include "fleet/FleetScheduleExplainer.h"
#include "fleet/FleetDeployPreview.h"
#include "fleet/FleetSchedulingRules.h"
#include "fleet/FleetUnitOptions.h"

#include <QtTest>

using ws::FleetDeployPreview;
using ws::FleetMachine;
using ws::FleetScheduleExplainer;
using ws::FleetScheduleExplanation;
using ws::FleetSchedulingRules;
using ws::FleetUnit;
using ws::FleetUnitState;
using ws::UnitOption;
using Reason = FleetScheduleExplanation::Reason;

Q_DECLARE_METATYPE(FleetScheduleExplanation::Reason)
Q_DECLARE_METATYPE(FleetDeployPreview::Action)

namespace {

QString machineId(int n)
{
    return QStringLiteral("000000000000000000000000f1ee700%1").arg(n);
}

QList<FleetMachine> transcriptMachines()
{
    QList<FleetMachine> machines;
    for (int i = 1; i <= 3; ++i)
        machines.append({machineId(i),
                         QStringLiteral("127.0.0.1%1").arg(i),
                         {{QStringLiteral("disk"), QStringLiteral("ssd")},
                          {QStringLiteral("role"), QStringLiteral("node%1").arg(i)}}});
    return machines;
}

// "Name=Value;Name=Value" → [X-Fleet] options, after a [Service] line.
QList<UnitOption> xFleet(const QString &spec)
{
    QList<UnitOption> options {
        {QStringLiteral("Service"), QStringLiteral("ExecStart"), QStringLiteral("/bin/true"), 0}};
    for (const QString &pair : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        options.append({QStringLiteral("X-Fleet"), pair.left(eq), pair.mid(eq + 1), 0});
    }
    return options;
}

// "name|Opt=V;Opt=V" launched units; "name@N" a state on machine N.
void cluster(const QStringList &unitSpecs, const QStringList &running, QList<FleetUnit> *units,
             QList<FleetUnitState> *states)
{
    for (const QString &spec : unitSpecs) {
        FleetUnit u;
        u.name = spec.section(QLatin1Char('|'), 0, 0);
        u.options = xFleet(spec.section(QLatin1Char('|'), 1));
        u.desiredState = FleetUnit::State::Launched;
        units->append(u);
    }
    for (const QString &r : running) {
        const qsizetype at = r.lastIndexOf(QLatin1Char('@'));
        states->append({r.left(at), QString(), machineId(r.mid(at + 1).toInt()),
                        QStringLiteral("loaded"), QStringLiteral("active"),
                        QStringLiteral("running")});
    }
}

QStringList ids(const QList<int> &numbers)
{
    QStringList out;
    for (int n : numbers)
        out.append(machineId(n));
    return out;
}

} // namespace

class FleetScheduleExplainerTest : public QObject
{
    Q_OBJECT

private slots:
    void explain_data();
    void explain();
    void notWantedAndUnknown();
    void noMachines();
    void preview_data();
    void preview();
    void rules();
};

void FleetScheduleExplainerTest::explain_data()
{
    QTest::addColumn<QStringList>("units");
    QTest::addColumn<QStringList>("running");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<Reason>("reason");
    QTest::addColumn<QString>("messageHas");
    QTest::addColumn<QString>("detailsHave");
    QTest::addColumn<QList<int>>("machines");

    QTest::newRow("running") << QStringList {QStringLiteral("a.service|")}
                             << QStringList {QStringLiteral("a.service@2")}
                             << QStringLiteral("a.service") << Reason::Running
                             << QStringLiteral("f1ee7002") << QString() << QList<int> {2};
    QTest::newRow("nothing rules it out")
        << QStringList {QStringLiteral("a.service|")} << QStringList()
        << QStringLiteral("a.service") << Reason::NotScheduledYet
        << QStringLiteral("not scheduled it yet") << QString() << QList<int> {1, 2, 3};
    QTest::newRow("unknown MachineID")
        << QStringList {QStringLiteral("a.service|MachineID=deadbeef")} << QStringList()
        << QStringLiteral("a.service") << Reason::UnknownMachineId
        << QStringLiteral("MachineID=deadbeef") << machineId(3) << QList<int>();
    QTest::newRow("MachineID known")
        << QStringList {QStringLiteral("a.service|MachineID=") + machineId(2)} << QStringList()
        << QStringLiteral("a.service") << Reason::NotScheduledYet << QString() << QString()
        << QList<int> {2};
    QTest::newRow("MachineOf missing")
        << QStringList {QStringLiteral("a.service|MachineOf=ghost.service")} << QStringList()
        << QStringLiteral("a.service") << Reason::MachineOfMissing
        << QStringLiteral("ghost.service") << QString() << QList<int>();
    QTest::newRow("MachineOf not running")
        << QStringList {QStringLiteral("a.service|MachineOf=db.service"),
                        QStringLiteral("db.service|MachineID=deadbeef")}
        << QStringList() << QStringLiteral("a.service") << Reason::MachineOfNotRunning
        << QStringLiteral("runs on no machine") << QString() << QList<int>();
    QTest::newRow("MachineOf running")
        << QStringList {QStringLiteral("a.service|MachineOf=db.service"),
                        QStringLiteral("db.service|")}
        << QStringList {QStringLiteral("db.service@3")} << QStringLiteral("a.service")
        << Reason::NotScheduledYet << QString() << QString() << QList<int> {3};
    QTest::newRow("MachineOf elsewhere than MachineID")
        << QStringList {QStringLiteral("a.service|MachineID=") + machineId(1)
                            + QStringLiteral(";MachineOf=db.service"),
                        QStringLiteral("db.service|")}
        << QStringList {QStringLiteral("db.service@3")} << QStringLiteral("a.service")
        << Reason::MachineOfNotRunning << QStringLiteral("only on machines")
        << QStringLiteral("f1ee7003 (127.0.0.13)") << QList<int>();
    QTest::newRow("metadata nobody has")
        << QStringList {QStringLiteral("a.service|MachineMetadata=role=control")} << QStringList()
        << QStringLiteral("a.service") << Reason::MetadataUnmatched
        << QStringLiteral("no machine has role=control")
        << QStringLiteral("f1ee7001 (127.0.0.11) has disk=ssd role=node1") << QList<int>();
    QTest::newRow("metadata values OR-ed")
        << QStringList {QStringLiteral(
               "a.service|MachineMetadata=role=node1;MachineMetadata=role=node3")}
        << QStringList() << QStringLiteral("a.service") << Reason::NotScheduledYet << QString()
        << QString() << QList<int> {1, 3};
    QTest::newRow("metadata keys AND-ed")
        << QStringList {QStringLiteral("a.service|MachineMetadata=\"role=node2\" disk=ssd")}
        << QStringList() << QStringLiteral("a.service") << Reason::NotScheduledYet << QString()
        << QString() << QList<int> {2};
    QTest::newRow("metadata one key missing")
        << QStringList {QStringLiteral("a.service|MachineMetadata=role=node2 disk=hdd")}
        << QStringList() << QStringLiteral("a.service") << Reason::MetadataUnmatched
        << QStringLiteral("no machine has disk=hdd") << QString() << QList<int>();
    QTest::newRow("metadata not together")
        << QStringList {QStringLiteral("a.service|MachineID=") + machineId(1)
                        + QStringLiteral(";MachineMetadata=role=node2")}
        << QStringList() << QStringLiteral("a.service") << Reason::MetadataUnmatched
        << QStringLiteral("role=node2") << QStringLiteral("has disk=ssd role=node1")
        << QList<int>();
    QTest::newRow("conflicts everywhere")
        << QStringList {QStringLiteral("web@1.service|Conflicts=web@*.service"),
                        QStringLiteral("web@2.service|Conflicts=web@*.service"),
                        QStringLiteral("web@3.service|Conflicts=web@*.service"),
                        QStringLiteral("web@4.service|Conflicts=web@*.service")}
        << QStringList {QStringLiteral("web@1.service@1"), QStringLiteral("web@2.service@2"),
                        QStringLiteral("web@3.service@3")}
        << QStringLiteral("web@4.service") << Reason::ConflictsEverywhere
        << QStringLiteral("Conflicts") << QStringLiteral("f1ee7002 (127.0.0.12) runs web@2.service")
        << QList<int>();
    QTest::newRow("conflicts leave one")
        << QStringList {QStringLiteral("web@1.service|Conflicts=web@*.service"),
                        QStringLiteral("web@3.service|Conflicts=web@*.service")}
        << QStringList {QStringLiteral("web@1.service@1")} << QStringLiteral("web@3.service")
        << Reason::NotScheduledYet << QString() << QString() << QList<int> {2, 3};
    QTest::newRow("their conflicts count too")
        << QStringList {QStringLiteral("db.service|Conflicts=a.service"),
                        QStringLiteral("a.service|MachineID=") + machineId(1)}
        << QStringList {QStringLiteral("db.service@1")} << QStringLiteral("a.service")
        << Reason::ConflictsEverywhere << QString() << QStringLiteral("runs db.service")
        << QList<int>();
    QTest::newRow("conflict glob with class")
        << QStringList {QStringLiteral("x.service|Conflicts=web@[12].service"),
                        QStringLiteral("web@1.service|"), QStringLiteral("web@2.service|"),
                        QStringLiteral("web@3.service|")}
        << QStringList {QStringLiteral("web@1.service@1"), QStringLiteral("web@2.service@2"),
                        QStringLiteral("web@3.service@3")}
        << QStringLiteral("x.service") << Reason::NotScheduledYet << QString() << QString()
        << QList<int> {3};
    QTest::newRow("conflict with specifier")
        << QStringList {QStringLiteral("web@1.service|Conflicts=%p@*.service"),
                        QStringLiteral("web@2.service|")}
        << QStringList {QStringLiteral("web@2.service@2")} << QStringLiteral("web@1.service")
        << Reason::NotScheduledYet << QString() << QString() << QList<int> {1, 3};
    QTest::newRow("global on matching machines")
        << QStringList {QStringLiteral("g.service|Global=true;MachineMetadata=role=node1;"
                                       "MachineMetadata=role=node2")}
        << QStringList() << QStringLiteral("g.service") << Reason::NotScheduledYet
        << QStringLiteral("global") << QString() << QList<int> {1, 2};
    QTest::newRow("global without a machine")
        << QStringList {QStringLiteral("g.service|Global=true;MachineMetadata=role=control")}
        << QStringList() << QStringLiteral("g.service") << Reason::MetadataUnmatched
        << QStringLiteral("role=control") << QString() << QList<int>();
    QTest::newRow("global running")
        << QStringList {QStringLiteral("g.service|Global=true")}
        << QStringList {QStringLiteral("g.service@1"), QStringLiteral("g.service@3")}
        << QStringLiteral("g.service") << Reason::Running << QStringLiteral("on 2 machine")
        << QString() << QList<int> {1, 3};
    QTest::newRow("old names count")
        << QStringList {QStringLiteral("a.service|X-ConditionMachineMetadata=role=none")}
        << QStringList() << QStringLiteral("a.service") << Reason::MetadataUnmatched
        << QStringLiteral("role=none") << QString() << QList<int>();
    QTest::newRow("template") << QStringList {QStringLiteral("web@.service|")} << QStringList()
                              << QStringLiteral("web@.service") << Reason::Template
                              << QStringLiteral("web@1.service") << QString() << QList<int>();
}

void FleetScheduleExplainerTest::explain()
{
    QFETCH(QStringList, units);
    QFETCH(QStringList, running);
    QFETCH(QString, unit);
    QFETCH(Reason, reason);
    QFETCH(QString, messageHas);
    QFETCH(QString, detailsHave);
    QFETCH(QList<int>, machines);

    QList<FleetUnit> fleetUnits;
    QList<FleetUnitState> states;
    cluster(units, running, &fleetUnits, &states);
    const FleetScheduleExplainer explainer(fleetUnits, transcriptMachines(), states);
    const FleetScheduleExplanation why = explainer.explain(unit);
    QVERIFY2(why.reason == reason, qPrintable(why.toString()));
    QVERIFY2(!why.message.isEmpty(), "every explanation has a message");
    QVERIFY2(why.message.contains(messageHas), qPrintable(why.toString()));
    QVERIFY2(why.details.join(QLatin1Char('\n')).contains(detailsHave), qPrintable(why.toString()));
    QCOMPARE(why.machines, ids(machines));
}

void FleetScheduleExplainerTest::notWantedAndUnknown()
{
    QList<FleetUnit> units;
    QList<FleetUnitState> states;
    cluster({QStringLiteral("a.service|")}, {}, &units, &states);
    units[0].desiredState = FleetUnit::State::Inactive;
    const FleetScheduleExplainer explainer(units, transcriptMachines(), states);
    QCOMPARE(explainer.explain(QStringLiteral("a.service")).reason, Reason::NotWanted);
    const FleetScheduleExplanation unknown = explainer.explain(QStringLiteral("b.service"));
    QCOMPARE(unknown.reason, Reason::UnknownUnit);
    QVERIFY(unknown.message.contains(QLatin1String("b.service")));
}

void FleetScheduleExplainerTest::noMachines()
{
    QList<FleetUnit> units;
    QList<FleetUnitState> states;
    cluster({QStringLiteral("a.service|")}, {}, &units, &states);
    const FleetScheduleExplainer explainer(units, {}, states);
    QCOMPARE(explainer.explain(QStringLiteral("a.service")).reason, Reason::NoMachines);
}

void FleetScheduleExplainerTest::preview_data()
{
    QTest::addColumn<QStringList>("units"); // on fleet now
    QTest::addColumn<QStringList>("running");
    QTest::addColumn<QStringList>("submit"); // same "name|X-Fleet" form
    QTest::addColumn<QStringList>("expected"); // "name action machines" per submission

    QTest::newRow("new units") << QStringList() << QStringList()
                               << QStringList {QStringLiteral(
                                                   "a.service|MachineMetadata=role=node2"),
                                               QStringLiteral("g.service|Global=true")}
                               << QStringList {QStringLiteral("a.service create 2"),
                                               QStringLiteral("g.service create 1,2,3")};
    QTest::newRow("unchanged and replaced")
        << QStringList {QStringLiteral("a.service|"), QStringLiteral("b.service|")}
        << QStringList {QStringLiteral("a.service@1"), QStringLiteral("b.service@2")}
        << QStringList {QStringLiteral("a.service|"),
                        QStringLiteral("b.service|MachineMetadata=role=node3")}
        << QStringList {QStringLiteral("a.service unchanged 1,2,3"),
                        QStringLiteral("b.service replace 3")};
    QTest::newRow("conflicts with running instances")
        << QStringList {QStringLiteral("web@1.service|Conflicts=web@*.service")}
        << QStringList {QStringLiteral("web@1.service@1")}
        << QStringList {QStringLiteral("web@2.service|Conflicts=web@*.service")}
        << QStringList {QStringLiteral("web@2.service create 2,3")};
    QTest::newRow("replaced unit no longer conflicts")
        << QStringList {QStringLiteral("web@1.service|Conflicts=web@*.service")}
        << QStringList {QStringLiteral("web@1.service@1")}
        << QStringList {QStringLiteral("web@1.service|Conflicts=web@*.service;MachineID=")
                        + machineId(1)}
        << QStringList {QStringLiteral("web@1.service replace 1")};
    QTest::newRow("MachineOf a unit of the same deploy")
        << QStringList() << QStringList()
        << QStringList {QStringLiteral("worker.service|MachineOf=api.service"),
                        QStringLiteral("api.service|MachineMetadata=role=node1")}
        << QStringList {QStringLiteral("worker.service create 1"),
                        QStringLiteral("api.service create 1")};
    QTest::newRow("MachineOf nowhere")
        << QStringList() << QStringList()
        << QStringList {QStringLiteral("worker.service|MachineOf=api.service")}
        << QStringList {QStringLiteral("worker.service create -")};
    QTest::newRow("template is stored, not placed")
        << QStringList() << QStringList() << QStringList {QStringLiteral("web@.service|")}
        << QStringList {QStringLiteral("web@.service create -")};
}

void FleetScheduleExplainerTest::preview()
{
    QFETCH(QStringList, units);
    QFETCH(QStringList, running);
    QFETCH(QStringList, submit);
    QFETCH(QStringList, expected);

    QList<FleetUnit> fleetUnits;
    QList<FleetUnitState> states;
    cluster(units, running, &fleetUnits, &states);
    const FleetScheduleExplainer explainer(fleetUnits, transcriptMachines(), states);
    QList<FleetDeployPreview::Submission> submissions;
    for (const QString &spec : submit)
        submissions.append(
            {spec.section(QLatin1Char('|'), 0, 0), xFleet(spec.section(QLatin1Char('|'), 1))});
    const QList<FleetDeployPreview::Item> items
        = FleetDeployPreview(explainer).preview(submissions);
    QStringList got;
    QCOMPARE(items.size(), submissions.size());
    for (qsizetype i = 0; i < items.size(); ++i) {
        const FleetDeployPreview::Item &item = items[i];
        QStringList where;
        for (const QString &id : item.machines)
            where.append(id.right(1));
        const char *action = item.action == FleetDeployPreview::Action::Create ? "create"
            : item.action == FleetDeployPreview::Action::Unchanged             ? "unchanged"
                                                                               : "replace";
        got.append(QStringLiteral("%1 %2 %3")
                       .arg(item.name, QLatin1String(action),
                            where.isEmpty() ? QStringLiteral("-") : where.join(QLatin1Char(','))));
        QVERIFY(!item.explanation.message.isEmpty());
        QCOMPARE(item.newHash, ws::FleetUnitOptions::hash(submissions[i].options));
    }
    QCOMPARE(got, expected);
}

void FleetScheduleExplainerTest::rules()
{
    const FleetSchedulingRules r = FleetSchedulingRules::fromOptions(
        QStringLiteral("web@2.service"),
        xFleet(QStringLiteral("X-Conflicts=%p@*.service other.service;Global=true;"
                              "MachineMetadata=\"region=eu west\" disk=ssd")));
    QCOMPARE(r.conflicts,
             (QStringList {QStringLiteral("web@*.service"), QStringLiteral("other.service")}));
    QVERIFY(r.global);
    QCOMPARE(r.metadata.value(QStringLiteral("region")), QStringList {QStringLiteral("eu west")});
    QVERIFY(FleetSchedulingRules::globMatch(QStringLiteral("web@?.service"),
                                            QStringLiteral("web@2.service")));
    QVERIFY(!FleetSchedulingRules::globMatch(QStringLiteral("web@*.service"),
                                             QStringLiteral("xweb@2.service")));
    QVERIFY(FleetSchedulingRules::isTemplateName(QStringLiteral("web@.service")));
    QVERIFY(!FleetSchedulingRules::isTemplateName(QStringLiteral("web@1.service")));
}

QTEST_GUILESS_MAIN(FleetScheduleExplainerTest)
#include "FleetScheduleExplainerTest.moc"
