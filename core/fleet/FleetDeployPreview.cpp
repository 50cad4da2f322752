#include "fleet/FleetDeployPreview.h"

#include "fleet/FleetSchedulingRules.h"
#include "fleet/FleetUnitOptions.h"

#include <QMap>
#include <QSet>

namespace ws {

QList<FleetDeployPreview::Item>
FleetDeployPreview::preview(const QList<Submission> &submissions) const
{
    QList<Item> items;
    QSet<QString> leaving; // units to be destroyed and submitted again
    for (const Submission &s : submissions) {
        Item item;
        item.name = s.name;
        item.isTemplate = FleetSchedulingRules::isTemplateName(s.name);
        item.newHash = FleetUnitOptions::hash(s.options);
        if (const FleetUnit *current = m_cluster.unit(s.name)) {
            item.currentHash = FleetUnitOptions::hash(current->options);
            item.action = FleetUnitOptions::same(current->options, s.options) ? Action::Unchanged
                                                                              : Action::Replace;
            if (item.action == Action::Replace)
                leaving.insert(s.name);
        }
        items.append(item);
    }

    // MachineOf between units of the same deploy: a peer's possible machines count. Peers are
    // resolved in as many rounds as there are units, so a chain resolves whatever its order.
    QMap<QString, QStringList> peers;
    QSet<QString> inBatch;
    for (const Submission &s : submissions)
        inBatch.insert(s.name);
    for (qsizetype round = 0; round <= submissions.size(); ++round) {
        for (qsizetype i = 0; i < submissions.size(); ++i) {
            const Submission &s = submissions[i];
            Item &item = items[i];
            if (item.isTemplate)
                continue;
            const FleetSchedulingRules rules = FleetSchedulingRules::fromOptions(s.name, s.options);
            QMap<QString, QStringList> known;
            for (const QString &peer : rules.machineOf)
                if (inBatch.contains(peer))
                    known.insert(peer, peers.value(peer));
            // An unchanged unit keeps its place; it is still judged afresh, which is what
            // fleet's engine would do on a reschedule.
            QSet<QString> gone = leaving;
            gone.insert(s.name);
            item.machines = m_cluster.eligibleMachines(rules, &item.explanation, gone, known);
            peers.insert(s.name, item.machines);
        }
    }
    for (Item &item : items) {
        if (item.isTemplate) {
            item.explanation.reason = FleetScheduleExplanation::Reason::Template;
            item.explanation.message
                = tr("%1 is a template: fleet stores it and places its instances only.")
                      .arg(item.name);
        } else if (!item.machines.isEmpty()) {
            item.explanation.message = item.explanation.global
                ? tr("global: runs on each of %n machine(s)", nullptr, int(item.machines.size()))
                : tr("can run on %n machine(s)", nullptr, int(item.machines.size()));
        }
    }
    return items;
}

QString FleetDeployPreview::actionText(Action action)
{
    switch (action) {
    case Action::Create:
        return tr("create");
    case Action::Unchanged:
        return tr("unchanged");
    case Action::Replace:
        return tr("replace (destroy + submit)");
    }
    return {};
}

} // namespace ws
