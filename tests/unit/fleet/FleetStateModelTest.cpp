// FleetStateModel under QAbstractItemModelTester: random sequences of snapshots (units come
// and go, templates with instances, states change, machines join and leave) are followed
// without a reset after the first, and after each the rows, columns and cells are exactly the
// snapshot's.
#include "fleet/FleetStateModel.h"
#include "fleet/FleetUnitOptions.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QtTest>

using ws::FleetMachine;
using ws::FleetSnapshot;
using ws::FleetStateModel;
using ws::FleetUnit;
using ws::FleetUnitState;

namespace {

QString machineId(int i)
{
    return QStringLiteral("%1").arg(i, 32, 16, QLatin1Char('0'));
}

// A random cluster: up to 12 machines, plain units, templates and instances (some without
// their template on fleet), each scheduled on one machine with a random systemd state.
FleetSnapshot randomSnapshot(QRandomGenerator &rng)
{
    FleetSnapshot s;
    const int machines = int(rng.bounded(1, 12));
    for (int i = 0; i < 14; ++i)
        if (rng.bounded(14) < machines)
            s.machines << FleetMachine {machineId(i),
                                        QStringLiteral("10.0.0.%1").arg(i),
                                        {{QStringLiteral("rack"), QString::number(i % 3)}}};
    QStringList names;
    for (int i = 0; i < 30; ++i)
        if (rng.bounded(3) != 0)
            names << QStringLiteral("plain-%1.service").arg(i);
    for (int t = 0; t < 4; ++t) {
        if (rng.bounded(2))
            names << QStringLiteral("web%1@.service").arg(t);
        for (int i = 1; i <= 12; ++i)
            if (rng.bounded(3) == 0)
                names << QStringLiteral("web%1@%2.service").arg(t).arg(i);
    }
    static const char *const active[] = {"active", "failed", "activating", "inactive"};
    static const char *const sub[] = {"running", "failed", "start-pre", "dead"};
    for (const QString &name : std::as_const(names)) {
        FleetUnit unit;
        unit.name = name;
        unit.desiredState = FleetUnit::State(rng.bounded(1, 4));
        unit.currentState = FleetUnit::State(rng.bounded(1, 4));
        unit.options = {{QStringLiteral("Service"), QStringLiteral("ExecStart"),
                         QStringLiteral("/bin/sleep %1").arg(rng.bounded(3)), 0}};
        if (!s.machines.isEmpty() && !name.endsWith(QLatin1String("@.service"))) {
            const FleetMachine &m = s.machines[int(rng.bounded(int(s.machines.size())))];
            unit.machineId = m.id;
            const int k = int(rng.bounded(4));
            s.states << FleetUnitState {name,
                                        QStringLiteral("h"),
                                        m.id,
                                        QStringLiteral("loaded"),
                                        QString::fromLatin1(active[k]),
                                        QString::fromLatin1(sub[k])};
        }
        s.units << unit;
    }
    // fleet lists in its own order; the model must not depend on it.
    std::shuffle(s.units.begin(), s.units.end(), rng);
    return s;
}

// Every row and cell of `model` against `s`.
void verifyMatches(const FleetStateModel &model, const FleetSnapshot &s)
{
    QCOMPARE(model.columnCount(), FleetStateModel::FirstMachineColumn + s.machines.size());
    QSet<QString> expectedRows;
    for (const FleetUnit &unit : s.units) {
        expectedRows.insert(unit.name);
        if (const QString t = FleetStateModel::templateOf(unit.name); !t.isEmpty())
            expectedRows.insert(t);
    }
    QSet<QString> seen;
    QStringList machineColumns;
    for (int c = FleetStateModel::FirstMachineColumn; c < model.columnCount(); ++c)
        machineColumns
            << model.headerData(c, Qt::Horizontal, FleetStateModel::MachineIdRole).toString();
    QStringList sortedIds;
    for (const FleetMachine &m : s.machines)
        sortedIds << m.id;
    sortedIds.sort();
    QCOMPARE(machineColumns, sortedIds);

    QHash<QString, FleetUnitState> stateOf;
    for (const FleetUnitState &st : s.states)
        stateOf.insert(st.name + QLatin1Char('|') + st.machineId, st);
    QHash<QString, const FleetUnit *> unitOf;
    for (const FleetUnit &u : s.units)
        unitOf.insert(u.name, &u);

    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        QString previous;
        for (int r = 0; r < model.rowCount(parent); ++r) {
            const QModelIndex idx = model.index(r, 0, parent);
            const QString name = idx.data().toString();
            QVERIFY2(!seen.contains(name), qPrintable(name));
            seen.insert(name);
            if (!previous.isEmpty())
                QVERIFY(FleetStateModel::lessThan(previous, name));
            previous = name;
            if (parent.isValid())
                QCOMPARE(FleetStateModel::templateOf(name), parent.data().toString());
            const FleetUnit *unit = unitOf.value(name);
            QCOMPARE(idx.data(FleetStateModel::OnFleetRole).toBool(), unit != nullptr);
            if (unit) {
                QCOMPARE(model.index(r, FleetStateModel::CurrentColumn, parent).data().toString(),
                         FleetUnit::displayState(unit->currentState));
                if (!idx.data(FleetStateModel::IsTemplateRole).toBool()) {
                    for (int c = 0; c < sortedIds.size(); ++c) {
                        const QModelIndex cell
                            = model.index(r, FleetStateModel::FirstMachineColumn + c, parent);
                        const auto it = stateOf.constFind(name + QLatin1Char('|') + sortedIds[c]);
                        QCOMPARE(cell.data().toString(),
                                 it == stateOf.constEnd() ? QString()
                                                          : FleetStateModel::cellText(*it));
                    }
                }
            }
            walk(idx);
        }
    };
    walk({});
    QCOMPARE(seen, expectedRows);
    QCOMPARE(model.unitCount(), expectedRows.size());
}

} // namespace

