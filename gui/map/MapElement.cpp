#include "MapElement.h"

#include <QHash>
#include <QSet>
#include <QUrl>

namespace ws {

namespace {

QString hostElementId(const QString &hostId)
{
    return QLatin1String("host:") + hostId;
}

QString containerElementId(const QString &hostId, const QString &name)
{
    return QLatin1String("container:") + hostId + QLatin1Char('/') + name;
}

// "keystone@1.service" and "keystone-1", "router.service" and "router": the original units run
// one container named after the unit, with the instance after a dash.
QString containerNameOfUnit(const QString &unit)
{
    QString base = unit;
    if (base.endsWith(QLatin1String(".service")))
        base.chop(8);
    base.replace(QLatin1Char('@'), QLatin1Char('-'));
    return base;
}

bool isRouter(const InfraContainer &container)
{
    return container.name.contains(QLatin1String("router"), Qt::CaseInsensitive);
}

// Options whose names say they hold a secret are never shown, whatever a manifest puts there.
bool looksSecret(const QString &option)
{
    static const char *const words[] = {"password", "passwd", "secret", "token", "key", "auth"};
    for (const char *word : words)
        if (option.contains(QLatin1String(word), Qt::CaseInsensitive))
            return true;
    return false;
}

} // namespace

QString MapElement::displayEndpoint(const QString &endpoint)
{
    if (!endpoint.contains(QLatin1String("://")) || !endpoint.contains(QLatin1Char('@')))
        return endpoint;
    QUrl url(endpoint);
    if (!url.isValid())
        return endpoint.mid(endpoint.lastIndexOf(QLatin1Char('@')) + 1);
    url.setUserInfo(QString());
    return url.toString();
}

QString MapElement::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Host:
        return tr("host");
    case Kind::Unit:
        return tr("fleet unit");
    case Kind::Container:
        return tr("container");
    case Kind::Service:
        return tr("service");
    case Kind::Frontend:
        return tr("HAProxy frontend");
    case Kind::Key:
        return tr("registrator key");
    case Kind::Address:
        return tr("routed address");
    case Kind::Route:
        return tr("route");
    }
    return {};
}

