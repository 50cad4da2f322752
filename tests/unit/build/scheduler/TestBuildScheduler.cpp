// BuildScheduler with a runner the test drives: the test decides when each image ends, so the
// logic is checked without timers. Slots, priority, failure and blocking, retries, cancel,
// pause, refusal of bad plans, and the summary with its critical path.
#include "FakeBuildRunner.h"
#include "build/BuildScheduler.h"

#include <QtTest>

using namespace ws;

namespace {

// "name@estimate<parent1,parent2": estimate and parents optional.
BuildPlan makePlan(const QStringList &spec)
{
    QList<BuildPlan::Node> nodes;
    for (const QString &line : spec) {
        BuildPlan::Node node;
        QString head = line.section(QLatin1Char('<'), 0, 0);
        node.parents = line.section(QLatin1Char('<'), 1).split(',', Qt::SkipEmptyParts);
        if (head.contains(QLatin1Char('@'))) {
            node.estimate = head.section(QLatin1Char('@'), 1).toDouble();
            head = head.section(QLatin1Char('@'), 0, 0);
        }
        node.name = head;
        nodes << node;
    }
    return BuildPlan::fromNodes(nodes);
}

// Ends running images, oldest first, until nothing runs; images in `failing` fail.
void drain(FakeBuildRunner &runner, const QStringList &failing = {})
{
    while (!runner.running.isEmpty()) {
        const QString image = runner.running.first();
        runner.finish(image, failing.contains(image) ? BuildOutcome::Failed : BuildOutcome::Built,
                      failing.contains(image) ? QStringLiteral("step 2/3: exit code 1")
                                              : QString());
    }
}

} // namespace

class TestBuildScheduler : public QObject
{
    Q_OBJECT

private slots:
    void defaultSlotCount();
    void slotLimit_data();
    void slotLimit();
    void priority_data();
    void priority();
    void failureBlocksDescendants();
    void blockedWhenOneOfTwoParentsFails();
    void retries();
    void retriesExhausted();
    void manualRetry();
    void retryTakesCancelledParentsAlong();
    void cancelQueuedImage();
    void cancelRunningImage_data();
    void cancelRunningImage();
    void cancelFromStateChangedNeverReachesRunner();
    void cancelAll();
    void pauseResume();
    void summaryAndCriticalPath_data();
    void summaryAndCriticalPath();
    void upToDateCountsAsSuccess();
    void strayReportsAreIgnored();
    void synchronousRunner();
    void emptyPlanFinishesAtOnce();
    void invalidPlanIsRefused();
    void secondStartWhileActiveIsRefused();
    void stateSequence();
    void prepareSeesThePlan();
    void runnerGoneFailsTheQueue();
    void stateIds();
};

void TestBuildScheduler::defaultSlotCount()
{
    QCOMPARE(BuildScheduler::defaultSlotCount(0), 2);
    QCOMPARE(BuildScheduler::defaultSlotCount(1), 2);
    QCOMPARE(BuildScheduler::defaultSlotCount(8), 8);
}

void TestBuildScheduler::slotLimit_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<int>("slotCount");
    QTest::addColumn<int>("expectedMax");

    const QStringList fan {"base",   "a<base", "b<base", "c<base", "d<base",
                           "e<base", "f<base", "g<base", "h<base"};
    QTest::newRow("fan of 8, 1 slot") << fan << 1 << 1;
    QTest::newRow("fan of 8, 3 slots") << fan << 3 << 3;
    QTest::newRow("fan of 8, 16 slots") << fan << 16 << 8;
    QTest::newRow("5 roots, 2 slots") << QStringList {"a", "b", "c", "d", "e"} << 2 << 2;
    QTest::newRow("chain, 4 slots") << QStringList {"a", "b<a", "c<b", "d<c"} << 4 << 1;
    QTest::newRow("diamond, 4 slots") << QStringList {"a", "b<a", "c<a", "d<b,c"} << 4 << 2;
}

