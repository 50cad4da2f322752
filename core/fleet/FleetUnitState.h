#pragma once

#include <QString>

namespace ws {

// What systemd reports for a unit on one machine (GET /fleet/v1/state): fleet's agents
// publish it for every unit loaded there.
struct FleetUnitState
{
    QString name;
    QString hash; // SHA-1 of the unit's contents as the machine has them
    QString machineId;
    QString systemdLoadState; // "loaded", "not-found", …
    QString systemdActiveState; // "active", "inactive", "failed", "activating", …
    QString systemdSubState; // "running", "dead", "exited", …

    friend bool operator==(const FleetUnitState &, const FleetUnitState &) = default;
};

} // namespace ws
