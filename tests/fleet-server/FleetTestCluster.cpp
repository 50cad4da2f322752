#include "FleetTestCluster.h"

#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>

namespace ws::test {

namespace {

const QString kInactive = QStringLiteral("inactive");
const QString kLoaded = QStringLiteral("loaded");
const QString kLaunched = QStringLiteral("launched");

// fleet's specifiers in [X-Fleet] values: %n full name, %N name without the type, %p prefix,
// %i instance.
QString substitute(QString value, const QString &unitName)
{
    const qsizetype dot = unitName.lastIndexOf(QLatin1Char('.'));
    const QString base = dot < 0 ? unitName : unitName.left(dot);
    const qsizetype at = base.indexOf(QLatin1Char('@'));
    const QString prefix = at < 0 ? base : base.left(at);
    const QString instance = at < 0 ? QString() : base.mid(at + 1);
    value.replace(QLatin1String("%n"), unitName);
    value.replace(QLatin1String("%N"), base);
    value.replace(QLatin1String("%p"), prefix);
    value.replace(QLatin1String("%i"), instance);
    return value;
}

// A value like `"role=node3" disk=ssd` split into its words, quotes removed.
QStringList words(const QString &value)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : value) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

} // namespace

FleetTestCluster::FleetTestCluster()
{
    QList<Machine> machines;
    for (int i = 1; i <= 3; ++i)
        machines.append({QStringLiteral("000000000000000000000000f1ee700%1").arg(i),
                         QStringLiteral("127.0.0.1%1").arg(i),
                         {{QStringLiteral("disk"), QStringLiteral("ssd")},
                          {QStringLiteral("role"), QStringLiteral("node%1").arg(i)}}});
    setMachines(machines);
}

void FleetTestCluster::setMachines(const QList<Machine> &machines)
{
    m_machines = machines;
    std::sort(m_machines.begin(), m_machines.end(),
              [](const Machine &a, const Machine &b) { return a.id < b.id; });
    m_placement.clear();
    reschedule();
}

const FleetTestCluster::Unit *FleetTestCluster::unit(const QString &name) const
{
    const auto it = m_units.find(name);
    return it == m_units.end() ? nullptr : &it->second;
}

QList<const FleetTestCluster::Unit *> FleetTestCluster::listedUnits() const
{
    QList<const Unit *> out;
    for (const auto &[name, unit] : m_units)
        if (!unit.broken)
            out.append(&unit);
    return out;
}

void FleetTestCluster::putUnit(const Unit &unit)
{
    Unit &stored = m_units[unit.name];
    stored = unit;
    stored.revision = ++m_revisions;
    reschedule();
}

void FleetTestCluster::setDesiredState(const QString &name, const QString &state)
{
    const auto it = m_units.find(name);
    if (it == m_units.end())
        return;
    it->second.desiredState = state;
    it->second.revision = ++m_revisions;
    reschedule();
}

void FleetTestCluster::markBroken(const QString &name)
{
    const auto it = m_units.find(name);
    if (it == m_units.end())
        return;
    it->second.broken = true;
    it->second.revision = ++m_revisions;
    reschedule();
}

bool FleetTestCluster::removeUnit(const QString &name)
{
    if (m_units.erase(name) == 0)
        return false;
    m_placement.remove(name);
    reschedule();
    return true;
}

bool FleetTestCluster::globMatch(const QString &pattern, const QString &name)
{
    // Unit names have no '/', so Qt's path-aware wildcards match as Go's path.Match does.
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
    return re.match(name).hasMatch();
}

bool FleetTestCluster::isTemplateName(const QString &name)
{
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return at >= 0 && dot == at + 1;
}

QStringList FleetTestCluster::xFleet(const Unit &unit, const QString &option) const
{
    QStringList out;
    for (const Option &o : unit.options) {
        if (o.section != QLatin1String("X-Fleet"))
            continue;
        // The names before fleet 0.8 still count.
        if (o.name == option || o.name == QLatin1String("X-Condition") + option
            || (option == QLatin1String("Conflicts") && o.name == QLatin1String("X-Conflicts")))
            out.append(substitute(o.value, unit.name));
    }
    return out;
}

