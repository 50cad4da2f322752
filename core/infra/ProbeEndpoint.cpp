#include "ProbeEndpoint.h"

namespace ws {

Endpoint ProbeEndpoint::http(const ProbeTarget &target, QString *error)
{
    QString address = target.endpoint.trimmed();
    // A bare host:port is how the manifest writes most servers; HTTP is what they speak here.
    if (!address.isEmpty() && !address.startsWith(QLatin1Char('/'))
        && !address.contains(QLatin1String("://")))
        address.prepend(QLatin1String("http://"));
    QString why;
    Endpoint endpoint = Endpoint::fromUrl(address, &why);
    if (!endpoint.isValid()) {
        *error = tr("Cannot probe %1 '%2': %3").arg(target.kind, target.endpoint, why);
        return endpoint;
    }
    endpoint.caFile = target.option(QStringLiteral("cacert"));
    endpoint.certFile = target.option(QStringLiteral("cert"));
    endpoint.keyFile = target.option(QStringLiteral("key"));
    const QString insecure = target.option(QStringLiteral("insecure")).toLower();
    endpoint.verifyPeer = !(insecure == QLatin1String("true") || insecure == QLatin1String("1")
                            || insecure == QLatin1String("yes"));
    return endpoint;
}

HttpRequest ProbeEndpoint::bounded(HttpRequest request, int timeoutMs)
{
    request.connectTimeoutMs = timeoutMs;
    request.firstByteTimeoutMs = timeoutMs;
    request.idleTimeoutMs = timeoutMs;
    return request;
}

} // namespace ws
