#pragma once

#include "FleetTestCluster.h"

#include <QByteArray>
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

    FleetTestCluster *m_cluster;
    quint16 m_pageSize;
};

} // namespace ws::test
