#include "MapNodeItem.h"

#include "MapLayout.h"
#include "MapLook.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <algorithm>

namespace ws {

namespace {

constexpr double pulseReach = 8.0; // how far the pulse ring grows out of the item

} // namespace

MapNodeItem::MapNodeItem(const MapElement &element, const QSizeF &size, const MapLook *look,
                         QGraphicsItem *parent)
    : QGraphicsItem(parent), m_element(element), m_size(size), m_look(look)
{
    setFlag(ItemIsSelectable);
    // Hosts hold their tiles; everything else sits above the boxes.
    setZValue(element.kind == MapElement::Kind::Host ? 1 : 3);
    setAcceptHoverEvents(false);
    updateToolTip();
}

QRectF MapNodeItem::boundingRect() const
{
    return QRectF(QPointF(), m_size).adjusted(-pulseReach, -pulseReach, pulseReach, pulseReach);
}

QPainterPath MapNodeItem::shape() const
{
    QPainterPath path;
    path.addRect(QRectF(QPointF(), m_size));
    return path;
}

void MapNodeItem::setElement(const MapElement &element)
{
    if (element == m_element)
        return;
    m_element = element;
    updateToolTip();
    update();
}

void MapNodeItem::setSize(const QSizeF &size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

bool MapNodeItem::setHealth(ProbeStatus status, double latencyMs, const QString &version)
{
    const bool changed = status != m_status;
    if (!changed && latencyMs == m_latencyMs && version == m_version)
        return false;
    m_status = status;
    m_latencyMs = latencyMs;
    m_version = version;
    updateToolTip();
    update();
    return changed;
}

void MapNodeItem::setPulse(double phase)
{
    if (phase == m_pulse)
        return;
    m_pulse = phase;
    update();
}

void MapNodeItem::updateToolTip()
{
    QString tip = m_element.title;
    if (!m_element.subtitle.isEmpty())
        tip += QLatin1Char('\n') + m_element.subtitle;
    if (m_element.kind != MapElement::Kind::Frontend || m_status != ProbeStatus::Unknown)
        tip += QLatin1Char('\n') + MapPalette::glyph(m_status) + QLatin1Char(' ')
            + MapPalette::statusLine(m_status, m_latencyMs);
    if (!m_version.isEmpty())
        tip += QLatin1Char('\n') + m_version;
    setToolTip(tip);
}

void MapNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    const bool child
        = m_element.kind == MapElement::Kind::Unit || m_element.kind == MapElement::Kind::Container;
    if (child && detail < tileDetail)
        return; // the host draws itself as one tile
    const MapPalette &palette = m_look->palette;
    if (m_pulse > 0 && m_pulse < 1) {
        // A ring that grows and fades: the eye finds what changed without anything moving.
        QColor ring = palette.statusColour(m_status);
        ring.setAlphaF(0.7 * (1.0 - m_pulse));
        const double grow = 1 + m_pulse * (pulseReach - 2);
        const QRectF outer = QRectF(QPointF(), m_size).adjusted(-grow, -grow, grow, grow);
        // Four bars rather than an antialiased rounded stroke: after a round of status changes
        // every item on screen pulses in the same frames, and the stroke cost ten times more.
        constexpr double bar = 3;
        painter->fillRect(QRectF(outer.left(), outer.top(), outer.width(), bar), ring);
        painter->fillRect(QRectF(outer.left(), outer.bottom() - bar, outer.width(), bar), ring);
        painter->fillRect(QRectF(outer.left(), outer.top() + bar, bar, outer.height() - 2 * bar),
                          ring);
        painter->fillRect(
            QRectF(outer.right() - bar, outer.top() + bar, bar, outer.height() - 2 * bar), ring);
    }
    switch (m_element.kind) {
    case MapElement::Kind::Host:
        paintHost(painter, detail);
        break;
    case MapElement::Kind::Service:
        paintService(painter);
        break;
    default:
        paintTile(painter, detail);
        break;
    }
    if (isSelected()) {
        painter->setPen(QPen(palette.selection(), 2.5));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(QPointF(), m_size).adjusted(-2, -2, 2, 2), 5, 5);
    }
}

void MapNodeItem::paintStatusShape(QPainter *painter, const QRectF &rect) const
{
    painter->setPen(Qt::NoPen);
    painter->setBrush(m_look->palette.statusColour(m_status));
    switch (MapPalette::shape(m_status)) {
    case MapPalette::Shape::Circle:
        painter->drawEllipse(rect);
        break;
    case MapPalette::Shape::Triangle:
        painter->drawPolygon(QPolygonF(
            {QPointF(rect.center().x(), rect.top()), rect.bottomRight(), rect.bottomLeft()}));
        break;
    case MapPalette::Shape::Square:
        painter->drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5));
        break;
    case MapPalette::Shape::Diamond:
        painter->drawPolygon(QPolygonF(
            {QPointF(rect.center().x(), rect.top()), QPointF(rect.right(), rect.center().y()),
             QPointF(rect.center().x(), rect.bottom()), QPointF(rect.left(), rect.center().y())}));
        break;
    }
}

