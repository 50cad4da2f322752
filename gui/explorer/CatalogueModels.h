#pragma once

#include <QCoreApplication>
#include <QString>

class QStandardItemModel;
class QObject;

namespace ws {

class Workspace;

// Builds the item models of the explorer's three lists from a workspace: images grouped by
// folder, the key catalogue, the unit files. Every row carries what it stands for in ItemKindRole
// and ItemIdRole, so a selection can be turned back into an image, key or unit.
class CatalogueModels
{
    Q_DECLARE_TR_FUNCTIONS(ws::CatalogueModels)

public:
    enum Role { ItemKindRole = Qt::UserRole + 1, ItemIdRole };
    enum class Kind { Group, Image, Key, Unit };

    // Columns: image (folder name), full image name. Id: the full image name.
    static QStandardItemModel *images(const Workspace &workspace, QObject *parent);
    // Columns: key, pattern, images that read it. Id: the key.
    static QStandardItemModel *keys(const Workspace &workspace, QObject *parent);
    // Columns: unit name, kind, type. Id: the unit's absolute path.
    static QStandardItemModel *units(const Workspace &workspace, QObject *parent);
};

} // namespace ws
