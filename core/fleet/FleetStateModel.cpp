#include "FleetStateModel.h"

#include "fleet/FleetUnitOptions.h"

#include <QSet>

#include <algorithm>

namespace ws {

struct FleetStateModel::Node
{
    QString name;
    Node *parent = nullptr;
    bool isTemplate = false;
    bool onFleet = false;
    FleetUnit unit;
    // By machine id, sorted. Nearly every unit runs on one machine (Global ones on a few), so a
    // short list beats a QHash, whose first insert allocates a whole span: 2,000 of those made
    // the grouping of a refresh slower than parsing it.
    QList<FleetUnitState> states;

    const FleetUnitState *state(const QString &machineId) const
    {
        for (const FleetUnitState &s : states)
            if (s.machineId == machineId)
                return &s;
        return nullptr;
    }
    QString fleetHash; // FleetUnitOptions::hash of unit.options, made when first needed
    LocalState local = LocalState::NotLocal;
    Nodes children;
};

namespace {

void sortByMachine(QList<FleetUnitState> *states)
{
    if (states->size() > 1)
        std::sort(states->begin(), states->end(),
                  [](const FleetUnitState &a, const FleetUnitState &b) {
                      return a.machineId < b.machineId;
                  });
}

bool sameUnit(const FleetUnit &a, const FleetUnit &b)
{
    return a.desiredState == b.desiredState && a.currentState == b.currentState
        && a.desiredStateText == b.desiredStateText && a.currentStateText == b.currentStateText
        && a.machineId == b.machineId && a.options == b.options;
}

// Splits "web@12.service" into ("web@", 12, ".service") pieces compared part by part: runs of
// digits by value, the rest as text.
int naturalCompare(const QString &a, const QString &b)
{
    int i = 0;
    int j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].isDigit() && b[j].isDigit()) {
            int ei = i;
            int ej = j;
            while (ei < a.size() && a[ei].isDigit())
                ++ei;
            while (ej < b.size() && b[ej].isDigit())
                ++ej;
            // Without leading zeros the longer run is the larger number.
            QStringView da = QStringView(a).mid(i, ei - i);
            QStringView db = QStringView(b).mid(j, ej - j);
            while (da.size() > 1 && da.front() == u'0')
                da = da.mid(1);
            while (db.size() > 1 && db.front() == u'0')
                db = db.mid(1);
            if (da.size() != db.size())
                return da.size() < db.size() ? -1 : 1;
            if (const int c = da.compare(db); c != 0)
                return c;
            i = ei;
            j = ej;
            continue;
        }
        if (a[i] != b[j])
            return a[i] < b[j] ? -1 : 1;
        ++i;
        ++j;
    }
    if (a.size() - i != b.size() - j)
        return (a.size() - i) < (b.size() - j) ? -1 : 1;
    return a.compare(b);
}

} // namespace

FleetStateModel::FleetStateModel(QObject *parent) : QAbstractItemModel(parent)
{ }

FleetStateModel::~FleetStateModel() = default;

bool FleetStateModel::lessThan(const QString &a, const QString &b)
{
    return naturalCompare(a, b) < 0;
}

QString FleetStateModel::templateOf(const QString &unitName)
{
    const qsizetype at = unitName.indexOf(QLatin1Char('@'));
    const qsizetype dot = unitName.lastIndexOf(QLatin1Char('.'));
    if (at <= 0 || dot <= at + 1)
        return {};
    return unitName.left(at + 1) + unitName.mid(dot);
}

static bool isTemplateName(const QString &name)
{
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    return at > 0 && name.lastIndexOf(QLatin1Char('.')) == at + 1;
}

QString FleetStateModel::cellText(const FleetUnitState &state)
{
    QString text = state.systemdActiveState;
    if (!state.systemdSubState.isEmpty())
        text += QLatin1String(" (") + state.systemdSubState + QLatin1Char(')');
    if (!state.systemdLoadState.isEmpty() && state.systemdLoadState != QLatin1String("loaded"))
        text = state.systemdLoadState + QLatin1String(", ") + text;
    return text;
}

FleetStateModel::CellState FleetStateModel::cellState(const FleetUnitState &state)
{
    const QString &active = state.systemdActiveState;
    if (active == QLatin1String("active") || active == QLatin1String("reloading"))
        return CellState::Active;
    if (active == QLatin1String("failed"))
        return CellState::Failed;
    if (active == QLatin1String("activating") || active == QLatin1String("deactivating"))
        return CellState::Activating;
    if (active.isEmpty())
        return CellState::None;
    return CellState::Inactive;
}

