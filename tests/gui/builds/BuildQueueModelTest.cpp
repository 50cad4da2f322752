// BuildQueueModel follows a BuildScheduler driven by a fake runner: states, steps, estimates,
// sizes and pushes per row; updates coalesced to one dataChanged a row; the clock ticks only the
// running rows, also with a hundred images in the queue.
#include "FakeBuildRunner.h"

#include "build/BuildScheduler.h"
#include "builds/BuildQueueModel.h"

#include <QSignalSpy>
#include <QtTest>

using ws::BuildPlan;
using ws::BuildQueueModel;
using ws::BuildScheduler;
using ws::BuildState;

namespace {

// base -> a, b; c alone. With `count` > 0 a chain-free fan of that many leaves under base.
BuildPlan smallPlan()
{
    return BuildPlan::fromNodes({{QStringLiteral("base"), {}, {}, 1.0},
                                 {QStringLiteral("a"), {QStringLiteral("base")}, {}, 1.0},
                                 {QStringLiteral("b"), {QStringLiteral("base")}, {}, 1.0},
                                 {QStringLiteral("c"), {}, {}, 1.0}});
}

QString cell(const BuildQueueModel &model, const QString &image, int column)
{
    return model.index(model.rowOf(image), column).data().toString();
}

} // namespace

class BuildQueueModelTest : public QObject
{
    Q_OBJECT

private slots:
    void rowsFollowTheScheduler();
    void imagesOutsideTheQueueShowNoState();
    void updatesAreCoalescedPerRow();
    void clockTicksOnlyRunningRows_data();
    void clockTicksOnlyRunningRows();
    void columnsShowStepsHitsSizeAndPush();
    void elapsedShowsTheEstimate();
    void formatDuration_data();
    void formatDuration();
};

void BuildQueueModelTest::rowsFollowTheScheduler()
{
    BuildQueueModel model;
    model.setImages(
        {QStringLiteral("base"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(BuildQueueModel::ColumnCount));

    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QVERIFY(scheduler.start(smallPlan()));
    model.attach(&scheduler);
    QTRY_COMPARE(model.state(QStringLiteral("base")), BuildState::Running);
    QCOMPARE(model.state(QStringLiteral("a")), BuildState::Waiting);
    QTRY_COMPARE(model.state(QStringLiteral("c")), BuildState::Running);
    QCOMPARE(cell(model, QStringLiteral("base"), BuildQueueModel::StateColumn),
             ws::buildStateText(BuildState::Running));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("a")), 0)
                 .data(BuildQueueModel::BuildStateRole)
                 .toInt(),
             int(BuildState::Waiting));

    runner.finish(QStringLiteral("base"));
    QCOMPARE(model.state(QStringLiteral("base")), BuildState::Built);
    QTRY_COMPARE(model.state(QStringLiteral("a")), BuildState::Running);
    runner.finish(QStringLiteral("a"), ws::BuildOutcome::Failed, QStringLiteral("RUN failed"));
    QCOMPARE(model.state(QStringLiteral("a")), BuildState::Failed);
    QCOMPARE(model.detail(QStringLiteral("a")), QStringLiteral("RUN failed"));
    QCOMPARE(model.index(model.rowOf(QStringLiteral("a")), BuildQueueModel::StateColumn)
                 .data(Qt::ToolTipRole)
                 .toString(),
             QStringLiteral("RUN failed"));
    QCOMPARE(model.imagesIn(BuildState::Built), QStringList {QStringLiteral("base")});
}

void BuildQueueModelTest::imagesOutsideTheQueueShowNoState()
{
    BuildQueueModel model;
    model.setImages({QStringLiteral("base"), QStringLiteral("other")});
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QVERIFY(scheduler.start(BuildPlan::fromNodes({{QStringLiteral("base"), {}, {}, 1.0}})));
    model.attach(&scheduler);
    QVERIFY(model.isInQueue(QStringLiteral("base")));
    QVERIFY(!model.isInQueue(QStringLiteral("other")));
    QVERIFY(!model.index(1, 0).data(BuildQueueModel::BuildStateRole).isValid());
    QCOMPARE(cell(model, QStringLiteral("other"), BuildQueueModel::StateColumn), QString());
}

void BuildQueueModelTest::updatesAreCoalescedPerRow()
{
    BuildQueueModel model;
    model.setImages({QStringLiteral("base"), QStringLiteral("c")});
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QVERIFY(scheduler.start(BuildPlan::fromNodes(
        {{QStringLiteral("base"), {}, {}, 1.0}, {QStringLiteral("c"), {}, {}, 1.0}})));
    QSignalSpy status(&model, &BuildQueueModel::rowStatusChanged);
    model.attach(&scheduler);
    QTRY_COMPARE(status.count(), 2);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    status.clear();
    for (int step = 1; step <= 30; ++step)
        model.setStep(QStringLiteral("base"), step, 30);
    model.setCacheHits(QStringLiteral("base"), 4);
    model.setSizeBytes(QStringLiteral("base"), 1234);
    QCOMPARE(changed.count(), 0); // nothing before the event loop turns
    QVERIFY(status.wait(5000));
    QCOMPARE(status.count(), 1);
    QCOMPARE(changed.count(), 1); // one row, one signal
    const auto args = changed.first();
    QCOMPARE(args.at(0).toModelIndex().row(), model.rowOf(QStringLiteral("base")));
    QCOMPARE(args.at(1).toModelIndex().column(), BuildQueueModel::ColumnCount - 1);
    QCOMPARE(cell(model, QStringLiteral("base"), BuildQueueModel::StepColumn),
             QStringLiteral("30/30"));
}

