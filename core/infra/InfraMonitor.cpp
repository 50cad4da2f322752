#include "InfraMonitor.h"

#include "infra/InfraDiscovery.h"
#include "infra/ProbeScheduler.h"

#include <QSet>

namespace ws {

InfraMonitor::InfraMonitor(const Environment &environment, QObject *parent)
    : QObject(parent), m_environment(environment), m_scheduler(new ProbeScheduler(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &InfraMonitor::discover);
    connect(m_scheduler, &ProbeScheduler::resultReady, this, &InfraMonitor::onResult);
}

InfraMonitor::~InfraMonitor() = default;

void InfraMonitor::setCredentialSource(ProbeCredentialSource *source)
{
    m_scheduler->setCredentialSource(source);
}

void InfraMonitor::setHistory(ProbeHistory *history)
{
    m_scheduler->setHistory(history);
}

void InfraMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    // What the manifest names is probed from the start; what discovery finds joins it later.
    m_scheduler->setTargets(targetsFor(m_snapshot));
    m_scheduler->start();
    discover();
}

void InfraMonitor::stop()
{
    m_running = false;
    m_timer.stop();
    m_again = false;
    m_scheduler->stop();
}

void InfraMonitor::rediscover()
{
    if (m_discovering) {
        m_again = true;
        return;
    }
    discover();
}

void InfraMonitor::discover()
{
    m_timer.stop();
    m_discovering = true;
    m_again = false;
    if (m_discovery)
        m_discovery->deleteLater();
    auto *discovery = new InfraDiscovery(m_environment, this);
    m_discovery = discovery;
    discovery->setRegistry(m_registry);
    discovery->setSourceTimeout(m_sourceTimeoutMs);
    for (const ProbeResult &result : std::as_const(m_haproxy))
        discovery->applyProbeResult(result);
    connect(discovery, &InfraDiscovery::finished, this, [this, discovery](const InfraSnapshot &s) {
        if (discovery != m_discovery)
            return;
        m_discovering = false;
        adopt(s);
        if (m_again)
            discover();
        else if (m_running)
            m_timer.start(m_discoveryIntervalMs);
    });
    // A later HAProxy result re-assembles the same discovery's snapshot (routes, drift).
    connect(discovery, &InfraDiscovery::snapshotChanged, this,
            [this, discovery](const InfraSnapshot &s) {
                if (discovery == m_discovery)
                    adopt(s);
            });
    Q_EMIT discoveryStarted();
    discovery->start();
}

void InfraMonitor::adopt(const InfraSnapshot &snapshot)
{
    m_snapshot = snapshot;
    if (m_running)
        m_scheduler->setTargets(targetsFor(snapshot)); // kept targets keep their state
    Q_EMIT snapshotChanged(snapshot);
}

void InfraMonitor::onResult(const ProbeResult &result)
{
    if (result.kind == QLatin1String("haproxy")) {
        m_haproxy.insert(result.targetId(), result);
        if (m_discovery && m_discovery->isFinished())
            m_discovery->applyProbeResult(result);
    }
    Q_EMIT resultReady(result);
}

QList<ProbeTarget> InfraMonitor::targetsFor(const InfraSnapshot &snapshot) const
{
    QList<ProbeTarget> targets = ProbeTarget::fromEnvironment(m_environment);
    QSet<QString> ids;
    for (const ProbeTarget &t : std::as_const(targets))
        ids.insert(t.id());
    for (const InfraService &service : snapshot.services)
        if (!ids.contains(service.target.id())) {
            ids.insert(service.target.id());
            targets << service.target;
        }
    return targets;
}

} // namespace ws