FleetStateModel::CellState FleetStateModel::cellState(FleetUnit::State current)
{
    switch (current) {
    case FleetUnit::State::Launched:
        return CellState::Active;
    case FleetUnit::State::Loaded:
    case FleetUnit::State::Inactive:
        return CellState::Inactive;
    case FleetUnit::State::Unknown:
        break;
    }
    return CellState::None;
}

FleetStateModel::Nodes &FleetStateModel::siblings(Node *node)
{
    return node->parent ? node->parent->children : m_roots;
}

const FleetStateModel::Nodes &FleetStateModel::siblings(const Node *node) const
{
    return node->parent ? node->parent->children : m_roots;
}

int FleetStateModel::rowOf(const Node *node) const
{
    const Nodes &list = siblings(node);
    // Siblings are kept in natural order, so the row is found by bisection.
    const auto it = std::lower_bound(list.begin(), list.end(), node->name,
                                     [](const std::unique_ptr<Node> &n, const QString &name) {
                                         return naturalCompare(n->name, name) < 0;
                                     });
    return it != list.end() && it->get() == node ? int(it - list.begin()) : -1;
}

QModelIndex FleetStateModel::indexOf(const Node *node, int column) const
{
    if (!node)
        return {};
    const int row = rowOf(node);
    return row < 0 ? QModelIndex() : createIndex(row, column, const_cast<Node *>(node));
}

QModelIndex FleetStateModel::indexOf(const QString &unitName, int column) const
{
    return indexOf(m_byName.value(unitName), column);
}

const FleetUnit *FleetStateModel::unit(const QString &name) const
{
    const Node *node = m_byName.value(name);
    return node && node->onFleet ? &node->unit : nullptr;
}

QList<FleetUnitState> FleetStateModel::states(const QString &name) const
{
    QList<FleetUnitState> out;
    const Node *node = m_byName.value(name);
    if (!node)
        return out;
    for (const FleetMachine &machine : m_machines)
        if (const FleetUnitState *state = node->state(machine.id))
            out << *state;
    return out;
}

QStringList FleetStateModel::instances(const QString &templateName) const
{
    QStringList out;
    if (const Node *node = m_byName.value(templateName))
        for (const auto &child : node->children)
            out << child->name;
    return out;
}

FleetStateModel::Node *FleetStateModel::insertNode(Node *parent, const QString &name)
{
    Nodes &list = parent ? parent->children : m_roots;
    const auto it = std::lower_bound(list.begin(), list.end(), name,
                                     [](const std::unique_ptr<Node> &n, const QString &key) {
                                         return naturalCompare(n->name, key) < 0;
                                     });
    const int row = int(it - list.begin());
    auto node = std::make_unique<Node>();
    node->name = name;
    node->parent = parent;
    node->isTemplate = isTemplateName(name);
    Node *raw = node.get();
    beginInsertRows(indexOf(parent, 0), row, row);
    list.insert(list.begin() + row, std::move(node));
    m_byName.insert(name, raw);
    endInsertRows();
    return raw;
}

void FleetStateModel::removeNode(Node *node)
{
    const int row = rowOf(node);
    if (row < 0)
        return;
    beginRemoveRows(indexOf(node->parent, 0), row, row);
    for (const auto &child : node->children)
        m_byName.remove(child->name);
    m_byName.remove(node->name);
    Nodes &list = siblings(node);
    list.erase(list.begin() + row);
    endRemoveRows();
}

