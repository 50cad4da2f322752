#pragma once

#include "fleet/FleetSnapshot.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QStringList>

#include <memory>
#include <vector>

namespace ws {

// fleet's units × machines: one row per unit (a template's instances as child rows of the
// template, which has a row even when only its instances are on fleet), the columns unit,
// desired state, current state, then one per machine with what systemd says of the unit
// there. Follows new snapshots incrementally (rows and machine columns inserted and removed,
// changed cells reported with dataChanged); only the first snapshot resets, so selections and
// expanded rows in views survive refreshes. QtCore only: views colour cells by StateRole.
class FleetStateModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { UnitColumn, DesiredColumn, CurrentColumn, FirstMachineColumn };

    // How a cell looks, for colouring (the text says the same).
    enum class CellState { None, Active, Failed, Activating, Inactive };
    Q_ENUM(CellState)

    // Whether the workspace has the unit, and whether fleet has the same contents.
    enum class LocalState { NotLocal, Same, Differs };
    Q_ENUM(LocalState)

    enum Role {
        UnitNameRole = Qt::UserRole + 1, // QString, every column
        StateRole, // CellState as int: current state or the machine cell's active state
        IsTemplateRole, // bool: the row of a template (name@.service)
        OnFleetRole, // bool: fleet has this unit (false for a template row of instances only)
        LocalStateRole, // LocalState as int, every column
        MachineIdRole, // QString: in machine cells; also in headerData of machine columns
        MachineIpRole, // QString, headerData of machine columns
        MachineMetadataRole, // QVariantMap, headerData of machine columns
        SortRole, // QVariant fit for sorting (instance numbers numerically)
    };

    explicit FleetStateModel(QObject *parent = nullptr);
    ~FleetStateModel() override;

    // Takes a new snapshot: only the differences reach views.
    void update(const FleetSnapshot &snapshot);
    // Hash of each workspace unit's contents (FleetUnitOptions::hash), by unit name; instances
    // without their own file take their template's. Marks units whose fleet contents differ.
    void setLocalHashes(const QHash<QString, QString> &hashes);
    bool hasSnapshot() const { return m_loaded; }

    // Lookups for views.
    QModelIndex indexOf(const QString &unitName, int column = UnitColumn) const;
    const FleetUnit *unit(const QString &name) const; // null when fleet does not have it
    QList<FleetUnitState> states(const QString &name) const; // by machine column order
    const QList<FleetMachine> &machines() const { return m_machines; }
    int unitCount() const { return int(m_byName.size()); } // rows, templates included
    // The instances of a template shown under it.
    QStringList instances(const QString &templateName) const;

    // "active (running)" with the load state when it is not "loaded".
    static QString cellText(const FleetUnitState &state);
    static CellState cellState(const FleetUnitState &state);
    static CellState cellState(FleetUnit::State current);
    // "web@.service" for "web@2.service", else empty.
    static QString templateOf(const QString &unitName);
    // Natural order: web@2 before web@10.
    static bool lessThan(const QString &a, const QString &b);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Node;
    using Nodes = std::vector<std::unique_ptr<Node>>;

    Nodes &siblings(Node *node);
    const Nodes &siblings(const Node *node) const;
    int rowOf(const Node *node) const;
    QModelIndex indexOf(const Node *node, int column) const;
    Node *insertNode(Node *parent, const QString &name); // at its sorted place
    void removeNode(Node *node);
    void updateMachines(const QList<FleetMachine> &machines);
    void computeLocal(Node *node) const;
    void reportChanged(const std::vector<Node *> &changed);
    void buildFresh(const FleetSnapshot &snapshot);

    Nodes m_roots;
    QHash<QString, Node *> m_byName;
    QList<FleetMachine> m_machines; // sorted by id
    QHash<QString, QString> m_localHashes;
    bool m_loaded = false;
};

} // namespace ws
