#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace ws {

struct Environment;
struct ServiceEndpoint;

// One thing to probe: its kind, where it listens, and the options its probe understands.
//
// Endpoints are written the way each server's users write them: "127.0.0.1:11211",
// "tcp://host:port", "[::1]:3306", "http://127.0.0.1:8404/stats", "unix:///run/haproxy.sock".
// Options refine the probe, e.g. rabbitmq's "management=http://127.0.0.1:15672", pdns's
// "dns=127.0.0.1:5300" and "zone=example.org", haproxy's "socket=/run/haproxy.sock".
struct ProbeTarget
{
    QString kind; // one of ProbeFactory::kinds()
    QString name; // the name the environment gives it; empty for ad-hoc targets
    QString endpoint;
    QString secretRef; // keychain entry with its credentials; empty when it needs none
    QHash<QString, QString> options;

    // Stable identity for the scheduler and the history: kind and endpoint.
    QString id() const { return kind + QLatin1Char('|') + endpoint; }
    QString option(const QString &key, const QString &fallback = {}) const
    {
        return options.value(key, fallback);
    }

    // Parses "KIND=ENDPOINT[,OPTION=VALUE...]" as `whalestack-cli probe --service` takes it.
    // "credential=NAME" becomes secretRef. On a malformed spec returns false with *error set
    // (translated, naming the part that is wrong).
    static bool fromSpec(const QString &spec, ProbeTarget *target, QString *error);
    // A backing service from the workspace manifest.
    static ProbeTarget fromService(const ServiceEndpoint &service);
    // What an environment of the manifest names: its etcd endpoints, fleet, Docker hosts and
    // backing services, in that order.
    static QList<ProbeTarget> fromEnvironment(const Environment &environment);
};

// A TCP endpoint taken apart: host (without brackets) and port.
struct HostPort
{
    QString host;
    quint16 port = 0;

    // "host:port", an IPv6 host in brackets: how messages name an endpoint.
    QString toString() const
    {
        return host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]:%2").arg(host).arg(port)
                                               : QStringLiteral("%1:%2").arg(host).arg(port);
    }
};

// Reads "host:port", "host", "[v6]:port", "scheme://host:port/anything" into a HostPort; a
// missing port is defaultPort. False with *error (translated) for an empty host, a port that is
// not 1..65535, or an unbalanced bracket.
bool parseHostPort(const QString &endpoint, quint16 defaultPort, HostPort *out, QString *error);

} // namespace ws