void FleetStateModel::updateMachines(const QList<FleetMachine> &incoming)
{
    QList<FleetMachine> machines = incoming;
    std::sort(machines.begin(), machines.end(),
              [](const FleetMachine &a, const FleetMachine &b) { return a.id < b.id; });
    QSet<QString> ids;
    for (const FleetMachine &machine : machines)
        ids.insert(machine.id);
    // Every level has the same columns, so parents with children hear of a column change too
    // (their persistent indexes, a selection's among them, follow it).
    std::vector<QModelIndex> parents {QModelIndex()};
    for (int row = 0; row < int(m_roots.size()); ++row)
        if (!m_roots[row]->children.empty())
            parents.push_back(createIndex(row, 0, m_roots[row].get()));

    for (int i = int(m_machines.size()) - 1; i >= 0; --i) {
        if (ids.contains(m_machines[i].id))
            continue;
        const int column = FirstMachineColumn + i;
        for (const QModelIndex &parent : parents) {
            beginRemoveColumns(parent, column, column);
            if (!parent.isValid())
                m_machines.removeAt(i);
            endRemoveColumns();
        }
    }
    QSet<QString> known;
    for (const FleetMachine &machine : std::as_const(m_machines))
        known.insert(machine.id);
    for (const FleetMachine &machine : machines) {
        if (known.contains(machine.id)) {
            // Same machine: its IP or metadata may have changed.
            for (int i = 0; i < m_machines.size(); ++i) {
                if (m_machines[i].id == machine.id && !(m_machines[i] == machine)) {
                    m_machines[i] = machine;
                    Q_EMIT headerDataChanged(Qt::Horizontal, FirstMachineColumn + i,
                                             FirstMachineColumn + i);
                }
            }
            continue;
        }
        const auto it
            = std::lower_bound(m_machines.begin(), m_machines.end(), machine.id,
                               [](const FleetMachine &m, const QString &id) { return m.id < id; });
        const int at = int(it - m_machines.begin());
        const int column = FirstMachineColumn + at;
        for (const QModelIndex &parent : parents) {
            beginInsertColumns(parent, column, column);
            if (!parent.isValid())
                m_machines.insert(at, machine);
            endInsertColumns();
        }
    }
}

void FleetStateModel::computeLocal(Node *node) const
{
    QString local = m_localHashes.value(node->name);
    if (local.isEmpty() && !node->isTemplate)
        local = m_localHashes.value(templateOf(node->name));
    if (local.isEmpty() || !node->onFleet) {
        node->local = LocalState::NotLocal;
        return;
    }
    if (node->fleetHash.isEmpty())
        node->fleetHash = FleetUnitOptions::hash(node->unit.options);
    node->local = node->fleetHash == local ? LocalState::Same : LocalState::Differs;
}

void FleetStateModel::reportChanged(const std::vector<Node *> &changed)
{
    if (changed.empty())
        return;
    // Runs of neighbouring rows under one parent become one signal.
    std::vector<std::pair<Node *, int>> rows;
    rows.reserve(changed.size());
    for (Node *node : changed)
        rows.emplace_back(node->parent, rowOf(node));
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    const int lastColumn = columnCount() - 1;
    size_t i = 0;
    while (i < rows.size()) {
        size_t j = i;
        while (j + 1 < rows.size() && rows[j + 1].first == rows[i].first
               && rows[j + 1].second == rows[j].second + 1)
            ++j;
        const Nodes &list = rows[i].first ? rows[i].first->children : m_roots;
        const QModelIndex first = createIndex(rows[i].second, 0, list[rows[i].second].get());
        const QModelIndex last
            = createIndex(rows[j].second, lastColumn, list[rows[j].second].get());
        Q_EMIT dataChanged(first, last);
        i = j + 1;
    }
}

void FleetStateModel::buildFresh(const FleetSnapshot &snapshot)
{
    beginResetModel();
    m_roots.clear();
    m_byName.clear();
    m_machines = snapshot.machines;
    std::sort(m_machines.begin(), m_machines.end(),
              [](const FleetMachine &a, const FleetMachine &b) { return a.id < b.id; });
    auto make = [this](Node *parent, const QString &name) {
        auto node = std::make_unique<Node>();
        node->name = name;
        node->parent = parent;
        node->isTemplate = isTemplateName(name);
        Node *raw = node.get();
        (parent ? parent->children : m_roots).push_back(std::move(node));
        m_byName.insert(name, raw);
        return raw;
    };
    for (const FleetUnit &unit : snapshot.units) {
        if (m_byName.contains(unit.name)) {
            // A template seen first through one of its instances.
            Node *node = m_byName.value(unit.name);
            node->unit = unit;
            node->onFleet = true;
            continue;
        }
        Node *parent = nullptr;
        if (const QString tmpl = templateOf(unit.name); !tmpl.isEmpty()) {
            parent = m_byName.value(tmpl);
            if (!parent)
                parent = make(nullptr, tmpl);
        }
        Node *node = make(parent, unit.name);
        node->unit = unit;
        node->onFleet = true;
    }
    for (const FleetUnitState &state : snapshot.states)
        if (Node *node = m_byName.value(state.name))
            node->states.append(state);
    for (auto it = m_byName.cbegin(); it != m_byName.cend(); ++it)
        sortByMachine(&it.value()->states);
    auto byName = [](const std::unique_ptr<Node> &a, const std::unique_ptr<Node> &b) {
        return naturalCompare(a->name, b->name) < 0;
    };
    std::sort(m_roots.begin(), m_roots.end(), byName);
    for (auto &root : m_roots) {
        std::sort(root->children.begin(), root->children.end(), byName);
        computeLocal(root.get());
        for (auto &child : root->children)
            computeLocal(child.get());
    }
    m_loaded = true;
    endResetModel();
}

