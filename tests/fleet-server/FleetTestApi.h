#pragma once

#include "FleetTestCluster.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

namespace ws::test {

// fleetd's HTTP API (/fleet/v1 and its legacy alias /v1-alpha) over a FleetTestCluster:
// the same routes, status codes, bodies and error texts as the recorded transcript in
// shared/fixtures/fleet, and as fleet's api/*.go where the transcript is silent.
class FleetTestApi
{
public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray contentType; // empty: no Content-Type (fleet's 201 and 204)
        QByteArray body;
    };

    explicit FleetTestApi(FleetTestCluster *cluster, int pageSize = 100);

    Response handle(const Request &request);

    static QByteArray reasonPhrase(int status);

private:
    Response units(const Request &request, const QString &path);
    Response putUnit(const Request &request, const QString &name);
    Response state(const Request &request);
    Response machines(const Request &request);

    // The whole lists as of one cluster generation. fleetd builds each page from the full list
    // too, but in Go; rebuilding 2,000 units' JSON and SHA-1 hashes for every page made this
    // server, not the client, the cost of a paged refresh (measured: 44 pages took 700 ms).
    struct ListCache
    {
        quint64 generation = ~quint64(0);
        QList<QByteArray> units; // each item's compact JSON
        QList<QByteArray> states;
        QList<QByteArray> machines;
    };
    const ListCache &lists();

    // What the lists made of one unit, reused while its revision and placement stay.
    struct UnitCache
    {
        quint64 revision = 0;
        QStringList placement;
        QByteArray unit;
        QList<QByteArray> states;
    };

    FleetTestCluster *m_cluster;
    quint16 m_pageSize;
    ListCache m_lists;
    QHash<QString, UnitCache> m_unitCache;
};

} // namespace ws::test
