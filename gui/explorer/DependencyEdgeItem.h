#pragma once

#include "graph/GraphLayout.h"

#include <QGraphicsPathItem>

namespace ws {

// An edge of the image graph, parent → child: the Bezier spline Graphviz computed and an arrow
// head at the child. Drawn in the palette's text colour at partial strength.
class DependencyEdgeItem : public QGraphicsPathItem
{
public:
    enum { Type = UserType + 2 };

    explicit DependencyEdgeItem(const GraphLayout::PlacedEdge &edge,
                                QGraphicsItem *parent = nullptr);

    QString from() const { return m_from; }
    QString to() const { return m_to; }

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget = nullptr) override;

private:
    QString m_from;
    QString m_to;
    QPolygonF m_arrow;
};

} // namespace ws
