#pragma once

#include <QGraphicsItem>

namespace ws {

// An item that draws nothing and holds others: the routes, or a host's units and containers.
// Hiding it hides them all in one call, and the scene then skips the whole subtree while it
// paints instead of visiting each child: how the map's overview stays cheap (MapScene).
class MapLayerItem : public QGraphicsItem
{
public:
    explicit MapLayerItem(QGraphicsItem *parent = nullptr);

    QRectF boundingRect() const override { return {}; }
    void paint(QPainter *, const QStyleOptionGraphicsItem *, QWidget *) override { }
};

} // namespace ws
