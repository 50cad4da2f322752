#pragma once

#include <QString>
#include <QStringList>

namespace ws {

// Where a new unit file of a workspace goes: the manifest's units_dir when it names one, else
// the folder most of the workspace's unit files are in, else the workspace's root.
class UnitFileLocation
{
public:
    static QString folder(const QString &workspaceRoot, const QString &unitsDir,
                          const QStringList &existingUnitPaths);
    static QString path(const QString &workspaceRoot, const QString &unitsDir,
                        const QStringList &existingUnitPaths, const QString &fileName);
};

} // namespace ws
