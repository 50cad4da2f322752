#pragma once

#include <QCoreApplication>
#include <QString>

namespace ws {

class MapScene;

// Writes the whole map as SVG (vectors and text: names stay searchable) or PNG. Only what the
// map shows goes out: element names, addresses and statuses; endpoints without user
// information, credentials by reference name at most (the snapshot holds no secret).
class MapExporter
{
    Q_DECLARE_TR_FUNCTIONS(MapExporter)

public:
    // False with *error (translated, naming the file) when the file cannot be written.
    static bool writeSvg(MapScene *scene, const QString &path, QString *error);
    // The picture at 1:1, scaled down when it would exceed `maxPixels` (a thousand hosts make a
    // very large map); zoomed out that far, hosts are drawn as tiles.
    static bool writePng(MapScene *scene, const QString &path, QString *error,
                         qint64 maxPixels = 64LL * 1024 * 1024);
};

} // namespace ws
