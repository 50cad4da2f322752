#pragma once

#include "Workspace.h"

#include <QString>

namespace ws {

// The image graph in Graphviz dot, for `whalestack-cli graph PATH`: one node per image (its full
// name), external bases as dashed nodes, an edge from each parent to its child.
class ImageGraphDot
{
public:
    static QString toDot(const Workspace &workspace);
    // `text` as a dot double-quoted ID: quotes and backslashes escaped, line breaks as \n.
    static QString quoted(const QString &text);
};

} // namespace ws
