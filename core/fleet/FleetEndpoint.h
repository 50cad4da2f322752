#pragma once

#include "http/Endpoint.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace ws {

// Where fleet's API is, resolved as fleetctl does (PROTOCOLS.md §4.1): FLEETCTL_ENDPOINT
// (unix:///path or http(s)://host:port; of a comma-separated list only the first entry is
// used), FLEETCTL_CA_FILE / FLEETCTL_CERT_FILE / FLEETCTL_KEY_FILE for https, FLEETCTL_TUNNEL
// for an SSH tunnel; otherwise unix:///var/run/fleet.sock.
struct FleetEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(FleetEndpoint)

public:
    Endpoint endpoint;
    QString source; // "FLEETCTL_ENDPOINT", "default" or what the caller named
    QString tunnel; // FLEETCTL_TUNNEL: host[:port] to reach the endpoint through SSH
    QString error; // why the address could not be used (endpoint is then invalid)

    bool isValid() const { return endpoint.isValid(); }
    // A unix socket or a loopback address: only this machine can reach it. fleet has no
    // authentication, so anything else is open to whoever reaches the port; the application
    // warns about it (and suggests a tunnel).
    bool isLocal() const;
    QString toDisplayString() const { return endpoint.toDisplayString(); }

    static constexpr const char *kDefaultEndpoint = "unix:///var/run/fleet.sock";
    static FleetEndpoint fromEnvironment(const QProcessEnvironment &env
                                         = QProcessEnvironment::systemEnvironment());
    // An endpoint named by a connection profile (empty: the default socket). `source` says
    // where it came from ("profile lab").
    static FleetEndpoint fromAddress(const QString &address, const QString &source,
                                     const QString &caFile = {}, const QString &certFile = {},
                                     const QString &keyFile = {});
};

} // namespace ws
