#include "BuildScheduler.h"

#include <QLoggingCategory>

#include <algorithm>

namespace ws {

namespace {
Q_LOGGING_CATEGORY(lcScheduler, "whalestack.build.scheduler")
}

BuildScheduler::BuildScheduler(BuildRunner *runner, int slotCount, QObject *parent)
    : QObject(parent), m_runner(runner), m_slotCount(std::max(1, slotCount))
{
    if (runner) {
        connect(runner, &BuildRunner::finished, this, &BuildScheduler::onRunnerFinished);
        connect(runner, &QObject::destroyed, this, &BuildScheduler::onRunnerDestroyed);
    }
}

BuildScheduler::~BuildScheduler() = default;

int BuildScheduler::defaultSlotCount(int engineCpus)
{
    return std::max(2, engineCpus);
}

void BuildScheduler::setSlotCount(int slotCount)
{
    m_slotCount = std::max(1, slotCount);
    dispatch();
}

void BuildScheduler::setRetries(int retries)
{
    m_retries = std::max(0, retries);
}

bool BuildScheduler::start(const BuildPlan &plan)
{
    if (m_active) {
        qCWarning(lcScheduler) << "a build queue is still running; the new one was not started";
        return false;
    }
    if (!plan.isValid())
        return false;
    m_plan = plan;
    m_entries.assign(size_t(plan.size()), Entry {});
    m_indexOf.clear();
    const QStringList order = plan.order();
    for (int i = 0; i < order.size(); ++i)
        m_indexOf.insert(order.at(i), i);
    m_finishSeq = 0;
    m_running = 0;
    m_wallMs = 0;
    m_cancellingAll = false;
    m_active = true;
    m_clock.start();
    if (m_runner)
        m_runner->prepare(m_plan);

    ++m_batch;
    for (int i = 0; i < order.size(); ++i)
        setState(i,
                 plan.images().at(i).parents.isEmpty() ? BuildState::Queued : BuildState::Waiting,
                 QString());
    --m_batch;
    dispatch();
    return true;
}

void BuildScheduler::cancel(const QString &image)
{
    const auto it = m_indexOf.constFind(image);
    if (!m_active || it == m_indexOf.cend())
        return;
    const int index = *it;
    Entry &entry = m_entries[size_t(index)];
    ++m_batch;
    if (entry.state == BuildState::Queued || entry.state == BuildState::Waiting) {
        setState(index, BuildState::Cancelled, tr("cancelled before it started"));
        blockDescendants(index);
    } else if (entry.state == BuildState::Running && !entry.cancelRequested) {
        entry.cancelRequested = true;
        if (!entry.launching && m_runner)
            m_runner->cancel(image);
    }
    --m_batch;
    dispatch();
}

void BuildScheduler::cancelAll()
{
    if (!m_active)
        return;
    m_cancellingAll = true;
    ++m_batch;
    const QStringList order = m_plan.order();
    for (int i = 0; i < order.size(); ++i) {
        Entry &entry = m_entries[size_t(i)];
        if (entry.state == BuildState::Queued || entry.state == BuildState::Waiting)
            setState(i, BuildState::Cancelled, tr("cancelled before it started"));
    }
    for (int i = 0; i < order.size(); ++i) {
        Entry &entry = m_entries[size_t(i)];
        if (entry.state == BuildState::Running && !entry.cancelRequested) {
            entry.cancelRequested = true;
            if (!entry.launching && m_runner)
                m_runner->cancel(order.at(i));
        }
    }
    --m_batch;
    dispatch();
}

void BuildScheduler::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    emit pausedChanged(true);
}

void BuildScheduler::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    emit pausedChanged(false);
    dispatch();
}

bool BuildScheduler::retry(const QString &image)
{
    const auto it = m_indexOf.constFind(image);
    if (it == m_indexOf.cend())
        return false;
    const int index = *it;
    Entry &entry = m_entries[size_t(index)];
    if (entry.state != BuildState::Failed && entry.state != BuildState::Cancelled)
        return false;
    if (!m_active) {
        // A finished queue comes back to life.
        m_active = true;
        m_cancellingAll = false;
    }
    ++m_batch;
    // A parent that failed or was cancelled (cancelAll cancels waiting images too) comes back
    // with it; otherwise the image would wait for a parent that never builds, and the queue
    // would never finish.
    for (const QString &parent : m_plan.image(image)->parents) {
        const Entry &p = m_entries[size_t(m_indexOf.value(parent))];
        if (p.state == BuildState::Failed || p.state == BuildState::Cancelled)
            retry(parent);
        else if (p.state == BuildState::Blocked && !p.blockedBy.isEmpty())
            retry(p.blockedBy);
    }
    entry.retryBase = entry.attempts;
    entry.cancelRequested = false;
    setState(index, parentsSucceeded(index) ? BuildState::Queued : BuildState::Waiting, QString());
    // The images this one blocked wait again, unless another parent still blocks them.
    for (const QString &name : m_plan.descendants(image)) {
        const int below = m_indexOf.value(name);
        if (m_entries[size_t(below)].state != BuildState::Blocked)
            continue;
        QString blocker;
        for (const QString &parent : m_plan.image(name)->parents) {
            const Entry &p = m_entries[size_t(m_indexOf.value(parent))];
            if (p.state == BuildState::Failed || p.state == BuildState::Cancelled)
                blocker = parent;
            else if (p.state == BuildState::Blocked)
                blocker = p.blockedBy;
            if (!blocker.isEmpty())
                break;
        }
        Entry &child = m_entries[size_t(below)];
        if (!blocker.isEmpty()) {
            child.blockedBy = blocker;
            continue;
        }
        child.blockedBy.clear();
        setState(below, parentsSucceeded(below) ? BuildState::Queued : BuildState::Waiting,
                 QString());
    }
    --m_batch;
    dispatch();
    return true;
}