void MapNodeItem::paintHost(QPainter *painter, double detail)
{
    const MapPalette &palette = m_look->palette;
    const QRectF rect(QPointF(), m_size);
    if (detail < tileDetail) {
        // A thousand hosts on one screen: each a tile in its status colour, nothing else.
        painter->fillRect(rect, palette.statusColour(m_status));
        return;
    }
    painter->setPen(QPen(palette.statusColour(m_status), 2));
    painter->setBrush(palette.background());
    painter->drawRoundedRect(rect, 6, 6);
    const QRectF header(rect.left(), rect.top(), rect.width(), MapLayout::hostHeaderHeight);
    painter->fillRect(header.adjusted(1, 1, -1, 0), palette.statusFill(m_status));
    if (detail < 0.3)
        return;
    paintStatusShape(painter, QRectF(8, 9, 10, 10));
    painter->setPen(palette.text());
    painter->setFont(m_look->titleFont);
    const QString title = m_look->titleMetrics.elidedText(m_element.title, Qt::ElideMiddle, 150);
    painter->drawText(QRectF(24, 4, 150, 20), Qt::AlignLeft | Qt::AlignVCenter, title);
    painter->setFont(m_look->smallFont);
    painter->setPen(palette.mutedText());
    painter->drawText(QRectF(24, 22, 150, 16), Qt::AlignLeft | Qt::AlignVCenter,
                      m_element.subtitle);
    painter->setPen(palette.text());
    painter->drawText(QRectF(rect.width() - 128, 4, 120, 20), Qt::AlignRight | Qt::AlignVCenter,
                      MapPalette::statusLine(m_status, m_latencyMs));
    if (!m_version.isEmpty()) {
        painter->setPen(palette.mutedText());
        painter->drawText(QRectF(rect.width() - 128, 22, 120, 16),
                          Qt::AlignRight | Qt::AlignVCenter,
                          m_look->smallMetrics.elidedText(m_version, Qt::ElideRight, 120));
    }
}

void MapNodeItem::paintTile(QPainter *painter, double detail)
{
    const MapPalette &palette = m_look->palette;
    const QRectF rect(QPointF(), m_size);
    const bool chip
        = m_element.kind == MapElement::Kind::Unit || m_element.kind == MapElement::Kind::Frontend;
    painter->setPen(QPen(palette.statusColour(m_status), chip ? 1 : 1.5));
    painter->setBrush(palette.statusFill(m_status));
    painter->drawRoundedRect(rect, 4, 4);
    if (detail < 0.45)
        return;
    const double h = m_size.height();
    const double mark = std::min(9.0, h - 8);
    paintStatusShape(painter, QRectF(5, (h - mark) / 2, mark, mark));
    const QString status = m_element.kind == MapElement::Kind::Unit
        ? m_element.subtitle
        : MapPalette::latencyText(m_latencyMs);
    const double statusWidth
        = status.isEmpty() ? 0 : std::min(60.0, m_look->smallMetrics.horizontalAdvance(status) + 6);
    const double textLeft = 8 + mark;
    const double textWidth = m_size.width() - textLeft - statusWidth - 4;
    painter->setPen(palette.text());
    if (chip || m_element.kind == MapElement::Kind::Container) {
        painter->setFont(chip ? m_look->smallFont : m_look->titleFont);
        const QFontMetricsF &metrics = chip ? m_look->smallMetrics : m_look->titleMetrics;
        painter->drawText(QRectF(textLeft, 0, textWidth, h), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(m_element.title, Qt::ElideRight, textWidth));
    } else {
        // Keys and addresses: the title (a long key) above, the address below.
        painter->setFont(m_look->smallFont);
        painter->drawText(
            QRectF(textLeft, 1, textWidth, h / 2), Qt::AlignLeft | Qt::AlignVCenter,
            m_look->smallMetrics.elidedText(m_element.title, Qt::ElideMiddle, textWidth));
        painter->setPen(palette.mutedText());
        painter->drawText(QRectF(textLeft, h / 2, textWidth, h / 2 - 1),
                          Qt::AlignLeft | Qt::AlignVCenter, m_element.subtitle);
    }
    if (!status.isEmpty()) {
        painter->setFont(m_look->smallFont);
        painter->setPen(palette.mutedText());
        painter->drawText(QRectF(m_size.width() - statusWidth - 3, 0, statusWidth, h),
                          Qt::AlignRight | Qt::AlignVCenter,
                          m_look->smallMetrics.elidedText(status, Qt::ElideRight, statusWidth));
    }
}

void MapNodeItem::paintService(QPainter *painter)
{
    const MapPalette &palette = m_look->palette;
    const QRectF rect(QPointF(), m_size);
    painter->setPen(QPen(palette.statusColour(m_status), 2));
    painter->setBrush(palette.statusFill(m_status));
    painter->drawRoundedRect(rect, 7, 7);
    const double w = m_size.width();
    paintStatusShape(painter, QRectF(9, 9, 11, 11));
    painter->setPen(palette.text());
    painter->setFont(m_look->titleFont);
    painter->drawText(QRectF(26, 4, w - 32, 20), Qt::AlignLeft | Qt::AlignVCenter,
                      m_look->titleMetrics.elidedText(m_element.title, Qt::ElideRight, w - 32));
    painter->setFont(m_look->smallFont);
    painter->setPen(palette.mutedText());
    const QString kind = m_version.isEmpty() ? m_element.subtitle
                                             : m_element.subtitle + QLatin1Char(' ') + m_version;
    painter->drawText(QRectF(9, 23, w - 16, 14), Qt::AlignLeft | Qt::AlignVCenter,
                      m_look->smallMetrics.elidedText(kind, Qt::ElideRight, w - 16));
    painter->setPen(palette.text());
    painter->drawText(QRectF(9, 37, w - 16, 14), Qt::AlignLeft | Qt::AlignVCenter,
                      MapPalette::statusLine(m_status, m_latencyMs));
}

} // namespace ws
