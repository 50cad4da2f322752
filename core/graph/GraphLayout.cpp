#include "GraphLayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#include <gvc.h>

#include <algorithm>
#include <memory>

namespace ws {

namespace {

class GraphLayoutText
{
    Q_DECLARE_TR_FUNCTIONS(ws::GraphLayout)
};

// libgvc keeps global state (the error handler, plugin tables, the cgraph id discipline), so
// every use of it, from whichever thread, goes through this one lock.
QMutex &graphvizMutex()
{
    static QMutex mutex;
    return mutex;
}

// One Graphviz context for the process: creating one loads the plugin configuration, which is
// slow enough to matter when the graph is laid out again on every reload. Only used under the
// mutex; it stays reachable until exit on purpose.
GVC_t *graphvizContext()
{
    static GVC_t *context = gvContext();
    return context;
}

// Graphviz reports errors through a process-wide callback; collected here under the mutex.
QString *collectedErrors = nullptr;

int collectError(char *message)
{
    if (collectedErrors && message)
        collectedErrors->append(QString::fromLocal8Bit(message).trimmed() + QLatin1Char('\n'));
    return 0;
}

// cgraph's setters take char* though they never write through it.
void setAttribute(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, const_cast<char *>(name), const_cast<char *>(value.constData()),
              const_cast<char *>(""));
}

QByteArray inches(double points)
{
    return QByteArray::number(points / 72.0, 'f', 4);
}

struct GraphCloser
{
    void operator()(Agraph_t *graph) const
    {
        gvFreeLayout(graphvizContext(), graph);
        agclose(graph);
    }
};

} // namespace

bool GraphLayout::Result::ok() const
{
    for (const Problem &problem : problems) {
        if (problem.severity == Problem::Severity::Error)
            return false;
    }
    return true;
}

const GraphLayout::PlacedNode *GraphLayout::Result::node(const QString &id) const
{
    for (const PlacedNode &placed : nodes) {
        if (placed.id == id)
            return &placed;
    }
    return nullptr;
}

GraphLayout::Result GraphLayout::compute(const QList<Node> &nodes, const QList<Edge> &edges)
{
    return compute(nodes, edges, Options {});
}

