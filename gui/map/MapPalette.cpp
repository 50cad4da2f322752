#include "MapPalette.h"

#include <QGuiApplication>
#include <QPalette>
#include <QStyleHints>

namespace ws {

bool MapPalette::systemIsDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return isDark(QGuiApplication::palette());
}

bool MapPalette::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor MapPalette::statusColour(ProbeStatus status) const
{
    // Green is darker than amber and red is between them, so the three also differ in grey.
    switch (status) {
    case ProbeStatus::Up:
        return m_dark ? QColor(0x4c, 0xc3, 0x6a) : QColor(0x1f, 0x8a, 0x3c);
    case ProbeStatus::Degraded:
        return m_dark ? QColor(0xf2, 0xb7, 0x2e) : QColor(0xc7, 0x8a, 0x00);
    case ProbeStatus::Down:
        return m_dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xd0, 0x2b, 0x2b);
    case ProbeStatus::Unknown:
        break;
    }
    return m_dark ? QColor(0x9a, 0xa0, 0xa6) : QColor(0x80, 0x86, 0x8e);
}

QColor MapPalette::statusFill(ProbeStatus status) const
{
    const QColor strong = statusColour(status);
    const QColor base = background();
    // A wash: a fifth of the status colour over the background keeps text contrast in both.
    const double amount = m_dark ? 0.28 : 0.18;
    return QColor::fromRgbF(base.redF() + (strong.redF() - base.redF()) * amount,
                            base.greenF() + (strong.greenF() - base.greenF()) * amount,
                            base.blueF() + (strong.blueF() - base.blueF()) * amount);
}

QColor MapPalette::text() const
{
    return m_dark ? QColor(0xe8, 0xea, 0xed) : QColor(0x20, 0x24, 0x2a);
}

QColor MapPalette::mutedText() const
{
    return m_dark ? QColor(0xa8, 0xae, 0xb6) : QColor(0x5a, 0x60, 0x68);
}

QColor MapPalette::background() const
{
    return m_dark ? QColor(0x1e, 0x21, 0x26) : QColor(0xfa, 0xfb, 0xfc);
}

QColor MapPalette::boxFill() const
{
    return m_dark ? QColor(0x2a, 0x2e, 0x35) : QColor(0xee, 0xf1, 0xf5);
}

QColor MapPalette::boxBorder() const
{
    return m_dark ? QColor(0x50, 0x57, 0x62) : QColor(0xb4, 0xbc, 0xc8);
}

QColor MapPalette::bus() const
{
    return m_dark ? QColor(0x6c, 0x9e, 0xd8) : QColor(0x2f, 0x62, 0xa8);
}

QColor MapPalette::selection() const
{
    return m_dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x1a, 0x5f, 0xd0);
}

QColor MapPalette::drift() const
{
    return m_dark ? QColor(0xff, 0x9e, 0x40) : QColor(0xd9, 0x5c, 0x00);
}

MapPalette::Shape MapPalette::shape(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Up:
        return Shape::Circle;
    case ProbeStatus::Degraded:
        return Shape::Triangle;
    case ProbeStatus::Down:
        return Shape::Square;
    case ProbeStatus::Unknown:
        break;
    }
    return Shape::Diamond;
}

QString MapPalette::glyph(ProbeStatus status)
{
    switch (status) {
    case ProbeStatus::Up:
        return QStringLiteral("\u25cf");
    case ProbeStatus::Degraded:
        return QStringLiteral("\u25b2");
    case ProbeStatus::Down:
        return QStringLiteral("\u25a0");
    case ProbeStatus::Unknown:
        break;
    }
    return QStringLiteral("\u25c6");
}

QString MapPalette::latencyText(double latencyMs)
{
    if (latencyMs < 0)
        return {};
    if (latencyMs < 10)
        return tr("%1 ms").arg(latencyMs, 0, 'f', 1);
    if (latencyMs < 1000)
        return tr("%1 ms").arg(qRound(latencyMs));
    return tr("%1 s").arg(latencyMs / 1000.0, 0, 'f', 1);
}

QString MapPalette::statusLine(ProbeStatus status, double latencyMs)
{
    const QString word = probeStatusText(status);
    const QString latency = latencyText(latencyMs);
    return latency.isEmpty() ? word : tr("%1 %2").arg(word, latency);
}

} // namespace ws
