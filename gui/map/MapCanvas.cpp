#include "MapCanvas.h"

#include "MapNodeItem.h"
#include "MapScene.h"

#include <QKeyEvent>
#include <QWheelEvent>

#include <QLineF>
#include <algorithm>
#include <cmath>

namespace ws {

namespace {

constexpr double minZoom = 0.01;
constexpr double maxZoom = 8.0;
constexpr double readableZoom = 0.8;

} // namespace

MapCanvas::MapCanvas(MapScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setObjectName(QStringLiteral("mapCanvas"));
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    // Pulses and status changes touch many small items at once: one bounding rect repaint is
    // cheaper than thousands of little ones.
    setViewportUpdateMode(SmartViewportUpdate);
    setOptimizationFlags(DontSavePainterState | DontAdjustForAntialiasing);
    setFocusPolicy(Qt::StrongFocus);
    setBackgroundBrush(Qt::NoBrush); // the scene's
    // The scene leaves out the routes of hosts far from what this view shows; a margin of half
    // a view each way, so a small scroll does not change what is hidden.
    connect(this, &MapCanvas::viewportChanged, this, [this] {
        const QRectF shown = visibleSceneRect();
        m_scene->setViewRect(shown.adjusted(-shown.width() / 2, -shown.height() / 2,
                                            shown.width() / 2, shown.height() / 2));
    });
}

double MapCanvas::zoom() const
{
    return transform().m11();
}

QRectF MapCanvas::visibleSceneRect() const
{
    return mapToScene(viewport()->rect()).boundingRect();
}

void MapCanvas::setZoom(double factor)
{
    factor = std::clamp(factor, minZoom, maxZoom);
    setTransform(QTransform::fromScale(factor, factor));
    followZoom();
    emit viewportChanged();
}

void MapCanvas::followZoom()
{
    m_scene->setOverview(zoom() < MapNodeItem::tileDetail);
}

void MapCanvas::scaleBy(double factor)
{
    const double target = std::clamp(zoom() * factor, minZoom, maxZoom);
    if (target == zoom())
        return;
    scale(target / zoom(), target / zoom());
    followZoom();
    emit viewportChanged();
}

void MapCanvas::zoomIn()
{
    scaleBy(1.25);
}

void MapCanvas::zoomOut()
{
    scaleBy(1 / 1.25);
}

void MapCanvas::fitAll()
{
    const QRectF bounds = sceneRect();
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.5)
        setZoom(1.5); // a small map is not blown up past reading size
    followZoom();
    emit viewportChanged();
}

void MapCanvas::focusElement(const QString &id)
{
    const QRectF rect = m_scene->elementRect(id);
    if (rect.isNull())
        return;
    if (zoom() < readableZoom) {
        const ViewportAnchor anchor = transformationAnchor();
        setTransformationAnchor(NoAnchor);
        setZoom(readableZoom);
        setTransformationAnchor(anchor);
    }
    m_scene->selectElement(id); // after the zoom: the overview hides units and routes
    centerOn(rect.center());
    emit viewportChanged();
}

void MapCanvas::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    scaleBy(std::pow(1.2, steps));
    event->accept();
}

void MapCanvas::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomIn();
        return;
    case Qt::Key_Minus:
        zoomOut();
        return;
    case Qt::Key_F:
        if (event->modifiers() == Qt::NoModifier) {
            fitAll();
            return;
        }
        break;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        QString current = m_scene->selectedId();
        if (current.isEmpty()) {
            // Nothing selected yet: start from the element nearest the middle of the view.
            const QPointF centre = visibleSceneRect().center();
            double best = -1;
            for (MapNodeItem *node : m_scene->nodes()) {
                const double d = QLineF(centre, m_scene->elementRect(node->id()).center()).length();
                if (best < 0 || d < best) {
                    best = d;
                    current = node->id();
                }
            }
            if (!current.isEmpty())
                focusElement(current);
            return;
        }
        const QString next = m_scene->neighbour(current, event->key());
        if (!next.isEmpty()) {
            m_scene->selectElement(next);
            ensureVisible(m_scene->elementRect(next), 40, 40);
            emit viewportChanged();
        }
        return;
    }
    case Qt::Key_Return:
    case Qt::Key_Enter: {
        const QString current = m_scene->selectedId();
        if (!current.isEmpty())
            emit elementActivated(current);
        return;
    }
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void MapCanvas::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsView::mouseDoubleClickEvent(event);
    const QString current = m_scene->selectedId();
    if (!current.isEmpty())
        emit elementActivated(current);
}

void MapCanvas::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    emit viewportChanged();
}

void MapCanvas::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    emit viewportChanged();
}

} // namespace ws