void TestBuildScheduler::slotLimit()
{
    QFETCH(QStringList, spec);
    QFETCH(int, slotCount);
    QFETCH(int, expectedMax);
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, slotCount);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    const BuildPlan plan = makePlan(spec);
    QVERIFY(scheduler.start(plan));
    while (!runner.running.isEmpty()) {
        QVERIFY(scheduler.runningCount() <= slotCount);
        QCOMPARE(scheduler.runningCount(), int(runner.running.size()));
        runner.finish(runner.running.first());
    }
    QCOMPARE(runner.maxRunning, expectedMax);
    QCOMPARE(runner.started.size(), spec.size());
    QCOMPARE(finished.size(), 1);
    const auto summary = finished.first().first().value<BuildSummary>();
    QCOMPARE(summary.count(BuildState::Built), int(spec.size()));
    QVERIFY(summary.succeeded());
    QVERIFY(!scheduler.isActive());
    // Children never start before their parents ended.
    for (const BuildPlan::Image &image : plan.images())
        for (const QString &parent : image.parents)
            QVERIFY(runner.started.indexOf(parent) < runner.started.indexOf(image.name));
}

void TestBuildScheduler::priority_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<QStringList>("expectedStarts");

    QTest::newRow("deep chain before a leaf")
        << QStringList {"a@1.5", "b", "b1<b", "b2<b1"} << QStringList {"b", "b1", "a", "b2"};
    QTest::newRow("long estimate before a short chain")
        << QStringList {"x@5", "y", "z<y"} << QStringList {"x", "y", "z"};
    QTest::newRow("deeper child first")
        << QStringList {"r", "c1<r", "c2<r", "d<c2"} << QStringList {"r", "c2", "c1", "d"};
    QTest::newRow("ties in plan order")
        << QStringList {"c", "a", "b"} << QStringList {"a", "b", "c"};
}

void TestBuildScheduler::priority()
{
    QFETCH(QStringList, spec);
    QFETCH(QStringList, expectedStarts);
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 1);
    QVERIFY(scheduler.start(makePlan(spec)));
    drain(runner);
    QCOMPARE(runner.started, expectedStarts);
}

void TestBuildScheduler::failureBlocksDescendants()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(makePlan({"base", "x<base", "y<base", "x1<x", "x2<x1", "y1<y"})));
    drain(runner, {"x"});

    QCOMPARE(scheduler.state("x"), BuildState::Failed);
    QCOMPARE(scheduler.detail("x"), QStringLiteral("step 2/3: exit code 1"));
    QCOMPARE(scheduler.state("x1"), BuildState::Blocked);
    QCOMPARE(scheduler.state("x2"), BuildState::Blocked);
    QCOMPARE(scheduler.detail("x1"), QStringLiteral("blocked by x"));
    QCOMPARE(scheduler.detail("x2"), QStringLiteral("blocked by x"));
    QCOMPARE(scheduler.state("y"), BuildState::Built);
    QCOMPARE(scheduler.state("y1"), BuildState::Built);
    QVERIFY(!runner.started.contains("x1"));
    QVERIFY(!runner.started.contains("x2"));

    QCOMPARE(finished.size(), 1);
    const auto summary = finished.first().first().value<BuildSummary>();
    QCOMPARE(summary.count(BuildState::Built), 3);
    QCOMPARE(summary.count(BuildState::Failed), 1);
    QCOMPARE(summary.count(BuildState::Blocked), 2);
    QVERIFY(!summary.succeeded());
    QCOMPARE(summary.image("x2")->blockedBy, QStringLiteral("x"));
    QCOMPARE(summary.image("x2")->attempts, 0);
    QCOMPARE(summary.image("x2")->startedMs, qint64(-1));
}

void TestBuildScheduler::blockedWhenOneOfTwoParentsFails()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QVERIFY(scheduler.start(makePlan({"a", "b", "c<a,b"})));
    runner.finish("a", BuildOutcome::Failed, "boom");
    // c is blocked at once although b still runs.
    QCOMPARE(scheduler.state("c"), BuildState::Blocked);
    QCOMPARE(scheduler.state("b"), BuildState::Running);
    QVERIFY(scheduler.isActive());
    runner.finish("b");
    QVERIFY(!scheduler.isActive());
    QVERIFY(!runner.started.contains("c"));
}

