#include "MapExporter.h"

#include "MapScene.h"

#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace ws {

namespace {

// The selection frame is not part of the picture.
class SelectionHidden
{
public:
    explicit SelectionHidden(MapScene *scene) : m_scene(scene), m_id(scene->selectedId())
    {
        scene->clearSelection();
    }
    ~SelectionHidden() { m_scene->selectElement(m_id); }
    SelectionHidden(const SelectionHidden &) = delete;
    SelectionHidden &operator=(const SelectionHidden &) = delete;

private:
    MapScene *m_scene;
    QString m_id;
};

// An export is the whole map in detail, whatever the zoom of the view; declared before
// SelectionHidden so that the selection comes back while its item can be selected.
class DetailShown
{
public:
    explicit DetailShown(MapScene *scene)
        : m_scene(scene), m_overview(scene->isOverview()), m_viewRect(scene->viewRect())
    {
        scene->setOverview(false);
        scene->setViewRect({});
    }
    ~DetailShown()
    {
        m_scene->setViewRect(m_viewRect);
        m_scene->setOverview(m_overview);
    }
    DetailShown(const DetailShown &) = delete;
    DetailShown &operator=(const DetailShown &) = delete;

private:
    MapScene *m_scene;
    bool m_overview;
    QRectF m_viewRect;
};

} // namespace

bool MapExporter::writeSvg(MapScene *scene, const QString &path, QString *error)
{
    const QRectF bounds = scene->sceneRect();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2. Choose a folder you can write to.")
                     .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    {
        DetailShown detail(scene);
        SelectionHidden hidden(scene);
        QSvgGenerator generator;
        generator.setOutputDevice(&file);
        generator.setSize(bounds.size().toSize());
        generator.setViewBox(QRectF(QPointF(), bounds.size()));
        generator.setTitle(tr("Infrastructure map of %1").arg(scene->snapshot().environment));
        generator.setDescription(tr("Exported by Whalestack"));
        QPainter painter(&generator);
        painter.fillRect(QRectF(QPointF(), bounds.size()), scene->backgroundBrush());
        scene->render(&painter, QRectF(QPointF(), bounds.size()), bounds);
    }
    if (!file.commit()) {
        *error = tr("Cannot write %1: %2. Check the free space and the permissions.")
                     .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    return true;
}

bool MapExporter::writePng(MapScene *scene, const QString &path, QString *error, qint64 maxPixels)
{
    const QRectF bounds = scene->sceneRect();
    double scale = 1.0;
    const double area = bounds.width() * bounds.height();
    if (area > double(maxPixels))
        scale = std::sqrt(double(maxPixels) / area);
    const QSize pixels = (bounds.size() * scale).toSize().expandedTo(QSize(1, 1));
    QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
    if (image.isNull()) {
        *error = tr("Cannot make a %1×%2 picture for %3: not enough memory.")
                     .arg(pixels.width())
                     .arg(pixels.height())
                     .arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    image.fill(scene->backgroundBrush().color());
    {
        DetailShown detail(scene);
        SelectionHidden hidden(scene);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        scene->render(&painter, QRectF(QPointF(), QSizeF(pixels)), bounds);
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = tr("Cannot write %1: %2. Choose a folder you can write to.")
                     .arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    QImageWriter writer(&file, "png");
    if (!writer.write(image) || !file.commit()) {
        *error = tr("Cannot write %1: %2. Check the free space and the permissions.")
                     .arg(QFileInfo(path).absoluteFilePath(),
                          writer.error() != QImageWriter::UnknownError ? writer.errorString()
                                                                       : file.errorString());
        return false;
    }
    return true;
}

} // namespace ws
