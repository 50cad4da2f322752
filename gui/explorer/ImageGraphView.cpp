#include "ImageGraphView.h"

#include "DependencyEdgeItem.h"

#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QScrollBar>
#include <QSet>
#include <QWheelEvent>

#include <cmath>

namespace ws {

namespace {
constexpr double minimumZoom = 0.05;
constexpr double maximumZoom = 5.0;
constexpr double zoomStep = 1.25;
// A fit never enlarges beyond this: a three-node graph should not fill the screen with text.
constexpr double maximumFitZoom = 1.25;
// Below this scale a node's text is too small to read.
constexpr double minimumReadableZoom = 0.6;
} // namespace

ImageGraphView::ImageGraphView(QWidget *parent)
    : QGraphicsView(parent), m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("imageGraphView"));
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setResizeAnchor(QGraphicsView::AnchorViewCenter);
    setViewportUpdateMode(QGraphicsView::BoundingRectViewportUpdate);
    setBackgroundRole(QPalette::Base);
    connect(m_scene, &QGraphicsScene::selectionChanged, this,
            &ImageGraphView::onSceneSelectionChanged);
}

ImageGraphView::~ImageGraphView()
{
    // The scene is a child and outlives this destructor; its items must not report their
    // deselection to a view that is half gone.
    disconnect(m_scene, nullptr, this, nullptr);
}

QList<GraphLayout::Node> ImageGraphView::layoutNodes(const QList<ImageNodeItem::Spec> &specs) const
{
    QList<GraphLayout::Node> nodes;
    nodes.reserve(specs.size());
    for (const auto &spec : specs)
        nodes.append({spec.id, spec.title, ImageNodeItem::preferredSize(spec, font())});
    return nodes;
}

void ImageGraphView::showGraph(const QList<ImageNodeItem::Spec> &specs,
                               const GraphLayout::Result &layout)
{
    const QString previous = m_selected;
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clear();
        m_nodes.clear();
        m_edges = 0;
    }

    QHash<QString, const ImageNodeItem::Spec *> specById;
    for (const auto &spec : specs)
        specById.insert(spec.id, &spec);

    for (const auto &placed : layout.nodes) {
        const ImageNodeItem::Spec *spec = specById.value(placed.id);
        if (!spec)
            continue;
        auto *item = new ImageNodeItem(*spec, placed.size);
        item->setPos(placed.centre);
        m_scene->addItem(item);
        m_nodes.insert(placed.id, item);
    }
    QSet<QString> children;
    for (const auto &edge : layout.edges) {
        m_scene->addItem(new DependencyEdgeItem(edge));
        children.insert(edge.to);
        ++m_edges;
    }
    m_roots = QRectF();
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it) {
        if (!children.contains(it.key()))
            m_roots = m_roots.united(it.value()->sceneBoundingRect());
    }
    for (const QString &id : std::as_const(m_highlightedIds))
        if (ImageNodeItem *item = m_nodes.value(id))
            item->setHighlighted(true);
    for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
        if (ImageNodeItem *item = m_nodes.value(it.key()))
            item->setStatus(it.value());
    const double margin = 24;
    m_scene->setSceneRect(layout.boundingBox.adjusted(-margin, -margin, margin, margin));

    m_selected.clear();
    QStringList previousIds;
    for (const QString &id : std::as_const(m_selectedIds))
        if (id != previous && m_nodes.contains(id))
            previousIds.append(id);
    const bool hadSet = !m_selectedIds.isEmpty();
    m_selectedIds.clear();
    if (m_nodes.contains(previous)) {
        selectNode(previous);
        if (!previousIds.isEmpty())
            selectNodes(previousIds + QStringList {previous});
    } else {
        if (!previous.isEmpty())
            emit selectedNodeChanged({});
        if (hadSet)
            emit selectedNodesChanged({});
    }
}

void ImageGraphView::showMessage(const QString &message)
{
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clear();
        m_nodes.clear();
        m_edges = 0;
    }
    auto *text = m_scene->addSimpleText(message);
    text->setBrush(palette().color(QPalette::PlaceholderText));
    text->setPos(-text->boundingRect().width() / 2, -text->boundingRect().height() / 2);
    m_scene->setSceneRect(text->sceneBoundingRect().adjusted(-20, -20, 20, 20));
    resetTransform();
    centerOn(0, 0);
    if (!m_selected.isEmpty()) {
        m_selected.clear();
        emit selectedNodeChanged({});
    }
    if (!m_selectedIds.isEmpty()) {
        m_selectedIds.clear();
        emit selectedNodesChanged({});
    }
}

ImageNodeItem *ImageGraphView::node(const QString &id) const
{
    return m_nodes.value(id);
}

QList<ImageNodeItem *> ImageGraphView::nodes() const
{
    return m_nodes.values();
}

