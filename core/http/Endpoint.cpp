#include "Endpoint.h"

namespace ws {

Endpoint Endpoint::unixSocket(const QString &path, const QByteArray &hostHeader)
{
    Endpoint e;
    e.kind = Kind::UnixSocket;
    e.socketPath = path;
    e.hostHeader = hostHeader;
    return e;
}

Endpoint Endpoint::fromUrl(const QString &text, QString *error)
{
    const QString url = text.trimmed();
    const auto invalid = [&](const QString &why) {
        if (error)
            *error = why;
        return Endpoint();
    };
    if (url.isEmpty())
        return invalid(tr("The endpoint address is empty."));
    if (url.startsWith(QLatin1Char('/')))
        return unixSocket(url);
    if (url.startsWith(QLatin1String("unix://"))) {
        const QString path = url.mid(7);
        if (!path.startsWith(QLatin1Char('/')))
            return invalid(tr("\"%1\" does not name an absolute socket path; write it as "
                              "unix:///path/to/socket.")
                               .arg(url));
        return unixSocket(path);
    }
    QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return invalid(tr("\"%1\" is not a valid address: %2").arg(url, parsed.errorString()));
    const QString scheme = parsed.scheme().toLower();
    if (scheme == QLatin1String("tcp"))
        parsed.setScheme(QStringLiteral("http"));
    else if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return invalid(tr("\"%1\" has the scheme \"%2\"; use unix://, tcp://, http:// or https://.")
                           .arg(url, parsed.scheme()));
    if (parsed.host().isEmpty())
        return invalid(tr("\"%1\" names no host.").arg(url));
    if (scheme == QLatin1String("tcp") && parsed.port() < 0)
        return invalid(tr("\"%1\" names no port; write it as tcp://host:port.").arg(url));
    if (parsed.path() == QLatin1String("/"))
        parsed.setPath(QString());
    Endpoint e;
    e.kind = Kind::Http;
    e.baseUrl = parsed;
    return e;
}

QString Endpoint::toDisplayString() const
{
    switch (kind) {
    case Kind::UnixSocket:
        return QLatin1String("unix://") + socketPath;
    case Kind::Http:
        return baseUrl.toString();
    case Kind::Invalid:
        break;
    }
    return tr("(no endpoint)");
}

} // namespace ws
