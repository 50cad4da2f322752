#pragma once

#include "Probe.h"

#include <QStringList>

#include <memory>

namespace ws {

// Makes the probe for a target's kind.
class ProbeFactory
{
public:
    // The kinds this build can probe, sorted: "ceph", "docker", "etcd", "fleet", "haproxy",
    // "memcached", "mysql", "pdns", "rabbitmq", "registry".
    static QStringList kinds();
    // nullptr for a kind not in kinds().
    static std::unique_ptr<Probe> create(const ProbeTarget &target, QObject *parent = nullptr);
};

} // namespace ws
