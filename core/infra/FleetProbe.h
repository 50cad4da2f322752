#pragma once

#include "Probe.h"
#include "fleet/FleetMachine.h"
#include "fleet/FleetUnit.h"
#include "fleet/FleetUnitState.h"

#include <memory>

namespace ws {

class FleetClient;

// fleet's v1 API (kind "fleet", endpoint as FLEETCTL_ENDPOINT takes it: unix:///var/run/
// fleet.sock, http://host:port; empty for FLEETCTL_ENDPOINT itself), through core/fleet's
// FleetClient: machines, units and their systemd states on each machine, as elements. Up when
// the API answers; Degraded when a unit fleet launched is failed in systemd (that unit's element
// is Down); Down when it does not answer as fleet.
class FleetProbe : public Probe
{
    Q_OBJECT

public:
    explicit FleetProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~FleetProbe() override;

    struct Answers
    {
        bool machinesOk = false;
        double machinesAtMs = -1;
        QString machinesError;
        QList<FleetMachine> machines;
        bool statesOk = false;
        QString statesError;
        QList<FleetUnitState> states;
        bool unitsOk = false;
        QString unitsError;
        QList<FleetUnit> units;
    };
    // Pure: the result from what fleet answered.
    static ProbeResult evaluate(const QString &endpoint, const Answers &answers);

protected:
    void run() override;
    void abort() override;

private:
    void answered();

    std::unique_ptr<FleetClient> m_client;
    Answers m_answers;
    int m_pending = 0;
};

} // namespace ws
