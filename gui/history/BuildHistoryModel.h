#pragma once

#include "build/BuildHistoryEntry.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>

namespace ws {

// The build history as a table, one row an image's build in a finished queue: when it finished,
// the image, its result, duration, cache hits, size, whether it was pushed and its short image
// ID. Rows stay in the order given (the history's newest first); sorting and filtering belong to
// a proxy, which sorts by SortRole to compare times, durations and sizes as numbers.
class BuildHistoryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FinishedColumn,
        ImageColumn,
        ResultColumn,
        DurationColumn,
        CacheHitsColumn,
        SizeColumn,
        PushedColumn,
        ImageIdColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, // the raw value: time, ms, bytes, state word
        LogFileRole, // the entry's log file path (may be empty or missing on disk)
    };

    explicit BuildHistoryModel(QObject *parent = nullptr);

    void setEntries(const QList<BuildHistoryEntry> &entries);
    const QList<BuildHistoryEntry> &entries() const { return m_entries; }
    // The entry of a row of this model (not of a proxy); a default entry when out of range.
    BuildHistoryEntry entry(int row) const;

    // "sha256:0123456789abcdef…" → "0123456789ab"; empty stays empty.
    static QString shortImageId(const QString &imageId);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString displayText(const BuildHistoryEntry &entry, int column) const;
    QVariant sortValue(const BuildHistoryEntry &entry, int column) const;

    QList<BuildHistoryEntry> m_entries;
    QIcon m_failedIcon;
    QIcon m_warningIcon;
};

} // namespace ws
