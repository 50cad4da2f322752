#pragma once

#include "InfraSnapshot.h"

#include <QString>

namespace ws {

// The stable element ids InfraSnapshot.h defines, spelled in one place for discovery, drift,
// the map and the tests. Header-only: plain string joins.
struct InfraElementId
{
    static QString host(const QString &hostId) { return QLatin1String("host:") + hostId; }
    static QString container(const QString &hostId, const QString &containerName)
    {
        return QLatin1String("container:") + hostId + QLatin1Char('/') + containerName;
    }
    static QString unit(const QString &hostId, const QString &unitName)
    {
        return QLatin1String("unit:") + unitName + QLatin1Char('@') + hostId;
    }
    static QString service(const ProbeTarget &target)
    {
        return QLatin1String("service:") + target.id();
    }
    static QString route(const InfraRoute &route)
    {
        return QLatin1String("route:") + route.frontend + QLatin1Char('/') + route.backend
            + QLatin1Char('/') + route.server;
    }
    static QString key(const QString &etcdKey) { return QLatin1String("key:") + etcdKey; }
};

} // namespace ws
