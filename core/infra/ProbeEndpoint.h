#pragma once

#include "ProbeTarget.h"
#include "http/Endpoint.h"
#include "http/HttpRequest.h"

#include <QCoreApplication>
#include <QString>

namespace ws {

// The HTTP side of the probes that speak HTTP (etcd, registry, ...): a target's endpoint as
// core/http's Endpoint, and requests whose timeouts follow the probe's deadline.
class ProbeEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(ProbeEndpoint)

public:
    // "host:port" (http), "http://…", "https://…", "tcp://…", "unix:///path". TLS files come
    // from the target's options "cacert", "cert", "key"; "insecure=true" skips verification.
    // Invalid with *error (translated, naming the endpoint) when it cannot be used.
    static Endpoint http(const ProbeTarget &target, QString *error);

    // `request` with its connect, first-byte and idle timeouts set to `timeoutMs`, so that a
    // silent server ends the request at the probe's deadline at the latest.
    static HttpRequest bounded(HttpRequest request, int timeoutMs);
};

} // namespace ws
