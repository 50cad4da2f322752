#pragma once

#include <QByteArray>
#include <QString>
#include <QVariantMap>

namespace ws {

// Reads the PowerDNS Authoritative HTTP API's answers the probe asks for:
// GET /api/v1/servers/localhost ({"type":"Server","id":"localhost","daemon_type":..,
// "version":..}) and GET /api/v1/servers/localhost/statistics ([{name,type,value}, ...]).
class PdnsApiAnswer
{
public:
    struct Server
    {
        QString id;
        QString daemonType; // "authoritative" or "recursor"
        QString version;
    };

    // False with *error (translated) for JSON that is not a server object.
    static bool parseServer(const QByteArray &json, Server *out, QString *error);

    // The essentials of the statistics list, by name: uptime, udp-queries, tcp-queries,
    // udp-answers, tcp-answers, servfail-packets, timedout-packets, latency, packetcache-hit,
    // packetcache-miss, query-cache-hit, query-cache-miss, security-status (as numbers when
    // they are). Items of other shapes (maps, rings) are skipped.
    static bool parseStatistics(const QByteArray &json, QVariantMap *out, QString *error);

    // What the API says on an error: {"error": "..."} or the plain body, cut to one short line.
    static QString errorMessage(const QByteArray &body);
};

} // namespace ws
