#pragma once

#include "fleet/FleetMachine.h"
#include "fleet/FleetUnit.h"
#include "fleet/FleetUnitState.h"

#include <QList>

namespace ws {

// What fleet said about the cluster at one moment: its units, their states on each machine,
// and the machines. FleetStatePoller reads one; FleetStateModel shows it.
struct FleetSnapshot
{
    QList<FleetUnit> units;
    QList<FleetUnitState> states;
    QList<FleetMachine> machines;
};

} // namespace ws
