#include "EtcdTreeFilterModel.h"

#include "EtcdTreeModel.h"

namespace ws {

EtcdTreeFilterModel::EtcdTreeFilterModel(EtcdTreeModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
    setDynamicSortFilter(true);
    connect(source, &EtcdTreeModel::filterApplied, this, [this] { invalidateFilter(); });
}

QModelIndex EtcdTreeFilterModel::indexForKey(const QByteArray &key) const
{
    return mapFromSource(m_source->indexForKey(key));
}

bool EtcdTreeFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_source->isFiltering())
        return true;
    return m_source->isAccepted(m_source->nodeOf(m_source->index(sourceRow, 0, sourceParent)));
}

} // namespace ws
