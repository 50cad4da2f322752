#pragma once

#include "infra/InfraSnapshot.h"

#include <QGraphicsItem>
#include <QList>

namespace ws {

struct MapLook;

// The mark of drift on an element: a small warning triangle at its top-right corner, the same
// size at every zoom, with the drift's messages as its tooltip.
class MapDriftMarkerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 703 };

    MapDriftMarkerItem(const QList<InfraDrift> &drift, const MapLook *look, QGraphicsItem *parent);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const QList<InfraDrift> &drift() const { return m_drift; }
    QStringList messages() const;
    static QString kindName(InfraDrift::Kind kind); // translated

private:
    QList<InfraDrift> m_drift;
    const MapLook *m_look;
};

} // namespace ws
