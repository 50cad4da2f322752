// Issue 3, benchmarks 1 and 2: a reproducible 40-image DAG whose "builds" are timers of known
// length (20-200 ms), run through BuildScheduler at 4 jobs.
//  1. makespan / max(critical path, total work / 4): how close the scheduler gets to the bound.
//  2. the original's way / ours: the Makefile built a base, then `make -j4` over the rest, which
//     amounts to level by level with a barrier between levels; and plain sequential builds.
// Prints the ratios; asserts only that every image was built.
#include "build/BuildRunner.h"
#include "build/BuildScheduler.h"

#include <QElapsedTimer>
#include <QHash>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <queue>
#include <random>

using namespace ws;

namespace {

constexpr int jobs = 4;
constexpr int repeats = 3;

struct Dag
{
    QList<BuildPlan::Node> nodes;
    QHash<QString, int> durationMs;
    QList<QStringList> levels;
};

// Levels of 1, 5, 10, 12, 8 and 4 images; each image builds on one image of the level above, as
// Docker images do; durations uniform in 20-200 ms. Fixed seed: the same DAG every run.
Dag makeDag()
{
    std::mt19937 random(20261125);
    std::uniform_int_distribution<int> duration(20, 200);
    const QList<int> sizes {1, 5, 10, 12, 8, 4};
    Dag dag;
    for (int level = 0; level < sizes.size(); ++level) {
        QStringList names;
        for (int i = 0; i < sizes.at(level); ++i) {
            BuildPlan::Node node;
            node.name = QStringLiteral("bench/l%1-i%2").arg(level).arg(i);
            if (level > 0) {
                const QStringList &above = dag.levels.at(level - 1);
                std::uniform_int_distribution<int> pick(0, int(above.size()) - 1);
                node.parents << above.at(pick(random));
            }
            const int ms = duration(random);
            dag.durationMs.insert(node.name, ms);
            dag.nodes << node;
            names << node.name;
        }
        dag.levels << names;
    }
    return dag;
}

// "Builds" an image by waiting its known duration.
class TimerRunner : public BuildRunner
{
public:
    explicit TimerRunner(const QHash<QString, int> &durations) : m_durations(durations) { }

    void start(const QString &image) override
    {
        auto *timer = new QTimer(this);
        timer->setSingleShot(true);
        timer->setTimerType(Qt::PreciseTimer);
        connect(timer, &QTimer::timeout, this, [this, image, timer] {
            m_timers.remove(image);
            timer->deleteLater();
            emit finished(image, BuildOutcome::Built, QString());
        });
        m_timers.insert(image, timer);
        timer->start(m_durations.value(image));
    }
    void cancel(const QString &image) override
    {
        if (QTimer *timer = m_timers.take(image)) {
            timer->deleteLater();
            emit finished(image, BuildOutcome::Cancelled, QString());
        }
    }

private:
    QHash<QString, int> m_durations;
    QHash<QString, QTimer *> m_timers;
};

// Ends builds in virtual time: each start() schedules the image's end at now + its duration,
// and run() delivers the ends in time order. The scheduler's own choices, without timer jitter.
class VirtualRunner : public BuildRunner
{
public:
    explicit VirtualRunner(const QHash<QString, int> &durations) : m_durations(durations) { }