GraphLayout::Result GraphLayout::compute(const QList<Node> &nodes, const QList<Edge> &edges,
                                         const Options &options)
{
    Result result;
    const QString where = GraphLayoutText::tr("graph layout");
    auto warn = [&](const QString &message) {
        result.problems.append(makeProblem(where, 0, 0, message, Problem::Severity::Warning));
    };

    // Graphviz names nodes by index, so ids with any characters at all are safe.
    QHash<QString, int> indexOf;
    QList<int> kept;
    for (int i = 0; i < nodes.size(); ++i) {
        if (indexOf.contains(nodes[i].id)) {
            warn(GraphLayoutText::tr("Node \"%1\" appears twice; the second one is left out.")
                     .arg(nodes[i].id));
            continue;
        }
        indexOf.insert(nodes[i].id, i);
        kept.append(i);
    }
    if (kept.isEmpty())
        return result;

    QMutexLocker locker(&graphvizMutex());
    QString errors;
    collectedErrors = &errors;
    const agusererrf previousHandler = agseterrf(collectError);
    const agerrlevel_t previousLevel = agseterr(AGERR);

    GVC_t *context = graphvizContext();
    std::unique_ptr<Agraph_t, GraphCloser> graph(
        agopen(const_cast<char *>("whalestack"), Agdirected, nullptr));

    setAttribute(graph.get(), "rankdir", options.direction == Direction::LeftToRight ? "LR" : "TB");
    setAttribute(graph.get(), "nodesep", inches(options.nodeSeparation));
    setAttribute(graph.get(), "ranksep", inches(options.rankSeparation));
    setAttribute(graph.get(), "splines", "spline");

    QHash<int, Agnode_t *> gvNodes;
    for (int i : kept) {
        const QByteArray name = "n" + QByteArray::number(i);
        Agnode_t *node = agnode(graph.get(), const_cast<char *>(name.constData()), 1);
        setAttribute(node, "shape", "box");
        setAttribute(node, "fixedsize", "true");
        setAttribute(node, "label", "");
        setAttribute(node, "width", inches(qMax(1.0, nodes[i].size.width())));
        setAttribute(node, "height", inches(qMax(1.0, nodes[i].size.height())));
        gvNodes.insert(i, node);
    }

    QList<QPair<int, Agedge_t *>> gvEdges;
    for (int i = 0; i < edges.size(); ++i) {
        const Edge &edge = edges[i];
        const auto from = indexOf.constFind(edge.from);
        const auto to = indexOf.constFind(edge.to);
        if (from == indexOf.cend() || to == indexOf.cend()) {
            warn(GraphLayoutText::tr("Edge \"%1\" → \"%2\" names a node that is not in the graph; "
                                     "it is left out.")
                     .arg(edge.from, edge.to));
            continue;
        }
        const QByteArray name = "e" + QByteArray::number(i);
        // Named edges so that two edges between the same nodes stay two.
        Agedge_t *gvEdge = agedge(graph.get(), gvNodes.value(*from), gvNodes.value(*to),
                                  const_cast<char *>(name.constData()), 1);
        gvEdges.append({i, gvEdge});
    }

    const int status = gvLayout(context, graph.get(), "dot");

    agseterr(previousLevel);
    agseterrf(previousHandler);
    collectedErrors = nullptr;

    if (status != 0) {
        result.problems.append(
            makeProblem(where, 0, 0,
                        GraphLayoutText::tr("Graphviz could not lay out the graph: %1")
                            .arg(errors.trimmed().isEmpty() ? GraphLayoutText::tr("no reason given")
                                                            : errors.trimmed())));
        // Close without gvFreeLayout: there is no layout to free.
        agclose(graph.release());
        return result;
    }

    // Graphviz's y axis points up; flip it against the bounding box so the scene's points down.
    const boxf bb = GD_bb(graph.get());
    const double top = bb.UR.y;
    auto toScene = [top](pointf p) {
        return QPointF(p.x, top - p.y);
    };
    result.boundingBox = QRectF(QPointF(bb.LL.x, 0), QPointF(bb.UR.x, top - bb.LL.y));

    for (int i : kept) {
        Agnode_t *node = gvNodes.value(i);
        PlacedNode placed;
        placed.id = nodes[i].id;
        placed.label = nodes[i].label;
        placed.centre = toScene(ND_coord(node));
        placed.size = QSizeF(ND_width(node) * 72.0, ND_height(node) * 72.0);
        result.nodes.append(placed);
    }

    for (const auto &[index, gvEdge] : gvEdges) {
        PlacedEdge placed;
        placed.from = edges[index].from;
        placed.to = edges[index].to;
        const splines *spl = ED_spl(gvEdge);
        if (spl) {
            for (int b = 0; b < spl->size; ++b) {
                const bezier &curve = spl->list[b];
                // Joined segments repeat the joint; keep it once.
                for (int p = 0; p < curve.size; ++p) {
                    const QPointF point = toScene(curve.list[p]);
                    if (p == 0 && !placed.points.isEmpty() && placed.points.last() == point)
                        continue;
                    placed.points.append(point);
                }
                if (curve.eflag) {
                    placed.hasArrow = true;
                    placed.arrowTip = toScene(curve.ep);
                }
            }
            // A back edge of a cycle can come out drawn head to tail with the arrow at its
            // start; turn it round so every edge reads tail → head.
            if (spl->size > 0 && spl->list[0].sflag && !placed.hasArrow) {
                std::reverse(placed.points.begin(), placed.points.end());
                placed.hasArrow = true;
                placed.arrowTip = toScene(spl->list[0].sp);
            }
        }
        result.edges.append(placed);
    }
    return result;
}

} // namespace ws
