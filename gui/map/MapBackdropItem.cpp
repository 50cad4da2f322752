#include "MapBackdropItem.h"

#include "MapLook.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace ws {

MapBackdropItem::MapBackdropItem(const MapLook *look) : m_look(look)
{
    setZValue(-10);
    setFlag(ItemUsesExtendedStyleOption); // paint only the exposed part
}

QString MapBackdropItem::boxTitle(const QString &id)
{
    if (id == QLatin1String("group:coreos"))
        return tr("CoreOS cluster");
    if (id == QLatin1String("group:ceph"))
        return tr("Ceph cluster");
    if (id == QLatin1String("group:orphans"))
        return tr("Without a container");
    return {};
}

void MapBackdropItem::setLayout(const MapLayout::Result &layout)
{
    if (layout.bounds != m_bounds)
        prepareGeometryChange();
    m_bounds = layout.bounds;
    m_boxes = layout.boxes;
    m_publicBus = layout.publicBus;
    m_privateBus = layout.privateBus;
    m_links = layout.links;
    update();
}

void MapBackdropItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const MapPalette &palette = m_look->palette;
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const QRectF exposed = option->exposedRect;
    for (const MapLayout::Box &box : m_boxes) {
        if (!box.rect.intersects(exposed))
            continue;
        painter->setPen(QPen(palette.boxBorder(), 1.5, Qt::DashLine));
        painter->setBrush(palette.boxFill());
        painter->drawRoundedRect(box.rect, 10, 10);
        QFont font = m_look->titleFont;
        // Zoomed out the cluster titles grow, so the overview still says what is what.
        if (detail < 0.5)
            font.setPointSizeF(font.pointSizeF() * std::min(6.0, 0.5 / std::max(detail, 0.05)));
        painter->setFont(font);
        painter->setPen(palette.mutedText());
        painter->drawText(box.rect.adjusted(14, 6, -14, 0), Qt::AlignLeft | Qt::AlignTop,
                          boxTitle(box.id));
    }
    painter->setPen(QPen(palette.bus(), 1.5));
    for (const QLineF &link : m_links)
        painter->drawLine(link);
    painter->setPen(QPen(palette.bus(), 5, Qt::SolidLine, Qt::RoundCap));
    painter->drawLine(m_publicBus);
    painter->drawLine(m_privateBus);
    painter->setFont(m_look->titleFont);
    painter->setPen(palette.bus());
    const QString publicTitle = tr("Public network");
    const QString privateTitle = tr("Private network");
    painter->drawText(QRectF(m_publicBus.p2().x() - 300, m_publicBus.p1().y() - 20, 300, 16),
                      Qt::AlignRight | Qt::AlignBottom, publicTitle);
    painter->drawText(QRectF(m_privateBus.p2().x() - 300, m_privateBus.p1().y() - 20, 300, 16),
                      Qt::AlignRight | Qt::AlignBottom, privateTitle);
}

} // namespace ws
