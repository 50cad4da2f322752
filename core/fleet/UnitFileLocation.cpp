#include "fleet/UnitFileLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QMap>

namespace ws {

QString UnitFileLocation::folder(const QString &workspaceRoot, const QString &unitsDir,
                                 const QStringList &existingUnitPaths)
{
    if (!unitsDir.isEmpty())
        return QDir::cleanPath(QDir(workspaceRoot).absoluteFilePath(unitsDir));
    QMap<QString, int> counts;
    for (const QString &path : existingUnitPaths)
        ++counts[QFileInfo(path).absolutePath()];
    QString best = QDir::cleanPath(workspaceRoot);
    int most = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > most) {
            most = it.value();
            best = it.key();
        }
    return best;
}

QString UnitFileLocation::path(const QString &workspaceRoot, const QString &unitsDir,
                               const QStringList &existingUnitPaths, const QString &fileName)
{
    return QDir(folder(workspaceRoot, unitsDir, existingUnitPaths)).filePath(fileName);
}

} // namespace ws
