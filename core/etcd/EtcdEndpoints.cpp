#include "EtcdEndpoints.h"

#include <QStringList>

namespace ws {

QString EtcdEndpoints::toDisplayString() const
{
    QStringList parts;
    for (const Endpoint &e : endpoints)
        parts << e.toDisplayString();
    return parts.join(QLatin1String(", "));
}

EtcdEndpoints EtcdEndpoints::fromList(const QString &commaSeparated, const QString &caFile,
                                      const QString &certFile, const QString &keyFile,
                                      const QString &user, const QString &password)
{
    EtcdEndpoints result;
    result.user = user;
    result.password = password;
    QStringList errors;
    const QStringList entries = commaSeparated.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString entry : entries) {
        entry = entry.trimmed();
        if (entry.isEmpty())
            continue;
        // etcdctl also takes "host:port"; the scheme then follows from whether TLS files are set.
        if (!entry.contains(QLatin1String("://")))
            entry.prepend(caFile.isEmpty() && certFile.isEmpty() ? QLatin1String("http://")
                                                                 : QLatin1String("https://"));
        QString error;
        Endpoint endpoint = Endpoint::fromUrl(entry, &error);
        if (!endpoint.isValid()) {
            errors << error;
            continue;
        }
        if (endpoint.kind == Endpoint::Kind::UnixSocket)
            endpoint.hostHeader = "localhost";
        endpoint.caFile = caFile;
        endpoint.certFile = certFile;
        endpoint.keyFile = keyFile;
        result.endpoints.append(endpoint);
    }
    if (!errors.isEmpty())
        result.error = errors.join(QLatin1Char('\n'));
    return result;
}

EtcdEndpoints EtcdEndpoints::fromEnvironment(const QProcessEnvironment &env)
{
    const QString list = env.value(QStringLiteral("ETCDCTL_ENDPOINTS")).trimmed();
    const bool fromEnv = !list.isEmpty();
    EtcdEndpoints result = fromList(fromEnv ? list : QString::fromLatin1(kDefaultEndpoint),
                                    env.value(QStringLiteral("ETCDCTL_CACERT")),
                                    env.value(QStringLiteral("ETCDCTL_CERT")),
                                    env.value(QStringLiteral("ETCDCTL_KEY")));
    // etcdctl's --user takes "name:password" or just "name" (the password then comes from
    // ETCDCTL_PASSWORD); a password may contain ':' itself, so only the first one splits.
    const QString user = env.value(QStringLiteral("ETCDCTL_USER"));
    const qsizetype colon = user.indexOf(QLatin1Char(':'));
    if (colon >= 0) {
        result.user = user.left(colon);
        result.password = user.mid(colon + 1);
    } else {
        result.user = user;
        result.password = env.value(QStringLiteral("ETCDCTL_PASSWORD"));
    }
    result.source = fromEnv ? QStringLiteral("ETCDCTL_ENDPOINTS") : QStringLiteral("default");
    if (fromEnv && !result.error.isEmpty())
        result.error = tr("ETCDCTL_ENDPOINTS=%1: %2").arg(list, result.error);
    return result;
}

} // namespace ws
