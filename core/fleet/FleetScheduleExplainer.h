#pragma once

#include "fleet/FleetMachine.h"
#include "fleet/FleetScheduleExplanation.h"
#include "fleet/FleetSchedulingRules.h"
#include "fleet/FleetUnit.h"
#include "fleet/FleetUnitState.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>

namespace ws {

// Says why fleet has not placed a unit, from what the API shows (units, machines, states):
// fleet accepts a unit it cannot schedule, keeps it launched and never says why (see
// fixtures/fleet/README.md). Rules are fleet's engine's, in its order: MachineID, MachineOf,
// MachineMetadata, Conflicts; Global units go on every machine that passes them. A pure value
// computation: no network, cheap to build from the latest lists.
class FleetScheduleExplainer
{
    Q_DECLARE_TR_FUNCTIONS(FleetScheduleExplainer)

public:
    FleetScheduleExplainer(const QList<FleetUnit> &units, const QList<FleetMachine> &machines,
                           const QList<FleetUnitState> &states);

    // Why the unit fleet has under `unitName` runs where it runs, or nowhere.
    FleetScheduleExplanation explain(const QString &unitName) const;

    // The machines `rules` allow, given where units run now. Units named in `leaving` count as
    // gone (they are about to be destroyed); `peers` gives machines for MachineOf units that
    // are not on fleet yet (submitted together). Without a machine left, *why says which rule
    // ruled the last ones out (reason, message, details); with some, why->reason is
    // NotScheduledYet and why->machines lists them.
    QStringList eligibleMachines(const FleetSchedulingRules &rules, FleetScheduleExplanation *why,
                                 const QSet<QString> &leaving = {},
                                 const QMap<QString, QStringList> &peers = {}) const;

    // IDs of the machines that have a state for the unit (or fleet's machineID for it), sorted.
    QStringList runningOn(const QString &unitName) const;
    const FleetUnit *unit(const QString &name) const;
    const QList<FleetMachine> &machines() const { return m_machines; }

    // "f1ee7001 (10.0.0.1)", how a machine is named in messages.
    QString machineLabel(const QString &machineId) const;

private:
    QList<FleetUnit> m_units;
    QList<FleetMachine> m_machines;
    QMap<QString, QStringList> m_placement; // unit name → machine IDs, sorted
};

} // namespace ws
