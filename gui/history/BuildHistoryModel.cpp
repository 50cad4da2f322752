#include "BuildHistoryModel.h"

#include "builds/BuildQueueModel.h"
#include "common/AppIcons.h"

#include <QLocale>

namespace ws {

BuildHistoryModel::BuildHistoryModel(QObject *parent)
    : QAbstractTableModel(parent),
      m_failedIcon(AppIcons::icon(QStringLiteral("error"), QStyle::SP_MessageBoxCritical)),
      m_warningIcon(AppIcons::icon(QStringLiteral("warning"), QStyle::SP_MessageBoxWarning))
{ }

void BuildHistoryModel::setEntries(const QList<BuildHistoryEntry> &entries)
{
    // A refresh replaces the whole list: the history gives no change set to apply row by row,
    // and the panel restores the selection afterwards.
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

BuildHistoryEntry BuildHistoryModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? m_entries.at(row) : BuildHistoryEntry {};
}

QString BuildHistoryModel::shortImageId(const QString &imageId)
{
    QString id = imageId;
    const qsizetype colon = id.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        id = id.mid(colon + 1);
    return id.left(12);
}

int BuildHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BuildHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BuildHistoryModel::displayText(const BuildHistoryEntry &entry, int column) const
{
    switch (column) {
    case FinishedColumn:
        return entry.finishedAt.isValid()
            ? QLocale().toString(entry.finishedAt.toLocalTime(), QLocale::ShortFormat)
            : QString();
    case ImageColumn:
        return entry.image;
    case ResultColumn:
        return buildStateText(entry.state);
    case DurationColumn:
        return BuildQueueModel::formatDuration(entry.durationMs);
    case CacheHitsColumn:
        return QString::number(entry.cacheHits);
    case SizeColumn:
        return entry.sizeBytes >= 0 ? BuildQueueModel::formatSize(entry.sizeBytes) : QString();
    case PushedColumn:
        return entry.pushed ? tr("yes") : tr("no");
    case ImageIdColumn:
        return shortImageId(entry.imageId);
    default:
        return {};
    }
}

QVariant BuildHistoryModel::sortValue(const BuildHistoryEntry &entry, int column) const
{
    switch (column) {
    case FinishedColumn:
        return entry.finishedAt;
    case DurationColumn:
        return entry.durationMs;
    case CacheHitsColumn:
        return entry.cacheHits;
    case SizeColumn:
        return entry.sizeBytes;
    case PushedColumn:
        return entry.pushed;
    default:
        return displayText(entry, column);
    }
}

QVariant BuildHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BuildHistoryEntry &entry = m_entries.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(entry, column);
    case SortRole:
        return sortValue(entry, column);
    case LogFileRole:
        return entry.logFile;
    case Qt::ToolTipRole:
        if (column == FinishedColumn && entry.finishedAt.isValid())
            return QLocale().toString(entry.finishedAt.toLocalTime(), QLocale::LongFormat);
        if (column == ImageIdColumn)
            return entry.imageId;
        if (column == SizeColumn && entry.sizeBytes >= 0)
            return tr("%1 bytes").arg(QLocale().toString(entry.sizeBytes));
        if (column == SizeColumn)
            return tr("Size unknown");
        return {};
    case Qt::DecorationRole:
        // The word in the cell says the same; the icon only helps the eye find failed rows.
        if (column != ResultColumn)
            return {};
        if (entry.state == BuildState::Failed)
            return m_failedIcon;
        if (entry.state == BuildState::Blocked || entry.state == BuildState::Cancelled)
            return m_warningIcon;
        return {};
    case Qt::TextAlignmentRole:
        if (column == DurationColumn || column == CacheHitsColumn || column == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant BuildHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FinishedColumn:
        return tr("Finished");
    case ImageColumn:
        return tr("Image");
    case ResultColumn:
        return tr("Result");
    case DurationColumn:
        return tr("Duration");
    case CacheHitsColumn:
        return tr("Cache hits");
    case SizeColumn:
        return tr("Size");
    case PushedColumn:
        return tr("Pushed");
    case ImageIdColumn:
        return tr("Image ID");
    default:
        return {};
    }
}

} // namespace ws
