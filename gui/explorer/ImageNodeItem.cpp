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

void ImageNodeItem::setStatus(const Status &status)
{
    m_status = status;
    QString tip = m_spec.id;
    if (!status.text.isEmpty())
        tip += QStringLiteral("\n") + status.text;
    if (!status.warning.isEmpty())
        tip += QStringLiteral("\n\u26a0 ") + status.warning;
    setToolTip(tip);
    update();
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
    double width
        = qMax(title.horizontalAdvance(spec.title), subtitle.horizontalAdvance(spec.subtitle));
    double height = title.height() + (spec.subtitle.isEmpty() ? 0 : subtitle.height() + 2);
    if (spec.statusLine) {
        // Room for a state word and a step count ("● running 12/14") and the corner badges.
        width = qMax(width, subtitle.horizontalAdvance(QStringLiteral("\u25cf cancelled 00/00")));
        width += 2 * subtitle.height();
        height += subtitle.height() + 2;
    }
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
    if (m_status.colour.isValid()) {
        // A light wash of the state's colour over the base keeps the theme's text readable.
        const QColor base = fill;
        const double a = 0.28;
        fill = QColor::fromRgbF(base.redF() * (1 - a) + m_status.colour.redF() * a,
                                base.greenF() * (1 - a) + m_status.colour.greenF() * a,
                                base.blueF() * (1 - a) + m_status.colour.blueF() * a);
    }
    if (selected || m_highlighted) {
        // A tint of the highlight keeps the text colour readable in both themes.
        QColor highlight = palette.color(QPalette::Highlight);
        highlight.setAlphaF(selected ? 0.25 : 0.12);
        painter->setBrush(fill);
        painter->setPen(Qt::NoPen);
        painter->drawRoundedRect(m_rect, radius, radius);
        fill = highlight;
    }
    QColor edge = palette.color(QPalette::Mid);
    double edgeWidth = 1.2;
    if (m_status.colour.isValid()) {
        edge = m_status.colour;
        edgeWidth = 2.0;
    }
    QPen pen(selected || m_highlighted || hovered ? palette.color(QPalette::Highlight) : edge,
             selected ? 2.5 : (m_highlighted ? 1.8 : edgeWidth));
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
    const bool statusLine = m_spec.statusLine;
    const double textHeight = titleMetrics.height()
        + (m_spec.subtitle.isEmpty() ? 0 : subtitleMetrics.height() + 2)
        + (statusLine ? subtitleMetrics.height() + 2 : 0);
    double y = m_rect.center().y() - textHeight / 2;

    painter->setFont(bold);
    painter->setPen(palette.color(QPalette::Text));
    // With corner badges the title keeps clear of them.
    const double inset = statusLine ? subtitleMetrics.height() : padding / 2;
    const QRectF titleRect(m_rect.left() + inset, y, m_rect.width() - 2 * inset,
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
    if (statusLine && !m_status.text.isEmpty()) {
        y += (m_spec.subtitle.isEmpty() ? titleMetrics.height() : subtitleMetrics.height()) + 2;
        painter->setFont(base);
        const QRectF statusRect(m_rect.left() + padding / 2, y, m_rect.width() - padding,
                                subtitleMetrics.height());
        const QString text = subtitleMetrics.elidedText(m_status.text, Qt::ElideRight,
                                                        statusRect.width() - statusRect.height());
        const double textWidth = subtitleMetrics.horizontalAdvance(text);
        const double dot = subtitleMetrics.height() * 0.55;
        const double left = statusRect.center().x() - (textWidth + dot + 4) / 2;
        if (m_status.colour.isValid()) {
            painter->setPen(QPen(palette.color(QPalette::Text), 0.8));
            painter->setBrush(m_status.colour);
            painter->drawEllipse(QRectF(left, statusRect.center().y() - dot / 2, dot, dot));
        }
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(QRectF(left + dot + 4, y, textWidth + 1, statusRect.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, text);
    }
    const double badge = subtitleMetrics.height();
    if (!m_status.mark.isEmpty()) {
        painter->setFont(base);
        const double markWidth = qMax(badge, subtitleMetrics.horizontalAdvance(m_status.mark) + 4);
        const QRectF markRect(m_rect.right() - markWidth - 3, m_rect.top() + 3, markWidth, badge);
        painter->setPen(palette.color(QPalette::Text));
        painter->drawText(markRect, Qt::AlignCenter, m_status.mark);
    }
    if (!m_status.warning.isEmpty()) {
        // An amber triangle with "!": the usual warning sign, readable on both themes.
        const QRectF warnRect(m_rect.left() + 4, m_rect.top() + 4, badge * 0.9, badge * 0.9);
        QPainterPath triangle;
        triangle.moveTo(warnRect.center().x(), warnRect.top());
        triangle.lineTo(warnRect.bottomRight());
        triangle.lineTo(warnRect.bottomLeft());
        triangle.closeSubpath();
        painter->setPen(QPen(QColor(0x8a, 0x5a, 0x00), 1.0));
        painter->setBrush(QColor(0xf0, 0xb4, 0x29));
        painter->drawPath(triangle);
        QFont small = bold;
        if (base.pointSizeF() > 0)
            small.setPointSizeF(qMax(6.0, base.pointSizeF() * 0.7));
        painter->setFont(small);
        painter->setPen(Qt::black);
        painter->drawText(warnRect.adjusted(0, warnRect.height() * 0.2, 0, 0), Qt::AlignCenter,
                          QStringLiteral("!"));
    }
}

} // namespace ws
