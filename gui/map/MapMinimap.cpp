#include "MapMinimap.h"

#include "MapCanvas.h"
#include "MapScene.h"

#include <QGraphicsPixmapItem>
#include <QMouseEvent>
#include <QPainter>
#include <algorithm>

namespace ws {

MapMinimap::MapMinimap(MapCanvas *canvas, QWidget *parent)
    : QGraphicsView(parent), m_canvas(canvas), m_overview(new QGraphicsScene(this)),
      m_picture(new QGraphicsPixmapItem)
{
    setObjectName(QStringLiteral("mapMinimap"));
    setScene(m_overview);
    m_overview->addItem(m_picture);
    m_picture->setTransformationMode(Qt::SmoothTransformation);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInteractive(false);
    setFrameShape(QFrame::Box);
    setToolTip(tr("Overview: click or drag to move the map"));
    setCursor(Qt::PointingHandCursor);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(400);
    connect(&m_refresh, &QTimer::timeout, this, &MapMinimap::refreshNow);
    connect(canvas->mapScene(), &MapScene::contentChanged, this, &MapMinimap::scheduleRefresh);
    connect(canvas, &MapCanvas::viewportChanged, this, &MapMinimap::updateFrame);
}

void MapMinimap::scheduleRefresh()
{
    if (!m_refresh.isActive())
        m_refresh.start();
}

void MapMinimap::refreshNow()
{
    MapScene *map = m_canvas->mapScene();
    const QRectF bounds = map->sceneRect();
    if (bounds.isEmpty() || width() < 4 || height() < 4) {
        m_picture->setPixmap({});
        return;
    }
    // Twice the widget's size, so the picture stays sharp on a high-density screen.
    const QSizeF room = QSizeF(size()) * 2 * devicePixelRatioF();
    m_scale = std::min(room.width() / bounds.width(), room.height() / bounds.height());
    const QSize pixels = (bounds.size() * m_scale).toSize().expandedTo(QSize(1, 1));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(map->backgroundBrush().color());
    {
        // At this scale the map is always an overview: drawn as one, it costs a few
        // milliseconds for a thousand hosts instead of a visit to every container and route.
        // Signals blocked: the selection the overview drops and restores is nobody's news.
        const QSignalBlocker quiet(map);
        const bool overview = map->isOverview();
        map->setOverview(true);
        QPainter painter(&image);
        map->render(&painter, QRectF(QPointF(), QSizeF(pixels)), bounds);
        painter.end();
        map->setOverview(overview);
    }
    m_picture->setPixmap(QPixmap::fromImage(image));
    m_overview->setSceneRect(QRectF(QPointF(), QSizeF(pixels)));
    fitInView(m_overview->sceneRect(), Qt::KeepAspectRatio);
    updateFrame();
}

void MapMinimap::updateFrame()
{
    m_frame = m_canvas->visibleSceneRect().intersected(m_canvas->mapScene()->sceneRect());
    viewport()->update();
}

void MapMinimap::drawForeground(QPainter *painter, const QRectF &)
{
    if (m_frame.isEmpty())
        return;
    const QPointF origin = m_canvas->mapScene()->sceneRect().topLeft();
    const QRectF frame((m_frame.topLeft() - origin) * m_scale, m_frame.size() * m_scale);
    QColor fill = m_canvas->mapScene()->look().palette.selection();
    fill.setAlphaF(0.15);
    painter->setBrush(fill);
    painter->setPen(QPen(m_canvas->mapScene()->look().palette.selection(), 0));
    painter->drawRect(frame);
}

void MapMinimap::moveCanvasTo(const QPoint &viewPos)
{
    if (m_scale <= 0)
        return;
    const QPointF picture = mapToScene(viewPos);
    m_canvas->centerOn(m_canvas->mapScene()->sceneRect().topLeft() + picture / m_scale);
}

void MapMinimap::mousePressEvent(QMouseEvent *event)
{
    moveCanvasTo(event->position().toPoint());
}

void MapMinimap::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        moveCanvasTo(event->position().toPoint());
}

void MapMinimap::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    scheduleRefresh();
}

} // namespace ws
