#include "ProbeTarget.h"

#include "workspace/Manifest.h"

#include <QCoreApplication>
#include <QUrl>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::ProbeTarget", text);
}

} // namespace

bool ProbeTarget::fromSpec(const QString &spec, ProbeTarget *target, QString *error)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0) {
        *error = tr("'%1' is not KIND=ENDPOINT (for example memcached=127.0.0.1:11211).").arg(spec);
        return false;
    }
    ProbeTarget t;
    t.kind = spec.left(eq).trimmed().toLower();
    // Options follow the endpoint after commas; an endpoint itself never holds "," followed by
    // "word=" in the forms above, so the first such comma ends it.
    const QStringList parts = spec.mid(eq + 1).split(QLatin1Char(','));
    t.endpoint = parts.value(0).trimmed();
    if (t.endpoint.isEmpty()) {
        *error = tr("'%1' names no endpoint after '='.").arg(spec);
        return false;
    }
    for (qsizetype i = 1; i < parts.size(); ++i) {
        const QString part = parts.at(i).trimmed();
        const qsizetype oeq = part.indexOf(QLatin1Char('='));
        if (oeq <= 0) {
            *error = tr("Option '%1' in '%2' is not NAME=VALUE.").arg(part, spec);
            return false;
        }
        const QString key = part.left(oeq).trimmed().toLower();
        const QString value = part.mid(oeq + 1).trimmed();
        if (key == QLatin1String("credential"))
            t.secretRef = value;
        else if (key == QLatin1String("name"))
            t.name = value;
        else
            t.options.insert(key, value);
    }
    *target = t;
    return true;
}

ProbeTarget ProbeTarget::fromService(const ServiceEndpoint &service)
{
    ProbeTarget t;
    t.kind = service.kind.toLower();
    t.name = service.name;
    t.endpoint = service.endpoint;
    t.secretRef = service.secretRef;
    t.options = service.options;
    return t;
}

QList<ProbeTarget> ProbeTarget::fromEnvironment(const Environment &environment)
{
    QList<ProbeTarget> targets;
    const auto add = [&targets](const QString &kind, const QString &endpoint) {
        ProbeTarget t;
        t.kind = kind;
        t.name = kind;
        t.endpoint = endpoint;
        targets << t;
    };
    for (const QString &e : environment.etcdEndpoints)
        add(QStringLiteral("etcd"), e);
    if (!environment.fleetEndpoint.isEmpty())
        add(QStringLiteral("fleet"), environment.fleetEndpoint);
    for (const QString &host : environment.dockerHosts)
        add(QStringLiteral("docker"), host);
    for (const ServiceEndpoint &s : environment.services)
        targets << fromService(s);
    return targets;
}

bool parseHostPort(const QString &endpoint, quint16 defaultPort, HostPort *out, QString *error)
{
    QString rest = endpoint.trimmed();
    const qsizetype scheme = rest.indexOf(QLatin1String("://"));
    if (scheme >= 0)
        rest = rest.mid(scheme + 3);
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash >= 0)
        rest = rest.left(slash);
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        rest = rest.mid(at + 1); // user info is never a host
    QString host;
    QString port;
    if (rest.startsWith(QLatin1Char('['))) {
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close < 0) {
            *error = tr("'%1' opens '[' for an IPv6 address but never closes it.").arg(endpoint);
            return false;
        }
        host = rest.mid(1, close - 1);
        const QString after = rest.mid(close + 1);
        if (after.startsWith(QLatin1Char(':')))
            port = after.mid(1);
        else if (!after.isEmpty()) {
            *error = tr("'%1' has '%2' after the IPv6 address.").arg(endpoint, after);
            return false;
        }
    } else {
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon >= 0 && rest.indexOf(QLatin1Char(':')) == colon) {
            host = rest.left(colon);
            port = rest.mid(colon + 1);
        } else {
            host = rest; // no port, or a bare IPv6 address without one
        }
    }
    if (host.isEmpty()) {
        *error = tr("'%1' names no host.").arg(endpoint);
        return false;
    }
    quint16 value = defaultPort;
    if (!port.isEmpty()) {
        bool ok = false;
        const uint n = port.toUInt(&ok);
        if (!ok || n == 0 || n > 65535) {
            *error
                = tr("'%1' has port '%2'; a port is a number from 1 to 65535.").arg(endpoint, port);
            return false;
        }
        value = quint16(n);
    }
    out->host = host;
    out->port = value;
    return true;
}

} // namespace ws
