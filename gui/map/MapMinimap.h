#pragma once

#include <QGraphicsView>
#include <QTimer>

class QGraphicsPixmapItem;

namespace ws {

class MapCanvas;

// A small overview of the whole map with the canvas's visible part framed; a click or a drag
// moves the canvas there. It shows a picture of the map taken after changes (at most a few
// times a second), not the live items: drawing 20,000 items again for every scroll of the
// canvas would cost more than the canvas itself.
class MapMinimap : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapMinimap(MapCanvas *canvas, QWidget *parent = nullptr);

    // The canvas's visible rect, in map scene coordinates, as the frame shows it.
    QRectF frameRect() const { return m_frame; }
    void refreshNow(); // takes the picture at once (tests; the timer does it otherwise)

protected:
    void drawForeground(QPainter *painter, const QRectF &rect) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void scheduleRefresh();
    void updateFrame();
    void moveCanvasTo(const QPoint &viewPos);

    MapCanvas *m_canvas;
    QGraphicsScene *m_overview;
    QGraphicsPixmapItem *m_picture;
    QTimer m_refresh;
    QRectF m_frame;
    double m_scale = 1; // picture pixels per map scene unit
};

} // namespace ws
