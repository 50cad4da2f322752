#include "ProbeFactory.h"

// Each probe kind arrives with its part (a *.cmake file in this folder), which defines
// WS_PROBE_<KIND> for this file only; so the factory knows exactly the kinds that are built.
#ifdef WS_PROBE_CEPH
#include "CephProbe.h"
#endif
#ifdef WS_PROBE_DOCKER
#include "DockerProbe.h"
#endif
#ifdef WS_PROBE_ETCD
#include "EtcdProbe.h"
#endif
#ifdef WS_PROBE_FLEET
#include "FleetProbe.h"
#endif
#ifdef WS_PROBE_HAPROXY
#include "HaproxyProbe.h"
#endif
#ifdef WS_PROBE_MEMCACHED
#include "MemcachedProbe.h"
#endif
#ifdef WS_PROBE_MYSQL
#include "MysqlProbe.h"
#endif
#ifdef WS_PROBE_PDNS
#include "PdnsProbe.h"
#endif
#ifdef WS_PROBE_RABBITMQ
#include "RabbitmqProbe.h"
#endif
#ifdef WS_PROBE_REGISTRY
#include "RegistryProbe.h"
#endif

namespace ws {

namespace {

using Maker = std::unique_ptr<Probe> (*)(const ProbeTarget &, QObject *);

template<typename T>
std::unique_ptr<Probe> make(const ProbeTarget &target, QObject *parent)
{
    return std::make_unique<T>(target, parent);
}

struct Kind
{
    const char *name;
    Maker maker;
};

const Kind kKinds[] = {
#ifdef WS_PROBE_CEPH
    {"ceph", &make<CephProbe>},
#endif
#ifdef WS_PROBE_DOCKER
    {"docker", &make<DockerProbe>},
#endif
#ifdef WS_PROBE_ETCD
    {"etcd", &make<EtcdProbe>},
#endif
#ifdef WS_PROBE_FLEET
    {"fleet", &make<FleetProbe>},
#endif
#ifdef WS_PROBE_HAPROXY
    {"haproxy", &make<HaproxyProbe>},
#endif
#ifdef WS_PROBE_MEMCACHED
    {"memcached", &make<MemcachedProbe>},
#endif
#ifdef WS_PROBE_MYSQL
    {"mysql", &make<MysqlProbe>},
#endif
#ifdef WS_PROBE_PDNS
    {"pdns", &make<PdnsProbe>},
#endif
#ifdef WS_PROBE_RABBITMQ
    {"rabbitmq", &make<RabbitmqProbe>},
#endif
#ifdef WS_PROBE_REGISTRY
    {"registry", &make<RegistryProbe>},
#endif
    {nullptr, nullptr},
};

} // namespace

QStringList ProbeFactory::kinds()
{
    QStringList names;
    for (const Kind &k : kKinds)
        if (k.name)
            names << QString::fromLatin1(k.name);
    return names;
}

std::unique_ptr<Probe> ProbeFactory::create(const ProbeTarget &target, QObject *parent)
{
    // "mariadb" is the same protocol as "mysql"; environments use either.
    const QString kind
        = target.kind == QLatin1String("mariadb") ? QStringLiteral("mysql") : target.kind;
    for (const Kind &k : kKinds)
        if (k.name && kind == QLatin1String(k.name))
            return k.maker(target, parent);
    return nullptr;
}

} // namespace ws
