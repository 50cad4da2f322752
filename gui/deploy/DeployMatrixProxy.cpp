#include "DeployMatrixProxy.h"

#include "fleet/FleetStateModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace ws {

DeployMatrixProxy::DeployMatrixProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setFilterKeyColumn(FleetStateModel::UnitColumn);
    setSortRole(FleetStateModel::SortRole);
    setDynamicSortFilter(true);
}

QVariant DeployMatrixProxy::data(const QModelIndex &index, int role) const
{
    const auto local = FleetStateModel::LocalState(
        QSortFilterProxyModel::data(index, FleetStateModel::LocalStateRole).toInt());
    const bool differs = local == FleetStateModel::LocalState::Differs;
    if (index.column() == FleetStateModel::UnitColumn) {
        if (role == Qt::DisplayRole && differs)
            return tr("%1 (differs from workspace)")
                .arg(QSortFilterProxyModel::data(index, role).toString());
        if (role == Qt::FontRole
            && !QSortFilterProxyModel::data(index, FleetStateModel::OnFleetRole).toBool()) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (role == Qt::ForegroundRole && differs)
            return QBrush(QColor(0xa0, 0x50, 0x00));
        return QSortFilterProxyModel::data(index, role);
    }
    if (role == Qt::BackgroundRole) {
        // Light tints that keep dark text readable.
        switch (FleetStateModel::CellState(
            QSortFilterProxyModel::data(index, FleetStateModel::StateRole).toInt())) {
        case FleetStateModel::CellState::Active:
            return QBrush(QColor(0xc8, 0xf0, 0xc8));
        case FleetStateModel::CellState::Failed:
            return QBrush(QColor(0xf6, 0xc0, 0xc0));
        case FleetStateModel::CellState::Activating:
            return QBrush(QColor(0xf8, 0xe8, 0xa8));
        case FleetStateModel::CellState::Inactive:
            return QBrush(QColor(0xe4, 0xe4, 0xe4));
        case FleetStateModel::CellState::None:
            break;
        }
        return {};
    }
    if (role == Qt::ForegroundRole
        && QSortFilterProxyModel::data(index, FleetStateModel::StateRole).toInt()
            != int(FleetStateModel::CellState::None))
        return QBrush(Qt::black);
    return QSortFilterProxyModel::data(index, role);
}

bool DeployMatrixProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = sourceModel()->data(left, sortRole());
    const QVariant b = sourceModel()->data(right, sortRole());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int)
        return a.toInt() < b.toInt();
    return FleetStateModel::lessThan(a.toString(), b.toString());
}

} // namespace ws
