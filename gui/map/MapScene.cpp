#include "MapScene.h"

#include "MapBackdropItem.h"
#include "MapDriftMarkerItem.h"
#include "MapLayerItem.h"
#include "MapNodeItem.h"
#include "MapRouteItem.h"

#include <QGuiApplication>
#include <QSet>
#include <QTimer>
#include <QVariantAnimation>

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

QString serverKey(const QString &haproxy, const QString &backendServer)
{
    return haproxy + QLatin1Char('\n') + backendServer;
}

} // namespace

MapScene::MapScene(QObject *parent) : QGraphicsScene(parent)
{
    // No index: a binary space partition of 60,000 items costs a frame by itself when the view
    // holds them all (the whole map, zoomed out), hidden ones included. Without one, a repaint
    // walks the few thousand top-level items (hosts, services, layers) and skips every hidden
    // layer and every host off screen (hosts clip their children); a click looks through all,
    // in milliseconds.
    setItemIndexMethod(NoIndex);
    m_look.palette = MapPalette(MapPalette::systemIsDark());
    m_look.setFont(QGuiApplication::font());
    setBackgroundBrush(m_look.palette.background());
    m_backdrop = new MapBackdropItem(&m_look);
    addItem(m_backdrop);
    m_routeLayer = new MapLayerItem;
    m_routeLayer->setZValue(2); // where the routes were on their own: over the host boxes
    addItem(m_routeLayer);
    connect(this, &QGraphicsScene::selectionChanged, this, &MapScene::liftSelectedRoute);
    m_pulseClock = new QVariantAnimation(this);
    m_pulseClock->setStartValue(0.0);
    m_pulseClock->setEndValue(1.0);
    m_pulseClock->setDuration(pulseMs);
    m_pulseClock->setLoopCount(-1);
    connect(m_pulseClock, &QVariantAnimation::valueChanged, this, &MapScene::advancePulses);
    m_clock.start();
}

MapScene::~MapScene()
{
    m_pulseClock->stop();
}

void MapScene::setDark(bool dark)
{
    if (dark == m_look.palette.dark())
        return;
    m_look.palette = MapPalette(dark);
    setBackgroundBrush(m_look.palette.background());
    update();
    noteContentChanged();
}

int MapScene::count(MapElement::Kind kind) const
{
    int n = 0;
    for (const MapElement &e : m_elements)
        if (e.kind == kind && (m_nodes.contains(e.id) || m_routes.contains(e.id)))
            ++n;
    return n;
}

const MapElement *MapScene::element(const QString &id) const
{
    const qsizetype index = m_elementIndex.value(id, -1);
    return index < 0 ? nullptr : &m_elements.at(index);
}

QList<InfraDrift> MapScene::drift(const QString &id) const
{
    return m_drift.value(id);
}

QRectF MapScene::elementRect(const QString &id) const
{
    if (MapNodeItem *item = m_nodes.value(id))
        return item->mapRectToScene(QRectF(QPointF(), item->size()));
    if (MapRouteItem *item = m_routes.value(id))
        return item->path().boundingRect();
    return {};
}