void FleetStateModel::update(const FleetSnapshot &snapshot)
{
    if (!m_loaded) {
        buildFresh(snapshot);
        return;
    }
    updateMachines(snapshot.machines);

    QHash<QString, const FleetUnit *> units;
    units.reserve(snapshot.units.size());
    for (const FleetUnit &unit : snapshot.units)
        units.insert(unit.name, &unit);
    QHash<QString, QList<FleetUnitState>> states;
    states.reserve(snapshot.states.size());
    for (const FleetUnitState &state : snapshot.states)
        states[state.name].append(state);
    for (auto it = states.begin(); it != states.end(); ++it)
        sortByMachine(&it.value());

    // Gone first, from the back so rows ahead keep their numbers.
    for (int r = int(m_roots.size()) - 1; r >= 0; --r) {
        Node *root = m_roots[r].get();
        for (int c = int(root->children.size()) - 1; c >= 0; --c)
            if (!units.contains(root->children[c]->name))
                removeNode(root->children[c].get());
        if (!units.contains(root->name) && root->children.empty())
            removeNode(root);
    }

    std::vector<Node *> changed;
    for (const FleetUnit &unit : snapshot.units) {
        Node *node = m_byName.value(unit.name);
        if (!node) {
            Node *parent = nullptr;
            if (const QString tmpl = templateOf(unit.name); !tmpl.isEmpty()) {
                parent = m_byName.value(tmpl);
                if (!parent)
                    parent = insertNode(nullptr, tmpl);
            }
            node = insertNode(parent, unit.name);
        }
        const QList<FleetUnitState> unitStates = states.value(unit.name);
        const bool unitChanged = !node->onFleet || !sameUnit(node->unit, unit);
        if (!unitChanged && node->states == unitStates)
            continue;
        if (!node->onFleet || node->unit.options != unit.options)
            node->fleetHash.clear();
        node->unit = unit;
        node->onFleet = true;
        node->states = unitStates;
        computeLocal(node);
        changed.push_back(node);
    }
    // Template rows kept for their instances while fleet no longer has the template itself.
    for (const auto &root : m_roots) {
        if (root->onFleet && !units.contains(root->name)) {
            root->onFleet = false;
            root->unit = FleetUnit {};
            root->unit.name = root->name;
            root->states.clear();
            root->fleetHash.clear();
            computeLocal(root.get());
            changed.push_back(root.get());
        }
    }
    reportChanged(changed);
}

void FleetStateModel::setLocalHashes(const QHash<QString, QString> &hashes)
{
    m_localHashes = hashes;
    std::vector<Node *> changed;
    for (Node *node : std::as_const(m_byName)) {
        const LocalState before = node->local;
        computeLocal(node);
        if (node->local != before)
            changed.push_back(node);
    }
    reportChanged(changed);
}

QModelIndex FleetStateModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent))
        return {};
    const Node *parentNode = static_cast<const Node *>(parent.internalPointer());
    if (parent.isValid() && parent.column() != 0)
        return {};
    const Nodes &list = parentNode ? parentNode->children : m_roots;
    if (row >= int(list.size()))
        return {};
    return createIndex(row, column, list[row].get());
}

QModelIndex FleetStateModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = static_cast<const Node *>(child.internalPointer());
    return indexOf(node->parent, 0);
}

int FleetStateModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(static_cast<const Node *>(parent.internalPointer())->children.size());
}

int FleetStateModel::columnCount(const QModelIndex &) const
{
    return FirstMachineColumn + int(m_machines.size());
}

