#pragma once

#include "etcd/EtcdTemplateCoverage.h"

#include <QAbstractTableModel>

namespace ws {

// The template catalogue against the store as a table: one row a catalogue key, with its state
// (set, folder, missing, pattern with its match count), how many keys it covers, the templates
// and the images that read it. A new coverage of the same catalogue updates the rows that
// changed (dataChanged); only a different catalogue resets the model.
class EtcdCataloguePanelModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { KeyColumn, StateColumn, CountColumn, TemplatesColumn, ImagesColumn, ColumnCount };
    enum Role {
        SortRole = Qt::UserRole + 1, // numbers as numbers
        KeyRole, // the catalogue key, QString
        StateRole, // int(EtcdCoverageEntry::State)
        // "set", "missing", "pattern" or "pattern empty": what the panel's state filter matches
        FilterRole,
    };

    explicit EtcdCataloguePanelModel(QObject *parent = nullptr);

    void setCoverage(const EtcdCoverage &coverage);
    const EtcdCoverage &coverage() const { return m_coverage; }
    // The entry of a row of this model (not of a proxy); nullptr when out of range.
    const EtcdCoverageEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString filterWord(const EtcdCoverageEntry &entry);

private:
    QString displayText(const EtcdCoverageEntry &entry, int column) const;
    QString toolTip(const EtcdCoverageEntry &entry) const;

    EtcdCoverage m_coverage;
};

} // namespace ws