int ImageGraphView::edgeCount() const
{
    return m_edges;
}

QString ImageGraphView::selectedNode() const
{
    return m_selected;
}

void ImageGraphView::selectNode(const QString &id)
{
    ImageNodeItem *item = m_nodes.value(id);
    if (item && item->isSelected() && m_scene->selectedItems().size() == 1)
        return;
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        if (item)
            item->setSelected(true);
    }
    if (item)
        ensureVisible(item, 40, 40);
    onSceneSelectionChanged();
}

void ImageGraphView::setHighlighted(const QStringList &ids)
{
    m_highlightedIds = ids;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        it.value()->setHighlighted(ids.contains(it.key()));
}

QStringList ImageGraphView::highlighted() const
{
    QStringList ids;
    for (auto it = m_nodes.cbegin(); it != m_nodes.cend(); ++it)
        if (it.value()->isHighlighted())
            ids.append(it.key());
    ids.sort();
    return ids;
}

QStringList ImageGraphView::selectedNodes() const
{
    return m_selectedIds;
}

void ImageGraphView::selectNodes(const QStringList &ids)
{
    if (ids.size() <= 1) {
        selectNode(ids.value(0));
        return;
    }
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        for (const QString &id : ids)
            if (ImageNodeItem *item = m_nodes.value(id))
                item->setSelected(true);
    }
    onSceneSelectionChanged();
}

void ImageGraphView::setNodeStatus(const QString &id, const ImageNodeItem::Status &status)
{
    m_statuses.insert(id, status);
    if (ImageNodeItem *item = m_nodes.value(id))
        item->setStatus(status);
}

void ImageGraphView::clearStatuses()
{
    m_statuses.clear();
    for (ImageNodeItem *item : std::as_const(m_nodes))
        item->setStatus({});
}

double ImageGraphView::zoom() const
{
    return transform().m11();
}

void ImageGraphView::zoomIn()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(zoomStep);
    setTransformationAnchor(anchor);
}

void ImageGraphView::zoomOut()
{
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(AnchorViewCenter);
    scaleBy(1 / zoomStep);
    setTransformationAnchor(anchor);
}

void ImageGraphView::fitAll()
{
    const QRectF rect = m_scene->sceneRect();
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    if (zoom() > maximumFitZoom) {
        resetTransform();
        scale(maximumFitZoom, maximumFitZoom);
    }
    centerOn(rect.center());
}

void ImageGraphView::showOverview()
{
    fitAll();
    if (zoom() >= minimumReadableZoom)
        return;
    resetTransform();
    scale(minimumReadableZoom, minimumReadableZoom);
    // Start where the graph starts: its roots sit on the first rank, at the top or the left
    // edge, so centring on them shows that edge (the scroll range clamps the rest).
    centerOn(m_roots.isEmpty() ? m_scene->sceneRect().topLeft() : m_roots.center());
}

void ImageGraphView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    // Anchored here rather than with AnchorUnderMouse, which follows the last mouse move (or the
    // global cursor) instead of the position the wheel event carries.
    const QPointF viewPoint = event->position();
    const QPointF scenePoint = mapToScene(viewPoint.toPoint());
    const ViewportAnchor anchor = transformationAnchor();
    setTransformationAnchor(NoAnchor);
    // 120 units a notch; touchpads send smaller steps, which zoom proportionally less.
    scaleBy(std::pow(zoomStep, delta / 120.0));
    setTransformationAnchor(anchor);
    const QPointF moved = mapFromScene(scenePoint) - viewPoint;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + qRound(moved.x()));
    verticalScrollBar()->setValue(verticalScrollBar()->value() + qRound(moved.y()));
    event->accept();
}

void ImageGraphView::scaleBy(double factor)
{
    const double target = qBound(minimumZoom, zoom() * factor, maximumZoom);
    if (qFuzzyCompare(target, zoom()))
        return;
    const double applied = target / zoom();
    scale(applied, applied);
}

void ImageGraphView::onSceneSelectionChanged()
{
    QString id;
    QStringList ids;
    const auto selected = m_scene->selectedItems();
    for (QGraphicsItem *item : selected) {
        if (item->type() == ImageNodeItem::Type) {
            const QString itemId = static_cast<ImageNodeItem *>(item)->id();
            if (id.isEmpty())
                id = itemId;
            ids.append(itemId);
        }
    }
    ids.sort();
    // The single selection stays on the node chosen first while others are added.
    if (ids.contains(m_selected))
        id = m_selected;
    const bool setChanged = ids != m_selectedIds;
    m_selectedIds = ids;
    if (id != m_selected) {
        m_selected = id;
        emit selectedNodeChanged(id);
    }
    if (setChanged)
        emit selectedNodesChanged(ids);
}

} // namespace ws
