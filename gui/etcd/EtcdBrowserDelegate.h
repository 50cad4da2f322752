#pragma once

#include <QStyledItemDelegate>

namespace ws {

// Paints the rows of an EtcdTreeModel: folder, key and leased-key icons (a leased key is owned
// by the cluster: it goes away with its lease, so it is also shown in italics), and a quiet
// background on rows changed by others in the last seconds.
class EtcdBrowserDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace ws
