#pragma once

#include "MapLayout.h"

#include <QCoreApplication>
#include <QGraphicsItem>

namespace ws {

struct MapLook;

// What the map's elements hang on, in one item under them all: the public and private network
// buses, the lines from the buses to the services, HAProxy and the clusters, and the boxes of
// the CoreOS cluster, the Ceph cluster and the keys without a container, with their titles.
class MapBackdropItem : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(MapBackdropItem)

public:
    explicit MapBackdropItem(const MapLook *look);

    QRectF boundingRect() const override { return m_bounds; }
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    void setLayout(const MapLayout::Result &layout);
    static QString boxTitle(const QString &id); // translated title of a box id

private:
    const MapLook *m_look;
    QRectF m_bounds;
    QList<MapLayout::Box> m_boxes;
    QLineF m_publicBus;
    QLineF m_privateBus;
    QList<QLineF> m_links;
};

} // namespace ws