bool FleetTestCluster::placeable(const Unit &unit) const
{
    return !unit.broken && !isTemplateName(unit.name)
        && (unit.desiredState == kLoaded || unit.desiredState == kLaunched);
}

int FleetTestCluster::load(const QString &machineId) const
{
    int n = 0;
    for (const QStringList &ids : m_placement)
        n += ids.contains(machineId) ? 1 : 0;
    return n;
}

bool FleetTestCluster::ableToRun(const Unit &unit, const Machine &machine) const
{
    for (const QString &id : xFleet(unit, QStringLiteral("MachineID")))
        if (id.trimmed() != machine.id)
            return false;

    // MachineMetadata: keys are AND-ed, several values of one key OR-ed.
    QMap<QString, QStringList> wanted;
    for (const QString &line : xFleet(unit, QStringLiteral("MachineMetadata")))
        for (const QString &pair : words(line)) {
            const QStringList kv = pair.split(QLatin1Char('='));
            if (kv.size() == 2 && !kv[0].isEmpty() && !kv[1].isEmpty())
                wanted[kv[0]].append(kv[1]);
        }
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it)
        if (!machine.metadata.contains(it.key())
            || !it.value().contains(machine.metadata.value(it.key())))
            return false;

    for (const QString &peer : xFleet(unit, QStringLiteral("MachineOf")))
        if (!m_placement.value(peer.trimmed()).contains(machine.id))
            return false;

    // Conflicts go both ways: this unit's globs against the units already there, and theirs
    // against this unit. Only units with a Conflicts option can exclude anything, so the walk
    // over every placement happens only for those (it made each PUT O(units²) otherwise).
    const QStringList conflicts = xFleet(unit, QStringLiteral("Conflicts"));
    if (!conflicts.isEmpty())
        for (auto it = m_placement.cbegin(); it != m_placement.cend(); ++it) {
            if (it.key() == unit.name || !it.value().contains(machine.id))
                continue;
            for (const QString &glob : conflicts)
                for (const QString &word : words(glob))
                    if (globMatch(word, it.key()))
                        return false;
        }
    for (const QString &name : m_withConflicts) {
        if (name == unit.name || !m_placement.value(name).contains(machine.id))
            continue;
        if (const Unit *other = this->unit(name))
            for (const QString &glob : xFleet(*other, QStringLiteral("Conflicts")))
                for (const QString &word : words(glob))
                    if (globMatch(word, unit.name))
                        return false;
    }
    return true;
}

void FleetTestCluster::reschedule()
{
    ++m_generation;
    m_withConflicts.clear();
    for (const auto &[name, unit] : m_units)
        if (!xFleet(unit, QStringLiteral("Conflicts")).isEmpty())
            m_withConflicts.append(name);
    // Repeat until nothing moves, so that MachineOf peers placed later in name order still
    // pull their dependents along; bounded, in case conflicts chase each other.
    for (size_t round = 0; round <= m_units.size() + 1; ++round) {
        bool changed = false;
        for (const auto &entry : m_units) {
            // Named references, not a structured binding: the lambda below uses the unit, and
            // clang before 16 (the sanitizer build's compiler) cannot capture a binding.
            const QString &name = entry.first;
            const Unit &unit = entry.second;
            const QStringList before = m_placement.value(name);
            QStringList after;
            if (placeable(unit)) {
                const bool global
                    = xFleet(unit, QStringLiteral("Global")).contains(QStringLiteral("true"));
                if (global) {
                    for (const Machine &m : std::as_const(m_machines))
                        if (ableToRun(unit, m))
                            after.append(m.id);
                } else if (before.size() == 1 && [&] {
                               for (const Machine &m : std::as_const(m_machines))
                                   if (m.id == before.first())
                                       return ableToRun(unit, m);
                               return false;
                           }()) {
                    after = before;
                } else {
                    m_placement.remove(name);
                    const Machine *best = nullptr;
                    for (const Machine &m : std::as_const(m_machines))
                        if (ableToRun(unit, m) && (!best || load(m.id) < load(best->id)))
                            best = &m;
                    if (best)
                        after.append(best->id);
                }
            }
            if (after.isEmpty())
                m_placement.remove(name);
            else
                m_placement.insert(name, after);
            changed = changed || after != before;
        }
        if (!changed)
            break;
    }
}