void TestBuildScheduler::retries()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    scheduler.setRetries(1);
    QCOMPARE(scheduler.retries(), 1);
    QVERIFY(scheduler.start(makePlan({"base", "x<base", "y<base", "x1<x"})));
    runner.finish("base");
    QCOMPARE(runner.running, (QStringList {"x", "y"}));
    runner.finish("x", BuildOutcome::Failed, "network hiccup");
    // Only x starts again; y keeps running and is not restarted.
    QCOMPARE(runner.started, (QStringList {"base", "x", "y", "x"}));
    QCOMPARE(scheduler.state("x"), BuildState::Running);
    QCOMPARE(scheduler.attempt("x"), 2);
    QCOMPARE(scheduler.detail("x"), QStringLiteral("attempt 2 of 2"));
    drain(runner);
    QCOMPARE(scheduler.state("x"), BuildState::Built);
    QCOMPARE(scheduler.state("x1"), BuildState::Built);
    QCOMPARE(runner.started.count("y"), 1);
    QCOMPARE(runner.started.count("base"), 1);
    QCOMPARE(scheduler.summary().image("x")->attempts, 2);
}

void TestBuildScheduler::retriesExhausted()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    scheduler.setRetries(2);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(makePlan({"x", "x1<x"})));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(runner.running, QStringList {"x"});
        runner.finish("x", BuildOutcome::Failed, "still broken");
    }
    QCOMPARE(scheduler.state("x"), BuildState::Failed);
    QCOMPARE(scheduler.attempt("x"), 3);
    QCOMPARE(scheduler.state("x1"), BuildState::Blocked);
    QCOMPARE(finished.size(), 1);
}

void TestBuildScheduler::manualRetry()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(makePlan({"x", "x1<x", "x2<x1", "y"})));
    drain(runner, {"x"});
    QCOMPARE(finished.size(), 1);
    QVERIFY(!scheduler.retry("y")); // built: nothing to retry
    QVERIFY(!scheduler.retry("x1")); // blocked: retry its cause instead
    QVERIFY(!scheduler.retry("nope"));

    QVERIFY(scheduler.retry("x"));
    QVERIFY(scheduler.isActive());
    QCOMPARE(scheduler.state("x"), BuildState::Running);
    QCOMPARE(scheduler.state("x1"), BuildState::Waiting);
    QCOMPARE(scheduler.state("x2"), BuildState::Waiting);
    drain(runner);
    QCOMPARE(finished.size(), 2);
    const auto summary = finished.last().first().value<BuildSummary>();
    QVERIFY(summary.succeeded());
    QCOMPARE(runner.started.count("y"), 1);
    QCOMPARE(runner.started.count("x"), 2);
}

void TestBuildScheduler::retryTakesCancelledParentsAlong()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 1);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(makePlan({"base", "mid<base", "leaf<mid", "other<base"})));
    QCOMPARE(runner.running, QStringList {"base"});
    // Cancel everything: base is cancelled running, the waiting images are cancelled at once.
    scheduler.cancelAll();
    runner.finish("base", BuildOutcome::Cancelled);
    QCOMPARE(finished.size(), 1);
    QCOMPARE(scheduler.state("leaf"), BuildState::Cancelled);

    // Retrying the leaf brings back the cancelled chain above it, not its cousin.
    QVERIFY(scheduler.retry("leaf"));
    QCOMPARE(scheduler.state("base"), BuildState::Running);
    QCOMPARE(scheduler.state("mid"), BuildState::Waiting);
    QCOMPARE(scheduler.state("leaf"), BuildState::Waiting);
    QCOMPARE(scheduler.state("other"), BuildState::Cancelled);
    drain(runner);
    QCOMPARE(finished.size(), 2);
    QCOMPARE(scheduler.state("leaf"), BuildState::Built);
    QCOMPARE(scheduler.state("mid"), BuildState::Built);
    QCOMPARE(runner.started.count("other"), 0);
    // The wall time still counts from the first start.
    const auto summary = finished.last().first().value<BuildSummary>();
    QVERIFY(summary.wallMs >= finished.first().first().value<BuildSummary>().wallMs);
}

void TestBuildScheduler::cancelQueuedImage()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 1);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(makePlan({"base", "a<base", "b<a", "c<base"})));
    QCOMPARE(runner.running, QStringList {"base"});
    scheduler.cancel("a");
    QCOMPARE(scheduler.state("a"), BuildState::Cancelled);
    QCOMPARE(scheduler.state("b"), BuildState::Blocked);
    QCOMPARE(scheduler.detail("b"), QStringLiteral("blocked by a"));
    QVERIFY(runner.cancelled.isEmpty());
    drain(runner);
    QCOMPARE(runner.started, (QStringList {"base", "c"}));
    QCOMPARE(finished.size(), 1);
    const auto summary = finished.first().first().value<BuildSummary>();
    QCOMPARE(summary.count(BuildState::Cancelled), 1);
    QCOMPARE(summary.count(BuildState::Blocked), 1);
    QCOMPARE(summary.count(BuildState::Built), 2);
}

