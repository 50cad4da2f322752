#pragma once

#include "MapElement.h"
#include "infra/ProbeStatus.h"

#include <QGraphicsItem>

namespace ws {

struct MapLook;

// One element on the map that has a health: a host (a box that holds its units and containers
// as child items), a unit, a container, a service, an HAProxy frontend, a key or an address.
// Coloured by status, with the status's shape and its word and latency for those who do not
// see the colour; a changed status pulses (the scene drives the pulse). Zoomed out far enough,
// a host is a plain coloured tile and its children draw nothing.
class MapNodeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 701 };

    MapNodeItem(const MapElement &element, const QSizeF &size, const MapLook *look,
                QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    const MapElement &element() const { return m_element; }
    QString id() const { return m_element.id; }
    void setElement(const MapElement &element);
    void setSize(const QSizeF &size);
    QSizeF size() const { return m_size; }

    ProbeStatus status() const { return m_status; }
    double latencyMs() const { return m_latencyMs; }
    QString version() const { return m_version; }
    // True when the status changed (the caller starts a pulse).
    bool setHealth(ProbeStatus status, double latencyMs, const QString &version);
    void setPulse(double phase); // 0 = none, then 0..1 over the pulse
    double pulse() const { return m_pulse; }

    // Below this scale a host is a tile, and its units and containers are not drawn.
    static constexpr double tileDetail = 0.28;

private:
    void updateToolTip();
    void paintHost(QPainter *painter, double detail);
    void paintTile(QPainter *painter, double detail);
    void paintService(QPainter *painter);
    void paintStatusShape(QPainter *painter, const QRectF &rect) const;

    MapElement m_element;
    QSizeF m_size;
    const MapLook *m_look;
    ProbeStatus m_status = ProbeStatus::Unknown;
    double m_latencyMs = -1;
    QString m_version;
    double m_pulse = 0;
};

} // namespace ws
