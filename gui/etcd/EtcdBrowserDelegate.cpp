#include "EtcdBrowserDelegate.h"

#include "common/AppIcons.h"
#include "etcd/EtcdTreeModel.h"

namespace ws {

void EtcdBrowserDelegate::initStyleOption(QStyleOptionViewItem *option,
                                          const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->features |= QStyleOptionViewItem::HasDecoration;
    if (index.data(EtcdTreeModel::IsFolderRole).toBool()) {
        static const QIcon folder
            = AppIcons::icon(QStringLiteral("etcd-folder"), QStyle::SP_DirIcon);
        option->icon = folder;
    } else if (index.data(EtcdTreeModel::LeaseRole).toLongLong() > 0) {
        static const QIcon leased
            = AppIcons::icon(QStringLiteral("etcd-leased-key"), QStyle::SP_FileLinkIcon);
        option->icon = leased;
        option->font.setItalic(true);
    } else {
        static const QIcon key = AppIcons::icon(QStringLiteral("etcd-key"), QStyle::SP_FileIcon);
        option->icon = key;
    }
    if (index.data(EtcdTreeModel::RecentlyChangedRole).toBool()) {
        // Quiet: the highlight colour at low opacity, so selection still stands out.
        QColor tint = option->palette.color(QPalette::Highlight);
        tint.setAlpha(50);
        option->backgroundBrush = tint;
    }
}

} // namespace ws
