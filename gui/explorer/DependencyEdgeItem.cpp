#include "DependencyEdgeItem.h"

#include <QApplication>
#include <QLineF>
#include <QPainter>
#include <QWidget>

namespace ws {

DependencyEdgeItem::DependencyEdgeItem(const GraphLayout::PlacedEdge &edge, QGraphicsItem *parent)
    : QGraphicsPathItem(parent), m_from(edge.from), m_to(edge.to)
{
    QPainterPath path;
    if (!edge.points.isEmpty()) {
        path.moveTo(edge.points.first());
        for (int i = 1; i + 2 < edge.points.size(); i += 3)
            path.cubicTo(edge.points[i], edge.points[i + 1], edge.points[i + 2]);
    }
    if (edge.hasArrow && !edge.points.isEmpty()) {
        const QPointF tip = edge.arrowTip;
        const QPointF start = edge.points.last();
        path.lineTo(tip);
        // An arrow head along the last stretch of the curve, 10 points long.
        QLineF axis(tip, start);
        if (axis.length() > 0.01) {
            axis.setLength(10);
            QLineF left = axis;
            left.setAngle(axis.angle() + 22);
            QLineF right = axis;
            right.setAngle(axis.angle() - 22);
            m_arrow << tip << left.p2() << right.p2();
        }
    }
    setPath(path);
    setZValue(0);
}

QRectF DependencyEdgeItem::boundingRect() const
{
    return QGraphicsPathItem::boundingRect().united(m_arrow.boundingRect()).adjusted(-2, -2, 2, 2);
}

void DependencyEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *widget)
{
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    QColor colour = palette.color(QPalette::Text);
    colour.setAlphaF(0.55);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(colour, 1.3));
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(path());
    painter->setBrush(colour);
    painter->drawPolygon(m_arrow);
}

} // namespace ws
