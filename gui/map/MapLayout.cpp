#include "MapLayout.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

constexpr double margin = 24;
constexpr double gap = 24; // between services, between host rows
constexpr double gutter = MapLayout::gutterWidth;
constexpr double pad = 8; // inside a host
constexpr double boxPad = 16; // inside a cluster box
constexpr double boxHeader = 32;
constexpr double edgeNodeWidth = 190;
constexpr double frontendPitch = 20;
constexpr double dropPitch = 6; // between the drop lines of one HAProxy's frontends
constexpr double lanePitch = 7; // between the lanes of two frontends
constexpr double orphanWidth = 230;
constexpr double orphanPitch = 30;

int roundUp(int value, int step)
{
    return std::max(step, (value + step - 1) / step * step);
}

// A polyline with its corners rounded: easier to follow where many routes run side by side.
QPainterPath roundedPath(const QList<QPointF> &points, double radius)
{
    QPainterPath path;
    if (points.isEmpty())
        return path;
    path.moveTo(points.first());
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        const QPointF a = points[i - 1];
        const QPointF b = points[i];
        const QPointF c = points[i + 1];
        const double in = QLineF(a, b).length();
        const double out = QLineF(b, c).length();
        const double r = std::min({radius, in / 2, out / 2});
        if (r <= 0.5) {
            path.lineTo(b);
            continue;
        }
        path.lineTo(b + (a - b) * (r / in));
        path.quadTo(b, b + (c - b) * (r / out));
    }
    path.lineTo(points.last());
    return path;
}

} // namespace

void MapLayout::Slots::update(QStringList present)
{
    const QSet<QString> keep(present.cbegin(), present.cend());
    for (auto it = m_slots.begin(); it != m_slots.end();) {
        if (!keep.contains(it.key())) {
            m_used[it.value()] = false;
            it = m_slots.erase(it);
        } else {
            ++it;
        }
    }
    present.erase(std::remove_if(present.begin(), present.end(),
                                 [this](const QString &id) { return m_slots.contains(id); }),
                  present.end());
    std::sort(present.begin(), present.end());
    present.erase(std::unique(present.begin(), present.end()), present.end());
    qsizetype next = 0;
    for (const QString &id : present) {
        while (next < m_used.size() && m_used[next])
            ++next;
        if (next == m_used.size())
            m_used.append(false);
        m_used[next] = true;
        m_slots.insert(id, int(next));
    }
    while (!m_used.isEmpty() && !m_used.last())
        m_used.removeLast();
}

int MapLayout::Slots::capacity(int step) const
{
    return roundUp(int(m_used.size()), step);
}