BuildState BuildScheduler::state(const QString &image) const
{
    const auto it = m_indexOf.constFind(image);
    return it == m_indexOf.cend() ? BuildState::Queued : m_entries[size_t(*it)].state;
}

QString BuildScheduler::detail(const QString &image) const
{
    const auto it = m_indexOf.constFind(image);
    return it == m_indexOf.cend() ? QString() : m_entries[size_t(*it)].detail;
}

int BuildScheduler::attempt(const QString &image) const
{
    const auto it = m_indexOf.constFind(image);
    return it == m_indexOf.cend() ? 0 : m_entries[size_t(*it)].attempts;
}

qint64 BuildScheduler::elapsedMs(const QString &image) const
{
    const auto it = m_indexOf.constFind(image);
    if (it == m_indexOf.cend())
        return 0;
    const Entry &entry = m_entries[size_t(*it)];
    if (entry.state == BuildState::Running)
        return entry.durationMs + (m_clock.elapsed() - entry.attemptStartMs);
    return entry.durationMs;
}

BuildSummary BuildScheduler::summary() const
{
    BuildSummary summary;
    const QStringList order = m_plan.order();
    const Entry *last = nullptr;
    int lastIndex = -1;
    for (int i = 0; i < order.size(); ++i) {
        const Entry &entry = m_entries[size_t(i)];
        BuildSummary::ImageResult result;
        result.name = order.at(i);
        result.state = entry.state;
        result.detail = entry.detail;
        result.blockedBy = entry.blockedBy;
        result.attempts = entry.attempts;
        result.startedMs = entry.startedMs;
        result.finishedMs = entry.finishedMs;
        result.durationMs = elapsedMs(order.at(i));
        summary.images << result;
        if (entry.finishSeq > 0 && (!last || entry.finishSeq > last->finishSeq)) {
            last = &entry;
            lastIndex = i;
        }
    }
    summary.wallMs = m_active ? m_clock.elapsed() : m_wallMs;

    // Walk back from the image that ended last through the parent that ended last: that parent's
    // end is what let its child start, so the chain is what the makespan waited for.
    int current = lastIndex;
    while (current >= 0) {
        summary.criticalPath.prepend(order.at(current));
        int next = -1;
        quint64 latest = 0;
        for (const QString &parent : m_plan.images().at(current).parents) {
            const int p = m_indexOf.value(parent);
            if (m_entries[size_t(p)].finishSeq > latest) {
                latest = m_entries[size_t(p)].finishSeq;
                next = p;
            }
        }
        current = next;
    }
    return summary;
}

void BuildScheduler::onRunnerDestroyed()
{
    // A runner that goes away will never report its running builds: fail them, so the queue
    // ends instead of waiting for ever.
    m_runner = nullptr;
    ++m_batch;
    for (int i = 0; i < int(m_entries.size()); ++i)
        if (m_active && m_entries[size_t(i)].state == BuildState::Running)
            complete(i, BuildState::Failed, tr("The builder stopped during the build."));
    --m_batch;
    dispatch();
}

void BuildScheduler::onRunnerFinished(const QString &image, BuildOutcome outcome,
                                      const QString &message)
{
    const auto it = m_indexOf.constFind(image);
    if (!m_active || it == m_indexOf.cend()) {
        qCWarning(lcScheduler) << "the build runner reported" << image
                               << "which is not in the running queue; ignored";
        return;
    }
    const Entry &entry = m_entries[size_t(*it)];
    if (entry.state != BuildState::Running || entry.launching) {
        qCWarning(lcScheduler) << "the build runner reported" << image
                               << "which is not running (reported twice?); ignored";
        return;
    }
    BuildState state = stateForOutcome(outcome);
    // A build killed because the user cancelled it may well end in an error; it was cancelled.
    if (entry.cancelRequested && state == BuildState::Failed)
        state = BuildState::Cancelled;
    complete(*it, state, message);
}

