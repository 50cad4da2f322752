#include "FleetEndpoint.h"

#include <QHostAddress>

namespace ws {

bool FleetEndpoint::isLocal() const
{
    switch (endpoint.kind) {
    case Endpoint::Kind::UnixSocket:
        return true;
    case Endpoint::Kind::Http: {
        const QString host = endpoint.baseUrl.host();
        if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
            return true;
        const QHostAddress address(host);
        return !address.isNull() && address.isLoopback();
    }
    case Endpoint::Kind::Invalid:
        break;
    }
    return false;
}

FleetEndpoint FleetEndpoint::fromAddress(const QString &address, const QString &source,
                                         const QString &caFile, const QString &certFile,
                                         const QString &keyFile)
{
    FleetEndpoint result;
    result.source = source;
    // fleetctl accepts a list and uses its first entry.
    QString first = address.section(QLatin1Char(','), 0, 0).trimmed();
    if (first.isEmpty())
        first = QLatin1String(kDefaultEndpoint);
    if (first.startsWith(QLatin1String("tcp://"), Qt::CaseInsensitive)) {
        result.error = tr("%1 (from %2): fleet endpoints are unix:///path, http://host:port or "
                          "https://host:port; write http:// instead of tcp://.")
                           .arg(first, source);
        return result;
    }
    QString why;
    result.endpoint = Endpoint::fromUrl(first, &why);
    if (!result.endpoint.isValid()) {
        result.error
            = tr("The fleet endpoint %1 (from %2) cannot be used: %3").arg(first, source, why);
        return result;
    }
    // fleetctl logs "domain-sock" as the host of a socket endpoint; any Host header does.
    if (result.endpoint.kind == Endpoint::Kind::UnixSocket)
        result.endpoint.hostHeader = "domain-sock";
    if (result.endpoint.isTls()) {
        result.endpoint.caFile = caFile;
        result.endpoint.certFile = certFile;
        result.endpoint.keyFile = keyFile;
    }
    return result;
}

FleetEndpoint FleetEndpoint::fromEnvironment(const QProcessEnvironment &env)
{
    const QString address = env.value(QStringLiteral("FLEETCTL_ENDPOINT")).trimmed();
    FleetEndpoint result = fromAddress(address,
                                       address.isEmpty() ? QStringLiteral("default")
                                                         : QStringLiteral("FLEETCTL_ENDPOINT"),
                                       env.value(QStringLiteral("FLEETCTL_CA_FILE")),
                                       env.value(QStringLiteral("FLEETCTL_CERT_FILE")),
                                       env.value(QStringLiteral("FLEETCTL_KEY_FILE")));
    result.tunnel = env.value(QStringLiteral("FLEETCTL_TUNNEL")).trimmed();
    return result;
}

} // namespace ws
