#pragma once

#include <QSortFilterProxyModel>

namespace ws {

// The units × machines matrix as the Deploy view shows it: filtered by unit name (a template
// stays while one of its instances matches), sorted naturally (web@2 before web@10), cells
// coloured by their state (the text says the same, for those who do not see the colour), and
// units whose fleet contents differ from the workspace's file marked in words and colour.
class DeployMatrixProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit DeployMatrixProxy(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace ws
