#include "MapDriftMarkerItem.h"

#include "MapLook.h"

#include <QCoreApplication>
#include <QPainter>

namespace ws {

MapDriftMarkerItem::MapDriftMarkerItem(const QList<InfraDrift> &drift, const MapLook *look,
                                       QGraphicsItem *parent)
    : QGraphicsItem(parent), m_drift(drift), m_look(look)
{
    // Fixed size on screen: drift must stay visible on a thousand-host overview.
    setFlag(ItemIgnoresTransformations);
    setZValue(10);
    setToolTip(messages().join(QLatin1Char('\n')));
}

QStringList MapDriftMarkerItem::messages() const
{
    QStringList out;
    for (const InfraDrift &drift : m_drift)
        out.append(drift.message);
    return out;
}

QString MapDriftMarkerItem::kindName(InfraDrift::Kind kind)
{
    switch (kind) {
    case InfraDrift::Kind::ContainerWithoutKey:
        return QCoreApplication::translate("ws::MapDriftMarkerItem", "container without a key");
    case InfraDrift::Kind::StaleKeyRouted:
        return QCoreApplication::translate("ws::MapDriftMarkerItem", "stale key still routed");
    case InfraDrift::Kind::FailedUnit:
        return QCoreApplication::translate("ws::MapDriftMarkerItem", "failed unit");
    case InfraDrift::Kind::BackendDown:
        return QCoreApplication::translate("ws::MapDriftMarkerItem", "backend down");
    }
    return {};
}

QRectF MapDriftMarkerItem::boundingRect() const
{
    return QRectF(-9, -9, 18, 17);
}

void MapDriftMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QPolygonF triangle({QPointF(0, -8), QPointF(8.5, 7), QPointF(-8.5, 7)});
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_look->palette.background(), 1.5));
    painter->setBrush(m_look->palette.drift());
    painter->drawPolygon(triangle);
    painter->setPen(QPen(m_look->palette.dark() ? Qt::black : Qt::white, 2));
    painter->drawLine(QPointF(0, -3), QPointF(0, 2));
    painter->drawPoint(QPointF(0, 4.8));
}

} // namespace ws