QList<MapElement> MapElement::fromSnapshot(const InfraSnapshot &snapshot)
{
    QList<MapElement> out;
    out.reserve(snapshot.hosts.size() * 12 + snapshot.services.size() + snapshot.routes.size());

    // Which keys stand behind which published address, and which addresses a container has.
    QHash<QString, QStringList> keysByAddress;
    for (const RegistratorKey &key : snapshot.keys)
        keysByAddress[key.address].append(key.key);
    QSet<QString> publishedAddresses;
    QHash<QString, QString> routerOfHost; // host id → router container element id
    QSet<QString> containerIds;

    for (const InfraHost &host : snapshot.hosts) {
        MapElement h;
        h.id = hostElementId(host.id);
        h.kind = Kind::Host;
        h.title = host.name.isEmpty() ? host.id.left(8) : host.name;
        h.subtitle = host.address;
        h.probeKind = host.dockerEndpoint.isEmpty() ? QString() : QStringLiteral("docker");
        h.endpoint = displayEndpoint(host.dockerEndpoint);
        h.properties.append({tr("Machine"), host.id});
        if (!host.address.isEmpty())
            h.properties.append({tr("Address"), host.address});
        QStringList metadata;
        for (auto it = host.metadata.cbegin(); it != host.metadata.cend(); ++it)
            metadata.append(it.key() + QLatin1Char('=') + it.value().toString());
        if (!metadata.isEmpty())
            h.properties.append({tr("Metadata"), metadata.join(QLatin1String(", "))});
        h.properties.append(
            {tr("Docker engine"), h.endpoint.isEmpty() ? tr("none known") : h.endpoint});
        h.properties.append({tr("Units"), QString::number(host.units.size())});
        h.properties.append({tr("Containers"), QString::number(host.containers.size())});
        out.append(h);

        QHash<QString, QString> unitOfContainer;
        for (const InfraUnit &unit : host.units) {
            MapElement u;
            u.id = QLatin1String("unit:") + unit.name + QLatin1Char('@') + host.id;
            u.kind = Kind::Unit;
            u.parentId = h.id;
            u.title = unit.name;
            u.subtitle = unit.activeState.isEmpty()
                ? unit.currentState
                : unit.activeState + QLatin1Char('/') + unit.subState;
            u.unitName = unit.name;
            u.properties = {{tr("Desired state"), unit.desiredState},
                            {tr("Current state"), unit.currentState},
                            {tr("Load state"), unit.loadState},
                            {tr("Active state"), unit.activeState},
                            {tr("Sub state"), unit.subState}};
            unitOfContainer.insert(containerNameOfUnit(unit.name), unit.name);
            out.append(u);
        }
        for (const InfraContainer &container : host.containers) {
            MapElement c;
            c.id = containerElementId(host.id, container.name);
            c.kind = Kind::Container;
            c.parentId = h.id;
            c.title = container.name;
            c.subtitle = container.image.section(QLatin1Char('/'), -1);
            c.imageName = container.image;
            c.unitName = unitOfContainer.value(container.name);
            c.properties = {{tr("Image"), container.image},
                            {tr("State"), container.state},
                            {tr("Status"), container.status},
                            {tr("Container id"), container.id.left(12)}};
            if (!container.published.isEmpty())
                c.properties.append(
                    {tr("Published"), container.published.join(QLatin1String(", "))});
            for (auto it = container.labels.cbegin(); it != container.labels.cend(); ++it)
                c.properties.append({tr("Label %1").arg(it.key()), it.value().toString()});
            for (const QString &address : container.published) {
                publishedAddresses.insert(address);
                c.etcdKeys.append(keysByAddress.value(address));
            }
            if (isRouter(container) && !routerOfHost.contains(host.id))
                routerOfHost.insert(host.id, c.id);
            containerIds.insert(c.id);
            out.append(c);
        }
    }

    // A host's Docker engine is the host on the map, not a service of its own.
    QSet<QString> hostEngines;
    for (const InfraHost &host : snapshot.hosts)
        if (!host.dockerEndpoint.isEmpty())
            hostEngines.insert(host.dockerEndpoint);
    QSet<QString> serviceIds;
    for (const InfraService &service : snapshot.services) {
        if (service.target.kind == QLatin1String("docker")
            && hostEngines.contains(service.target.endpoint))
            continue;
        MapElement s;
        s.id = QLatin1String("service:") + service.target.id();
        s.kind = Kind::Service;
        const QString kind = service.target.kind;
        if (service.edge || kind == QLatin1String("haproxy"))
            s.place = Place::Edge;
        else if (kind == QLatin1String("ceph"))
            s.place = Place::Ceph;
        else
            s.place = Place::PrivateNetwork;
        s.title = service.target.name.isEmpty() ? kind : service.target.name;
        s.probeKind = kind;
        s.endpoint = displayEndpoint(service.target.endpoint);
        s.subtitle = kind;
        s.properties = {{tr("Kind"), kind}, {tr("Endpoint"), s.endpoint}};
        if (!service.target.secretRef.isEmpty())
            s.properties.append(
                {tr("Credentials"), tr("keychain entry \"%1\"").arg(service.target.secretRef)});
        QStringList options = service.target.options.keys();
        options.sort();
        for (const QString &option : options) {
            if (looksSecret(option))
                continue;
            s.properties.append({tr("Option %1").arg(option),
                                 displayEndpoint(service.target.options.value(option))});
        }
        serviceIds.insert(s.id);
        out.append(s);
    }

    // Keys no running container publishes: drawn apart, so a stale one can carry its marker.
    QHash<QString, QString> orphanKeyByAddress;
    for (const RegistratorKey &key : snapshot.keys) {
        if (publishedAddresses.contains(key.address))
            continue;
        MapElement k;
        k.id = QLatin1String("key:") + key.key;
        k.kind = Kind::Key;
        k.title = key.key;
        k.subtitle = key.address;
        k.etcdKeys = {key.key};
        k.properties = {{tr("Key"), key.key},
                        {tr("Service"), key.service},
                        {tr("Service id"), key.serviceId},
                        {tr("Address"), key.address}};
        orphanKeyByAddress.insert(key.address, k.id);
        out.append(k);
    }

    QSet<QString> frontends;
    QSet<QString> addresses;
    QSet<QString> routes;
    QList<MapElement> routeElements;
    for (const InfraRoute &route : snapshot.routes) {
        const QString haproxy = QLatin1String("service:") + route.haproxy;
        const QString frontendId
            = QLatin1String("frontend:") + route.haproxy + QLatin1Char('/') + route.frontend;
        const QString routeId = QLatin1String("route:") + route.frontend + QLatin1Char('/')
            + route.backend + QLatin1Char('/') + route.server;
        if (routes.contains(routeId))
            continue;
        routes.insert(routeId);
        if (!frontends.contains(frontendId) && serviceIds.contains(haproxy)) {
            frontends.insert(frontendId);
            MapElement f;
            f.id = frontendId;
            f.kind = Kind::Frontend;
            f.parentId = haproxy;
            f.title = route.frontend;
            f.properties = {{tr("Frontend"), route.frontend}};
            out.append(f);
        }
        MapElement r;
        r.id = routeId;
        r.kind = Kind::Route;
        r.title = route.frontend + QStringLiteral(" \u2192 ") + route.backend + QLatin1Char('/')
            + route.server;
        r.subtitle = route.address;
        r.from = frontends.contains(frontendId) ? frontendId : QString();
        const QString container = containerElementId(route.hostId, route.containerName);
        if (!route.hostId.isEmpty() && !route.containerName.isEmpty()
            && containerIds.contains(container)) {
            r.to = container;
            r.via = routerOfHost.value(route.hostId);
            if (r.via == r.to)
                r.via.clear();
        } else if (orphanKeyByAddress.contains(route.address)) {
            r.to = orphanKeyByAddress.value(route.address);
        } else {
            r.to = QLatin1String("address:") + route.address;
            if (!addresses.contains(r.to)) {
                addresses.insert(r.to);
                MapElement a;
                a.id = r.to;
                a.kind = Kind::Address;
                a.title = route.address;
                a.subtitle = tr("no container");
                a.properties = {{tr("Address"), route.address}};
                out.append(a);
            }
        }
        r.properties
            = {{tr("HAProxy"), displayEndpoint(route.haproxy.section(QLatin1Char('|'), 1))},
               {tr("Frontend"), route.frontend},
               {tr("Backend"), route.backend},
               {tr("Server"), route.server},
               {tr("Address"), route.address}};
        if (!route.hostId.isEmpty())
            r.properties.append({tr("Host"), route.hostId});
        if (!route.containerName.isEmpty())
            r.properties.append({tr("Container"), route.containerName});
        r.etcdKeys = keysByAddress.value(route.address);
        routeElements.append(r);
    }
    // Routes last: the layout places what they join first.
    out.append(routeElements);
    return out;
}

} // namespace ws
