#pragma once

#include "infra/ProbeStatus.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QPalette;

namespace ws {

// How the map shows health: a colour per status for light and for dark bases, chosen to differ
// in lightness as well as hue (red and green alone fail for the commonest colour blindness), and
// a shape and a word that say the same without colour: up ● "up", degraded ▲ "degraded",
// down ■ "down", unknown ◆ "unknown".
class MapPalette
{
    Q_DECLARE_TR_FUNCTIONS(MapPalette)

public:
    enum class Shape { Circle, Triangle, Square, Diamond };

    explicit MapPalette(bool dark = false) : m_dark(dark) { }

    // The system's scheme: QStyleHints::colorScheme() from Qt 6.5, else the lightness of the
    // palette's window colour (Qt 6.4 has no scheme hint).
    static bool systemIsDark();
    static bool isDark(const QPalette &palette);

    bool dark() const { return m_dark; }

    QColor statusColour(ProbeStatus status) const; // the strong colour: borders, glyphs, tiles
    QColor statusFill(ProbeStatus status) const; // a wash behind text, readable in either scheme
    QColor text() const;
    QColor mutedText() const;
    QColor background() const;
    QColor boxFill() const; // cluster and host boxes
    QColor boxBorder() const;
    QColor bus() const; // the network lines
    QColor selection() const;
    QColor drift() const;

    static Shape shape(ProbeStatus status);
    // The shape as one character, for text and tooltips.
    static QString glyph(ProbeStatus status);
    // "up 3 ms", "down", "unknown": the word and the latency when there is one.
    static QString statusLine(ProbeStatus status, double latencyMs);
    static QString latencyText(double latencyMs); // "0.4 ms", "12 ms", "1.2 s"; empty when < 0

private:
    bool m_dark = false;
};

} // namespace ws
