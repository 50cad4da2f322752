#pragma once

#include <QMap>
#include <QString>

namespace ws {

// One machine of a fleet cluster (GET /fleet/v1/machines).
struct FleetMachine
{
    QString id; // the host's /etc/machine-id
    QString primaryIp;
    QMap<QString, QString> metadata; // fleetd's --metadata, matched by MachineMetadata=

    // The first 8 characters, as fleetctl shows machines.
    QString shortId() const { return id.left(8); }

    friend bool operator==(const FleetMachine &, const FleetMachine &) = default;
};

} // namespace ws