QJsonObject FleetTestCluster::unitJson(const Unit &unit) const
{
    QJsonArray options;
    for (const Option &o : unit.options)
        options.append(QJsonObject {{QStringLiteral("section"), o.section},
                                    {QStringLiteral("name"), o.name},
                                    {QStringLiteral("value"), o.value}});
    QJsonObject json {{QStringLiteral("name"), unit.name},
                      {QStringLiteral("desiredState"), unit.desiredState}};
    if (!options.isEmpty())
        json.insert(QStringLiteral("options"), options);
    // A global unit has no single target, so fleet reports it inactive with no machineID.
    const QStringList placed = m_placement.value(unit.name);
    const bool global = xFleet(unit, QStringLiteral("Global")).contains(QStringLiteral("true"));
    if (placed.size() == 1 && !global) {
        json.insert(QStringLiteral("currentState"), unit.desiredState);
        json.insert(QStringLiteral("machineID"), placed.first());
    } else {
        json.insert(QStringLiteral("currentState"), kInactive);
    }
    return json;
}

QJsonArray FleetTestCluster::states(const QStringList &machineIds,
                                    const QStringList &unitNames) const
{
    QJsonArray out;
    for (auto it = m_placement.cbegin(); it != m_placement.cend(); ++it) {
        const Unit *u = unit(it.key());
        if (!u || (!unitNames.isEmpty() && !unitNames.contains(u->name)))
            continue;
        for (const QJsonValue &state : statesOf(*u, machineIds))
            out.append(state);
    }
    return out;
}

QJsonArray FleetTestCluster::statesOf(const Unit &u, const QStringList &machineIds) const
{
    QJsonArray out;
    const bool launched = u.desiredState == kLaunched;
    QStringList ids = m_placement.value(u.name);
    ids.sort();
    for (const QString &id : std::as_const(ids)) {
        if (!machineIds.isEmpty() && !machineIds.contains(id))
            continue;
        out.append(QJsonObject {{QStringLiteral("name"), u.name},
                                {QStringLiteral("hash"), hash(u.options)},
                                {QStringLiteral("machineID"), id},
                                {QStringLiteral("systemdLoadState"), QStringLiteral("loaded")},
                                {QStringLiteral("systemdActiveState"),
                                 launched ? QStringLiteral("active") : QStringLiteral("inactive")},
                                {QStringLiteral("systemdSubState"),
                                 launched ? QStringLiteral("running") : QStringLiteral("dead")}});
    }
    return out;
}

QJsonObject FleetTestCluster::machineJson(const Machine &machine)
{
    QJsonObject json {{QStringLiteral("id"), machine.id}};
    if (!machine.primaryIp.isEmpty())
        json.insert(QStringLiteral("primaryIP"), machine.primaryIp);
    if (!machine.metadata.isEmpty()) {
        QJsonObject metadata;
        for (auto it = machine.metadata.cbegin(); it != machine.metadata.cend(); ++it)
            metadata.insert(it.key(), it.value());
        json.insert(QStringLiteral("metadata"), metadata);
    }
    return json;
}

QByteArray FleetTestCluster::serialize(const QList<Option> &options)
{
    QStringList sections;
    for (const Option &o : options)
        if (!sections.contains(o.section))
            sections.append(o.section);
    QByteArray out;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        out += '[' + sections[i].toUtf8() + "]\n";
        for (const Option &o : options)
            if (o.section == sections[i])
                out += o.name.toUtf8() + '=' + o.value.toUtf8() + '\n';
        if (i < sections.size() - 1)
            out += '\n';
    }
    return out;
}

QString FleetTestCluster::hash(const QList<Option> &options)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(serialize(options), QCryptographicHash::Sha1).toHex());
}

} // namespace ws::test
