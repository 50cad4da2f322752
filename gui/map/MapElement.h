#pragma once

#include "infra/InfraSnapshot.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ws {

// One thing the map draws, flattened from an InfraSnapshot: its stable id (InfraSnapshot.h's
// scheme, plus "frontend:<haproxy target id>/<frontend>" for HAProxy frontends and
// "address:<ip:port>" for a routed address no container or key stands behind), what to write on
// it, what the details panel lists, and what its actions open. Two equal elements draw the same,
// so a new snapshot touches only the items whose element changed.
struct MapElement
{
    Q_DECLARE_TR_FUNCTIONS(MapElement)

public:
    enum class Kind { Host, Unit, Container, Service, Frontend, Key, Address, Route };
    // Where a service is drawn: HAProxy on the public edge, Ceph in its cluster box, the rest on
    // the private network.
    enum class Place { None, Edge, Ceph, PrivateNetwork };

    QString id;
    Kind kind = Kind::Service;
    Place place = Place::None;
    QString parentId; // the host of a unit or container; the HAProxy of a frontend
    QString title; // the name on the map
    QString subtitle; // a second line: kind, image, address
    QString probeKind; // what probes it (a ProbeTarget kind), empty when nothing does directly
    QString endpoint; // where, with any user:password in it taken out
    QList<QPair<QString, QString>> properties; // translated label → value, for the details
    QStringList etcdKeys; // registrator keys behind it
    QString unitName; // the fleet unit behind it
    QString imageName; // the image it runs
    // A route: from a frontend, through a router container (may be empty), to a container, a
    // stale key or an address.
    QString from;
    QString via;
    QString to;

    friend bool operator==(const MapElement &, const MapElement &) = default;

    // Every element of `snapshot`, hosts before their units and containers, in a fixed order.
    static QList<MapElement> fromSnapshot(const InfraSnapshot &snapshot);
    // `endpoint` with any user information of a URL removed: what the map may show and export.
    static QString displayEndpoint(const QString &endpoint);
    static QString kindName(Kind kind); // translated: "host", "container", ...
};

} // namespace ws
