#pragma once

#include <QSortFilterProxyModel>

namespace ws {

class EtcdTreeModel;

// The rows of an EtcdTreeModel that pass its filter. The source does the matching (off the UI
// thread, kept up to date as keys come and go), so accepting a row is one lookup; folders that
// gain or lose their last match come and go with the source's dataChanged. Keeps the source's
// order.
class EtcdTreeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EtcdTreeFilterModel(EtcdTreeModel *source, QObject *parent = nullptr);

    EtcdTreeModel *treeModel() const { return m_source; }
    // The proxy index of a key (invalid when it does not exist or is filtered out).
    QModelIndex indexForKey(const QByteArray &key) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    EtcdTreeModel *m_source;
};

} // namespace ws
