#include "InfraDiscovery.h"

#include "InfraDriftFinder.h"
#include "RegistratorKeys.h"
#include "docker/DockerClient.h"
#include "docker/DockerContainerList.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdV2Store.h"
#include "fleet/FleetClient.h"

#include <QTimer>

#include <memory>

namespace ws {

namespace {

// How much longer than a source's deadline its client may wait: the source's timer, with its
// one clear message, should fire first.
constexpr int kClientMarginMs = 1'000;

} // namespace

InfraDiscovery::InfraDiscovery(const Environment &environment, QObject *parent) : QObject(parent)
{
    m_data.environment = environment;
}

InfraDiscovery::~InfraDiscovery() = default;

void InfraDiscovery::applyProbeResult(const ProbeResult &result)
{
    const auto replace = [&result](QList<ProbeResult> &list) {
        for (ProbeResult &r : list) {
            if (r.kind == result.kind && r.endpoint == result.endpoint) {
                r = result;
                return;
            }
        }
        list << result;
    };
    replace(m_results);
    if (result.kind == QLatin1String("haproxy"))
        replace(m_data.haproxy);
    if (m_finished) {
        assemble();
        Q_EMIT snapshotChanged(m_snapshot);
    }
}

void InfraDiscovery::start()
{
    if (m_started)
        return;
    m_started = true;
    m_starting = true;
    const Environment &env = m_data.environment;
    if (!env.fleetEndpoint.isEmpty())
        askFleet();
    QStringList dockerEndpoints;
    for (const ClusterHost &host : env.hosts)
        if (!host.dockerEndpoint.isEmpty() && !dockerEndpoints.contains(host.dockerEndpoint))
            dockerEndpoints << host.dockerEndpoint;
    for (const QString &endpoint : env.dockerHosts)
        if (!dockerEndpoints.contains(endpoint))
            dockerEndpoints << endpoint;
    for (const QString &endpoint : std::as_const(dockerEndpoints))
        askDocker(endpoint);
    if (!env.etcdEndpoints.isEmpty())
        askEtcd();
    m_starting = false;
    // With nothing to ask (or every source refused at once), finished() still comes from the
    // event loop, never from within start().
    QTimer::singleShot(0, this, &InfraDiscovery::finishIfDone);
}

int InfraDiscovery::beginSource(const QString &what, int parts)
{
    const int index = int(m_sources.size());
    Source source;
    source.what = what;
    source.parts = parts;
    source.timer = new QTimer(this);
    source.timer->setSingleShot(true);
    connect(source.timer, &QTimer::timeout, this, [this, index] {
        Source &s = m_sources[index];
        s.errors << tr("no answer within %1 s; check that it runs and that this computer "
                       "reaches it")
                        .arg(m_timeoutMs / 1000.0, 0, 'g', 3);
        closeSource(index);
    });
    source.timer->start(m_timeoutMs);
    m_sources << source;
    return index;
}

bool InfraDiscovery::isOpen(int source) const
{
    return !m_sources.at(source).done;
}

void InfraDiscovery::endPart(int source, const QString &error)
{
    Source &s = m_sources[source];
    if (s.done)
        return;
    if (!error.isEmpty())
        s.errors << error;
    if (--s.parts <= 0)
        closeSource(source);
}

void InfraDiscovery::closeSource(int source)
{
    Source &s = m_sources[source];
    if (s.done)
        return;
    s.done = true;
    s.timer->stop();
    if (!s.errors.isEmpty())
        m_data.problems << tr("%1: %2").arg(s.what, s.errors.join(QLatin1String(" ")));
    finishIfDone();
}

void InfraDiscovery::finishIfDone()
{
    if (m_finished || m_starting)
        return;
    for (const Source &s : std::as_const(m_sources))
        if (!s.done)
            return;
    m_finished = true;
    assemble();
    Q_EMIT finished(m_snapshot);
}

void InfraDiscovery::assemble()
{
    m_snapshot = InfraSnapshotAssembler::assemble(m_data);
    m_snapshot.drift = InfraDriftFinder::find(m_snapshot, m_results);
}

void InfraDiscovery::askFleet()
{
    const FleetEndpoint endpoint
        = FleetEndpoint::fromAddress(m_data.environment.fleetEndpoint, tr("the manifest"));
    const int source
        = beginSource(tr("Could not read fleet at %1").arg(m_data.environment.fleetEndpoint), 3);
    if (!endpoint.isValid()) {
        endPart(source, endpoint.error);
        closeSource(source);
        return;
    }
    auto *client = new FleetClient(endpoint, this);
    // The source's own deadline decides; the client's is only a backstop behind it.
    client->setRequestTimeout(m_timeoutMs + kClientMarginMs);
    FleetMachinesJob *machines = client->machines();
    connect(machines, &ApiJob::finished, this, [this, source, machines] {
        machines->deleteLater();
        if (!isOpen(source))
            return;
        if (!machines->hasError())
            m_data.machines = machines->result();
        endPart(source, machines->errorString());
    });
    FleetStatesJob *states = client->states();
    connect(states, &ApiJob::finished, this, [this, source, states] {
        states->deleteLater();
        if (!isOpen(source))
            return;
        if (!states->hasError())
            m_data.states = states->result();
        endPart(source, states->errorString());
    });
    FleetUnitsJob *units = client->units();
    connect(units, &ApiJob::finished, this, [this, source, units] {
        units->deleteLater();
        if (!isOpen(source))
            return;
        if (!units->hasError()) {
            m_data.units = units->result();
            m_data.fleetRead = true;
        }
        endPart(source, units->errorString());
    });
}

void InfraDiscovery::askDocker(const QString &address)
{
    const DockerEndpoint endpoint
        = DockerEndpoint::fromAddress(address, {}, {}, {}, false, tr("the manifest"));
    const int source = beginSource(tr("Could not list the containers of %1").arg(address), 1);
    if (!endpoint.isValid()) {
        endPart(source, endpoint.error);
        return;
    }
    auto *client = new DockerClient(endpoint, this);
    DockerContainerListJob *job
        = DockerContainerList::list(client, true, m_timeoutMs + kClientMarginMs);
    connect(job, &ApiJob::finished, this, [this, source, job, address] {
        job->deleteLater();
        if (!isOpen(source))
            return;
        if (!job->hasError())
            m_data.containers.insert(address, job->result());
        endPart(source, job->errorString());
    });
}

void InfraDiscovery::askEtcd()
{
    const QString list = m_data.environment.etcdEndpoints.join(QLatin1Char(','));
    const EtcdEndpoints endpoints = EtcdEndpoints::fromList(list);
    const int source
        = beginSource(tr("Could not read registrator's keys from etcd at %1")
                          .arg(m_data.environment.etcdEndpoints.join(QLatin1String(", "))),
                      2);
    if (!endpoints.isValid()) {
        endPart(source, endpoints.error);
        closeSource(source);
        return;
    }
    auto *client = new EtcdClient(endpoints, this);
    // registrator writes through the v2 keys API; a cluster may also (or only) hold keys in
    // v3. Both are read; the listing fails only when neither answers.
    auto *v2 = new EtcdV2Store(client, client);
    auto *v3 = new EtcdKv(client, client);
    struct Outcome
    {
        int answered = 0;
        int failed = 0;
        QStringList errors;
    };
    auto outcome = std::make_shared<Outcome>();
    const auto take = [this, source, outcome](EtcdRangeAllJob *job) {
        job->deleteLater();
        if (!isOpen(source))
            return;
        ++outcome->answered;
        if (job->hasError()) {
            ++outcome->failed;
            outcome->errors << job->errorString();
        } else {
            m_data.keysRead = true;
            const QList<RegistratorKey> keys
                = RegistratorKeys::fromKeyValues(job->result().kvs, RegistratorKeys::kPrefix);
            for (const RegistratorKey &key : keys) {
                bool seen = false;
                for (const RegistratorKey &known : std::as_const(m_data.keys))
                    seen = seen || known.key == key.key;
                if (!seen)
                    m_data.keys << key;
            }
        }
        if (outcome->answered < 2) {
            endPart(source);
            return;
        }
        endPart(source,
                outcome->failed == 2 ? outcome->errors.join(QLatin1String(" ")) : QString());
    };
    EtcdRangeAllJob *v2Job = v2->rangeAll(QByteArray(RegistratorKeys::kPrefix) + '/');
    connect(v2Job, &ApiJob::finished, this, [take, v2Job] { take(v2Job); });
    EtcdRangeAllJob *v3Job = v3->rangeAll(QByteArray(RegistratorKeys::kPrefix) + '/');
    connect(v3Job, &ApiJob::finished, this, [take, v3Job] { take(v3Job); });
}

} // namespace ws