void TestBuildScheduler::cancelRunningImage_data()
{
    QTest::addColumn<int>("reported");
    QTest::addColumn<int>("expected");
    QTest::newRow("runner says cancelled")
        << int(BuildOutcome::Cancelled) << int(BuildState::Cancelled);
    QTest::newRow("killed build reports an error")
        << int(BuildOutcome::Failed) << int(BuildState::Cancelled);
    QTest::newRow("build ended before the cancel")
        << int(BuildOutcome::Built) << int(BuildState::Built);
}

void TestBuildScheduler::cancelRunningImage()
{
    QFETCH(int, reported);
    QFETCH(int, expected);
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    scheduler.setRetries(3); // a cancelled build is never retried
    QVERIFY(scheduler.start(makePlan({"a", "a1<a", "b"})));
    scheduler.cancel("a");
    QCOMPARE(runner.cancelled, QStringList {"a"});
    QCOMPARE(scheduler.state("a"), BuildState::Running); // until the runner says it stopped
    scheduler.cancel("a"); // asking twice asks the runner once
    QCOMPARE(runner.cancelled, QStringList {"a"});
    runner.finish("a", BuildOutcome(reported), "stopped");
    QCOMPARE(scheduler.state("a"), BuildState(expected));
    QCOMPARE(scheduler.state("a1"),
             BuildState(expected) == BuildState::Built ? BuildState::Running : BuildState::Blocked);
    QCOMPARE(runner.started.count("a"), 1);
    drain(runner);
    QCOMPARE(scheduler.state("b"), BuildState::Built);
    QVERIFY(!scheduler.isActive());
}

void TestBuildScheduler::cancelFromStateChangedNeverReachesRunner()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 1);
    connect(&scheduler, &BuildScheduler::stateChanged, this,
            [&scheduler](const QString &image, BuildState state) {
                if (image == QLatin1String("a") && state == BuildState::Running)
                    scheduler.cancel(image);
            });
    QVERIFY(scheduler.start(makePlan({"a", "b"})));
    drain(runner);
    QCOMPARE(scheduler.state("a"), BuildState::Cancelled);
    QCOMPARE(runner.started, QStringList {"b"});
    QVERIFY(runner.cancelled.isEmpty());
    QVERIFY(!scheduler.isActive());
}

void TestBuildScheduler::cancelAll()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    scheduler.setRetries(3);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(makePlan({"base", "a<base", "b<base", "c<b", "other"})));
    QCOMPARE(runner.running, (QStringList {"base", "other"}));
    scheduler.cancelAll();
    QCOMPARE(runner.cancelled, (QStringList {"base", "other"}));
    for (const QString image : {"a", "b", "c"})
        QCOMPARE(scheduler.state(image), BuildState::Cancelled);
    QCOMPARE(finished.size(), 0); // two builds have not stopped yet
    runner.finish("base", BuildOutcome::Failed, "killed");
    runner.finish("other", BuildOutcome::Cancelled);
    QCOMPARE(finished.size(), 1);
    const auto summary = finished.first().first().value<BuildSummary>();
    QCOMPARE(summary.count(BuildState::Cancelled), 5);
    QCOMPARE(runner.started.size(), 2);
    scheduler.cancelAll(); // nothing left to cancel
    QCOMPARE(finished.size(), 1);
}

void TestBuildScheduler::pauseResume()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QSignalSpy paused(&scheduler, &BuildScheduler::pausedChanged);
    QVERIFY(scheduler.start(makePlan({"base", "a<base", "b<base"})));
    scheduler.pause();
    scheduler.pause();
    QCOMPARE(paused.size(), 1);
    QVERIFY(scheduler.isPaused());
    runner.finish("base"); // the running build goes on and ends
    QCOMPARE(scheduler.state("a"), BuildState::Queued);
    QCOMPARE(scheduler.state("b"), BuildState::Queued);
    QCOMPARE(runner.started, QStringList {"base"});
    QVERIFY(scheduler.isActive()); // paused is not finished
    scheduler.resume();
    QCOMPARE(paused.size(), 2);
    QCOMPARE(paused.last().first().toBool(), false);
    QCOMPARE(runner.running, (QStringList {"a", "b"}));
    drain(runner);
    QVERIFY(!scheduler.isActive());
}

