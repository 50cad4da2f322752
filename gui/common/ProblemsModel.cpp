#include "ProblemsModel.h"

#include "AppIcons.h"

#include <QApplication>
#include <QDir>
#include <QStyle>

namespace ws {

ProblemsModel::ProblemsModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void ProblemsModel::setProblems(const Problems &problems, const QString &root)
{
    beginResetModel();
    m_problems = problems;
    m_root = root;
    endResetModel();
}

const Problem *ProblemsModel::problem(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_problems.size())
        return nullptr;
    return &m_problems[index.row()];
}

QString ProblemsModel::location(const Problem &problem) const
{
    QString file = problem.file;
    if (!m_root.isEmpty() && QDir::isAbsolutePath(file)) {
        const QString relative = QDir(m_root).relativeFilePath(file);
        if (!relative.startsWith(QLatin1String("..")))
            file = relative;
    }
    if (problem.line > 0) {
        file += QLatin1Char(':') + QString::number(problem.line);
        if (problem.column > 0)
            file += QLatin1Char(':') + QString::number(problem.column);
    }
    return file;
}

int ProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int ProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProblemsModel::data(const QModelIndex &index, int role) const
{
    const Problem *p = problem(index);
    if (!p)
        return {};
    const bool error = p->severity == Problem::Severity::Error;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return error ? tr("Error") : tr("Warning");
        case LocationColumn:
            return location(*p);
        case MessageColumn:
            return p->message;
        }
        break;
    case Qt::DecorationRole:
        if (index.column() == SeverityColumn)
            return error ? AppIcons::icon(QStringLiteral("error"), QStyle::SP_MessageBoxCritical)
                         : AppIcons::icon(QStringLiteral("warning"), QStyle::SP_MessageBoxWarning);
        break;
    case Qt::ToolTipRole:
        return p->toString();
    case AbsoluteFileRole:
        return p->file;
    case LineRole:
        return p->line;
    case ColumnRole:
        return p->column;
    }
    return {};
}

QVariant ProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case LocationColumn:
        return tr("Location");
    case MessageColumn:
        return tr("Message");
    }
    return {};
}

} // namespace ws
