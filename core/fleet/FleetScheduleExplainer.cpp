#include "fleet/FleetScheduleExplainer.h"

#include <algorithm>

namespace ws {

namespace {

QString metadataText(const FleetMachine &machine)
{
    QStringList pairs;
    for (auto it = machine.metadata.cbegin(); it != machine.metadata.cend(); ++it)
        pairs.append(it.key() + QLatin1Char('=') + it.value());
    return pairs.join(QLatin1Char(' '));
}

} // namespace

FleetScheduleExplainer::FleetScheduleExplainer(const QList<FleetUnit> &units,
                                               const QList<FleetMachine> &machines,
                                               const QList<FleetUnitState> &states)
    : m_units(units), m_machines(machines)
{
    std::sort(m_machines.begin(), m_machines.end(),
              [](const FleetMachine &a, const FleetMachine &b) { return a.id < b.id; });
    for (const FleetUnitState &state : states)
        if (!state.machineId.isEmpty() && !m_placement[state.name].contains(state.machineId))
            m_placement[state.name].append(state.machineId);
    // A unit scheduled but not yet reporting a state still holds its machine.
    for (const FleetUnit &u : units)
        if (!u.machineId.isEmpty() && !m_placement.value(u.name).contains(u.machineId))
            m_placement[u.name].append(u.machineId);
    for (QStringList &ids : m_placement)
        ids.sort();
}

const FleetUnit *FleetScheduleExplainer::unit(const QString &name) const
{
    for (const FleetUnit &u : m_units)
        if (u.name == name)
            return &u;
    return nullptr;
}

QStringList FleetScheduleExplainer::runningOn(const QString &unitName) const
{
    return m_placement.value(unitName);
}

QString FleetScheduleExplainer::machineLabel(const QString &machineId) const
{
    // fleetctl's 8 characters, unless two machines share them (then the whole ID).
    bool unique = true;
    for (const FleetMachine &m : m_machines)
        unique = unique && (m.id == machineId || m.shortId() != machineId.left(8));
    const QString id = unique ? machineId.left(8) : machineId;
    for (const FleetMachine &m : m_machines)
        if (m.id == machineId && !m.primaryIp.isEmpty())
            return QStringLiteral("%1 (%2)").arg(id, m.primaryIp);
    return id;
}

QStringList FleetScheduleExplainer::eligibleMachines(const FleetSchedulingRules &rules,
                                                     FleetScheduleExplanation *why,
                                                     const QSet<QString> &leaving,
                                                     const QMap<QString, QStringList> &peers) const
{
    FleetScheduleExplanation scratch;
    FleetScheduleExplanation &out = why ? *why : scratch;
    out = {};
    out.global = rules.global;
    const auto fail = [&](FleetScheduleExplanation::Reason reason, const QString &message) {
        out.reason = reason;
        out.message = message;
        out.machines.clear();
        return QStringList();
    };

    if (m_machines.isEmpty())
        return fail(FleetScheduleExplanation::Reason::NoMachines,
                    tr("The cluster has no machines: start fleetd on at least one host."));

    QStringList candidates;
    for (const FleetMachine &m : m_machines)
        candidates.append(m.id);

    // MachineID: every value must be the machine's ID.
    for (const QString &id : rules.machineIds) {
        if (!candidates.contains(id)) {
            for (const FleetMachine &m : m_machines)
                out.details.append(tr("machine %1").arg(m.id));
            return fail(FleetScheduleExplanation::Reason::UnknownMachineId,
                        tr("MachineID=%1 names no machine of the cluster; use one of the IDs "
                           "below (fleetctl list-machines -l shows them).")
                            .arg(id));
        }
        candidates = {id};
    }

    // MachineOf: where the peer runs (or, for a peer submitted together, may run).
    for (const QString &peer : rules.machineOf) {
        QStringList where = runningOn(peer);
        if (leaving.contains(peer))
            where.clear();
        const bool known = (unit(peer) && !leaving.contains(peer)) || peers.contains(peer);
        if (peers.contains(peer))
            where = peers.value(peer);
        if (!known)
            return fail(FleetScheduleExplanation::Reason::MachineOfMissing,
                        tr("MachineOf=%1: fleet has no unit of that name, so there is no "
                           "machine to go with it; submit and start %1, or fix the name.")
                            .arg(peer));
        QStringList both;
        for (const QString &id : std::as_const(candidates))
            if (where.contains(id))
                both.append(id);
        if (both.isEmpty()) {
            if (where.isEmpty())
                return fail(FleetScheduleExplanation::Reason::MachineOfNotRunning,
                            tr("MachineOf=%1: %1 runs on no machine, so this unit has nowhere "
                               "to go; start %1 first.")
                                .arg(peer));
            for (const QString &id : std::as_const(where))
                out.details.append(tr("%1 runs on %2").arg(peer, machineLabel(id)));
            return fail(
                FleetScheduleExplanation::Reason::MachineOfNotRunning,
                tr("MachineOf=%1: %1 runs only on machines the other rules rule out.").arg(peer));
        }
        candidates = both;
    }

    // MachineMetadata: values of one key OR-ed, keys AND-ed.
    if (!rules.metadata.isEmpty()) {
        QStringList matching;
        for (const FleetMachine &m : m_machines)
            if (candidates.contains(m.id) && rules.metadataMatches(m))
                matching.append(m.id);
        if (matching.isEmpty()) {
            // Which pairs no machine has at all, so the message names the one to fix.
            QStringList absent;
            for (auto it = rules.metadata.cbegin(); it != rules.metadata.cend(); ++it) {
                bool anyone = false;
                for (const FleetMachine &m : m_machines)
                    anyone = anyone
                        || (candidates.contains(m.id)
                            && it.value().contains(m.metadata.value(it.key())));
                if (!anyone)
                    absent.append(it.key() + QLatin1Char('=')
                                  + it.value().join(tr(" or ", "metadata values")));
            }
            for (const FleetMachine &m : m_machines)
                if (candidates.contains(m.id))
                    out.details.append(
                        tr("%1 has %2")
                            .arg(machineLabel(m.id),
                                 m.metadata.isEmpty() ? tr("no metadata") : metadataText(m)));
            const QString what = absent.isEmpty()
                ? tr("no machine has all of MachineMetadata %1 at once")
                      .arg(QStringList(rules.metadata.keys()).join(QLatin1String(", ")))
                : tr("no machine has %1").arg(absent.join(QLatin1String(", ")));
            return fail(FleetScheduleExplanation::Reason::MetadataUnmatched,
                        tr("MachineMetadata: %1; set it in fleetd's metadata on a host, or "
                           "change the unit.")
                            .arg(what));
        }
        candidates = matching;
    }

    // Conflicts, both ways, against the units where they run now.
    QStringList free;
    QStringList blockers;
    for (const QString &id : std::as_const(candidates)) {
        QStringList here;
        for (auto it = m_placement.cbegin(); it != m_placement.cend(); ++it) {
            if (leaving.contains(it.key()) || !it.value().contains(id))
                continue;
            const FleetUnit *other = unit(it.key());
            const FleetSchedulingRules theirs = FleetSchedulingRules::fromOptions(
                it.key(), other ? other->options : QList<UnitOption>());
            if (rules.conflictsWith(theirs))
                here.append(it.key());
        }
        if (here.isEmpty())
            free.append(id);
        else
            blockers.append(tr("%1 runs %2").arg(machineLabel(id), here.join(QLatin1String(", "))));
    }
    if (free.isEmpty()) {
        out.details = blockers;
        return fail(FleetScheduleExplanation::Reason::ConflictsEverywhere,
                    tr("Conflicts rule out every machine it may run on: each runs a unit it "
                       "conflicts with. Add a machine, or stop one of those units."));
    }

    out.reason = FleetScheduleExplanation::Reason::NotScheduledYet;
    out.machines = free;
    return free;
}

FleetScheduleExplanation FleetScheduleExplainer::explain(const QString &unitName) const
{
    FleetScheduleExplanation out;
    const FleetUnit *u = unit(unitName);
    if (!u) {
        out.reason = FleetScheduleExplanation::Reason::UnknownUnit;
        out.message = tr("fleet has no unit %1; submit it first.").arg(unitName);
        return out;
    }
    const FleetSchedulingRules rules = FleetSchedulingRules::fromOptions(u->name, u->options);
    out.global = rules.global;
    if (FleetSchedulingRules::isTemplateName(unitName)) {
        out.reason = FleetScheduleExplanation::Reason::Template;
        out.message
            = tr("%1 is a template: fleet runs its instances (as %2), never the "
                 "template itself.")
                  .arg(unitName,
                       QString(unitName).replace(QLatin1String("@."), QLatin1String("@1.")));
        return out;
    }
    const QStringList running = runningOn(unitName);
    if (!running.isEmpty()) {
        out.reason = FleetScheduleExplanation::Reason::Running;
        out.machines = running;
        out.message = rules.global
            ? tr("%1 is global and placed on %n machine(s).", nullptr, int(running.size()))
                  .arg(unitName)
            : tr("%1 is placed on %2.").arg(unitName, machineLabel(running.first()));
        for (const QString &id : running)
            out.details.append(machineLabel(id));
        return out;
    }
    if (u->desiredState != FleetUnit::State::Launched
        && u->desiredState != FleetUnit::State::Loaded) {
        out.reason = FleetScheduleExplanation::Reason::NotWanted;
        out.message = tr("%1 is %2: fleet places a unit only once it is loaded or launched "
                         "(fleetctl start).")
                          .arg(unitName, FleetUnit::displayState(u->desiredState));
        return out;
    }

    // Its own placement does not count against it (there is none, but be exact).
    const QStringList machines = eligibleMachines(rules, &out, {unitName});
    if (machines.isEmpty())
        return out;
    for (const QString &id : machines)
        out.details.append(machineLabel(id));
    out.message = rules.global
        ? tr("%1 is global: it runs on every machine its rules allow (%n machine(s)); fleet "
             "has not started it there yet. Nothing rules them out; check fleetd's log on "
             "those hosts if this lasts.",
             nullptr, int(machines.size()))
              .arg(unitName)
        : tr("Nothing rules %1 out: %n machine(s) can take it; fleet has not scheduled it yet. "
             "If this lasts, check fleetd's log (journalctl -u fleet) on the hosts.",
             nullptr, int(machines.size()))
              .arg(unitName);
    return out;
}

} // namespace ws