    void start(const QString &image) override
    {
        m_pending.push({m_now + m_durations.value(image), m_sequence++, image});
    }
    void cancel(const QString &) override { }
    // The virtual makespan, in ms.
    qint64 run()
    {
        while (!m_pending.empty()) {
            const Event next = m_pending.top();
            m_pending.pop();
            m_now = next.at;
            emit finished(next.image, BuildOutcome::Built, QString());
        }
        return m_now;
    }

private:
    struct Event
    {
        qint64 at;
        int sequence;
        QString image;
        bool operator>(const Event &other) const
        {
            return at != other.at ? at > other.at : sequence > other.sequence;
        }
    };
    QHash<QString, int> m_durations;
    std::priority_queue<Event, std::vector<Event>, std::greater<Event>> m_pending;
    qint64 m_now = 0;
    int m_sequence = 0;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

class BenchBuildScheduler : public QObject
{
    Q_OBJECT

private slots:
    void makespan();

private:
    // Wall time of one queue through the scheduler, in ms; verifies every image was built.
    double runScheduler(const Dag &dag, const BuildPlan &plan, int slotCount);
    // Wall time of the level-by-level way: up to `jobs` at once, a barrier after each level.
    double runLevels(const Dag &dag);
};

double BenchBuildScheduler::runScheduler(const Dag &dag, const BuildPlan &plan, int slotCount)
{
    TimerRunner runner(dag.durationMs);
    BuildScheduler scheduler(&runner, slotCount);
    QSignalSpy finished(&scheduler, &BuildScheduler::finished);
    QElapsedTimer clock;
    clock.start();
    if (!scheduler.start(plan))
        return -1;
    if (!finished.wait(120000))
        return -1;
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    const auto summary = finished.first().first().value<BuildSummary>();
    if (summary.count(BuildState::Built) != int(dag.nodes.size()))
        return -1;
    return ms;
}

double BenchBuildScheduler::runLevels(const Dag &dag)
{
    TimerRunner runner(dag.durationMs);
    QElapsedTimer clock;
    clock.start();
    int built = 0;
    for (const QStringList &level : dag.levels) {
        QStringList pending = level;
        int running = 0;
        int done = 0;
        const auto connection = connect(&runner, &BuildRunner::finished, this,
                                        [&](const QString &, BuildOutcome outcome) {
                                            --running;
                                            ++done;
                                            built += outcome == BuildOutcome::Built ? 1 : 0;
                                        });
        while (done < level.size()) {
            while (running < jobs && !pending.isEmpty()) {
                ++running;
                runner.start(pending.takeFirst());
            }
            QSignalSpy spy(&runner, &BuildRunner::finished);
            if (!spy.wait(120000)) {
                disconnect(connection);
                return -1;
            }
        }
        disconnect(connection);
    }
    const double ms = double(clock.nsecsElapsed()) / 1e6;
    return built == dag.nodes.size() ? ms : -1;
}

void BenchBuildScheduler::makespan()
{
    const Dag dag = makeDag();
    QCOMPARE(dag.nodes.size(), 40);
    BuildPlan plan = BuildPlan::fromNodes(dag.nodes);
    QVERIFY(plan.isValid());
    BuildPlan unestimated = plan;
    QHash<QString, double> estimates;
    for (auto it = dag.durationMs.cbegin(); it != dag.durationMs.cend(); ++it)
        estimates.insert(it.key(), it.value());
    plan.setEstimates(estimates);
    const double criticalPath = plan.criticalPathLength();
    const double totalWork = plan.totalWork();
    const double bound = std::max(criticalPath, totalWork / jobs);
    // A tighter bound for a DAG with one root: nothing else can run beside the root, so
    // (jobs - 1) slots idle for its whole duration.
    const double root = plan.images().first().estimate;
    const double rootBound = std::max(bound, root + (totalWork - root) / jobs);

    QList<double> ours, oursUnestimated, levels, sequential;
    for (int i = 0; i < repeats; ++i) {
        ours << runScheduler(dag, plan, jobs);
        oursUnestimated << runScheduler(dag, unestimated, jobs);
        levels << runLevels(dag);
        QVERIFY2(ours.last() > 0 && oursUnestimated.last() > 0 && levels.last() > 0,
                 "a run did not build every image");
    }
    // Sequential `docker build` calls: one slot, parents first.
    sequential << runScheduler(dag, plan, 1);
    QVERIFY2(sequential.last() > 0, "the sequential run did not build every image");

    // The same scheduler in virtual time: what its choices cost, apart from timers and events.
    VirtualRunner virtualRunner(dag.durationMs);
    BuildScheduler virtualScheduler(&virtualRunner, jobs);
    QVERIFY(virtualScheduler.start(plan));
    const double virtualMs = double(virtualRunner.run());
    QCOMPARE(virtualScheduler.summary().count(BuildState::Built), int(dag.nodes.size()));

    const double oursMs = median(ours);
    qInfo("40 images, %d jobs: critical path %.0f ms, total work %.0f ms, bound %.0f ms", jobs,
          criticalPath, totalWork, bound);
    qInfo("ours %.0f ms (median of %d), without estimates %.0f ms, level by level %.0f ms, "
          "sequential %.0f ms",
          oursMs, repeats, median(oursUnestimated), median(levels), sequential.first());
    qInfo("makespan ratio %.3f (target <= 1.10)", oursMs / bound);
    qInfo("makespan ratio in virtual time %.3f (the schedule alone, no timer overhead)",
          virtualMs / bound);
    qInfo("makespan ratio against the single-root bound %.0f ms: %.3f", rootBound,
          oursMs / rootBound);
    qInfo("makespan ratio without duration estimates %.3f", median(oursUnestimated) / bound);
    qInfo("original/ours %.3f (target >= 1.5) [base, then make -j%d level by level]",
          median(levels) / oursMs, jobs);
    qInfo("original/ours %.3f (target >= 1.5) [sequential docker build]",
          sequential.first() / oursMs);
}

QTEST_GUILESS_MAIN(BenchBuildScheduler)
#include "BenchBuildScheduler.moc"
