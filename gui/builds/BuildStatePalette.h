#pragma once

#include "build/BuildState.h"
#include "build/PushQueue.h"
#include "explorer/ImageNodeItem.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace ws {

// How the Builds view shows a build or push state: one colour per state, chosen to read as a
// wash on light and dark bases and as a dot on both, and a word or mark that says the same
// without colour. The table and the graph share it so they always agree.
class BuildStatePalette
{
    Q_DECLARE_TR_FUNCTIONS(BuildStatePalette)

public:
    static QColor colour(BuildState state);
    // "running 3/7", "built", "blocked", …: the word on a graph node.
    static QString nodeText(BuildState state, int step = 0, int steps = 0);
    // A short mark for the node's corner ("↑" pushed, "↑…" pushing, "↑✗" failed); empty for
    // NotQueued.
    static QString pushMark(PushState state);
    // The node status for the graph; `warning` is a cache-defeat note (may be empty).
    static ImageNodeItem::Status nodeStatus(BuildState state, int step, int steps, PushState push,
                                            const QString &warning);
    // A node that is not in any queue yet: no tint, no word; only the warning when there is one.
    static ImageNodeItem::Status idleStatus(const QString &warning);
};

} // namespace ws
