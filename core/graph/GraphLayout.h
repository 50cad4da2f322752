#pragma once

#include "common/Problem.h"

#include <QList>
#include <QPointF>
#include <QRectF>
#include <QSizeF>
#include <QString>

namespace ws {

// Lays out a directed graph with Graphviz's `dot` engine (libgvc): the caller gives node sizes
// (measured with its own fonts), the layout gives positions, edge splines and the bounding box.
// Coordinates are in points with y growing downwards, as in a QGraphicsScene. Safe to call from
// any thread: libgvc itself is not re-entrant, so calls are serialised inside.
class GraphLayout
{
public:
    enum class Direction { TopToBottom, LeftToRight };

    struct Node
    {
        QString id; // unique; edges refer to it
        QString label; // carried through to the result; Graphviz never measures it
        QSizeF size; // in points
    };

    struct Edge
    {
        QString from; // node id of the tail (the parent)
        QString to; // node id of the head (the child)
    };

    struct Options
    {
        Direction direction = Direction::TopToBottom;
        double nodeSeparation = 18.0; // points between neighbours of one rank
        double rankSeparation = 36.0; // points between ranks
    };

    struct PlacedNode
    {
        QString id;
        QString label;
        QPointF centre;
        QSizeF size;

        QRectF rect() const
        {
            return {centre - QPointF(size.width() / 2, size.height() / 2), size};
        }
    };

    struct PlacedEdge
    {
        QString from;
        QString to;
        // Cubic Bezier control points from tail to head: p0, then (c1, c2, p) per segment, so
        // 3n+1 points. The curve stops short of the head where the arrow starts.
        QList<QPointF> points;
        bool hasArrow = false;
        QPointF arrowTip; // where the arrow touches the head node, when hasArrow
    };

    struct Result
    {
        QList<PlacedNode> nodes; // in input order
        QList<PlacedEdge> edges; // in input order, unknown or duplicate endpoints left out
        QRectF boundingBox;
        Problems problems; // input the layout had to ignore, or a Graphviz failure

        bool ok() const; // no Error problem
        const PlacedNode *node(const QString &id) const;
    };

    static Result compute(const QList<Node> &nodes, const QList<Edge> &edges,
                          const Options &options);
    static Result compute(const QList<Node> &nodes, const QList<Edge> &edges); // default Options
};

} // namespace ws
