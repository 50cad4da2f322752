#pragma once

#include "ImageNodeItem.h"
#include "graph/GraphLayout.h"

#include <QGraphicsView>
#include <QHash>

namespace ws {

// The image dependency graph: nodes and edges placed by a GraphLayout result. Wheel zooms around
// the cursor, dragging the background pans, a click selects a node.
class ImageGraphView : public QGraphicsView
{
    Q_OBJECT

public:
    explicit ImageGraphView(QWidget *parent = nullptr);
    ~ImageGraphView() override;

    // The layout input for `specs`, each node sized for this view's font.
    QList<GraphLayout::Node> layoutNodes(const QList<ImageNodeItem::Spec> &specs) const;
    // Replaces the scene's content with the placed graph. Keeps the selection when its node is
    // still there.
    void showGraph(const QList<ImageNodeItem::Spec> &specs, const GraphLayout::Result &layout);
    // An empty scene with a line of text in the middle (no workspace, nothing to draw).
    void showMessage(const QString &message);

    ImageNodeItem *node(const QString &id) const;
    QList<ImageNodeItem *> nodes() const;
    int edgeCount() const;

    QString selectedNode() const;
    void selectNode(const QString &id); // an empty or unknown id clears the selection

    // Marks these nodes (and unmarks the rest); an empty list clears the marks.
    void setHighlighted(const QStringList &ids);
    QStringList highlighted() const;

    double zoom() const; // current scale factor, 1 = one point a pixel

    // Several nodes at once (Ctrl+click adds one): the Builds view acts on all of them.
    QStringList selectedNodes() const; // sorted
    void selectNodes(const QStringList &ids); // unknown ids are skipped

    // A state shown on the node (see ImageNodeItem::Status); kept across showGraph().
    void setNodeStatus(const QString &id, const ImageNodeItem::Status &status);
    void clearStatuses();

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    // The first view of a new graph: fitted, unless that would make the text too small to
    // read; then readable, showing where the graph starts (its roots).
    void showOverview();

signals:
    void selectedNodeChanged(const QString &id);
    // Every change of the set of selected nodes, with the new set (sorted).
    void selectedNodesChanged(const QStringList &ids);

protected:
    void wheelEvent(QWheelEvent *event) override;

private:
    void scaleBy(double factor);
    void onSceneSelectionChanged();

    QGraphicsScene *m_scene = nullptr;
    QHash<QString, ImageNodeItem *> m_nodes;
    int m_edges = 0;
    QRectF m_roots; // where the nodes without a parent are
    QStringList m_highlightedIds;
    QString m_selected;
    QStringList m_selectedIds;
    QHash<QString, ImageNodeItem::Status> m_statuses;
};

} // namespace ws