class FleetStateModelTest : public QObject
{
    Q_OBJECT

private slots:
    void randomSequences_data();
    void randomSequences();
    void groupsInstancesUnderTemplate();
    void naturalOrder();
    void persistentIndexFollows();
    void localDiffers();
};

void FleetStateModelTest::randomSequences_data()
{
    QTest::addColumn<quint32>("seed");
    for (quint32 seed : {1u, 7u, 42u, 2026u, 31337u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void FleetStateModelTest::randomSequences()
{
    QFETCH(quint32, seed);
    QRandomGenerator rng(seed);
    FleetStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    for (int step = 0; step < 40; ++step) {
        const FleetSnapshot s = randomSnapshot(rng);
        model.update(s);
        verifyMatches(model, s);
        if (QTest::currentTestFailed())
            QFAIL(qPrintable(QStringLiteral("step %1").arg(step)));
    }
    QCOMPARE(resets.count(), 1); // the first load only
    // An empty cluster, then back.
    model.update({});
    verifyMatches(model, {});
    const FleetSnapshot s = randomSnapshot(rng);
    model.update(s);
    verifyMatches(model, s);
    QCOMPARE(resets.count(), 1);
}

void FleetStateModelTest::groupsInstancesUnderTemplate()
{
    FleetStateModel model;
    FleetSnapshot s;
    s.machines << FleetMachine {machineId(1), QStringLiteral("10.0.0.1"), {}};
    for (const char *name : {"web@2.service", "web@1.service", "db.service"})
        s.units << FleetUnit {QString::fromLatin1(name),
                              {},
                              FleetUnit::State::Launched,
                              FleetUnit::State::Launched,
                              {},
                              {},
                              machineId(1)};
    s.states << FleetUnitState {QStringLiteral("web@1.service"),
                                {},
                                machineId(1),
                                QStringLiteral("loaded"),
                                QStringLiteral("active"),
                                QStringLiteral("running")};
    model.update(s);
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex web = model.indexOf(QStringLiteral("web@.service"));
    QVERIFY(web.isValid());
    QVERIFY(!web.data(FleetStateModel::OnFleetRole).toBool());
    QCOMPARE(model.rowCount(web), 2);
    QCOMPARE(model.instances(QStringLiteral("web@.service")),
             QStringList({QStringLiteral("web@1.service"), QStringLiteral("web@2.service")}));
    const QModelIndex cell = model.index(0, FleetStateModel::FirstMachineColumn, web);
    QCOMPARE(cell.data().toString(), QStringLiteral("active (running)"));
    QCOMPARE(cell.data(FleetStateModel::StateRole).toInt(),
             int(FleetStateModel::CellState::Active));
    QCOMPARE(model
                 .headerData(FleetStateModel::FirstMachineColumn, Qt::Horizontal,
                             FleetStateModel::MachineIpRole)
                 .toString(),
             QStringLiteral("10.0.0.1"));
}

void FleetStateModelTest::naturalOrder()
{
    QVERIFY(FleetStateModel::lessThan(QStringLiteral("web@2.service"),
                                      QStringLiteral("web@10.service")));
    QVERIFY(!FleetStateModel::lessThan(QStringLiteral("web@10.service"),
                                       QStringLiteral("web@2.service")));
    QVERIFY(FleetStateModel::lessThan(QStringLiteral("a.service"), QStringLiteral("b.service")));
    QCOMPARE(FleetStateModel::templateOf(QStringLiteral("web@2.service")),
             QStringLiteral("web@.service"));
    QVERIFY(FleetStateModel::templateOf(QStringLiteral("web@.service")).isEmpty());
    QVERIFY(FleetStateModel::templateOf(QStringLiteral("db.service")).isEmpty());
}

void FleetStateModelTest::persistentIndexFollows()
{
    FleetStateModel model;
    FleetSnapshot s;
    for (const char *name : {"b.service", "d.service", "x@1.service"})
        s.units << FleetUnit {QString::fromLatin1(name),
                              {},
                              FleetUnit::State::Launched,
                              FleetUnit::State::Launched,
                              {},
                              {},
                              {}};
    model.update(s);
    const QPersistentModelIndex d = model.indexOf(QStringLiteral("d.service"));
    const QPersistentModelIndex x1 = model.indexOf(QStringLiteral("x@1.service"));
    s.units.prepend(FleetUnit {QStringLiteral("a.service"),
                               {},
                               FleetUnit::State::Loaded,
                               FleetUnit::State::Loaded,
                               {},
                               {},
                               {}});
    s.units << FleetUnit {QStringLiteral("x@0.service"),
                          {},
                          FleetUnit::State::Loaded,
                          FleetUnit::State::Loaded,
                          {},
                          {},
                          {}};
    s.machines << FleetMachine {machineId(3), {}, {}};
    model.update(s);
    QVERIFY(d.isValid());
    QCOMPARE(d.data().toString(), QStringLiteral("d.service"));
    QCOMPARE(d.row(), 2);
    QCOMPARE(x1.data().toString(), QStringLiteral("x@1.service"));
    QCOMPARE(x1.row(), 1);
    s.units.removeAt(1); // b.service
    model.update(s);
    QCOMPARE(d.row(), 1);
    QCOMPARE(model.columnCount(x1.parent()), FleetStateModel::FirstMachineColumn + 1);
}

void FleetStateModelTest::localDiffers()
{
    FleetStateModel model;
    FleetSnapshot s;
    const QList<ws::UnitOption> options {
        {QStringLiteral("Service"), QStringLiteral("ExecStart"), QStringLiteral("/bin/true"), 0}};
    s.units << FleetUnit {QStringLiteral("a.service"),
                          options,
                          FleetUnit::State::Launched,
                          FleetUnit::State::Launched,
                          {},
                          {},
                          {}};
    s.units << FleetUnit {QStringLiteral("w@1.service"),
                          options,
                          FleetUnit::State::Launched,
                          FleetUnit::State::Launched,
                          {},
                          {},
                          {}};
    model.update(s);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setLocalHashes({{QStringLiteral("a.service"), QStringLiteral("0000")},
                          {QStringLiteral("w@.service"), ws::FleetUnitOptions::hash(options)}});
    QCOMPARE(model.indexOf(QStringLiteral("a.service")).data(FleetStateModel::LocalStateRole),
             int(FleetStateModel::LocalState::Differs));
    QCOMPARE(model.indexOf(QStringLiteral("w@1.service")).data(FleetStateModel::LocalStateRole),
             int(FleetStateModel::LocalState::Same));
    QVERIFY(changed.count() >= 1);
}

QTEST_GUILESS_MAIN(FleetStateModelTest)
#include "FleetStateModelTest.moc"
