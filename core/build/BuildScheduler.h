#pragma once

#include "BuildPlan.h"
#include "BuildRunner.h"
#include "BuildState.h"
#include "BuildSummary.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <vector>

namespace ws {

// Runs a BuildPlan through a BuildRunner with a fixed number of slots: an image starts once all
// its parents in the plan are built, and among the ready images the one with the longest
// estimated path below it starts first. An image whose parent failed or was cancelled is Blocked
// and never reaches the runner; the rest of the queue goes on. The scheduler calls its runner
// directly, so both live on one thread; runners do their I/O asynchronously.
class BuildScheduler : public QObject
{
    Q_OBJECT

public:
    // `runner` is not owned; it must outlive every queue this scheduler runs.
    BuildScheduler(BuildRunner *runner, int slotCount, QObject *parent = nullptr);
    ~BuildScheduler() override;

    // The slot count to use when the engine reports `engineCpus` CPUs: that many, at least two.
    static int defaultSlotCount(int engineCpus);

    int slotCount() const { return m_slotCount; }
    void setSlotCount(int slotCount); // at least 1; more slots start ready images at once
    int retries() const { return m_retries; }
    void setRetries(int retries); // automatic restarts of a failed image; default 0

    // Starts a queue. False, and nothing starts, when the plan has an error or a queue is still
    // running. An empty plan finishes at once.
    bool start(const BuildPlan &plan);
    // A queued or waiting image is cancelled at once and the images below it are blocked; a
    // running one is cancelled through the runner and ends when the runner says so.
    void cancel(const QString &image);
    void cancelAll();
    // While paused nothing new starts; running builds go on.
    void pause();
    void resume();
    // Puts a failed or cancelled image back into the queue (restarting a finished queue), and
    // with it the images it blocked and its own failed or cancelled ancestors. False when the image
    // is in another state. The summary's wall time still counts from the first start.
    bool retry(const QString &image);

    bool isActive() const { return m_active; } // started and not finished
    bool isPaused() const { return m_paused; }
    const BuildPlan &plan() const { return m_plan; }
    BuildState state(const QString &image) const; // Queued for an image not in the plan
    QString detail(const QString &image) const;
    int attempt(const QString &image) const; // 0 before the first start
    qint64 elapsedMs(const QString &image) const; // running time so far, over all attempts
    int runningCount() const { return m_running; }
    BuildSummary summary() const; // so far, or final once finished() came

signals:
    void stateChanged(const QString &image, ws::BuildState state, const QString &detail);
    void pausedChanged(bool paused);
    // Once, when every image of the queue is in a final state.
    void finished(const ws::BuildSummary &summary);

private:
    struct Entry
    {
        BuildState state = BuildState::Waiting;
        QString detail;
        QString blockedBy;
        int attempts = 0;
        int retryBase = 0; // attempts before the last manual retry
        qint64 startedMs = -1;
        qint64 attemptStartMs = -1;
        qint64 finishedMs = -1;
        qint64 durationMs = 0;
        quint64 finishSeq = 0; // order of endings; 0 when never ended a run
        bool cancelRequested = false;
        bool launching = false; // between Running and the runner's start()
    };

    void onRunnerDestroyed();
    void onRunnerFinished(const QString &image, BuildOutcome outcome, const QString &message);
    void dispatch();
    int nextReady() const;
    void launch(int index);
    void complete(int index, BuildState state, const QString &message);
    void setState(int index, BuildState state, const QString &detail);
    void releaseChildren(int index);
    void blockDescendants(int index);
    bool parentsSucceeded(int index) const;
    void finishIfDone();

    QPointer<BuildRunner> m_runner;
    int m_slotCount = 2;
    int m_retries = 0;
    BuildPlan m_plan;
    std::vector<Entry> m_entries; // in m_plan.order()
    QHash<QString, int> m_indexOf;
    QElapsedTimer m_clock;
    qint64 m_wallMs = 0;
    quint64 m_finishSeq = 0;
    int m_running = 0;
    int m_batch = 0; // > 0 while an operation is changing states: dispatch waits for its end
    bool m_dispatchAgain = false;
    bool m_active = false;
    bool m_paused = false;
    bool m_cancellingAll = false;
};

} // namespace ws
