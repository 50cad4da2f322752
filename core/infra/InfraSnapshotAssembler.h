#pragma once

#include "InfraSnapshot.h"
#include "ProbeResult.h"
#include "docker/DockerContainerList.h"
#include "fleet/FleetMachine.h"
#include "fleet/FleetUnit.h"
#include "fleet/FleetUnitState.h"
#include "workspace/Manifest.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace ws {

// What discovery gathered from each source, before it is put together. A source that could not
// be read leaves its part empty (and its `…Read` flag false) and a line in `problems`.
struct InfraDiscoveryData
{
    Environment environment;
    QString registry; // the workspace's registry (Manifest::registry); empty: none

    bool fleetRead = false;
    QList<FleetMachine> machines;
    QList<FleetUnit> units;
    QList<FleetUnitState> states;

    // Per Docker endpoint as the environment writes it, the containers its engine listed; an
    // endpoint missing here could not be asked.
    QHash<QString, QList<DockerContainerSummary>> containers;

    bool keysRead = false; // etcd answered (v2 or v3)
    QList<RegistratorKey> keys;
    QList<ProbeResult> haproxy; // HaproxyProbe results: elements are the stats rows

    QStringList problems;
};

// Puts what discovery gathered into an InfraSnapshot (without drift: InfraDriftFinder adds
// that). A pure function.
//
// Hosts: fleet's machines; then the environment's listed hosts, each merged into the machine
// of the same id (or id prefix) or else of the same address, or added; then docker.hosts
// entries, each given to the host whose address is the endpoint's host, or added as a host of
// its own (id: the endpoint). Containers go to the host of their endpoint; a port published on
// 0.0.0.0 or :: is the host's address, as registrator (-ip) registers it.
// Units: fleet's state rows on the machine they name, with the unit's desired/current state;
// a unit scheduled to a machine with no state row yet is listed there without systemd states.
// Services: the environment's, then etcd, fleet, every Docker engine and the registry, unless
// the manifest lists that kind and endpoint already; HAProxy is on the edge.
// Routes: per HAProxy result, each server row (backend/server, address) under every frontend
// that leads to its backend: the haproxy service's option "route.<frontend>" = backend, else
// the frontend of the same name (a `listen` section, or the original router's naming); a
// backend no frontend leads to gets a route with an empty frontend. Each route names the host
// with the server's IP and the running container that publishes its ip:port.
class InfraSnapshotAssembler
{
    Q_DECLARE_TR_FUNCTIONS(InfraSnapshotAssembler)

public:
    static InfraSnapshot assemble(const InfraDiscoveryData &data);

    // The host part of a Docker or etcd endpoint ("tcp://10.0.0.11:2376" → "10.0.0.11");
    // empty for unix sockets.
    static QString endpointHost(const QString &endpoint);
};

} // namespace ws
