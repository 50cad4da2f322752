#pragma once

#include "common/Problem.h"

#include <QAbstractTableModel>

namespace ws {

// The problems of a workspace as a table: severity, location (file:line:column, relative to the
// workspace root when inside it) and message.
class ProblemsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, LocationColumn, MessageColumn, ColumnCount };
    enum Role { AbsoluteFileRole = Qt::UserRole + 1, LineRole, ColumnRole };

    explicit ProblemsModel(QObject *parent = nullptr);

    void setProblems(const Problems &problems, const QString &root = {});
    const Problems &problems() const { return m_problems; }
    const Problem *problem(const QModelIndex &index) const;
    // "relative/file:line:column", as shown in the location column.
    QString location(const Problem &problem) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Problems m_problems;
    QString m_root;
};

} // namespace ws
