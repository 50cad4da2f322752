#pragma once

#include "fleet/FleetScheduleExplainer.h"
#include "fleet/FleetScheduleExplanation.h"
#include "fleet/UnitFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// What submitting a set of units would do, before anything is sent: for each unit, whether
// fleet has it already (same contents: unchanged; other contents: destroy + submit, which the
// user must agree to) and the machines it can land on by fleet's rules (MachineID, MachineOf,
// MachineMetadata, Conflicts, Global), given where units run now. Units submitted together
// count for each other's MachineOf. Pure: no network.
class FleetDeployPreview
{
    Q_DECLARE_TR_FUNCTIONS(FleetDeployPreview)

public:
    struct Submission
    {
        QString name; // "web@2.service"
        QList<UnitOption> options; // as they would be sent (FleetUnitOptions)
    };

    enum class Action {
        Create, // fleet does not have it: submit
        Unchanged, // fleet has it with the same contents: nothing to send
        Replace, // fleet has it with other contents: destroy, then submit
    };

    struct Item
    {
        QString name;
        Action action = Action::Create;
        bool isTemplate = false; // fleet stores a template but never places it
        QStringList machines; // IDs it can land on (every one of them for a global unit)
        FleetScheduleExplanation explanation; // why it can land nowhere, when machines is empty
        QString currentHash; // fleet's hash of what it has now; empty for Create
        QString newHash; // of the submission
    };

    explicit FleetDeployPreview(const FleetScheduleExplainer &cluster) : m_cluster(cluster) { }

    QList<Item> preview(const QList<Submission> &submissions) const;

    // "create", "unchanged", "replace (destroy + submit)", translated.
    static QString actionText(Action action);

private:
    const FleetScheduleExplainer &m_cluster;
};

} // namespace ws