void MapScene::setSnapshot(const InfraSnapshot &snapshot)
{
    m_snapshot = snapshot;
    QList<MapElement> elements = MapElement::fromSnapshot(snapshot);
    const MapLayout::Result layout = m_layout.place(elements);
    m_backdrop->setLayout(layout);

    QSet<QString> present;
    present.reserve(elements.size());
    for (const MapElement &e : std::as_const(elements))
        present.insert(e.id);

    // Gone first, so a marker or child is never left pointing at a deleted item.
    QList<QGraphicsItem *> doomed;
    QSet<QGraphicsItem *> doomedSet;
    for (auto it = m_markers.begin(); it != m_markers.end();) {
        if (!present.contains(it.key())) {
            delete it.value();
            it = m_markers.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_nodes.begin(); it != m_nodes.end();) {
        if (!present.contains(it.key())) {
            doomed.append(it.value());
            doomedSet.insert(it.value());
            m_pulses.remove(it.key());
            it = m_nodes.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = m_routes.begin(); it != m_routes.end();) {
        if (!present.contains(it.key()) || !layout.routes.contains(it.key())) {
            doomed.append(it.value());
            doomedSet.insert(it.value());
            it = m_routes.erase(it);
        } else {
            ++it;
        }
    }
    for (QGraphicsItem *item : std::as_const(doomed)) {
        // Children of a doomed host (in its content layer) go with it.
        if (item->parentItem() && doomedSet.contains(item->topLevelItem()))
            continue;
        if (auto *node = qgraphicsitem_cast<MapNodeItem *>(item))
            m_contentLayers.remove(node);
        delete item;
    }
    for (auto it = m_health.begin(); it != m_health.end();) {
        if (!present.contains(it.key()) && !it.key().startsWith(QLatin1String("service:")))
            it = m_health.erase(it);
        else
            ++it;
    }

    QHash<QString, QString> hostOfContainer;
    for (const MapElement &e : std::as_const(elements))
        if (e.kind == MapElement::Kind::Container)
            hostOfContainer.insert(e.id, e.parentId);
    QHash<QString, QString> routeHosts;
    for (const MapElement &e : std::as_const(elements)) {
        if (e.kind == MapElement::Kind::Route) {
            if (!layout.routes.contains(e.id))
                continue;
            const MapLayout::RoutePath path = layout.routes.value(e.id);
            const QString host = hostOfContainer.value(e.to);
            const QRectF hostRect = layout.rects.value(host);
            MapLayerItem *layer = m_routeLayer;
            if (!host.isEmpty() && !hostRect.isNull()) {
                layer = routeLayer(host, hostRect);
                routeHosts.insert(e.id, host);
            }
            if (MapRouteItem *item = m_routes.value(e.id)) {
                item->setElement(e);
                item->setPaths(path.local, path.full);
                if (!item->isSelected() && item->parentItem() != layer)
                    item->setParentItem(layer);
                continue;
            }
            auto *item = new MapRouteItem(e, path.local, path.full, &m_look);
            item->setParentItem(layer);
            m_routes.insert(e.id, item);
            if (m_health.contains(e.id))
                item->setHealth(m_health.value(e.id).status);
            continue;
        }
        const QRectF rect = layout.rects.value(e.id);
        MapNodeItem *owner
            = (e.kind == MapElement::Kind::Unit || e.kind == MapElement::Kind::Container
               || e.kind == MapElement::Kind::Frontend)
            ? m_nodes.value(e.parentId)
            : nullptr;
        const QPointF pos = owner ? rect.topLeft() - owner->pos() : rect.topLeft();
        // A host's units and containers hang in its content layer (at the host's origin), so
        // the overview hides them with the layer.
        QGraphicsItem *parent = owner && e.kind != MapElement::Kind::Frontend
            ? static_cast<QGraphicsItem *>(contentLayer(owner))
            : owner;
        if (MapNodeItem *item = m_nodes.value(e.id)) {
            item->setElement(e);
            item->setSize(rect.size());
            if (item->pos() != pos)
                item->setPos(pos);
            continue;
        }
        auto *item = new MapNodeItem(e, rect.size(), &m_look, parent);
        item->setPos(pos);
        if (!parent)
            addItem(item);
        m_nodes.insert(e.id, item);
        if (m_health.contains(e.id)) {
            const Health &h = m_health[e.id];
            item->setHealth(h.status, h.latencyMs, h.version);
        }
    }

    m_routeHosts = std::move(routeHosts);
    QSet<QString> routed;
    for (const QString &host : std::as_const(m_routeHosts))
        routed.insert(host);
    for (auto it = m_routeLayers.begin(); it != m_routeLayers.end();) {
        if (!routed.contains(it.key())) {
            delete it->item; // its routes are gone, or hang elsewhere by now
            it = m_routeLayers.erase(it);
        } else {
            ++it;
        }
    }
    updateRouteLayers();

    QSet<QString> trunks;
    m_trunksByFrontend.clear();
    for (const MapLayout::Trunk &trunk : layout.trunks) {
        trunks.insert(trunk.id);
        m_trunksByFrontend[trunk.frontendId].append(trunk.id);
        if (MapRouteItem *item = m_trunks.value(trunk.id)) {
            item->setPaths(trunk.path, trunk.path);
            continue;
        }
        MapRouteItem *item = MapRouteItem::trunk(trunk.id, trunk.path, &m_look);
        // A frontend's way down a host column leads only to routes: it goes with them in the
        // overview (hundreds of screen-high lines cost a frame there by themselves); the drop
        // from the frontend and its lane stay.
        if (trunk.id.contains(QLatin1Char('#')))
            item->setParentItem(m_routeLayer);
        else
            addItem(item);
        m_trunks.insert(trunk.id, item);
        item->setHealth(m_health.value(trunk.frontendId).status);
    }
    for (auto it = m_trunks.begin(); it != m_trunks.end();) {
        if (!trunks.contains(it.key())) {
            delete it.value();
            it = m_trunks.erase(it);
        } else {
            ++it;
        }
    }

    m_elements = std::move(elements);
    m_elementIndex.clear();
    m_elementIndex.reserve(m_elements.size());
    for (qsizetype i = 0; i < m_elements.size(); ++i)
        m_elementIndex.insert(m_elements[i].id, i);

    m_hostByDocker.clear();
    m_unitsByName.clear();
    for (const InfraHost &host : snapshot.hosts) {
        if (!host.dockerEndpoint.isEmpty())
            m_hostByDocker.insert(host.dockerEndpoint, host.id);
        for (const InfraUnit &unit : host.units)
            m_unitsByName[unit.name].append(QLatin1String("unit:") + unit.name + QLatin1Char('@')
                                            + host.id);
    }
    m_routesByServer.clear();
    for (const InfraRoute &route : snapshot.routes)
        m_routesByServer[serverKey(route.haproxy, route.backend + QLatin1Char('/') + route.server)]
            .append(QLatin1String("route:") + route.frontend + QLatin1Char('/') + route.backend
                    + QLatin1Char('/') + route.server);

    updateMarkers();
    setSceneRect(layout.bounds);
    noteContentChanged();
}

MapLayerItem *MapScene::contentLayer(MapNodeItem *host)
{
    MapLayerItem *&layer = m_contentLayers[host];
    if (!layer) {
        layer = new MapLayerItem(host);
        layer->setVisible(!m_overview);
        // Clipped to the host, the subtree of a host off screen is skipped whole: without,
        // a repaint visits each of its units and containers to find it has nothing to draw.
        host->setFlag(QGraphicsItem::ItemClipsChildrenToShape);
    }
    return layer;
}

MapLayerItem *MapScene::routeLayer(const QString &hostId, const QRectF &hostRect)
{
    RouteLayer &layer = m_routeLayers[hostId];
    if (!layer.item) {
        layer.item = new MapLayerItem;
        layer.item->setZValue(2); // where the routes were on their own: over the host boxes
        layer.item->setVisible(false); // updateRouteLayers() decides
        addItem(layer.item);
    }
    layer.area = hostRect.adjusted(-MapLayout::gutterWidth, -4, 4, 4);
    return layer.item;
}

void MapScene::updateRouteLayers()
{
    for (const RouteLayer &layer : std::as_const(m_routeLayers)) {
        const bool visible
            = !m_overview && (m_viewRect.isNull() || layer.area.intersects(m_viewRect));
        if (layer.item->isVisible() != visible)
            layer.item->setVisible(visible);
    }
}

void MapScene::setViewRect(const QRectF &rect)
{
    if (rect == m_viewRect)
        return;
    m_viewRect = rect;
    updateRouteLayers();
}

void MapScene::liftSelectedRoute()
{
    const QString selected = selectedId();
    if (selected == m_liftedRoute)
        return;
    if (MapRouteItem *put = m_routes.value(m_liftedRoute)) {
        const auto home = m_routeLayers.constFind(m_routeHosts.value(m_liftedRoute));
        if (home != m_routeLayers.cend() && !put->isSelected())
            put->setParentItem(home->item);
    }
    m_liftedRoute.clear();
    if (MapRouteItem *route = m_routes.value(selected)) {
        if (m_routeHosts.contains(selected)) {
            route->setParentItem(m_routeLayer);
            m_liftedRoute = selected;
        }
    }
}

void MapScene::setOverview(bool overview)
{
    if (overview == m_overview)
        return;
    m_overview = overview;
    // Qt deselects what it hides: a selected unit, container or route is remembered and
    // selected again when the view zooms back in.
    if (overview) {
        const MapElement *e = element(selectedId());
        if (e
            && (e->kind == MapElement::Kind::Unit || e->kind == MapElement::Kind::Container
                || e->kind == MapElement::Kind::Route))
            m_selectionInOverview = e->id;
    }
    m_routeLayer->setVisible(!overview);
    for (MapLayerItem *layer : std::as_const(m_contentLayers))
        layer->setVisible(!overview);
    updateRouteLayers();
    if (!overview && !m_selectionInOverview.isEmpty()) {
        if (selectedItems().isEmpty())
            selectElement(m_selectionInOverview);
        m_selectionInOverview.clear();
    }
}

void MapScene::updateMarkers()
{
    // A key that a running container publishes is drawn on that container.
    QHash<QString, QString> containerOfKey;
    for (const MapElement &e : std::as_const(m_elements))
        if (e.kind == MapElement::Kind::Container)
            for (const QString &key : e.etcdKeys)
                containerOfKey.insert(QLatin1String("key:") + key, e.id);
    QHash<QString, QList<InfraDrift>> drift;
    for (const InfraDrift &d : m_snapshot.drift) {
        QString id = d.elementId;
        if (!m_nodes.contains(id) && !m_routes.contains(id))
            id = containerOfKey.value(id, id);
        drift[id].append(d);
    }
    for (auto it = m_markers.begin(); it != m_markers.end();) {
        const QList<InfraDrift> now = drift.value(it.key());
        bool same = now.size() == it.value()->drift().size();
        for (qsizetype i = 0; same && i < now.size(); ++i)
            same = now[i].kind == it.value()->drift()[i].kind
                && now[i].message == it.value()->drift()[i].message;
        if (!same) {
            delete it.value();
            it = m_markers.erase(it);
        } else {
            ++it;
        }
    }
    for (auto it = drift.cbegin(); it != drift.cend(); ++it) {
        if (m_markers.contains(it.key()))
            continue;
        QGraphicsItem *host = nullptr;
        QPointF at;
        if (MapNodeItem *node = m_nodes.value(it.key())) {
            host = node;
            at = QPointF(node->size().width() - 4, 4);
        } else if (MapRouteItem *route = m_routes.value(it.key())) {
            host = route;
            at = route->localPath().pointAtPercent(0.3);
        }
        if (!host)
            continue; // drawn nowhere; the details of the environment still list it
        auto *marker = new MapDriftMarkerItem(it.value(), &m_look, host);
        marker->setPos(at);
        m_markers.insert(it.key(), marker);
    }
    m_drift = std::move(drift);
}

void MapScene::applyStatus(const QString &elementId, ProbeStatus status, double latencyMs)
{
    Health h = m_health.value(elementId);
    h.status = status;
    h.latencyMs = latencyMs;
    setHealth(elementId, h, true);
}

void MapScene::applyResult(const ProbeResult &result)
{
    const QString targetId = result.targetId();
    auto fromResult = [&](const QString &id) {
        Health h = m_health.value(id);
        h.status = result.status;
        h.latencyMs = result.latencyMs;
        h.version = result.version;
        h.detail = result.detail;
        if (result.status == ProbeStatus::Down)
            h.lastError = result.detail;
        h.facts = result.facts;
        h.elements = result.elements;
        h.checkedAt = result.checkedAt;
        h.probedKind = result.kind;
        h.probedEndpoint = MapElement::displayEndpoint(result.endpoint);
        return h;
    };
    auto fromElement = [&](const QString &id, const ProbeElement &element) {
        Health h = m_health.value(id);
        h.status = element.status;
        h.latencyMs = -1;
        h.detail = element.detail;
        if (element.status == ProbeStatus::Down)
            h.lastError = element.detail;
        h.facts = element.facts;
        h.elements.clear();
        h.checkedAt = result.checkedAt;
        h.probedKind = result.kind;
        h.probedEndpoint = MapElement::displayEndpoint(result.endpoint);
        h.version.clear();
        return h;
    };
    const QString serviceId = QLatin1String("service:") + targetId;
    setHealth(serviceId, fromResult(serviceId), true);
    const QString hostId = result.kind == QLatin1String("docker")
        ? m_hostByDocker.value(result.endpoint)
        : QString();
    if (!hostId.isEmpty())
        setHealth(QLatin1String("host:") + hostId, fromResult(QLatin1String("host:") + hostId),
                  true);
    for (const ProbeElement &element : result.elements) {
        if (element.role == QLatin1String("container") && !hostId.isEmpty()) {
            const QString id = QLatin1String("container:") + hostId + QLatin1Char('/')
                + (element.name.startsWith(QLatin1Char('/')) ? element.name.mid(1) : element.name);
            setHealth(id, fromElement(id, element), true);
        } else if (element.role == QLatin1String("server")) {
            for (const QString &id : m_routesByServer.value(serverKey(targetId, element.name)))
                setHealth(id, fromElement(id, element), true);
        } else if (element.role == QLatin1String("frontend")) {
            const QString id = QLatin1String("frontend:") + targetId + QLatin1Char('/')
                + element.name.section(QLatin1Char('/'), 0, 0);
            if (m_nodes.contains(id))
                setHealth(id, fromElement(id, element), true);
        } else if (element.role == QLatin1String("unit")) {
            const QString machine = element.facts.value(QStringLiteral("machine")).toString();
            const QString exact
                = QLatin1String("unit:") + element.name + QLatin1Char('@') + machine;
            const QStringList ids
                = m_nodes.contains(exact) ? QStringList {exact} : m_unitsByName.value(element.name);
            for (const QString &id : ids)
                setHealth(id, fromElement(id, element), true);
        }
    }
}

void MapScene::setHealth(const QString &id, const Health &given, bool pulse)
{
    Health &h = m_health[id];
    const QList<double> history = h.latencies;
    h = given;
    h.latencies = history;
    if (given.latencyMs >= 0) {
        h.latencies.append(given.latencyMs);
        if (h.latencies.size() > historyLength)
            h.latencies.removeFirst();
    }
    if (MapNodeItem *node = m_nodes.value(id)) {
        if (node->setHealth(h.status, h.latencyMs, h.version) && pulse)
            startPulse(node, id);
    } else if (MapRouteItem *route = m_routes.value(id)) {
        route->setHealth(h.status);
    }
    const auto trunks = m_trunksByFrontend.constFind(id);
    if (trunks != m_trunksByFrontend.cend())
        for (const QString &trunk : *trunks)
            if (MapRouteItem *item = m_trunks.value(trunk))
                item->setHealth(h.status);
    emit elementChanged(id);
    noteContentChanged();
}

void MapScene::startPulse(QGraphicsItem *, const QString &id)
{
    m_pulses.insert(id, m_clock.elapsed());
    if (m_pulseClock->state() != QAbstractAnimation::Running)
        m_pulseClock->start();
}

void MapScene::advancePulses()
{
    const qint64 now = m_clock.elapsed();
    for (auto it = m_pulses.begin(); it != m_pulses.end();) {
        MapNodeItem *node = m_nodes.value(it.key());
        const double phase = double(now - it.value()) / pulseMs;
        if (!node || phase >= 1.0) {
            if (node)
                node->setPulse(0);
            it = m_pulses.erase(it);
            continue;
        }
        node->setPulse(std::max(0.001, phase));
        ++it;
    }
    if (m_pulses.isEmpty())
        m_pulseClock->stop();
}

void MapScene::noteContentChanged()
{
    if (m_contentPending)
        return;
    m_contentPending = true;
    QTimer::singleShot(0, this, [this] {
        m_contentPending = false;
        emit contentChanged();
    });
}

QString MapScene::find(const QString &text, const QString &after) const
{
    const QString needle = text.trimmed();
    if (needle.isEmpty() || m_elements.isEmpty())
        return {};
    const qsizetype n = m_elements.size();
    const qsizetype start = after.isEmpty() ? 0 : m_elementIndex.value(after, -1) + 1;
    for (qsizetype i = 0; i < n; ++i) {
        const MapElement &e = m_elements.at((start + i) % n);
        if (e.kind == MapElement::Kind::Route || !m_nodes.contains(e.id))
            continue;
        if (e.title.contains(needle, Qt::CaseInsensitive)
            || e.subtitle.contains(needle, Qt::CaseInsensitive)
            || e.id.contains(needle, Qt::CaseInsensitive))
            return e.id;
    }
    return {};
}

QString MapScene::neighbour(const QString &id, int key) const
{
    const QRectF from = elementRect(id);
    if (from.isNull())
        return {};
    QPointF direction;
    switch (key) {
    case Qt::Key_Left:
        direction = {-1, 0};
        break;
    case Qt::Key_Right:
        direction = {1, 0};
        break;
    case Qt::Key_Up:
        direction = {0, -1};
        break;
    case Qt::Key_Down:
        direction = {0, 1};
        break;
    default:
        return {};
    }
    const QPointF centre = from.center();
    QString best;
    double bestScore = 0;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        // Not itself, not what it holds, nothing the overview hides.
        if (it.key() == id || it.value()->topLevelItem() == m_nodes.value(id)
            || !it.value()->isVisible())
            continue;
        const QRectF rect = elementRect(it.key());
        // The nearest edge along the direction, so a big host box next to a tile counts from
        // its side, not its far-away centre.
        const QPointF to(std::clamp(centre.x(), rect.left(), rect.right()),
                         std::clamp(centre.y(), rect.top(), rect.bottom()));
        const QPointF v = (direction.x() != 0 ? QPointF(to.x(), rect.center().y())
                                              : QPointF(rect.center().x(), to.y()))
            - centre;
        const double along = v.x() * direction.x() + v.y() * direction.y();
        if (along <= 1)
            continue;
        const double across = std::abs(v.x() * direction.y() - v.y() * direction.x());
        if (across > along * 2.5 + 40)
            continue; // too far to the side to be "in that direction"
        const double score = along + 2 * across;
        if (best.isEmpty() || score < bestScore) {
            best = it.key();
            bestScore = score;
        }
    }
    return best;
}

QString MapScene::selectedId() const
{
    for (QGraphicsItem *item : selectedItems()) {
        if (item->type() == MapNodeItem::Type)
            return static_cast<MapNodeItem *>(item)->id();
        if (item->type() == MapRouteItem::Type)
            return static_cast<MapRouteItem *>(item)->id();
    }
    return {};
}

void MapScene::selectElement(const QString &id)
{
    QGraphicsItem *item = m_nodes.value(id);
    if (!item)
        item = m_routes.value(id);
    if (item && item->isSelected() && selectedItems().size() == 1)
        return;
    clearSelection();
    if (item)
        item->setSelected(true);
}

} // namespace ws
