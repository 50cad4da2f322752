#pragma once

#include "http/Endpoint.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>

namespace ws {

// Where the Docker engine is, resolved from the environment the way the docker CLI does it
// (PROTOCOLS.md §1.2): DOCKER_HOST (unix:// or tcp://), TLS when DOCKER_TLS_VERIFY is non-empty
// or DOCKER_CERT_PATH is set, certificates from DOCKER_CERT_PATH or ~/.docker, verification
// only with DOCKER_TLS_VERIFY; otherwise unix:///var/run/docker.sock.
struct DockerEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(DockerEndpoint)

public:
    Endpoint endpoint;
    QString source; // "DOCKER_HOST" or "default": where the address came from
    QString apiVersion; // DOCKER_API_VERSION: pinned, no negotiation; empty = negotiate
    QString error; // why DOCKER_HOST could not be used (endpoint is then invalid)

    bool isValid() const { return endpoint.isValid(); }

    static constexpr const char *kDefaultHost = "unix:///var/run/docker.sock";
    static DockerEndpoint fromEnvironment(const QProcessEnvironment &env
                                          = QProcessEnvironment::systemEnvironment());
    // An engine named by a connection profile: `address` as DOCKER_HOST takes it (empty: the
    // default socket); a tcp:// address uses TLS when any PEM file is given, verifying the
    // engine's certificate against `caFile` when `verify`. `source` says where it came from
    // ("profile lab").
    static DockerEndpoint fromAddress(const QString &address, const QString &caFile,
                                      const QString &certFile, const QString &keyFile, bool verify,
                                      const QString &source);
};

} // namespace ws
