#include "InfraDriftFinder.h"

#include "InfraElementId.h"

#include <QSet>

namespace ws {

namespace {

QString addressIp(const QString &address)
{
    QString ip = address.left(address.lastIndexOf(QLatin1Char(':')));
    if (ip.startsWith(QLatin1Char('[')) && ip.endsWith(QLatin1Char(']')))
        ip = ip.mid(1, ip.size() - 2);
    return ip;
}

bool isDown(const QString &haproxyStatus)
{
    return haproxyStatus.trimmed().toUpper().startsWith(QLatin1String("DOWN"));
}

} // namespace

QList<InfraDrift> InfraDriftFinder::find(const InfraSnapshot &snapshot,
                                         const QList<ProbeResult> &results)
{
    QList<InfraDrift> drift;

    QSet<QString> keyAddresses;
    for (const RegistratorKey &key : snapshot.keys)
        keyAddresses.insert(key.address);
    QSet<QString> running; // ip:port published by a running container
    QHash<QString, const InfraHost *> listedHostByIp;
    for (const InfraHost &host : snapshot.hosts) {
        if (host.containersListed && !host.address.isEmpty())
            listedHostByIp.insert(host.address, &host);
        for (const InfraContainer &c : host.containers) {
            if (c.state == QLatin1String("running"))
                for (const QString &address : c.published)
                    running.insert(address);
        }
    }

    for (const InfraHost &host : snapshot.hosts) {
        for (const InfraContainer &c : host.containers) {
            if (!snapshot.keysListed || c.state != QLatin1String("running"))
                continue;
            QStringList missing;
            for (const QString &address : c.published)
                if (!keyAddresses.contains(address))
                    missing << address;
            if (missing.isEmpty())
                continue;
            drift << InfraDrift {
                InfraDrift::Kind::ContainerWithoutKey, InfraElementId::container(host.id, c.name),
                tr("Container %1 on %2 publishes %3 but registrator wrote no key for it: check "
                   "that registrator runs on that host and reaches etcd (its log says why), "
                   "then restart the container so it is registered.")
                    .arg(c.name, host.name, missing.join(QLatin1String(", ")))};
        }
        for (const InfraUnit &u : host.units) {
            if (u.desiredState != QLatin1String("launched")
                || u.activeState != QLatin1String("failed"))
                continue;
            drift << InfraDrift {
                InfraDrift::Kind::FailedUnit, InfraElementId::unit(host.id, u.name),
                tr("Unit %1 should run (fleet: launched) but failed on %2 (systemd: %3): read "
                   "'journalctl -u %1' on that host, fix the cause, then stop and start the unit.")
                    .arg(u.name, host.name, u.activeState + QLatin1Char('/') + u.subState)};
        }
    }

    for (const RegistratorKey &key : snapshot.keys) {
        if (running.contains(key.address) || !listedHostByIp.contains(addressIp(key.address)))
            continue;
        QStringList via;
        for (const InfraRoute &route : snapshot.routes)
            if (route.address == key.address)
                via << route.frontend + QLatin1Char('/') + route.backend;
        if (via.isEmpty())
            continue;
        via.removeDuplicates();
        drift << InfraDrift {
            InfraDrift::Kind::StaleKeyRouted, InfraElementId::key(key.key),
            tr("Key %1 points at %2, where no running container publishes, and HAProxy still "
               "routes %3 there: delete the key (or run registrator with -resync) so the router "
               "drops it.")
                .arg(key.key, key.address, via.join(QLatin1String(", ")))};
    }

    for (const ProbeResult &result : results) {
        if (result.kind != QLatin1String("haproxy"))
            continue;
        const QString haproxy = result.targetId();
        const auto routeOf = [&](const QString &backend, const QString &server) -> QString {
            for (const InfraRoute &route : snapshot.routes)
                if (route.haproxy == haproxy && route.backend == backend
                    && (server.isEmpty() || route.server == server))
                    return InfraElementId::route(route);
            ProbeTarget target;
            target.kind = result.kind;
            target.endpoint = result.endpoint;
            return InfraElementId::service(target);
        };
        QSet<QString> backendsWithDownServer;
        for (const ProbeElement &e : result.elements) {
            const QString status = e.facts.value(QStringLiteral("status"), e.detail).toString();
            if (e.role != QLatin1String("server") || !isDown(status))
                continue;
            const QString backend = e.facts.value(QStringLiteral("proxy")).toString();
            const QString server = e.facts.value(QStringLiteral("server")).toString();
            backendsWithDownServer.insert(backend);
            drift << InfraDrift {
                InfraDrift::Kind::BackendDown, routeOf(backend, server),
                tr("HAProxy marks server %1 of backend %2 down (%3): check the container behind "
                   "%4, or take the server out of the backend.")
                    .arg(server, backend, status,
                         e.facts.value(QStringLiteral("address")).toString())};
        }
        for (const ProbeElement &e : result.elements) {
            const QString status = e.facts.value(QStringLiteral("status"), e.detail).toString();
            const QString backend = e.facts.value(QStringLiteral("proxy")).toString();
            if (e.role != QLatin1String("backend") || !isDown(status)
                || backendsWithDownServer.contains(backend))
                continue;
            drift << InfraDrift {
                InfraDrift::Kind::BackendDown, routeOf(backend, {}),
                tr("HAProxy marks backend %1 down and names no server of it down: it has no "
                   "server that answers; check that its containers run and are registered.")
                    .arg(backend)};
        }
    }
    return drift;
}

} // namespace ws