void TestBuildScheduler::summaryAndCriticalPath_data()
{
    QTest::addColumn<QStringList>("finishOrder");
    QTest::addColumn<QStringList>("expectedPath");
    // base → a → a1, base → b, with 2 slots.
    QTest::newRow("a1 ends last") << QStringList {"base", "b", "a", "a1"}
                                  << QStringList {"base", "a", "a1"};
    QTest::newRow("b ends last") << QStringList {"base", "a", "a1", "b"}
                                 << QStringList {"base", "b"};
}

void TestBuildScheduler::summaryAndCriticalPath()
{
    QFETCH(QStringList, finishOrder);
    QFETCH(QStringList, expectedPath);
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(makePlan({"base", "a<base", "a1<a", "b<base"})));
    for (const QString &image : finishOrder) {
        QVERIFY2(runner.running.contains(image), qPrintable(image));
        runner.finish(image);
    }
    QCOMPARE(finished.size(), 1);
    const auto summary = finished.first().first().value<BuildSummary>();
    QCOMPARE(summary.criticalPath, expectedPath);
    QCOMPARE(summary.images.size(), 4);
    QCOMPARE(summary.count(BuildState::Built), 4);
    QVERIFY(summary.wallMs >= 0);
    for (const BuildSummary::ImageResult &result : summary.images) {
        QCOMPARE(result.attempts, 1);
        QVERIFY(result.startedMs >= 0);
        QVERIFY(result.finishedMs >= result.startedMs);
        QVERIFY(result.durationMs >= 0);
        QVERIFY(result.finishedMs <= summary.wallMs);
    }
    QCOMPARE(scheduler.summary().criticalPath, expectedPath); // stays readable afterwards
}

void TestBuildScheduler::upToDateCountsAsSuccess()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(makePlan({"base", "a<base"})));
    runner.finish("base", BuildOutcome::UpToDate);
    QCOMPARE(runner.running, QStringList {"a"});
    runner.finish("a");
    const auto summary = finished.first().first().value<BuildSummary>();
    QCOMPARE(summary.count(BuildState::UpToDate), 1);
    QCOMPARE(summary.count(BuildState::Built), 1);
    QVERIFY(summary.succeeded());
}

void TestBuildScheduler::strayReportsAreIgnored()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 1);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(makePlan({"a", "b<a"})));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("ghost.*not in the running queue"));
    emit runner.finished("ghost", BuildOutcome::Built, QString());
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("\"b\".*not running"));
    emit runner.finished("b", BuildOutcome::Built, QString()); // never started
    QCOMPARE(scheduler.state("b"), BuildState::Waiting);
    runner.finish("a");
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("\"a\".*not running"));
    emit runner.finished("a", BuildOutcome::Failed, "late"); // twice
    QCOMPARE(scheduler.state("a"), BuildState::Built);
    runner.finish("b");
    QCOMPARE(finished.size(), 1);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("\"b\".*not in the running queue"));
    emit runner.finished("b", BuildOutcome::Built, QString()); // after the end
    QCOMPARE(finished.size(), 1);
}

void TestBuildScheduler::synchronousRunner()
{
    FakeBuildRunner runner;
    runner.finishAtOnce = true;
    BuildScheduler scheduler(&runner, 3);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QSignalSpy changed(&scheduler, &BuildScheduler::stateChanged);
    QVERIFY(scheduler.start(makePlan({"a", "b<a", "c<a", "d<b,c", "e"})));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<BuildSummary>().count(BuildState::Built), 5);
    QCOMPARE(runner.started.size(), 5);
    // Every image went through Running before Built, in that order.
    for (const QString image : {"a", "b", "c", "d", "e"}) {
        QList<BuildState> states;
        for (const QList<QVariant> &args : changed)
            if (args.at(0).toString() == image)
                states << args.at(1).value<BuildState>();
        QCOMPARE(states.last(), BuildState::Built);
        QCOMPARE(states.at(states.size() - 2), BuildState::Running);
    }
}

void TestBuildScheduler::emptyPlanFinishesAtOnce()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(BuildPlan()));
    QCOMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().value<BuildSummary>().images.isEmpty());
    QVERIFY(!scheduler.isActive());
}

