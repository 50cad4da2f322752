#pragma once

#include <QWidget>

class QAbstractItemModel;
class QLineEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace ws {

// A tree or list with a filter box above it: typing keeps the rows whose text in any column
// contains the filter (case-insensitive), with the groups that lead to them. One widget for every
// list of the explorer, so they filter and sort alike.
class FilteredTreeView : public QWidget
{
    Q_OBJECT

public:
    explicit FilteredTreeView(const QString &placeholder, QWidget *parent = nullptr);

    // The view shows `model` through a filter proxy; the model stays owned by the caller.
    void setSourceModel(QAbstractItemModel *model);
    QAbstractItemModel *sourceModel() const;

    QLineEdit *filterEdit() const { return m_filter; }
    QTreeView *view() const { return m_view; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }

    // Selects (and scrolls to) the row of the source model, or clears the selection for an
    // invalid index. Does nothing when the row is filtered out.
    void selectSourceIndex(const QModelIndex &sourceIndex);
    QModelIndex currentSourceIndex() const;

signals:
    // The current row changed (by the user or selectSourceIndex); invalid when none.
    void currentSourceIndexChanged(const QModelIndex &sourceIndex);

private:
    QLineEdit *m_filter = nullptr;
    QTreeView *m_view = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
};

} // namespace ws
