#pragma once

#include "MapElement.h"
#include "MapLayout.h"
#include "MapLook.h"
#include "infra/InfraSnapshot.h"
#include "infra/ProbeResult.h"

#include <QElapsedTimer>
#include <QGraphicsScene>
#include <QHash>
#include <memory>

class QVariantAnimation;

namespace ws {

class MapBackdropItem;
class MapDriftMarkerItem;
class MapLayerItem;
class MapNodeItem;
class MapRouteItem;

// The infrastructure map as a scene: an InfraSnapshot drawn in the bus diagram (MapLayout), and
// health laid on it by element id. A new snapshot is applied as a difference: items whose
// element is unchanged are not touched, new ones are added where their slot is, gone ones are
// removed, positions and the selection stay. Health arrives as ProbeResults (a service's own, a
// Docker engine's for its host and containers, HAProxy's rows for frontends and routes, fleet's
// units) or as single statuses; a changed status pulses the item for a moment, nothing moves.
class MapScene : public QGraphicsScene
{
    Q_OBJECT

public:
    // What is known of one element's health: the last result that spoke of it.
    struct Health
    {
        ProbeStatus status = ProbeStatus::Unknown;
        double latencyMs = -1;
        QString version;
        QString detail;
        QString lastError; // the detail of the last Down, kept after it comes back up
        QVariantMap facts;
        QList<ProbeElement> elements;
        QDateTime checkedAt;
        QString probedKind; // what answered: the probe's kind and endpoint
        QString probedEndpoint;
        QList<double> latencies; // the latest samples, oldest first (at most historyLength)
    };
    static constexpr int historyLength = 120;
    static constexpr int pulseMs = 900;

    explicit MapScene(QObject *parent = nullptr);
    ~MapScene() override;

    void setSnapshot(const InfraSnapshot &snapshot);
    const InfraSnapshot &snapshot() const { return m_snapshot; }
    void applyResult(const ProbeResult &result);
    void applyStatus(const QString &elementId, ProbeStatus status, double latencyMs = -1);

    void setDark(bool dark);

    // The overview, for a view zoomed out below MapNodeItem::tileDetail: hosts are plain
    // tiles, and their units and containers and the routes are hidden — not drawn as nothing,
    // which would still cost a visit to each of tens of thousands of items a frame, but
    // skipped with the layers that hold them. Switching costs one call per host, not per item.
    // Trunks, services, frontends and drift markers stay. The canvas sets it as it zooms;
    // whoever renders the scene at another scale (minimap, export) sets it for the render.
    void setOverview(bool overview);
    bool isOverview() const { return m_overview; }
    // The part of the scene the canvas shows. The routes to the containers of hosts outside it
    // are hidden with their host's route layer, so a repaint visits the routes on screen, not
    // 20,000 (Qt culls a subtree only when its parent clips, and clipping every host's routes
    // cost more than it saved). A null rect shows them all (export).
    void setViewRect(const QRectF &rect);
    QRectF viewRect() const { return m_viewRect; }
    const MapLook &look() const { return m_look; }

    MapNodeItem *node(const QString &id) const { return m_nodes.value(id); }
    MapRouteItem *route(const QString &id) const { return m_routes.value(id); }
    QList<MapNodeItem *> nodes() const { return m_nodes.values(); }
    QList<MapRouteItem *> routes() const { return m_routes.values(); }
    MapDriftMarkerItem *driftMarker(const QString &id) const { return m_markers.value(id); }
    QList<MapDriftMarkerItem *> driftMarkers() const { return m_markers.values(); }
    int count(MapElement::Kind kind) const;
    const MapElement *element(const QString &id) const;
    Health health(const QString &id) const { return m_health.value(id); }
    QList<InfraDrift> drift(const QString &id) const;
    // Where an element is (its item's scene rect); null when it is not on the map.
    QRectF elementRect(const QString &id) const;
    int pulsing() const { return int(m_pulses.size()); }

    // The first element after `after` (in map order) whose title, subtitle or id contains
    // `text`, case-insensitively, wrapping round; empty when none does.
    QString find(const QString &text, const QString &after = {}) const;
    // The nearest element from `id` in a direction (Qt::Key_Left/Right/Up/Down); empty if none.
    QString neighbour(const QString &id, int key) const;

    QString selectedId() const;
    // An empty or unknown id clears the selection. An element the overview hides cannot be
    // selected (Qt selects only visible items): MapCanvas::focusElement zooms in first.
    void selectElement(const QString &id);

signals:
    // Health or data of an element changed (the details panel follows its element).
    void elementChanged(const QString &id);
    // After a snapshot or a round of health: the picture as a whole changed (the minimap).
    void contentChanged();

private:
    void setHealth(const QString &id, const Health &health, bool pulse);
    void startPulse(QGraphicsItem *item, const QString &id);
    void advancePulses();
    void updateMarkers();
    void noteContentChanged();
    MapLayerItem *contentLayer(MapNodeItem *host);
    MapLayerItem *routeLayer(const QString &hostId, const QRectF &hostRect);
    void updateRouteLayers();
    void liftSelectedRoute(); // a selected route draws its whole way: out of its host's layer

    InfraSnapshot m_snapshot;
    MapLook m_look;
    MapLayout m_layout;
    QList<MapElement> m_elements;
    QHash<QString, qsizetype> m_elementIndex;
    QHash<QString, MapNodeItem *> m_nodes;
    QHash<QString, MapRouteItem *> m_routes;
    QHash<QString, MapRouteItem *> m_trunks;
    QHash<QString, QStringList> m_trunksByFrontend;
    QHash<QString, MapDriftMarkerItem *> m_markers;
    QHash<QString, Health> m_health;
    QHash<QString, QList<InfraDrift>> m_drift;
    // Lookups for results: a Docker endpoint's hosts; HAProxy rows to routes and frontends.
    QHash<QString, QString> m_hostByDocker; // docker endpoint → host id
    QHash<QString, QStringList> m_routesByServer; // "<haproxy id>|<backend>/<server>" → route ids
    QHash<QString, QStringList> m_unitsByName; // unit name → unit element ids
    MapBackdropItem *m_backdrop = nullptr;
    MapLayerItem *m_routeLayer = nullptr; // the gutters, routes to no host, the selected route
    struct RouteLayer
    {
        MapLayerItem *item = nullptr;
        QRectF area; // the host and the gutter left of it, where its routes' own parts run
    };
    QHash<QString, RouteLayer> m_routeLayers; // host id → the routes to its containers
    QHash<QString, QString> m_routeHosts; // route id → the host whose layer holds it
    QString m_liftedRoute;
    QRectF m_viewRect;
    QHash<MapNodeItem *, MapLayerItem *> m_contentLayers; // a host's units and containers
    bool m_overview = false;
    QString m_selectionInOverview; // what the overview hid, to select again after it
    QVariantAnimation *m_pulseClock = nullptr;
    QElapsedTimer m_clock;
    QHash<QString, qint64> m_pulses; // element id → when its pulse started (m_clock ms)
    bool m_contentPending = false;
};

} // namespace ws
