#pragma once

#include "MapElement.h"

#include <QHash>
#include <QLineF>
#include <QList>
#include <QPainterPath>
#include <QRectF>
#include <QString>

namespace ws {

// Places the map's elements in the bus diagram of the original README: the public network bus
// at the top, HAProxy on the edge below it, the private network bus, the backing services and
// the Ceph cluster box hanging from it, then the CoreOS cluster box with its hosts in a grid,
// each host with its units and containers in two columns; keys and addresses no container
// stands behind in a box to the right of the cluster.
//
// Positions are stable: every element gets a slot the first time it is seen (new ones in the
// order of their ids) and keeps it while it exists, so a new container takes the next slot of
// its host and nothing else moves. Hosts and sections reserve room in steps of four slots; only
// growing past that moves what lies below. One MapLayout object keeps the slots of one map.
//
// Routes are laid here too, not by Graphviz: they follow the fixed structure (frontend, down
// the edge, along a lane per frontend above the cluster, down the gutter left of the host's
// column, into the router, then to the container). Graphviz's dot would place the nodes itself
// and move them when one is added; neato with pinned nodes routes splines around every node of
// the scene at once, which for 20,000 containers is far from interactive. A channel route is
// computed per route from its ends alone, so a change redraws only the routes it touches.
class MapLayout
{
public:
    struct Box
    {
        QString id; // "group:coreos", "group:ceph", "group:orphans"
        QRectF rect;
    };

    // A route's own part, from its frontend's gutter into the router and on to the container,
    // and the whole way from the frontend, drawn when it is selected.
    struct RoutePath
    {
        QPainterPath local;
        QPainterPath full;
    };

    // What the routes of one frontend share: the drop from the frontend and its lane
    // ("trunk:<frontend id>"), and its way down the gutter of one host column
    // ("trunk:<frontend id>#<column>"). Drawn once, not once per route: 20,000 routes drawn
    // whole would cross every part of the map.
    struct Trunk
    {
        QString id;
        QString frontendId;
        QPainterPath path;
    };

    struct Result
    {
        QHash<QString, QRectF> rects; // element id → rect in scene coordinates (not routes)
        QHash<QString, RoutePath> routes; // route id → its path
        QList<Trunk> trunks;
        QList<Box> boxes;
        QLineF publicBus;
        QLineF privateBus;
        QList<QLineF> links; // from the buses to what hangs on them
        QRectF bounds;
    };

    // Sizes, in scene units (points at 1:1).
    static constexpr double hostWidth = 304;
    static constexpr double gutterWidth = 34; // left of each host column: routes come down here
    static constexpr double tileWidth = 140;
    static constexpr double containerHeight = 26;
    static constexpr double unitHeight = 18;
    static constexpr double hostHeaderHeight = 44;
    static constexpr double serviceWidth = 180;
    static constexpr double serviceHeight = 58;

    Result place(const QList<MapElement> &elements);

private:
    // Slots keyed by id: kept while the id is present, the lowest free one for a new id.
    class Slots
    {
    public:
        // Frees the slots of ids not in `present`, then gives the new ones slots in id order.
        void update(QStringList present);
        int slot(const QString &id) const { return m_slots.value(id, -1); }
        int capacity(int step) const; // the used range rounded up to `step`, at least `step`
        bool isEmpty() const { return m_slots.isEmpty(); }

    private:
        QHash<QString, int> m_slots;
        QList<bool> m_used;
    };

    Slots m_hosts;
    Slots m_edge;
    Slots m_ceph;
    Slots m_services;
    Slots m_orphans;
    Slots m_frontends; // all frontends: one lane each
    QHash<QString, Slots> m_units; // per host
    QHash<QString, Slots> m_containers; // per host
    QHash<QString, Slots> m_hostFrontends; // per HAProxy: the frontend's drop line
    int m_columns = 0; // of the host grid, fixed when the first hosts arrive
};

} // namespace ws
