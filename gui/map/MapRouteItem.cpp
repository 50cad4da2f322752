#include "MapRouteItem.h"

#include "MapLook.h"

#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace ws {

MapRouteItem::MapRouteItem(const MapElement &element, const QPainterPath &local,
                           const QPainterPath &full, const MapLook *look)
    : m_element(element), m_look(look)
{
    setFlag(ItemIsSelectable);
    setZValue(2); // over the host boxes, under the tiles it joins
    // A route changes colour rarely and is drawn in every frame it is on screen (pulses of the
    // tiles around it, panning): an antialiased path with its end dot costs tens of
    // microseconds, its cached pixmap a fraction of that. Zooming redraws it.
    setCacheMode(DeviceCoordinateCache);
    setPaths(local, full);
    setToolTip(element.title);
}

MapRouteItem *MapRouteItem::trunk(const QString &id, const QPainterPath &path, const MapLook *look)
{
    MapElement element;
    element.id = id;
    element.kind = MapElement::Kind::Route;
    auto *item = new MapRouteItem(element, path, path, look);
    item->m_trunk = true;
    item->setFlag(ItemIsSelectable, false);
    item->setZValue(1.5);
    item->setToolTip(QString());
    return item;
}

QRectF MapRouteItem::boundingRect() const
{
    return isSelected() ? m_fullBounds : m_localBounds;
}

QPainterPath MapRouteItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(isSelected() ? m_full : m_local);
}

void MapRouteItem::setElement(const MapElement &element)
{
    if (element == m_element)
        return;
    m_element = element;
    setToolTip(element.title);
    update();
}

void MapRouteItem::setPaths(const QPainterPath &local, const QPainterPath &full)
{
    if (local == m_local && full == m_full)
        return;
    prepareGeometryChange();
    m_local = local;
    m_full = full;
    m_localBounds = local.boundingRect().adjusted(-4, -4, 4, 4);
    m_fullBounds = full.boundingRect().adjusted(-4, -4, 4, 4);
}

QVariant MapRouteItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemSelectedChange)
        prepareGeometryChange(); // selected, it draws its whole way
    return QGraphicsItem::itemChange(change, value);
}

bool MapRouteItem::setHealth(ProbeStatus status)
{
    if (status == m_status)
        return false;
    m_status = status;
    update();
    return true;
}

void MapRouteItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool selected = isSelected();
    QColor colour = selected ? m_look->palette.selection() : m_look->palette.statusColour(m_status);
    colour.setAlphaF(selected ? 1.0 : 0.8);
    // Zoomed out, hairlines: thick strokes would hide the hosts.
    const double width = detail < 0.3 ? 0 : (selected ? 3 : (m_trunk ? 2.2 : 1.6));
    QPen pen(colour, width);
    // Also without colour: a broken line is a broken route. Not in the overview, where a dash
    // pattern along a trunk through a thousand hosts would cost a frame by itself and could
    // not be seen; there the hairline is drawn without antialiasing too.
    const bool overview = detail < 0.3;
    if (m_status == ProbeStatus::Down && !overview)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QPainterPath &path = selected ? m_full : m_local;
    const bool antialiased = painter->testRenderHint(QPainter::Antialiasing);
    if (overview)
        painter->setRenderHint(QPainter::Antialiasing, false);
    painter->drawPath(path);
    if (overview)
        painter->setRenderHint(QPainter::Antialiasing, antialiased); // the view saves no state
    if (!m_trunk && detail >= 0.3) {
        painter->setBrush(colour);
        painter->setPen(Qt::NoPen);
        painter->drawEllipse(path.currentPosition(), 2.5, 2.5);
    }
}

} // namespace ws
