#include "DockerEndpoint.h"

#include <QDir>

namespace ws {

DockerEndpoint DockerEndpoint::fromEnvironment(const QProcessEnvironment &env)
{
    DockerEndpoint result;
    const QString host = env.value(QStringLiteral("DOCKER_HOST")).trimmed();
    result.source = host.isEmpty() ? QStringLiteral("default") : QStringLiteral("DOCKER_HOST");
    result.apiVersion = env.value(QStringLiteral("DOCKER_API_VERSION")).trimmed();
    if (result.apiVersion.startsWith(QLatin1Char('v')))
        result.apiVersion.remove(0, 1);

    QString error;
    Endpoint endpoint
        = Endpoint::fromUrl(host.isEmpty() ? QString::fromLatin1(kDefaultHost) : host, &error);
    if (!endpoint.isValid()) {
        result.error = tr("DOCKER_HOST=%1 cannot be used: %2").arg(host, error);
        return result;
    }
    if (endpoint.kind == Endpoint::Kind::UnixSocket) {
        endpoint.hostHeader = "docker"; // what Docker's own client sends over a socket
    } else if (endpoint.baseUrl.scheme() == QLatin1String("http")) {
        const QString verify = env.value(QStringLiteral("DOCKER_TLS_VERIFY"));
        const QString certPath = env.value(QStringLiteral("DOCKER_CERT_PATH"));
        if (!verify.isEmpty() || !certPath.isEmpty()) {
            const QString home = env.value(QStringLiteral("HOME"), QDir::homePath());
            const QDir certs(certPath.isEmpty() ? home + QStringLiteral("/.docker") : certPath);
            endpoint.baseUrl.setScheme(QStringLiteral("https"));
            endpoint.caFile = certs.filePath(QStringLiteral("ca.pem"));
            endpoint.certFile = certs.filePath(QStringLiteral("cert.pem"));
            endpoint.keyFile = certs.filePath(QStringLiteral("key.pem"));
            endpoint.verifyPeer = !verify.isEmpty();
        }
    }
    result.endpoint = endpoint;
    return result;
}

DockerEndpoint DockerEndpoint::fromAddress(const QString &address, const QString &caFile,
                                           const QString &certFile, const QString &keyFile,
                                           bool verify, const QString &source)
{
    DockerEndpoint result;
    result.source = source;
    const QString host = address.trimmed();
    QString error;
    Endpoint endpoint
        = Endpoint::fromUrl(host.isEmpty() ? QString::fromLatin1(kDefaultHost) : host, &error);
    if (!endpoint.isValid()) {
        result.error = tr("The address %1 of %2 cannot be used: %3").arg(host, source, error);
        return result;
    }
    if (endpoint.kind == Endpoint::Kind::UnixSocket) {
        endpoint.hostHeader = "docker";
    } else if (endpoint.baseUrl.scheme() == QLatin1String("http")
               && (!caFile.isEmpty() || !certFile.isEmpty() || !keyFile.isEmpty())) {
        endpoint.baseUrl.setScheme(QStringLiteral("https"));
        endpoint.caFile = caFile;
        endpoint.certFile = certFile;
        endpoint.keyFile = keyFile;
        endpoint.verifyPeer = verify;
    }
    result.endpoint = endpoint;
    return result;
}

} // namespace ws