void TestBuildScheduler::invalidPlanIsRefused()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QSignalSpy changed(&scheduler, &BuildScheduler::stateChanged);
    QVERIFY(!scheduler.start(makePlan({"a<b", "b<a", "c"})));
    QVERIFY(!scheduler.start(makePlan({"a<ghost"})));
    QVERIFY(runner.started.isEmpty());
    QVERIFY(changed.isEmpty());
    QVERIFY(!scheduler.isActive());
}

void TestBuildScheduler::secondStartWhileActiveIsRefused()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 2);
    QVERIFY(scheduler.start(makePlan({"a"})));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("still running"));
    QVERIFY(!scheduler.start(makePlan({"b"})));
    drain(runner);
    QCOMPARE(runner.started, QStringList {"a"});
    QVERIFY(scheduler.start(makePlan({"b"}))); // once finished, a new queue may start
    drain(runner);
    QCOMPARE(runner.started, (QStringList {"a", "b"}));
}

void TestBuildScheduler::stateSequence()
{
    FakeBuildRunner runner;
    BuildScheduler scheduler(&runner, 1);
    QSignalSpy changed(&scheduler, &BuildScheduler::stateChanged);
    QVERIFY(scheduler.start(makePlan({"a", "b<a"})));
    drain(runner);
    QStringList seen;
    for (const QList<QVariant> &args : changed)
        seen << args.at(0).toString() + QLatin1Char(':')
                + buildStateId(args.at(1).value<BuildState>());
    QCOMPARE(seen,
             (QStringList {"a:queued", "b:waiting", "a:running", "a:built", "b:queued", "b:running",
                           "b:built"}));
}

void TestBuildScheduler::prepareSeesThePlan()
{
    class Runner : public FakeBuildRunner
    {
    public:
        void prepare(const BuildPlan &plan) override { prepared = plan.order(); }
        QStringList prepared;
    } runner;
    BuildScheduler scheduler(&runner, 1);
    QVERIFY(scheduler.start(makePlan({"a", "b<a"})));
    QCOMPARE(runner.prepared, (QStringList {"a", "b"}));
    QCOMPARE(scheduler.plan().order(), runner.prepared);
    drain(runner);
}

void TestBuildScheduler::runnerGoneFailsTheQueue()
{
    auto runner = std::make_unique<FakeBuildRunner>();
    BuildScheduler scheduler(runner.get(), 2);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QVERIFY(scheduler.start(makePlan({"a", "b", "c<a"})));
    runner->finish("b");
    runner.reset();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(scheduler.state("a"), BuildState::Failed);
    QCOMPARE(scheduler.state("b"), BuildState::Built);
    QCOMPARE(scheduler.state("c"), BuildState::Blocked);
    QVERIFY(!scheduler.detail("a").isEmpty());
    // A new queue without a runner fails at once instead of hanging.
    QVERIFY(scheduler.start(makePlan({"d"})));
    QCOMPARE(finished.size(), 2);
    QCOMPARE(scheduler.state("d"), BuildState::Failed);
}

void TestBuildScheduler::stateIds()
{
    // The ids are what --json and the history store: they must not change.
    const QStringList expected {"queued",     "waiting", "running", "built",
                                "up-to-date", "failed",  "blocked", "cancelled"};
    const QList<BuildState> states {BuildState::Queued,  BuildState::Waiting,  BuildState::Running,
                                    BuildState::Built,   BuildState::UpToDate, BuildState::Failed,
                                    BuildState::Blocked, BuildState::Cancelled};
    for (int i = 0; i < states.size(); ++i) {
        QCOMPARE(buildStateId(states.at(i)), expected.at(i));
        BuildState back = BuildState::Queued;
        QVERIFY(buildStateFromId(expected.at(i), &back));
        QCOMPARE(back, states.at(i));
        QVERIFY(!buildStateText(states.at(i)).isEmpty());
        QCOMPARE(isFinalState(states.at(i)), i >= 3);
        QCOMPARE(isSuccessState(states.at(i)), i == 3 || i == 4);
    }
    QVERIFY(!buildStateFromId("done", nullptr));
    QCOMPARE(stateForOutcome(BuildOutcome::UpToDate), BuildState::UpToDate);
    QCOMPARE(stateForOutcome(BuildOutcome::Cancelled), BuildState::Cancelled);
}

QTEST_GUILESS_MAIN(TestBuildScheduler)
#include "TestBuildScheduler.moc"
