#pragma once

#include "MapPalette.h"

#include <QFont>
#include <QFontMetricsF>

namespace ws {

// What every map item paints with: the palette and the two fonts with their metrics. The scene
// owns one and hands its address to the items, so a change of scheme reaches them all.
struct MapLook
{
    MapPalette palette;
    QFont titleFont;
    QFont smallFont;
    QFontMetricsF titleMetrics {QFont()};
    QFontMetricsF smallMetrics {QFont()};

    void setFont(const QFont &base)
    {
        titleFont = base;
        titleFont.setBold(true);
        titleFont.setPointSizeF(9);
        smallFont = base;
        smallFont.setPointSizeF(7.5);
        titleMetrics = QFontMetricsF(titleFont);
        smallMetrics = QFontMetricsF(smallFont);
    }
};

} // namespace ws
