#pragma once

#include <QString>
#include <QStringList>

namespace ws {

// Why a unit is (or is not) on a machine, as FleetScheduleExplainer reads the cluster.
struct FleetScheduleExplanation
{
    enum class Reason {
        Running, // it has a state on some machine: nothing to explain
        NotWanted, // its desired state is inactive: fleet is not asked to place it
        Template, // a template (name@.service): fleet only places its instances
        UnknownUnit, // fleet does not have the unit
        NoMachines, // the cluster has no machines
        UnknownMachineId, // MachineID= names a machine no one has
        MachineOfMissing, // MachineOf= a unit fleet does not have
        MachineOfNotRunning, // MachineOf= a unit that runs nowhere (or not on a common machine)
        MetadataUnmatched, // MachineMetadata= that no machine has
        ConflictsEverywhere, // Conflicts= (its own or others') rule out every machine left
        NotScheduledYet, // nothing rules it out: fleet's engine has not placed it yet
    };

    Reason reason = Reason::NotScheduledYet;
    QString message; // for people, translated: what, where, and what to do
    QStringList details; // one line each: the machines and units the message is about
    QStringList machines; // IDs of the machines it can run on (or runs on, for Running)
    bool global = false; // Global=true: on every machine in `machines`

    // A stable name of the reason, for scripts: "running", "metadata-unmatched", …
    QString reasonKey() const
    {
        switch (reason) {
        case Reason::Running:
            return QStringLiteral("running");
        case Reason::NotWanted:
            return QStringLiteral("not-wanted");
        case Reason::Template:
            return QStringLiteral("template");
        case Reason::UnknownUnit:
            return QStringLiteral("unknown-unit");
        case Reason::NoMachines:
            return QStringLiteral("no-machines");
        case Reason::UnknownMachineId:
            return QStringLiteral("unknown-machine-id");
        case Reason::MachineOfMissing:
            return QStringLiteral("machine-of-missing");
        case Reason::MachineOfNotRunning:
            return QStringLiteral("machine-of-not-running");
        case Reason::MetadataUnmatched:
            return QStringLiteral("metadata-unmatched");
        case Reason::ConflictsEverywhere:
            return QStringLiteral("conflicts-everywhere");
        case Reason::NotScheduledYet:
            return QStringLiteral("not-scheduled-yet");
        }
        return {};
    }

    // `message`, then the details indented, one a line.
    QString toString() const
    {
        QString text = message;
        for (const QString &line : details)
            text += QLatin1String("\n  ") + line;
        return text;
    }
};

} // namespace ws
