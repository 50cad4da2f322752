#pragma once

#include "fleet/UnitFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ws {

// A unit as fleet's registry holds it (GET /fleet/v1/units): its contents as option lines,
// the state it should be in and the state it is in, and the machine it was scheduled on.
struct FleetUnit
{
    Q_DECLARE_TR_FUNCTIONS(FleetUnit)

public:
    // fleet's job states. Unknown is anything else a server sent (kept in stateText fields).
    enum class State { Unknown, Inactive, Loaded, Launched };

    QString name;
    QList<UnitOption> options; // line is 0: fleet keeps no lines
    State desiredState = State::Unknown;
    State currentState = State::Unknown;
    QString desiredStateText; // as sent, for an Unknown state
    QString currentStateText;
    QString machineId; // empty when not scheduled, or global (on several machines)

    // "inactive", "loaded", "launched" (the wire names); empty for Unknown.
    static QString stateName(State state);
    static State stateFromName(const QString &name);
    // For people: "inactive", "loaded" and "launched", translated.
    static QString displayState(State state);
};

} // namespace ws
