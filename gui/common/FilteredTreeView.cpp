#include "FilteredTreeView.h"

#include <QHeaderView>
#include <QLineEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace ws {

FilteredTreeView::FilteredTreeView(const QString &placeholder, QWidget *parent)
    : QWidget(parent), m_filter(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_proxy(new QSortFilterProxyModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_filter);
    layout->addWidget(m_view);

    m_filter->setObjectName(QStringLiteral("filterEdit"));
    m_filter->setPlaceholderText(placeholder);
    m_filter->setClearButtonEnabled(true);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setRecursiveFilteringEnabled(true);

    m_view->setObjectName(QStringLiteral("treeView"));
    m_view->setModel(m_proxy);
    m_view->setUniformRowHeights(true);
    m_view->setSortingEnabled(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_view->expandAll();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                emit currentSourceIndexChanged(m_proxy->mapToSource(current));
            });
}

void FilteredTreeView::setSourceModel(QAbstractItemModel *model)
{
    m_proxy->setSourceModel(model);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->expandAll();
    // Every column as wide as its content, the last one taking what is left; a long key
    // scrolls sideways rather than being cut.
    QHeaderView *header = m_view->header();
    header->setStretchLastSection(true);
    for (int column = 0; column + 1 < m_proxy->columnCount(); ++column) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        m_view->resizeColumnToContents(column);
    }
}

QAbstractItemModel *FilteredTreeView::sourceModel() const
{
    return m_proxy->sourceModel();
}

void FilteredTreeView::selectSourceIndex(const QModelIndex &sourceIndex)
{
    if (!sourceIndex.isValid()) {
        m_view->selectionModel()->clearSelection();
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(sourceIndex);
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(
        index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

QModelIndex FilteredTreeView::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_view->currentIndex());
}

} // namespace ws
