#include "LatencySparkline.h"

#include "MapPalette.h"

#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace ws {

LatencySparkline::LatencySparkline(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void LatencySparkline::setSamples(const QList<double> &milliseconds)
{
    if (milliseconds == m_samples)
        return;
    m_samples = milliseconds;
    QStringList tip;
    double low = -1, high = -1;
    for (double sample : m_samples) {
        if (sample < 0)
            continue;
        low = low < 0 ? sample : std::min(low, sample);
        high = std::max(high, sample);
    }
    setToolTip(m_samples.isEmpty() || high < 0
                   ? tr("No latency measured yet")
                   : tr("%n sample(s), from %1 to %2", "", int(m_samples.size()))
                         .arg(MapPalette::latencyText(low), MapPalette::latencyText(high)));
    update();
}

QSize LatencySparkline::sizeHint() const
{
    return {240, fontMetrics().height() * 3};
}

QSize LatencySparkline::minimumSizeHint() const
{
    return {120, fontMetrics().height() * 3};
}

void LatencySparkline::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &pal = palette();
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    painter.setPen(QPen(pal.color(QPalette::Mid), 1));
    painter.setBrush(pal.color(QPalette::Base));
    painter.drawRoundedRect(area, 3, 3);

    QList<QPair<int, double>> points;
    double low = -1, high = 0;
    for (qsizetype i = 0; i < m_samples.size(); ++i) {
        if (m_samples[i] < 0)
            continue;
        points.append({int(i), m_samples[i]});
        low = low < 0 ? m_samples[i] : std::min(low, m_samples[i]);
        high = std::max(high, m_samples[i]);
    }
    painter.setPen(pal.color(QPalette::PlaceholderText));
    if (points.isEmpty()) {
        painter.drawText(area, Qt::AlignCenter, tr("no samples yet"));
        return;
    }
    const QString last = MapPalette::latencyText(points.last().second);
    const QString range
        = tr("%1–%2").arg(MapPalette::latencyText(low), MapPalette::latencyText(high));
    const double labelWidth
        = std::max(fontMetrics().horizontalAdvance(last), fontMetrics().horizontalAdvance(range))
        + 10;
    const QRectF plot = area.adjusted(4, 4, -labelWidth, -4);
    const double span = std::max(1.0, double(m_samples.size() - 1));
    const double top = high > low ? high : low + 1;
    const double bottom = high > low ? low : 0;
    auto at = [&](int index, double value) {
        return QPointF(plot.left() + plot.width() * index / span,
                       plot.bottom() - plot.height() * (value - bottom) / (top - bottom));
    };
    QPainterPath path;
    path.moveTo(at(points.first().first, points.first().second));
    for (qsizetype i = 1; i < points.size(); ++i)
        path.lineTo(at(points[i].first, points[i].second));
    painter.setPen(QPen(pal.color(QPalette::Highlight), 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawPath(path);
    painter.setBrush(pal.color(QPalette::Highlight));
    painter.drawEllipse(at(points.last().first, points.last().second), 2.5, 2.5);
    const QRectF labels(plot.right() + 6, area.top(), labelWidth - 8, area.height());
    painter.setPen(pal.color(QPalette::Text));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignTop, last);
    painter.setPen(pal.color(QPalette::PlaceholderText));
    painter.drawText(labels, Qt::AlignRight | Qt::AlignBottom, range);
}

} // namespace ws
