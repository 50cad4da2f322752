#pragma once

#include "MapElement.h"
#include "infra/ProbeStatus.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace ws {

struct MapLook;

// A route from an HAProxy frontend through the host's router to a container (or to a stale key
// or an address nothing stands behind), coloured by the health HAProxy reports for its server.
// It draws its own part (from its frontend's gutter on) and, selected, its whole way from the
// frontend. A trunk (what the routes of one frontend share, see MapLayout::Trunk) is the same
// item, not selectable, coloured by the frontend.
class MapRouteItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 702 };

    MapRouteItem(const MapElement &element, const QPainterPath &local, const QPainterPath &full,
                 const MapLook *look);
    static MapRouteItem *trunk(const QString &id, const QPainterPath &path, const MapLook *look);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const MapElement &element() const { return m_element; }
    QString id() const { return m_element.id; }
    bool isTrunk() const { return m_trunk; }
    void setElement(const MapElement &element);
    void setPaths(const QPainterPath &local, const QPainterPath &full);
    QPainterPath path() const { return m_full; } // the whole way
    QPainterPath localPath() const { return m_local; } // its own part

    ProbeStatus status() const { return m_status; }
    bool setHealth(ProbeStatus status); // true when it changed

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;

private:
    MapElement m_element;
    QPainterPath m_local;
    QPainterPath m_full;
    QRectF m_localBounds;
    QRectF m_fullBounds;
    const MapLook *m_look;
    ProbeStatus m_status = ProbeStatus::Unknown;
    bool m_trunk = false;
};

} // namespace ws