Qt::ItemFlags FleetStateModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant FleetStateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node *node = static_cast<const Node *>(index.internalPointer());
    const int column = index.column();
    switch (role) {
    case UnitNameRole:
        return node->name;
    case IsTemplateRole:
        return node->isTemplate;
    case OnFleetRole:
        return node->onFleet;
    case LocalStateRole:
        return int(node->local);
    default:
        break;
    }
    if (column >= FirstMachineColumn) {
        const int m = column - FirstMachineColumn;
        if (m >= m_machines.size())
            return {};
        const QString &machineId = m_machines[m].id;
        if (role == MachineIdRole)
            return machineId;
        if (node->isTemplate && !node->children.empty()) {
            // A template runs nowhere itself; its row counts the instances on each machine.
            int running = 0;
            int there = 0;
            for (const auto &child : node->children) {
                const FleetUnitState *state = child->state(machineId);
                if (!state)
                    continue;
                ++there;
                if (cellState(*state) == CellState::Active)
                    ++running;
            }
            if (role == Qt::DisplayRole)
                return there == 0 ? QString() : tr("%1 of %n active", "", there).arg(running);
            if (role == StateRole)
                return int(there == 0             ? CellState::None
                               : running == there ? CellState::Active
                                                  : CellState::Inactive);
            if (role == SortRole)
                return running;
            return {};
        }
        const FleetUnitState *state = node->state(machineId);
        const bool has = state != nullptr;
        switch (role) {
        case Qt::DisplayRole:
        case SortRole:
            return has ? cellText(*state) : QString();
        case StateRole:
            return int(has ? cellState(*state) : CellState::None);
        case Qt::ToolTipRole:
            if (!has)
                return tr("%1 is not loaded on %2").arg(node->name, m_machines[m].shortId());
            return tr("%1 on %2 (%3)\nload: %4, active: %5, sub: %6\nhash: %7")
                .arg(node->name, m_machines[m].shortId(), m_machines[m].primaryIp,
                     state->systemdLoadState, state->systemdActiveState, state->systemdSubState,
                     state->hash);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (column == UnitColumn)
            return node->name;
        if (!node->onFleet)
            return column == DesiredColumn ? tr("(instances only)") : QString();
        if (column == DesiredColumn)
            return node->unit.desiredState == FleetUnit::State::Unknown
                ? node->unit.desiredStateText
                : FleetUnit::displayState(node->unit.desiredState);
        return node->unit.currentState == FleetUnit::State::Unknown
            ? node->unit.currentStateText
            : FleetUnit::displayState(node->unit.currentState);
    case SortRole:
        if (column == UnitColumn)
            return node->name;
        return data(index, Qt::DisplayRole);
    case StateRole:
        if (column == CurrentColumn && node->onFleet)
            return int(cellState(node->unit.currentState));
        return int(CellState::None);
    case Qt::ToolTipRole:
        if (column == UnitColumn && node->local == LocalState::Differs)
            return tr("%1 on fleet differs from the workspace's file").arg(node->name);
        return {};
    default:
        return {};
    }
}

QVariant FleetStateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return {};
    if (section < FirstMachineColumn) {
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case UnitColumn:
            return tr("Unit");
        case DesiredColumn:
            return tr("Desired");
        default:
            return tr("Current");
        }
    }
    const FleetMachine &machine = m_machines[section - FirstMachineColumn];
    switch (role) {
    case Qt::DisplayRole:
        // The IP tells machines apart at a glance (IDs often share their first characters);
        // the ID's start is under it and the whole ID in the tooltip.
        return machine.primaryIp.isEmpty()
            ? machine.shortId()
            : machine.primaryIp + QLatin1Char('\n') + machine.shortId();
    case MachineIdRole:
        return machine.id;
    case MachineIpRole:
        return machine.primaryIp;
    case MachineMetadataRole: {
        QVariantMap map;
        for (auto it = machine.metadata.cbegin(); it != machine.metadata.cend(); ++it)
            map.insert(it.key(), it.value());
        return map;
    }
    case Qt::ToolTipRole: {
        QStringList metadata;
        for (auto it = machine.metadata.cbegin(); it != machine.metadata.cend(); ++it)
            metadata << it.key() + QLatin1Char('=') + it.value();
        return tr("Machine %1\nIP: %2\nMetadata: %3")
            .arg(machine.id, machine.primaryIp,
                 metadata.isEmpty() ? tr("none") : metadata.join(QLatin1String(", ")));
    }
    default:
        return {};
    }
}

} // namespace ws
