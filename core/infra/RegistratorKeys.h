#pragma once

#include "InfraSnapshot.h"
#include "etcd/EtcdKeyValue.h"

#include <QCoreApplication>
#include <QList>

namespace ws {

// registrator's keys as etcd holds them (PROTOCOLS.md §6): <prefix>/<service-name>/<service-id>
// = "ip:port", where the name may itself hold "/" (services/router/frontend/keystone/public-url
// is service "router/frontend/keystone", id "public-url").
class RegistratorKeys
{
    Q_DECLARE_TR_FUNCTIONS(RegistratorKeys)

public:
    static constexpr const char *kPrefix = "/services";

    // The keys under `prefix` that are registrator's: at least a name and an id below the
    // prefix, and a value that reads as ip:port. Others (confd's configuration keys, which
    // share /services in the original: /services/keystone/config/...) are left out, so are
    // values that are not ip:port; `skipped`, when given, counts them. Sorted by key.
    static QList<RegistratorKey> fromKeyValues(const EtcdKeyValues &kvs,
                                               const QByteArray &prefix = kPrefix,
                                               int *skipped = nullptr);

    // "10.0.0.11:5000" (spaces around allowed) → true with the cleaned text; an IPv6 host is
    // written "[::1]:5000". False for anything else (no port, a port out of 1..65535, a name
    // that is not an address: registrator writes addresses, never names).
    static bool readAddress(const QByteArray &value, QString *address);
};

} // namespace ws