void BuildScheduler::dispatch()
{
    if (m_batch > 0) {
        m_dispatchAgain = true;
        return;
    }
    ++m_batch;
    do {
        m_dispatchAgain = false;
        while (m_active && !m_paused && m_running < m_slotCount) {
            const int next = nextReady();
            if (next < 0)
                break;
            launch(next);
        }
    } while (m_dispatchAgain);
    --m_batch;
    finishIfDone();
}

int BuildScheduler::nextReady() const
{
    // Longest remaining path first; among equals the plan's order, so runs are reproducible.
    int best = -1;
    for (int i = 0; i < int(m_entries.size()); ++i) {
        if (m_entries[size_t(i)].state != BuildState::Queued)
            continue;
        if (best < 0
            || m_plan.images().at(i).remainingPath > m_plan.images().at(best).remainingPath)
            best = i;
    }
    return best;
}

void BuildScheduler::launch(int index)
{
    const QString name = m_plan.order().at(index);
    Entry &entry = m_entries[size_t(index)];
    const qint64 now = m_clock.elapsed();
    ++entry.attempts;
    entry.cancelRequested = false;
    entry.attemptStartMs = now;
    if (entry.startedMs < 0)
        entry.startedMs = now;
    ++m_running;
    entry.launching = true;
    const int attempt = entry.attempts - entry.retryBase;
    setState(index, BuildState::Running,
             attempt > 1 ? tr("attempt %1 of %2").arg(attempt).arg(m_retries + 1) : QString());
    entry.launching = false;
    if (entry.cancelRequested) {
        complete(index, BuildState::Cancelled, tr("cancelled"));
        return;
    }
    if (!m_runner) {
        complete(index, BuildState::Failed, tr("There is no builder to run this image."));
        return;
    }
    m_runner->start(name);
}

void BuildScheduler::complete(int index, BuildState state, const QString &message)
{
    Entry &entry = m_entries[size_t(index)];
    const qint64 now = m_clock.elapsed();
    --m_running;
    entry.durationMs += now - entry.attemptStartMs;
    entry.finishedMs = now;
    entry.finishSeq = ++m_finishSeq;
    ++m_batch;
    if (state == BuildState::Failed && !m_cancellingAll
        && entry.attempts - entry.retryBase <= m_retries) {
        setState(index, BuildState::Queued,
                 tr("attempt %1 failed (%2); trying again")
                     .arg(entry.attempts - entry.retryBase)
                     .arg(message));
    } else {
        QString detail = message;
        if (detail.isEmpty() && state == BuildState::Cancelled)
            detail = tr("cancelled");
        else if (detail.isEmpty() && state == BuildState::Failed)
            detail = tr("failed without a message from the builder");
        setState(index, state, detail);
        if (isSuccessState(state))
            releaseChildren(index);
        else
            blockDescendants(index);
    }
    --m_batch;
    dispatch();
}

void BuildScheduler::setState(int index, BuildState state, const QString &detail)
{
    Entry &entry = m_entries[size_t(index)];
    entry.state = state;
    entry.detail = detail;
    emit stateChanged(m_plan.order().at(index), state, detail);
}

void BuildScheduler::releaseChildren(int index)
{
    for (const QString &child : m_plan.images().at(index).children) {
        const int c = m_indexOf.value(child);
        if (m_entries[size_t(c)].state == BuildState::Waiting && parentsSucceeded(c))
            setState(c, BuildState::Queued, QString());
    }
}

void BuildScheduler::blockDescendants(int index)
{
    const QString blocker = m_plan.order().at(index);
    for (const QString &name : m_plan.descendants(blocker)) {
        const int d = m_indexOf.value(name);
        Entry &entry = m_entries[size_t(d)];
        if (entry.state != BuildState::Queued && entry.state != BuildState::Waiting)
            continue;
        entry.blockedBy = blocker;
        setState(d, BuildState::Blocked, tr("blocked by %1").arg(blocker));
    }
}

bool BuildScheduler::parentsSucceeded(int index) const
{
    const QStringList &parents = m_plan.images().at(index).parents;
    return std::all_of(parents.cbegin(), parents.cend(), [this](const QString &parent) {
        return isSuccessState(m_entries[size_t(m_indexOf.value(parent))].state);
    });
}

void BuildScheduler::finishIfDone()
{
    if (!m_active || m_batch > 0 || m_running > 0)
        return;
    for (const Entry &entry : m_entries)
        if (!isFinalState(entry.state))
            return;
    m_wallMs = m_clock.elapsed();
    m_active = false;
    emit finished(summary());
}

} // namespace ws
