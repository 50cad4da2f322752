#include "ProbeFactory.h"

#include "CephProbe.h"
#include "DockerProbe.h"
#include "EtcdProbe.h"
#include "FleetProbe.h"
#include "HaproxyProbe.h"
#include "MemcachedProbe.h"
#include "MysqlProbe.h"
#include "PdnsProbe.h"
#include "RabbitmqProbe.h"
#include "RegistryProbe.h"

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
    {"ceph", &make<CephProbe>},         {"docker", &make<DockerProbe>},
    {"etcd", &make<EtcdProbe>},         {"fleet", &make<FleetProbe>},
    {"haproxy", &make<HaproxyProbe>},   {"memcached", &make<MemcachedProbe>},
    {"mysql", &make<MysqlProbe>},       {"pdns", &make<PdnsProbe>},
    {"rabbitmq", &make<RabbitmqProbe>}, {"registry", &make<RegistryProbe>},
};

} // namespace

QStringList ProbeFactory::kinds()
{
    QStringList names;
    for (const Kind &k : kKinds)
        names << QString::fromLatin1(k.name);
    return names;
}

std::unique_ptr<Probe> ProbeFactory::create(const ProbeTarget &target, QObject *parent)
{
    // "mariadb" is the same protocol as "mysql"; environments use either.
    const QString kind
        = target.kind == QLatin1String("mariadb") ? QStringLiteral("mysql") : target.kind;
    for (const Kind &k : kKinds)
        if (kind == QLatin1String(k.name))
            return k.maker(target, parent);
    return nullptr;
}

} // namespace ws