MapLayout::Result MapLayout::place(const QList<MapElement> &elements)
{
    Result result;
    QHash<QString, const MapElement *> byId;
    QStringList hosts, edge, ceph, services, orphans, frontends;
    QHash<QString, QStringList> units, containers, hostFrontends;
    for (const MapElement &e : elements) {
        byId.insert(e.id, &e);
        switch (e.kind) {
        case MapElement::Kind::Host:
            hosts.append(e.id);
            units[e.id];
            containers[e.id];
            break;
        case MapElement::Kind::Unit:
            units[e.parentId].append(e.id);
            break;
        case MapElement::Kind::Container:
            containers[e.parentId].append(e.id);
            break;
        case MapElement::Kind::Service:
            if (e.place == MapElement::Place::Edge)
                edge.append(e.id);
            else if (e.place == MapElement::Place::Ceph)
                ceph.append(e.id);
            else
                services.append(e.id);
            hostFrontends[e.id];
            break;
        case MapElement::Kind::Frontend:
            frontends.append(e.id);
            hostFrontends[e.parentId].append(e.id);
            break;
        case MapElement::Kind::Key:
        case MapElement::Kind::Address:
            orphans.append(e.id);
            break;
        case MapElement::Kind::Route:
            break;
        }
    }

    m_hosts.update(hosts);
    m_edge.update(edge);
    m_ceph.update(ceph);
    m_services.update(services);
    m_orphans.update(orphans);
    m_frontends.update(frontends);
    auto updateNested = [](QHash<QString, Slots> &nested, const QHash<QString, QStringList> &ids) {
        for (auto it = nested.begin(); it != nested.end();) {
            if (!ids.contains(it.key()))
                it = nested.erase(it);
            else
                ++it;
        }
        for (auto it = ids.cbegin(); it != ids.cend(); ++it)
            nested[it.key()].update(it.value());
    };
    updateNested(m_units, units);
    updateNested(m_containers, containers);
    updateNested(m_hostFrontends, hostFrontends);
    if (m_columns == 0 && !hosts.isEmpty()) {
        // Roughly as wide as high on a landscape screen; never so wide that a few hosts sit in
        // one long row.
        m_columns = std::clamp(int(std::ceil(std::sqrt(double(hosts.size()) * 2.2))), 1, 48);
        m_columns = std::min<int>(m_columns, std::max<int>(3, int(hosts.size())));
    }

    // The edge: HAProxy nodes between the public and the private bus, each as tall as its
    // frontend list; each frontend drops to the lanes on its own line right of the node.
    const double publicBusY = margin;
    const double edgeTop = publicBusY + 34;
    QList<QPair<int, QString>> edgeOrder;
    for (const QString &id : edge)
        edgeOrder.append({m_edge.slot(id), id});
    std::sort(edgeOrder.begin(), edgeOrder.end());
    double x = margin;
    double edgeBottom = edgeTop + serviceHeight;
    QHash<QString, double> dropBase; // HAProxy id → x of its first drop line
    for (const auto &[slot, id] : edgeOrder) {
        Q_UNUSED(slot)
        const Slots &local = m_hostFrontends[id];
        const int cap = local.capacity(4);
        const QRectF rect(x, edgeTop, edgeNodeWidth, 62 + cap * frontendPitch);
        result.rects.insert(id, rect);
        dropBase.insert(id, rect.right() + 10);
        x = rect.right() + 10 + cap * dropPitch + gap;
        edgeBottom = std::max(edgeBottom, rect.bottom());
    }
    const double edgeRight = edgeOrder.isEmpty() ? margin : x;
    for (const QString &id : frontends) {
        const MapElement *e = byId.value(id);
        const QRectF node = result.rects.value(e->parentId);
        const int slot = m_hostFrontends[e->parentId].slot(id);
        result.rects.insert(id,
                            QRectF(node.left() + pad, node.top() + 58 + slot * frontendPitch,
                                   node.width() - 2 * pad, frontendPitch - 3));
    }

    const double privateBusY = edgeBottom + 26;
    const double rowTop = privateBusY + 34;
    double rowBottom = rowTop + serviceHeight;
    double servicesX = edgeRight + (edgeOrder.isEmpty() ? 0 : 30);
    if (!ceph.isEmpty()) {
        const int cap = m_ceph.capacity(2);
        const QRectF box(servicesX, rowTop, 2 * boxPad + cap * serviceWidth + (cap - 1) * boxPad,
                         boxHeader + serviceHeight + boxPad);
        result.boxes.append({QStringLiteral("group:ceph"), box});
        for (const QString &id : ceph) {
            const int slot = m_ceph.slot(id);
            result.rects.insert(id,
                                QRectF(box.left() + boxPad + slot * (serviceWidth + boxPad),
                                       box.top() + boxHeader, serviceWidth, serviceHeight));
        }
        result.links.append(QLineF(box.center().x(), privateBusY, box.center().x(), box.top()));
        servicesX = box.right() + gap;
        rowBottom = std::max(rowBottom, box.bottom());
    }
    double servicesRight = servicesX;
    for (const QString &id : services) {
        const QRectF rect(servicesX + m_services.slot(id) * (serviceWidth + gap), rowTop,
                          serviceWidth, serviceHeight);
        result.rects.insert(id, rect);
        result.links.append(QLineF(rect.center().x(), privateBusY, rect.center().x(), rect.top()));
        servicesRight = std::max(servicesRight, rect.right());
    }

    // One lane per frontend between the services and the cluster.
    const double laneTop = rowBottom + 22;
    const double laneBottom = laneTop + m_frontends.capacity(4) * lanePitch + 18;

    // The cluster: hosts in a grid; a row as tall as its tallest host's reserved room.
    const double clusterTop = laneBottom;
    const double clusterLeft = margin;
    const int columns = std::max(1, m_columns);
    QHash<int, double> rowHeight;
    QHash<QString, QPair<int, int>> cell; // host id → (column, row)
    QHash<QString, int> unitRows, containerRows;
    for (const QString &id : hosts) {
        const int slot = m_hosts.slot(id);
        const int column = slot % columns;
        const int row = slot / columns;
        cell.insert(id, {column, row});
        const int uRows = m_units[id].isEmpty() ? 0 : m_units[id].capacity(4) / 2;
        const int cRows = m_containers[id].capacity(4) / 2;
        unitRows.insert(id, uRows);
        containerRows.insert(id, cRows);
        const double height = hostHeaderHeight + uRows * (unitHeight + 4) + (uRows ? 6 : 0)
            + cRows * (containerHeight + 4) + pad;
        rowHeight[row] = std::max(rowHeight.value(row), height);
    }
    const int rows = hosts.isEmpty() ? 0 : (m_hosts.capacity(1) + columns - 1) / columns;
    QList<double> rowY(rows + 1);
    double y = clusterTop + boxHeader + 8;
    for (int row = 0; row < rows; ++row) {
        rowY[row] = y;
        y += rowHeight.value(row, hostHeaderHeight + 2 * (containerHeight + 4)) + gap;
    }
    auto columnX = [&](int column) {
        return clusterLeft + boxPad + gutter + column * (hostWidth + gutter);
    };
    QRectF cluster;
    if (!hosts.isEmpty()) {
        cluster = QRectF(clusterLeft, clusterTop, columnX(columns) - clusterLeft - gutter + boxPad,
                         y - clusterTop - gap + boxPad);
        result.boxes.append({QStringLiteral("group:coreos"), cluster});
        result.links.append(
            QLineF(cluster.left() + 12, privateBusY, cluster.left() + 12, cluster.top()));
    }
    for (const QString &id : hosts) {
        const auto [column, row] = cell.value(id);
        const QRectF host(columnX(column), rowY[row], hostWidth, rowHeight.value(row));
        result.rects.insert(id, host);
        const double unitsTop = host.top() + hostHeaderHeight;
        for (const QString &unit : units.value(id)) {
            const int slot = m_units[id].slot(unit);
            result.rects.insert(unit,
                                QRectF(host.left() + pad + (slot % 2) * (tileWidth + pad),
                                       unitsTop + (slot / 2) * (unitHeight + 4), tileWidth,
                                       unitHeight));
        }
        const int uRows = unitRows.value(id);
        const double containersTop = unitsTop + uRows * (unitHeight + 4) + (uRows ? 6 : 0);
        for (const QString &container : containers.value(id)) {
            const int slot = m_containers[id].slot(container);
            result.rects.insert(container,
                                QRectF(host.left() + pad + (slot % 2) * (tileWidth + pad),
                                       containersTop + (slot / 2) * (containerHeight + 4),
                                       tileWidth, containerHeight));
        }
    }

    // Keys and addresses with no container, right of the cluster (or below the lanes).
    QRectF orphanBox;
    if (!orphans.isEmpty()) {
        const double left = hosts.isEmpty() ? margin : cluster.right() + 40;
        orphanBox = QRectF(left, clusterTop, orphanWidth + 2 * boxPad,
                           boxHeader + m_orphans.capacity(4) * orphanPitch + 8);
        result.boxes.append({QStringLiteral("group:orphans"), orphanBox});
        for (const QString &id : orphans)
            result.rects.insert(id,
                                QRectF(left + boxPad,
                                       clusterTop + boxHeader + m_orphans.slot(id) * orphanPitch,
                                       orphanWidth, orphanPitch - 6));
    }

    // Routes: each one's own part, and the trunks its frontend shares.
    struct Lane
    {
        double y = 0;
        double drop = 0;
        double from = 0; // the span of the lane
        double to = 0;
        QPointF start; // where the frontend chip is left
    };
    QHash<QString, Lane> lanes; // frontend id → its lane
    QHash<QString, QLineF> gutters; // trunk id → the gutter part
    QStringList trunkOrder;
    QHash<QString, QString> gutterFrontend;
    for (const MapElement &e : elements) {
        if (e.kind != MapElement::Kind::Route || e.from.isEmpty() || !result.rects.contains(e.to))
            continue;
        const MapElement *frontend = byId.value(e.from);
        if (!frontend || !result.rects.contains(e.from))
            continue;
        const QRectF chip = result.rects.value(e.from);
        const int local = m_hostFrontends[frontend->parentId].slot(e.from);
        const int global = m_frontends.slot(e.from);
        const double drop = dropBase.value(frontend->parentId) + local * dropPitch;
        const double laneY = laneTop + 8 + global * lanePitch;
        const QRectF to = result.rects.value(e.to);
        const QRectF via = e.via.isEmpty() ? QRectF() : result.rects.value(e.via);
        const QRectF entry = via.isNull() ? to : via;
        const MapElement *target = byId.value(e.to);
        double channel;
        QString gutterId = QLatin1String("trunk:") + e.from;
        if (target && target->kind == MapElement::Kind::Container) {
            const int column = cell.value(target->parentId).first;
            channel = columnX(column) - gutter + 6 + (global % 5) * 5;
            gutterId += QLatin1Char('#') + QString::number(column);
        } else {
            channel = orphanBox.left() - 8 - (global % 4) * 5;
            gutterId += QLatin1String("#orphans");
        }
        const QPointF chipExit(chip.right(), chip.center().y());
        auto lane = lanes.find(e.from);
        if (lane == lanes.end()) {
            lane = lanes.insert(e.from, Lane {laneY, drop, drop, drop, chipExit});
            trunkOrder.append(e.from);
        }
        lane->from = std::min(lane->from, channel);
        lane->to = std::max(lane->to, channel);
        const double entryY = entry.center().y();
        auto g = gutters.find(gutterId);
        if (g == gutters.end()) {
            gutters.insert(gutterId, QLineF(channel, laneY, channel, entryY));
            gutterFrontend.insert(gutterId, e.from);
            trunkOrder.append(gutterId);
        } else if (entryY > g->y2()) {
            g->setP2(QPointF(channel, entryY));
        }

        RoutePath paths;
        QPainterPath via2;
        if (!via.isNull()) {
            // From the router to the container, inside the host: a curve, so it reads as the
            // router's own hop rather than another lane.
            const bool right = to.center().x() > via.center().x() + 1;
            const bool left = to.center().x() < via.center().x() - 1;
            const QPointF start(via.right() - 10, via.bottom());
            QPointF end;
            if (right)
                end = QPointF(to.left(), to.center().y());
            else if (left)
                end = QPointF(to.right(), to.center().y());
            else
                end = QPointF(to.right() - 10, to.top());
            via2.moveTo(start);
            const double bend = std::max(12.0, std::abs(end.y() - start.y()) / 2);
            via2.cubicTo(start + QPointF(0, bend), end + QPointF(right ? -bend : bend, 0), end);
        }
        paths.local = roundedPath(
            {QPointF(channel, entryY - 8), QPointF(channel, entryY), QPointF(entry.left(), entryY)},
            6);
        paths.local.addPath(via2);
        paths.full = roundedPath({chipExit, QPointF(drop, chipExit.y()), QPointF(drop, laneY),
                                  QPointF(channel, laneY), QPointF(channel, entryY),
                                  QPointF(entry.left(), entryY)},
                                 6);
        paths.full.addPath(via2);
        result.routes.insert(e.id, paths);
    }
    for (const QString &id : std::as_const(trunkOrder)) {
        if (lanes.contains(id)) {
            const Lane &lane = lanes[id];
            QPainterPath path = roundedPath(
                {lane.start, QPointF(lane.drop, lane.start.y()), QPointF(lane.drop, lane.y)}, 6);
            path.moveTo(lane.from, lane.y);
            path.lineTo(lane.to, lane.y);
            result.trunks.append({QLatin1String("trunk:") + id, id, path});
        } else {
            const QLineF line = gutters.value(id);
            QPainterPath path(line.p1());
            path.lineTo(line.p2());
            result.trunks.append({id, gutterFrontend.value(id), path});
        }
    }

    QRectF bounds;
    for (auto it = result.rects.cbegin(); it != result.rects.cend(); ++it)
        bounds |= it.value();
    for (const Box &box : result.boxes)
        bounds |= box.rect;
    const double right = std::max({bounds.right(), servicesRight, edgeRight, 400.0}) + margin;
    result.publicBus = QLineF(margin, publicBusY, right - margin, publicBusY);
    result.privateBus = QLineF(margin, privateBusY, right - margin, privateBusY);
    for (const auto &[slot, id] : edgeOrder) {
        Q_UNUSED(slot)
        const QRectF rect = result.rects.value(id);
        result.links.append(QLineF(rect.center().x(), publicBusY, rect.center().x(), rect.top()));
        result.links.append(
            QLineF(rect.center().x() - 30, rect.bottom(), rect.center().x() - 30, privateBusY));
    }
    result.bounds = QRectF(0, 0, right, std::max(bounds.bottom(), privateBusY) + margin);
    return result;
}

} // namespace ws
