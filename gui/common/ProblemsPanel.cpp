#include "ProblemsPanel.h"

#include "ProblemsModel.h"

#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace ws {

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QWidget(parent), m_model(new ProblemsModel(this)), m_view(new QTableView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);

    m_view->setObjectName(QStringLiteral("problemsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    // One line a problem, so a short dock still shows several.
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::SeverityColumn,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(ProblemsModel::LocationColumn,
                                                     QHeaderView::Interactive);
    connect(m_view, &QTableView::activated, this, &ProblemsPanel::activate);
}

void ProblemsPanel::setProblems(const Problems &problems, const QString &root)
{
    m_model->setProblems(problems, root);
    m_view->resizeColumnToContents(ProblemsModel::LocationColumn);
    if (m_view->columnWidth(ProblemsModel::LocationColumn) > 420)
        m_view->setColumnWidth(ProblemsModel::LocationColumn, 420);
    emit countChanged(count());
}

int ProblemsPanel::count() const
{
    return m_model->rowCount();
}

void ProblemsPanel::activate(const QModelIndex &index)
{
    const Problem *problem = m_model->problem(index);
    if (!problem)
        return;
    const Problem copy = *problem;
    QString where = copy.file;
    if (copy.line > 0) {
        where += QLatin1Char(':') + QString::number(copy.line);
        if (copy.column > 0)
            where += QLatin1Char(':') + QString::number(copy.column);
    }
    QApplication::clipboard()->setText(where);
    const QFileInfo file(copy.file);
    // Only files: an endpoint or a folder has nothing an editor could open at a line.
    if (m_opensFiles && file.isFile())
        QDesktopServices::openUrl(QUrl::fromLocalFile(file.absoluteFilePath()));
    emit problemActivated(copy);
}

} // namespace ws
