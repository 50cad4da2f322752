#pragma once

#include "InfraSnapshot.h"
#include "ProbeResult.h"

#include <QCoreApplication>
#include <QList>

namespace ws {

// Where the parts of an environment disagree (InfraDrift::Kind), from a snapshot and the
// latest probe results (only HAProxy's are read: their elements are the stats rows). A pure
// function: no I/O, same input, same drift, in the order hosts, keys, routes are listed.
//
// It flags only what the data proves:
// - ContainerWithoutKey: a running container publishes an ip:port no registrator key holds
//   (a stopped container, or one that publishes nothing, is fine; nothing is flagged when
//   etcd's keys could not be read);
// - StaleKeyRouted: a key's ip:port is on a host whose containers were listed, no running
//   container there publishes it, and an HAProxy route goes to it (a key on a host whose Docker
//   engine could not be asked proves nothing);
// - FailedUnit: fleet's desired state is launched and systemd's active state is failed;
// - BackendDown: HAProxy's status of a server (or of a backend none of whose servers is down)
//   is DOWN (also "DOWN 1/2" while it recovers); MAINT and NOLB are intended, not drift.
class InfraDriftFinder
{
    Q_DECLARE_TR_FUNCTIONS(InfraDriftFinder)

public:
    static QList<InfraDrift> find(const InfraSnapshot &snapshot,
                                  const QList<ProbeResult> &results = {});
};

} // namespace ws
