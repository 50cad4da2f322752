#include "ProbeScheduler.h"

#include "Probe.h"
#include "ProbeCredentialSource.h"
#include "ProbeFactory.h"
#include "ProbeHistory.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <utility>

namespace ws {

namespace {

// Results wait this long (or for this many) before going to the history in one transaction:
// one commit per probe would cost more than the probes themselves at a thousand targets.
constexpr int kHistoryBatchMs = 250;
constexpr int kHistoryBatchSize = 500;
constexpr int kMaxBackoffFactor = 8;

} // namespace

ProbeScheduler::ProbeScheduler(QObject *parent)
    : QObject(parent), m_random(QRandomGenerator::securelySeeded())
{
    m_clock.start();
    m_wake.setSingleShot(true);
    m_wake.setTimerType(Qt::PreciseTimer);
    connect(&m_wake, &QTimer::timeout, this, &ProbeScheduler::pump);
    m_historyTimer.setSingleShot(true);
    connect(&m_historyTimer, &QTimer::timeout, this, &ProbeScheduler::flushHistory);
}

ProbeScheduler::~ProbeScheduler()
{
    stop();
}

void ProbeScheduler::setCredentialSource(ProbeCredentialSource *source)
{
    m_credentials = source;
}

QList<ProbeTarget> ProbeScheduler::targets() const
{
    QList<ProbeTarget> list;
    for (const QString &id : m_order)
        list << m_states.value(id).target;
    return list;
}

void ProbeScheduler::schedule(State &state, qint64 due)
{
    unschedule(state);
    state.due = due;
    state.slot = m_due.emplace(due, state.target.id());
    state.scheduled = true;
}

void ProbeScheduler::unschedule(State &state)
{
    if (!state.scheduled)
        return;
    m_due.erase(state.slot);
    state.scheduled = false;
}

qint64 ProbeScheduler::nextDelay(const State &state)
{
    double base = m_intervalMs;
    if (state.failures > 0)
        base *= std::min(kMaxBackoffFactor, 1 << std::min(state.failures, 8));
    const double spread = m_jitter * (2.0 * m_random.generateDouble() - 1.0);
    return qint64(std::llround(base * (1.0 + spread)));
}

void ProbeScheduler::setTargets(const QList<ProbeTarget> &targets)
{
    QHash<QString, State> next;
    QList<QString> order;
    const qint64 now = m_clock.elapsed();
    for (const ProbeTarget &t : targets) {
        const QString id = t.id();
        if (next.contains(id))
            continue; // the same thing twice is probed once
        order << id;
        auto old = m_states.find(id);
        if (old != m_states.end()) {
            State state = std::move(old.value());
            m_states.erase(old);
            state.target = t;
            // The multimap entry still names the id; its iterator stays valid across the move.
            next.insert(id, std::move(state));
            continue;
        }
        State state;
        state.target = t;
        state.generation = ++m_generation;
        next.insert(id, std::move(state));
        if (m_running) {
            schedule(next[id], now + qint64(m_random.generateDouble() * m_jitter * m_intervalMs));
            m_round.insert(id);
        }
    }
    // What is left was removed.
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        State &gone = it.value();
        unschedule(gone);
        if (gone.busy) {
            --m_inFlight;
            if (gone.probe)
                gone.probe->deleteLater();
        }
    }
    const bool roundOpen = !m_round.isEmpty();
    for (auto it = m_states.cbegin(); it != m_states.cend(); ++it)
        m_round.remove(it.key());
    m_states = std::move(next);
    m_order = order;
    if (roundOpen && m_round.isEmpty()) {
        if (m_running)
            m_round = QSet<QString>(m_order.cbegin(), m_order.cend());
        Q_EMIT roundFinished();
    }
    pump();
}

void ProbeScheduler::start()
{
    if (m_running)
        return;
    m_running = true;
    const qint64 now = m_clock.elapsed();
    for (const QString &id : std::as_const(m_order)) {
        State &state = m_states[id];
        m_round.insert(id);
        if (!state.busy)
            schedule(state, now + qint64(m_random.generateDouble() * m_jitter * m_intervalMs));
    }
    pump();
}

void ProbeScheduler::stop()
{
    m_running = false;
    m_wake.stop();
    for (auto it = m_states.begin(); it != m_states.end(); ++it) {
        State &state = it.value();
        unschedule(state);
        if (state.busy) {
            state.busy = false;
            // A credential lookup still on its way finds another generation and does nothing.
            state.generation = ++m_generation;
            if (state.probe)
                state.probe->deleteLater();
            state.probe = nullptr;
        }
    }
    m_inFlight = 0;
    m_round.clear();
    flushHistory();
}

void ProbeScheduler::probeNow(const QString &id)
{
    const QList<QString> ids = id.isEmpty() ? m_order : QList<QString> {id};
    const qint64 now = m_clock.elapsed();
    for (const QString &i : ids) {
        auto it = m_states.find(i);
        if (it == m_states.end())
            continue;
        m_round.insert(i);
        if (!it->busy)
            schedule(*it, now);
    }
    pump();
}

