#include "InfraSnapshotAssembler.h"

#include <QSet>
#include <QUrl>

namespace ws {

namespace {

InfraHost *findHost(QList<InfraHost> &hosts, const QString &machineId, const QString &address)
{
    if (!machineId.isEmpty())
        for (InfraHost &h : hosts)
            if (h.id.startsWith(machineId, Qt::CaseInsensitive))
                return &h;
    if (!address.isEmpty())
        for (InfraHost &h : hosts)
            if (h.address == address)
                return &h;
    return nullptr;
}

QString publishedAddress(const DockerContainerPort &port, const QString &hostAddress)
{
    QString ip = port.ip;
    if ((ip.isEmpty() || ip == QLatin1String("0.0.0.0") || ip == QLatin1String("::"))
        && !hostAddress.isEmpty())
        ip = hostAddress;
    if (ip.contains(QLatin1Char(':')))
        ip = QLatin1Char('[') + ip + QLatin1Char(']');
    return ip + QLatin1Char(':') + QString::number(port.publicPort);
}

InfraContainer toContainer(const DockerContainerSummary &c, const QString &hostAddress)
{
    InfraContainer out;
    out.id = c.id;
    out.name = c.name();
    out.image = c.image;
    out.state = c.state;
    out.status = c.status;
    out.labels = c.labels;
    for (const DockerContainerPort &port : c.ports) {
        if (port.publicPort <= 0)
            continue;
        const QString address = publishedAddress(port, hostAddress);
        // Docker lists a port bound on both 0.0.0.0 and :: twice; registrator registers once.
        if (!out.published.contains(address))
            out.published << address;
    }
    return out;
}

void addService(QList<InfraService> &services, QSet<QString> &ids, const ProbeTarget &target)
{
    if (target.endpoint.isEmpty() || ids.contains(target.id()))
        return;
    ids.insert(target.id());
    InfraService s;
    s.target = target;
    s.edge = target.kind == QLatin1String("haproxy");
    services << s;
}

ProbeTarget target(const QString &kind, const QString &name, const QString &endpoint)
{
    ProbeTarget t;
    t.kind = kind;
    t.name = name;
    t.endpoint = endpoint;
    return t;
}

} // namespace

QString InfraSnapshotAssembler::endpointHost(const QString &endpoint)
{
    const QUrl url(endpoint.contains(QLatin1String("://")) ? endpoint
                                                           : QLatin1String("tcp://") + endpoint);
    if (url.scheme() == QLatin1String("unix"))
        return {};
    return url.host();
}

InfraSnapshot InfraSnapshotAssembler::assemble(const InfraDiscoveryData &data)
{
    InfraSnapshot s;
    const Environment &env = data.environment;
    s.environment = env.name;
    s.problems = data.problems;

    for (const FleetMachine &m : data.machines) {
        InfraHost h;
        h.id = m.id;
        h.name = m.shortId();
        h.address = m.primaryIp;
        for (auto it = m.metadata.cbegin(); it != m.metadata.cend(); ++it)
            h.metadata.insert(it.key(), it.value());
        s.hosts << h;
    }
    for (const ClusterHost &listed : env.hosts) {
        InfraHost *h = findHost(s.hosts, listed.machineId, listed.address);
        if (!h) {
            InfraHost added;
            added.id = !listed.machineId.isEmpty() ? listed.machineId
                : !listed.address.isEmpty()        ? listed.address
                                                   : listed.dockerEndpoint;
            added.address = listed.address;
            added.name = listed.address.isEmpty() ? added.id.left(8) : listed.address;
            s.hosts << added;
            h = &s.hosts.last();
        }
        if (!listed.name.isEmpty())
            h->name = listed.name;
        if (h->address.isEmpty())
            h->address = listed.address;
        if (!listed.dockerEndpoint.isEmpty())
            h->dockerEndpoint = listed.dockerEndpoint;
    }
    for (const QString &endpoint : env.dockerHosts) {
        bool taken = false;
        for (const InfraHost &h : std::as_const(s.hosts))
            taken = taken || h.dockerEndpoint == endpoint;
        if (taken)
            continue;
        const QString address = endpointHost(endpoint);
        InfraHost *h = findHost(s.hosts, {}, address);
        if (h && h->dockerEndpoint.isEmpty()) {
            h->dockerEndpoint = endpoint;
            continue;
        }
        InfraHost added;
        added.id = endpoint;
        added.name = address.isEmpty() ? endpoint.section(QLatin1Char('/'), -1) : address;
        added.address = address;
        added.dockerEndpoint = endpoint;
        s.hosts << added;
    }

    for (InfraHost &h : s.hosts) {
        const auto it = data.containers.constFind(h.dockerEndpoint);
        if (h.dockerEndpoint.isEmpty() || it == data.containers.cend())
            continue;
        h.containersListed = true;
        for (const DockerContainerSummary &c : *it)
            h.containers << toContainer(c, h.address);
    }

    QHash<QString, const FleetUnit *> unitByName;
    for (const FleetUnit &u : data.units)
        unitByName.insert(u.name, &u);
    QSet<QString> placed; // unit@machine seen in the state list
    for (const FleetUnitState &st : data.states) {
        InfraHost *h = findHost(s.hosts, st.machineId, {});
        if (!h || st.machineId.isEmpty())
            continue;
        InfraUnit u;
        u.name = st.name;
        if (const FleetUnit *fu = unitByName.value(st.name)) {
            u.desiredState = FleetUnit::stateName(fu->desiredState);
            u.currentState = FleetUnit::stateName(fu->currentState);
        }
        u.loadState = st.systemdLoadState;
        u.activeState = st.systemdActiveState;
        u.subState = st.systemdSubState;
        h->units << u;
        placed.insert(st.name + QLatin1Char('@') + h->id);
    }
    for (const FleetUnit &fu : data.units) {
        if (fu.machineId.isEmpty())
            continue;
        InfraHost *h = findHost(s.hosts, fu.machineId, {});
        if (!h || placed.contains(fu.name + QLatin1Char('@') + h->id))
            continue;
        InfraUnit u;
        u.name = fu.name;
        u.desiredState = FleetUnit::stateName(fu.desiredState);
        u.currentState = FleetUnit::stateName(fu.currentState);
        h->units << u;
    }

    QSet<QString> serviceIds;
    for (const ServiceEndpoint &service : env.services)
        addService(s.services, serviceIds, ProbeTarget::fromService(service));
    for (const QString &endpoint : env.etcdEndpoints)
        addService(s.services, serviceIds, target(QStringLiteral("etcd"), tr("etcd"), endpoint));
    addService(s.services, serviceIds,
               target(QStringLiteral("fleet"), tr("fleet"), env.fleetEndpoint));
    for (const InfraHost &h : std::as_const(s.hosts))
        addService(s.services, serviceIds,
                   target(QStringLiteral("docker"), h.name, h.dockerEndpoint));
    addService(s.services, serviceIds,
               target(QStringLiteral("registry"), tr("registry"), data.registry));

    s.keys = data.keys;
    s.keysListed = data.keysRead;

    for (const ProbeResult &result : data.haproxy) {
        const QString haproxy = result.targetId();
        QHash<QString, QString> options;
        for (const InfraService &service : std::as_const(s.services))
            if (service.target.id() == haproxy)
                options = service.target.options;
        QStringList frontends;
        for (const ProbeElement &e : result.elements)
            if (e.role == QLatin1String("frontend"))
                frontends << e.facts.value(QStringLiteral("proxy")).toString();
        const auto frontendsOf = [&](const QString &backend) {
            QStringList out;
            for (const QString &fe : std::as_const(frontends)) {
                const QString routed = options.value(QLatin1String("route.") + fe);
                if (routed == backend || (routed.isEmpty() && fe == backend))
                    out << fe;
            }
            if (out.isEmpty())
                out << QString();
            return out;
        };
        for (const ProbeElement &e : result.elements) {
            if (e.role != QLatin1String("server"))
                continue;
            const QString backend = e.facts.value(QStringLiteral("proxy")).toString();
            const QString server = e.facts.value(QStringLiteral("server")).toString();
            const QString address = e.facts.value(QStringLiteral("address")).toString();
            const QString ip = address.left(address.lastIndexOf(QLatin1Char(':')));
            QString hostId;
            QString containerName;
            if (InfraHost *h = findHost(s.hosts, {}, ip)) {
                hostId = h->id;
                for (const InfraContainer &c : std::as_const(h->containers))
                    if (c.state == QLatin1String("running") && c.published.contains(address))
                        containerName = c.name;
            }
            for (const QString &fe : frontendsOf(backend))
                s.routes << InfraRoute {haproxy, fe,     backend,      server,
                                        address, hostId, containerName};
        }
    }
    return s;
}

} // namespace ws
