#pragma once

#include "fleet/FleetMachine.h"
#include "fleet/UnitFile.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ws {

// A unit's [X-Fleet] options read as fleet's engine reads them (PROTOCOLS.md §4.6), with the
// unit's specifiers (%n %N %p %i) resolved and the pre-0.8 names (X-ConditionMachineID, …,
// X-Conflicts) counted: the one place the explainer and the deploy preview take fleet's rules
// from, kept the same as tests/fleet-server/FleetTestCluster's scheduling.
struct FleetSchedulingRules
{
    QString unitName;
    QStringList machineIds; // MachineID=: every one must be the machine's ID
    QStringList machineOf; // MachineOf=: units that must run on the same machine
    // MachineMetadata=: key → accepted values. Values of one key are OR-ed, keys AND-ed.
    QMap<QString, QStringList> metadata;
    QStringList conflicts; // Conflicts=: glob patterns of unit names (Go's path.Match)
    bool global = false; // Global=true: on every machine that passes the other rules

    static FleetSchedulingRules fromOptions(const QString &unitName,
                                            const QList<UnitOption> &options);

    bool metadataMatches(const FleetMachine &machine) const;
    // The keys of `metadata` that `machine` does not satisfy, as "key=value1|value2".
    QStringList missingMetadata(const FleetMachine &machine) const;
    // Whether this unit and `other` (with its own rules) may not share a machine: either's
    // Conflicts matches the other's name.
    bool conflictsWith(const FleetSchedulingRules &other) const;

    // Go's path.Match on a unit name: *, ? and [...] classes.
    static bool globMatch(const QString &pattern, const QString &name);
    // A value like `"role=node3" disk=ssd` split into its words, quotes removed.
    static QStringList words(const QString &value);
    // "web@.service", "a@.timer": a template, which fleet never schedules.
    static bool isTemplateName(const QString &name);
};

} // namespace ws
