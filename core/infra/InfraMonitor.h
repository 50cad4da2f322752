#pragma once

#include "infra/InfraSnapshot.h"
#include "infra/ProbeResult.h"
#include "workspace/Manifest.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ws {

class InfraDiscovery;
class ProbeCredentialSource;
class ProbeHistory;
class ProbeScheduler;

// Keeps one environment's picture live: discovers it (InfraDiscovery) now and every
// discoveryInterval(), and probes everything it names and everything discovery found (each
// Docker engine, registry, HAProxy...) through a ProbeScheduler. HAProxy's results feed the
// discovery's routes and drift as they come. What a map needs arrives as two signals:
// snapshotChanged() and resultReady().
class InfraMonitor : public QObject
{
    Q_OBJECT

public:
    explicit InfraMonitor(const Environment &environment, QObject *parent = nullptr);
    ~InfraMonitor() override;

    const Environment &environment() const { return m_environment; }
    void setRegistry(const QString &registry) { m_registry = registry; }

    // 60 s by default; discovery asks fleet, every Docker engine and etcd each time.
    void setDiscoveryInterval(int ms) { m_discoveryIntervalMs = qMax(100, ms); }
    int discoveryInterval() const { return m_discoveryIntervalMs; }
    // Each source's deadline in a discovery (InfraDiscovery::setSourceTimeout).
    void setSourceTimeout(int ms) { m_sourceTimeoutMs = ms; }
    ProbeScheduler *scheduler() const { return m_scheduler; }
    // Neither is owned; both may be null.
    void setCredentialSource(ProbeCredentialSource *source);
    void setHistory(ProbeHistory *history);

    // Discovers at once and starts probing; discovers again every interval until stop().
    void start();
    void stop();
    bool isRunning() const { return m_running; }
    // Discovers now (a discovery under way is finished first, then another follows).
    void rediscover();

    // The last snapshot (empty before the first discovery finished).
    const InfraSnapshot &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void snapshotChanged(const ws::InfraSnapshot &snapshot);
    void resultReady(const ws::ProbeResult &result);
    // A discovery began (the map may say so while it waits).
    void discoveryStarted();

private:
    void discover();
    void adopt(const InfraSnapshot &snapshot);
    void onResult(const ProbeResult &result);
    QList<ProbeTarget> targetsFor(const InfraSnapshot &snapshot) const;

    Environment m_environment;
    QString m_registry;
    ProbeScheduler *m_scheduler;
    QPointer<InfraDiscovery> m_discovery; // the one under way, or the last one (for HAProxy)
    QHash<QString, ProbeResult> m_haproxy; // by target id: the latest, for the next discovery
    InfraSnapshot m_snapshot;
    QTimer m_timer;
    int m_discoveryIntervalMs = 60'000;
    int m_sourceTimeoutMs = 5'000;
    bool m_running = false;
    bool m_discovering = false;
    bool m_again = false;
};

} // namespace ws
