#pragma once

#include "ProbeResult.h"
#include "ProbeTarget.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ws {

// What an environment is made of at one moment, as the map draws it: the cluster's hosts with
// their fleet units and Docker containers, the backing services, registrator's keys, HAProxy's
// routes, and the drift between them. Built by discovery from the manifest and the live
// servers; health comes separately, as ProbeResults keyed by elementId.
//
// Every element has a stable id (below), so the map keeps positions and selection when a new
// snapshot arrives and only changed elements are touched:
//   host:<hostId>   container:<hostId>/<containerName>   unit:<unitName>@<hostId>
//   service:<ProbeTarget::id()>   route:<frontend>/<backend>/<server>   key:<etcd key>

struct InfraContainer
{
    QString id; // Docker's id (full)
    QString name; // without the leading "/"
    QString image;
    QString state; // Docker's State: "running", "exited", ...
    QString status; // Docker's Status text: "Up 3 minutes"
    QStringList published; // "ip:port" of each published port, as registrator would register
    QVariantMap labels;
};

struct InfraUnit
{
    QString name; // "keystone@1.service"
    QString desiredState; // fleet's: "launched", "loaded", "inactive"
    QString currentState;
    QString loadState; // systemd's, from fleet's state list: "loaded", ...
    QString activeState; // "active", "failed", ...
    QString subState; // "running", "dead", ...
};

struct InfraHost
{
    QString id; // fleet machine id, or the Docker endpoint when fleet does not know the host
    QString name; // short name for the map: the first 8 of the machine id, or the address
    QString address; // public IP as fleet reports it
    QVariantMap metadata; // fleet machine metadata (role=control, ...)
    QString dockerEndpoint; // empty when no Docker engine is known for this host
    QList<InfraUnit> units;
    QList<InfraContainer> containers;
    // Whether `containers` is what the host's Docker engine listed; false when no engine is
    // known or it could not be asked (then a missing container proves nothing).
    bool containersListed = false;
};

// A backing service (RabbitMQ, MySQL, ..., also etcd, fleet, Docker registry) on the private
// network; HAProxy is also drawn on the public edge.
struct InfraService
{
    ProbeTarget target;
    bool edge = false; // HAProxy bridging to the public network
};

// registrator's key: /services/<name>/<id> = ip:port.
struct RegistratorKey
{
    QString key;
    QString service; // the <name> part (may contain "/")
    QString serviceId; // the last part
    QString address; // ip:port
    qint64 ttl = -1; // seconds left when registrator writes with -ttl; -1: none or unknown
};

// One path a request takes: an HAProxy frontend, the backend it uses, one server of that backend
// (an ip:port), and, when it can be matched, the host and container behind that address.
struct InfraRoute
{
    QString haproxy; // ProbeTarget::id() of the HAProxy that routes it
    QString frontend;
    QString backend;
    QString server;
    QString address; // ip:port of the server
    QString hostId; // empty when no known host has this address
    QString containerName; // empty when no running container publishes it
};

// Something the parts disagree on, flagged on the map.
struct InfraDrift
{
    enum class Kind {
        ContainerWithoutKey, // running, publishes ports, but registrator wrote no key for it
        StaleKeyRouted, // a key whose container is gone, and HAProxy still routes to it
        FailedUnit, // fleet says launched, systemd says failed
        BackendDown, // HAProxy marks a backend or server down
    };
    Kind kind;
    QString elementId; // the element it is drawn on
    QString message; // translated, says what and what to do
};

struct InfraSnapshot
{
    QString environment;
    QList<InfraHost> hosts;
    QList<InfraService> services;
    QList<RegistratorKey> keys;
    // Whether `keys` is what etcd holds; false when etcd could not be read (then a container
    // without a key proves nothing).
    bool keysListed = false;
    QList<InfraRoute> routes;
    QList<InfraDrift> drift;
    QStringList problems; // what discovery could not reach, translated, one line each
};

} // namespace ws
