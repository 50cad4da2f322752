#include "ImageNodeItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

namespace ws {

namespace {

constexpr double padding = 10.0;
constexpr double radius = 8.0;

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setBold(true);
    return font;
}

} // namespace

ImageNodeItem::ImageNodeItem(const Spec &spec, const QSizeF &size, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_spec(spec),
      m_rect(QPointF(-size.width() / 2, -size.height() / 2), size)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setCursor(Qt::PointingHandCursor);
    setToolTip(spec.id);
    setZValue(1); // above the edges
}

void ImageNodeItem::setHighlighted(bool highlighted)
{
    if (m_highlighted == highlighted)
        return;
    m_highlighted = highlighted;
    update();
}

QSizeF ImageNodeItem::preferredSize(const Spec &spec, const QFont &font)
{
    const QFontMetricsF title(titleFont(font));
    const QFontMetricsF subtitle(font);
    const double width
        = qMax(title.horizontalAdvance(spec.title), subtitle.horizontalAdvance(spec.subtitle));
    const double height = title.height() + (spec.subtitle.isEmpty() ? 0 : subtitle.height() + 2);
    return {qMax(80.0, width + 2 * padding), height + 2 * padding * 0.8};
}

QRectF ImageNodeItem::boundingRect() const
{
    return m_rect.adjusted(-2, -2, 2, 2);
}

QPainterPath ImageNodeItem::shape() const
{
    QPainterPath path;
    path.addRoundedRect(m_rect, radius, radius);
    return path;
}

void ImageNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
                          QWidget *widget)
{
    const QPalette palette
        = widget ? widget->palette() : (scene() ? scene()->palette() : QApplication::palette());
    const bool selected = option->state & QStyle::State_Selected;
    const bool hovered = option->state & QStyle::State_MouseOver;

    QColor fill = m_spec.external ? palette.color(QPalette::Window) : palette.color(QPalette::Base);
    if (selected || m_highlighted) {
        // A tint of the highlight keeps the text colour readable in both themes.
        QColor highlight = palette.color(QPalette::Highlight);
        highlight.setAlphaF(selected ? 0.25 : 0.12);
        painter->setBrush(fill);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(m_rect, radius, radius);
        fill = highlight;
    }
    QPen pen(selected || m_highlighted || hovered ? palette.color(QPalette::Highlight)
                                                  : palette.color(QPalette::Mid),
             selected ? 2.5 : (m_highlighted ? 1.8 : 1.2));
    if (m_spec.external)
        pen.setStyle(Qt::DashLine);
    else if (!m_spec.buildable)
        pen.setStyle(Qt::DotLine);
    painter->setPen(pen);
    painter->setBrush(fill);
    painter->drawRoundedRect(m_rect, radius, radius);

    const QFont base = widget ? widget->font() : QApplication::font();
    const QFont bold = titleFont(base);
    const QFontMetricsF titleMetrics(bold);
    const QFontMetricsF subtitleMetrics(base);
    const double textHeight
        = titleMetrics.height() + (m_spec.subtitle.isEmpty() ? 0 : subtitleMetrics.height() + 2);
    double y = m_rect.center().y() - textHeight / 2;

    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    const QRectF titleRect(m_rect.left() + padding / 2, y, m_rect.width() - padding,
                           titleMetrics.height());
    painter->drawText(titleRect, Qt::AlignCenter,
                      titleMetrics.elidedText(m_spec.title, Qt::ElideMiddle, titleRect.width()));
    if (!m_spec.subtitle.isEmpty()) {
        y += titleMetrics.height() + 2;
        painter->setFont(base);
        painter->setPen(palette.color(QPalette::PlaceholderText));
        const QRectF subtitleRect(titleRect.left(), y, titleRect.width(), subtitleMetrics.height());
        painter->drawText(
            subtitleRect, Qt::AlignCenter,
            subtitleMetrics.elidedText(m_spec.subtitle, Qt::ElideMiddle, subtitleRect.width()));
    }
}

} // namespace ws