void ProbeScheduler::pump()
{
    if (m_pumping)
        return;
    m_pumping = true;
    const qint64 now = m_clock.elapsed();
    while (m_inFlight < m_concurrency && !m_due.empty() && m_due.begin()->first <= now) {
        const QString id = m_due.begin()->second;
        State &state = m_states[id];
        unschedule(state);
        launch(state);
    }
    m_pumping = false;
    arm();
}

void ProbeScheduler::arm()
{
    if (m_due.empty() || m_inFlight >= m_concurrency) {
        m_wake.stop(); // a finishing probe pumps again
        return;
    }
    const qint64 wait = std::max<qint64>(0, m_due.begin()->first - m_clock.elapsed());
    m_wake.start(int(std::min<qint64>(wait, std::numeric_limits<int>::max())));
}

void ProbeScheduler::launch(State &state)
{
    state.busy = true;
    ++m_inFlight;
    const QString id = state.target.id();
    const quint64 generation = state.generation;
    if (state.target.secretRef.isEmpty() || !m_credentials) {
        startProbe(id, generation, {}, {});
        return;
    }
    m_credentials->lookup(state.target.secretRef, this,
                          [this, id, generation](const ProbeCredentials &c, const QString &error) {
                              startProbe(id, generation, c, error);
                          });
}

void ProbeScheduler::startProbe(const QString &id, quint64 generation,
                                const ProbeCredentials &credentials, const QString &credentialError)
{
    auto it = m_states.find(id);
    if (it == m_states.end() || it->generation != generation || !it->busy)
        return; // dropped or stopped while its credentials were read
    std::unique_ptr<Probe> probe = ProbeFactory::create(it->target, this);
    if (!probe) {
        ProbeResult r;
        r.kind = it->target.kind;
        r.name = it->target.name;
        r.endpoint = it->target.endpoint;
        r.status = ProbeStatus::Unknown;
        r.detail = tr("This build cannot probe \"%1\" (it knows %2).")
                       .arg(it->target.kind, ProbeFactory::kinds().join(QLatin1String(", ")));
        r.checkedAt = QDateTime::currentDateTimeUtc();
        // From the event loop, like a probe's result.
        QTimer::singleShot(0, this, [this, id, generation, r] { finished(id, generation, r, {}); });
        return;
    }
    probe->setTimeout(m_timeoutMs);
    probe->setCredentials(credentials);
    Probe *p = probe.release(); // owned by this scheduler (its parent) until it finishes
    it->probe = p;
    connect(p, &Probe::finished, this,
            [this, p, id, generation, credentialError](const ProbeResult &result) {
                p->deleteLater();
                finished(id, generation, result, credentialError);
            });
    Q_EMIT probeStarted(id);
    p->start();
}

void ProbeScheduler::finished(const QString &id, quint64 generation, ProbeResult result,
                              const QString &credentialError)
{
    auto it = m_states.find(id);
    if (it == m_states.end() || it->generation != generation || !it->busy)
        return;
    it->busy = false;
    it->probe = nullptr;
    --m_inFlight;
    if (!credentialError.isEmpty())
        result.detail = result.detail.isEmpty()
            ? credentialError
            : result.detail + QLatin1Char(' ') + credentialError;
    it->latest = result;
    if (result.status == ProbeStatus::Down)
        ++it->failures;
    else
        it->failures = 0;
    if (m_running)
        schedule(*it, m_clock.elapsed() + nextDelay(*it));
    queueHistory(result);
    Q_EMIT resultReady(result);
    markDone(id);
    pump();
}

void ProbeScheduler::markDone(const QString &id)
{
    if (!m_round.remove(id) || !m_round.isEmpty())
        return;
    if (m_running)
        m_round = QSet<QString>(m_order.cbegin(), m_order.cend());
    Q_EMIT roundFinished();
}

void ProbeScheduler::queueHistory(const ProbeResult &result)
{
    if (!m_history)
        return;
    m_historyQueue.append(result);
    if (m_historyQueue.size() >= kHistoryBatchSize)
        flushHistory();
    else if (!m_historyTimer.isActive())
        m_historyTimer.start(kHistoryBatchMs);
}

void ProbeScheduler::flushHistory()
{
    m_historyTimer.stop();
    if (!m_history || m_historyQueue.isEmpty())
        return;
    const QList<ProbeResult> batch = std::exchange(m_historyQueue, {});
    if (!m_history->record(batch))
        qWarning("ProbeScheduler: %s", qPrintable(m_history->errorString()));
}

ProbeResult ProbeScheduler::latest(const QString &id) const
{
    const auto it = m_states.constFind(id);
    if (it != m_states.cend() && !it->latest.kind.isEmpty())
        return it->latest;
    if (m_history)
        return m_history->latest(id);
    return {};
}

qint64 ProbeScheduler::msUntilNext(const QString &id) const
{
    const auto it = m_states.constFind(id);
    if (it == m_states.cend() || !it->scheduled)
        return -1;
    return std::max<qint64>(0, it->due - m_clock.elapsed());
}

int ProbeScheduler::failures(const QString &id) const
{
    return m_states.value(id).failures;
}

} // namespace ws
