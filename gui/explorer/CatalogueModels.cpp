#include "CatalogueModels.h"

#include "common/AppIcons.h"
#include "workspace/Workspace.h"

#include <QApplication>
#include <QHash>
#include <QStandardItemModel>
#include <QStyle>

namespace ws {

namespace {

QStandardItem *item(const QString &text, CatalogueModels::Kind kind, const QString &id)
{
    auto *result = new QStandardItem(text);
    result->setData(int(kind), CatalogueModels::ItemKindRole);
    result->setData(id, CatalogueModels::ItemIdRole);
    result->setToolTip(id.isEmpty() ? text : id);
    return result;
}

// A number sorts as a number when it is stored as one.
QStandardItem *countItem(qsizetype count, CatalogueModels::Kind kind, const QString &id)
{
    auto *result = item(QString(), kind, id);
    result->setData(int(count), Qt::DisplayRole);
    result->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return result;
}

} // namespace

QStandardItemModel *CatalogueModels::images(const Workspace &workspace, QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    model->setHorizontalHeaderLabels({tr("Image"), tr("Name")});
    const QIcon folderIcon = QApplication::style()->standardIcon(QStyle::SP_DirIcon);
    const QIcon imageIcon = AppIcons::icon(QStringLiteral("image"), QStyle::SP_FileIcon);

    // Folder groups by their path, so "openstack/nova/api" and "openstack/nova/compute" share
    // the "openstack" and "nova" rows.
    QHash<QString, QStandardItem *> groups;
    auto groupFor = [&](const QString &folder) {
        QStandardItem *parentItem = model->invisibleRootItem();
        QString path;
        for (const QString &part : folder.split(QLatin1Char('/'), Qt::SkipEmptyParts)) {
            path = path.isEmpty() ? part : path + QLatin1Char('/') + part;
            QStandardItem *&group = groups[path];
            if (!group) {
                group = item(part, Kind::Group, QString());
                group->setIcon(folderIcon);
                group->setToolTip(path);
                parentItem->appendRow({group, item(QString(), Kind::Group, QString())});
            }
            parentItem = group;
        }
        return parentItem;
    };

    for (const ImageDefinition &image : workspace.images) {
        const int slash = int(image.id.lastIndexOf(QLatin1Char('/')));
        QStandardItem *parentItem = groupFor(slash < 0 ? QString() : image.id.left(slash));
        const QString leaf = slash < 0 ? image.id : image.id.mid(slash + 1);
        auto *nameItem = item(leaf.isEmpty() ? image.name : leaf, Kind::Image, image.name);
        nameItem->setIcon(imageIcon);
        parentItem->appendRow({nameItem, item(image.name, Kind::Image, image.name)});
    }
    return model;
}

QStandardItemModel *CatalogueModels::keys(const Workspace &workspace, QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    model->setHorizontalHeaderLabels({tr("Key"), tr("Pattern"), tr("Images")});
    for (const KeyUse &use : workspace.keyCatalogue) {
        auto *pattern = item(use.pattern ? tr("pattern") : QString(), Kind::Key, use.key);
        model->appendRow({item(use.key, Kind::Key, use.key), pattern,
                          countItem(use.images.size(), Kind::Key, use.key)});
    }
    return model;
}

QStandardItemModel *CatalogueModels::units(const Workspace &workspace, QObject *parent)
{
    auto *model = new QStandardItemModel(parent);
    model->setHorizontalHeaderLabels({tr("Unit"), tr("Kind"), tr("Type")});
    for (const UnitFile &unit : workspace.units) {
        QString kind;
        switch (unit.kind) {
        case UnitFile::Kind::Plain:
            kind = tr("unit");
            break;
        case UnitFile::Kind::Template:
            kind = tr("template");
            break;
        case UnitFile::Kind::Instance:
            kind = tr("instance");
            break;
        }
        model->appendRow({item(unit.name, Kind::Unit, unit.path), item(kind, Kind::Unit, unit.path),
                          item(unit.type, Kind::Unit, unit.path)});
    }
    return model;
}

} // namespace ws
