#pragma once

#include "ProbeCredentials.h"
#include "ProbeResult.h"
#include "ProbeTarget.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <map>

namespace ws {

class Probe;
class ProbeCredentialSource;
class ProbeHistory;

// Runs the probes of many targets, again and again, without blocking the event loop: at most
// concurrency() probes at a time; each target's next probe an interval later, moved by a random
// jitter so that targets added together drift apart; a target that is Down waits longer each
// time (2, 4, then 8 intervals), and its normal interval is back once it answers. Credentials
// of a target with a secretRef are read (ProbeCredentialSource) just before its probe. Each
// result is signalled, kept as latest(), and written to the optional ProbeHistory (in batches).
class ProbeScheduler : public QObject
{
    Q_OBJECT

public:
    explicit ProbeScheduler(QObject *parent = nullptr);
    ~ProbeScheduler() override;

    // Replaces the targets. Targets whose id() was there before keep their state (latest
    // result, backoff, a probe in flight); removed ones are dropped (a probe in flight is
    // stopped); new ones are due at once (after a jitter) when the scheduler runs.
    void setTargets(const QList<ProbeTarget> &targets);
    QList<ProbeTarget> targets() const;

    void setInterval(int ms) { m_intervalMs = qMax(1, ms); }
    int interval() const { return m_intervalMs; }
    void setConcurrency(int n) { m_concurrency = qMax(1, n); }
    int concurrency() const { return m_concurrency; }
    // Each probe's deadline (Probe::setTimeout), default 5 s.
    void setTimeout(int ms) { m_timeoutMs = qMax(1, ms); }
    int timeout() const { return m_timeoutMs; }
    // The next probe of a target comes interval × (1 ± fraction), uniformly; default 0.1.
    void setJitter(double fraction) { m_jitter = qBound(0.0, fraction, 1.0); }
    double jitter() const { return m_jitter; }
    // For tests: a fixed seed makes the jitter reproducible.
    void setSeed(quint32 seed) { m_random.seed(seed); }
    // Neither is owned; both may be null.
    void setCredentialSource(ProbeCredentialSource *source);
    void setHistory(ProbeHistory *history) { m_history = history; }

    // Starts probing every target (the first probes spread over the jitter of one interval)
    // and keeps probing until stop().
    void start();
    // Stops: probes in flight are dropped, nothing else starts.
    void stop();
    bool isRunning() const { return m_running; }

    // Probes `id` (or every target, with an empty id) as soon as a slot is free, running or
    // not; when not running, that is the only probe it gets.
    void probeNow(const QString &id = QString());

    // The last result of a target; status Unknown when it has none yet.
    ProbeResult latest(const QString &id) const;
    // When the target is probed next (ms from now, 0 when due); -1 when not scheduled.
    qint64 msUntilNext(const QString &id) const;
    // How many probes run now.
    int inFlight() const { return m_inFlight; }
    // How many Down results in a row a target has had (its backoff step).
    int failures(const QString &id) const;

    // Writes the results that wait for the history now (they go in batches otherwise).
    void flushHistory();

Q_SIGNALS:
    void resultReady(const ws::ProbeResult &result);
    // Every target has a result since the last roundFinished() (or since start()/probeNow()).
    void roundFinished();
    // A probe began (after its credentials were read).
    void probeStarted(const QString &id);

private:
    struct State
    {
        ProbeTarget target;
        ProbeResult latest;
        int failures = 0;
        bool scheduled = false;
        qint64 due = 0; // ms on m_clock
        std::multimap<qint64, QString>::iterator slot;
        bool busy = false; // credentials being read or a probe in flight
        QPointer<Probe> probe;
        quint64 generation = 0; // bumped when the target is replaced or dropped
    };

    void schedule(State &state, qint64 due);
    void unschedule(State &state);
    void pump();
    void arm();
    void launch(State &state);
    void startProbe(const QString &id, quint64 generation, const ProbeCredentials &credentials,
                    const QString &credentialError);
    void finished(const QString &id, quint64 generation, ProbeResult result,
                  const QString &credentialError);
    qint64 nextDelay(const State &state);
    void markDone(const QString &id);
    void queueHistory(const ProbeResult &result);

    QHash<QString, State> m_states;
    QList<QString> m_order; // ids in the order given
    std::multimap<qint64, QString> m_due; // due time → id, for scheduled targets
    QSet<QString> m_round; // ids still to report in the current round
    QElapsedTimer m_clock;
    QTimer m_wake;
    QTimer m_historyTimer;
    QList<ProbeResult> m_historyQueue;
    QRandomGenerator m_random;
    QPointer<ProbeCredentialSource> m_credentials;
    ProbeHistory *m_history = nullptr;
    int m_intervalMs = 30'000;
    int m_concurrency = 8;
    int m_timeoutMs = 5000;
    double m_jitter = 0.1;
    int m_inFlight = 0;
    quint64 m_generation = 0;
    bool m_running = false;
    bool m_pumping = false;
};

} // namespace ws
