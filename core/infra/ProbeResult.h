#pragma once

#include "ProbeStatus.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace ws {

// A part of a probed thing that has a health of its own: an HAProxy frontend, backend or server,
// an etcd member, a container on a Docker host, a fleet unit on a machine, a RabbitMQ node.
struct ProbeElement
{
    QString name; // "keystone/keystone-1", a member name, a container name, a unit name
    QString role; // "frontend", "backend", "server", "member", "container", "unit", "node", ...
    ProbeStatus status = ProbeStatus::Unknown;
    QString detail; // the raw status word or a short translated explanation
    QVariantMap facts; // what the answer said of it (address, counters, machine, image, ...)

    friend bool operator==(const ProbeElement &, const ProbeElement &) = default;
};

// What one probe of one target found. Never holds a credential: probes put only what the server
// said into facts and detail.
struct ProbeResult
{
    QString kind; // "memcached", "haproxy", ... (ProbeTarget::kind)
    QString name; // the target's name in the environment; may be empty for ad-hoc probes
    QString endpoint; // as given (ProbeTarget::endpoint)
    ProbeStatus status = ProbeStatus::Unknown;
    double latencyMs = -1; // time to the answer that decided the status; -1 when none came
    QString version; // the server's version as it reported it, cleaned ("10.11.6-MariaDB")
    QString detail; // one translated line: what was seen, or why it is down and what to do
    QVariantMap facts; // essentials of the raw answer: counters, properties, leader, ...
    QList<ProbeElement> elements;
    QDateTime checkedAt; // UTC, when the probe finished

    // The id of the target it is about: ProbeTarget::id() (kind|endpoint).
    QString targetId() const { return kind + QLatin1Char('|') + endpoint; }

    // {"kind","name","endpoint","status","latency_ms","version","detail","checked_at","facts",
    //  "elements":[{"name","role","status","detail","facts"}]}; latency_ms is null when none.
    QJsonObject toJson() const;
    static ProbeResult fromJson(const QJsonObject &object);
};

} // namespace ws