void BuildQueueModelTest::clockTicksOnlyRunningRows_data()
{
    QTest::addColumn<int>("images");
    QTest::addColumn<int>("slotCount");
    QTest::newRow("4 images, 2 slotCount") << 4 << 2;
    QTest::newRow("100 images, 3 slotCount") << 100 << 3;
}

void BuildQueueModelTest::clockTicksOnlyRunningRows()
{
    QFETCH(int, images);
    QFETCH(int, slotCount);
    QList<BuildPlan::Node> nodes;
    QStringList names;
    for (int i = 0; i < images; ++i) {
        const QString name = QStringLiteral("image-%1").arg(i, 3, 10, QLatin1Char('0'));
        names.append(name);
        nodes.append({name, {}, {}, 1.0});
    }
    BuildQueueModel model;
    model.setImages(names);
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, slotCount);
    QVERIFY(scheduler.start(BuildPlan::fromNodes(nodes)));
    QSignalSpy status(&model, &BuildQueueModel::rowStatusChanged);
    model.attach(&scheduler);
    QTRY_COMPARE(status.count(), images);
    QTRY_COMPARE(runner.running.size(), slotCount);

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(changed.wait(5000)); // the next tick of the one-second clock
    QCOMPARE(changed.count(), slotCount);
    QSet<int> rows;
    for (const auto &args : std::as_const(changed)) {
        const QModelIndex from = args.at(0).toModelIndex();
        const QModelIndex to = args.at(1).toModelIndex();
        QCOMPARE(from, to);
        QCOMPARE(from.column(), int(BuildQueueModel::ElapsedColumn));
        QCOMPARE(model.state(names.at(from.row())), BuildState::Running);
        rows.insert(from.row());
    }
    QCOMPARE(rows.size(), slotCount);
    QVERIFY(!cell(model, names.first(), BuildQueueModel::ElapsedColumn).isEmpty());

    // Nothing running: the clock stops.
    runner.finishAtOnce = true;
    const QStringList running = runner.running;
    for (const QString &name : running)
        runner.finish(name);
    QTRY_VERIFY(!scheduler.isActive());
    QCOMPARE(model.imagesIn(BuildState::Built).size(), images);
}

void BuildQueueModelTest::columnsShowStepsHitsSizeAndPush()
{
    BuildQueueModel model;
    model.setImages({QStringLiteral("base")}, {{QStringLiteral("base"), QStringLiteral("Base")}});
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 1);
    QVERIFY(scheduler.start(BuildPlan::fromNodes({{QStringLiteral("base"), {}, {}, 1.0}})));
    model.attach(&scheduler);
    QCOMPARE(cell(model, QStringLiteral("base"), BuildQueueModel::ImageColumn),
             QStringLiteral("Base"));
    QCOMPARE(model.index(0, 0).data(BuildQueueModel::ImageNameRole).toString(),
             QStringLiteral("base"));
    model.setStep(QStringLiteral("base"), 2, 5);
    QCOMPARE(cell(model, QStringLiteral("base"), BuildQueueModel::StepColumn),
             QStringLiteral("2/5"));
    runner.finish(QStringLiteral("base"));
    model.setCacheHits(QStringLiteral("base"), 3);
    model.setSizeBytes(QStringLiteral("base"), 2'500'000);
    model.setPushState(QStringLiteral("base"), ws::PushState::Pushed, QStringLiteral("sha256:1"));
    QCOMPARE(cell(model, QStringLiteral("base"), BuildQueueModel::CacheHitsColumn),
             QStringLiteral("3"));
    QVERIFY(cell(model, QStringLiteral("base"), BuildQueueModel::SizeColumn)
                .contains(QLatin1String("2.5")));
    QCOMPARE(cell(model, QStringLiteral("base"), BuildQueueModel::PushColumn),
             ws::pushStateText(ws::PushState::Pushed));
    QVERIFY(!model.index(0, BuildQueueModel::StateColumn).data(Qt::DecorationRole).isNull());
    QCOMPARE(model.headerData(BuildQueueModel::CacheHitsColumn, Qt::Horizontal).toString(),
             QStringLiteral("Cache hits"));
}

void BuildQueueModelTest::elapsedShowsTheEstimate()
{
    BuildQueueModel model;
    model.setImages({QStringLiteral("base"), QStringLiteral("child")});
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 1);
    QVERIFY(scheduler.start(
        BuildPlan::fromNodes({{QStringLiteral("base"), {}, {}, 1.0},
                              {QStringLiteral("child"), {QStringLiteral("base")}, {}, 1.0}})));
    model.attach(&scheduler);
    model.setEstimateMs(QStringLiteral("base"), 65'000);
    model.setEstimateMs(QStringLiteral("child"), 5'000);
    QVERIFY(cell(model, QStringLiteral("base"), BuildQueueModel::ElapsedColumn)
                .endsWith(QLatin1String(" / ~1:05")));
    QCOMPARE(cell(model, QStringLiteral("child"), BuildQueueModel::ElapsedColumn),
             QStringLiteral("~0:05"));
}

void BuildQueueModelTest::formatDuration_data()
{
    QTest::addColumn<qint64>("ms");
    QTest::addColumn<QString>("text");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0:00");
    QTest::newRow("negative") << qint64(-5) << QStringLiteral("0:00");
    QTest::newRow("seconds") << qint64(9'999) << QStringLiteral("0:09");
    QTest::newRow("minutes") << qint64(125'000) << QStringLiteral("2:05");
    QTest::newRow("hours") << qint64(3'723'000) << QStringLiteral("1:02:03");
}

void BuildQueueModelTest::formatDuration()
{
    QFETCH(qint64, ms);
    QFETCH(QString, text);
    QCOMPARE(BuildQueueModel::formatDuration(ms), text);
}

QTEST_MAIN(BuildQueueModelTest)
#include "BuildQueueModelTest.moc"
