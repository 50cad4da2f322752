#pragma once

#include <QGraphicsView>

namespace ws {

class MapScene;

// The map's main view: the wheel and +/- zoom (around the cursor), dragging the background
// pans, F fits, the arrow keys move the selection to the neighbouring element and Enter opens
// its details.
class MapCanvas : public QGraphicsView
{
    Q_OBJECT

public:
    explicit MapCanvas(MapScene *scene, QWidget *parent = nullptr);

    MapScene *mapScene() const { return m_scene; }
    double zoom() const; // 1 = one scene unit a pixel
    QRectF visibleSceneRect() const;
    // Centres on an element and selects it; zooms in first when the map is too small to read.
    void focusElement(const QString &id);

public slots:
    void zoomIn();
    void zoomOut();
    void fitAll();
    void setZoom(double factor);

signals:
    // The visible part of the scene changed (scroll, zoom, resize): the minimap follows.
    void viewportChanged();
    // Enter on the selection, or a double click: show its details.
    void elementActivated(const QString &id);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    void scaleBy(double factor);
    void followZoom(); // the scene's overview below the zoom where hosts become tiles

    MapScene *m_scene;
};

} // namespace ws
