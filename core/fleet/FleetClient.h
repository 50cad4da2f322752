#pragma once

#include "fleet/FleetEndpoint.h"
#include "fleet/FleetJson.h"
#include "fleet/FleetMachine.h"
#include "fleet/FleetSubmitJob.h"
#include "fleet/FleetUnit.h"
#include "fleet/FleetUnitState.h"
#include "http/ApiJob.h"
#include "http/HttpClient.h"

#include <QObject>

#include <functional>
#include <memory>

namespace ws {

using FleetUnitsJob = ResultJob<QList<FleetUnit>>;
using FleetUnitJob = ResultJob<FleetUnit>;
using FleetStatesJob = ResultJob<QList<FleetUnitState>>;
using FleetMachinesJob = ResultJob<QList<FleetMachine>>;
using FleetActionJob = ResultJob<bool>; // true on success

// fleet's v1 HTTP API at one endpoint (PROTOCOLS.md §4). Every call returns a job, a child of
// this client, that finishes once from the event loop; the caller deleteLater()s it. Lists
// follow nextPageToken to the end. Errors say what failed, at which endpoint, and what to do
// (FleetJson::errorMessage). A unit's contents are never changed in place: submit() refuses
// when fleet has the unit with other options (see fixtures/fleet/README.md).
class FleetClient : public QObject
{
    Q_OBJECT

public:
    explicit FleetClient(const FleetEndpoint &endpoint, QObject *parent = nullptr);

    const FleetEndpoint &endpoint() const { return m_endpoint; }

    // How long a request may wait for fleet's answer (and between two pieces of it), in ms;
    // fleetctl's default is 3 s, this one allows for SSH tunnels. 0: no limit.
    int requestTimeout() const { return m_requestTimeoutMs; }
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }

    // GET /fleet/v1/units, every page.
    FleetUnitsJob *units();
    // GET /fleet/v1/units/NAME.
    FleetUnitJob *unit(const QString &name);
    // Puts the unit on fleet with these contents and desired state. Reads the unit first:
    // absent, it is created (PUT with options, 201); present with the same contents, only the
    // desired state is set (PUT without options, 204); present with other contents, nothing is
    // sent and the job fails with optionsDiffer(). A template (name@.service) may only be
    // inactive.
    FleetSubmitJob *submit(const QString &name, const QList<UnitOption> &options,
                           FleetUnit::State desiredState);
    // PUT /fleet/v1/units/NAME {"desiredState": …}: start (launched), stop (loaded), unload
    // (inactive).
    FleetActionJob *setDesiredState(const QString &name, FleetUnit::State state);
    // DELETE /fleet/v1/units/NAME.
    FleetActionJob *destroy(const QString &name);
    // GET /fleet/v1/state, every page; empty filters match every machine / unit.
    FleetStatesJob *states(const QString &machineId = {}, const QString &unitName = {});
    // GET /fleet/v1/machines, every page.
    FleetMachinesJob *machines();

    // "/fleet/v1/units/" + the name percent-encoded ('@' stays, as fleetctl sends it).
    static QByteArray unitPath(const QString &name);

private:
    struct Answer
    {
        int status = 0;
        QByteArray body;
        HttpReply::Error error = HttpReply::Error::None;
        QString errorString; // already a FleetJson::errorMessage
        QString endpoint;
        bool ok() const { return error == HttpReply::Error::None; }
    };
    using Handler = std::function<void(const Answer &)>;

    // Sends `request`; `what` and `unit` name it in messages. The handler runs in `context`.
    void call(HttpRequest request, const QString &what, const QString &unit, QObject *context,
              Handler handler);
    // Fails `job` from the event loop, for refusals made before sending anything.
    void failLater(ApiJob *job, HttpReply::Error error, const QString &message);
    bool failIfInvalid(ApiJob *job);
    template<typename T>
    using PageReader
        = bool (*)(const QByteArray &, const QString &, FleetJson::Page<T> *, Problems *);
    // GETs `path`?`query` and the pages after it, collecting into `items`.
    template<typename T>
    void fetchPages(ResultJob<QList<T>> *job, const QByteArray &path, const QByteArray &query,
                    const QString &what, PageReader<T> read, std::shared_ptr<QList<T>> items,
                    const QString &token, int pages);
    // The pages after `first` (fleet's own token, page 2 of `limit` items): several requested
    // at once, taken in order, each answer's token checked against the one predicted; on a
    // mismatch the rest is fetched by following tokens as fetchPages() does.
    template<typename T>
    void fetchAhead(ResultJob<QList<T>> *job, const QByteArray &path, const QByteArray &query,
                    const QString &what, PageReader<T> read, std::shared_ptr<QList<T>> items,
                    quint16 limit);
    void put(FleetSubmitJob *job, const QString &name, const QList<UnitOption> &options,
             FleetUnit::State state, const QString &what);

    FleetEndpoint m_endpoint;
    HttpClient m_http;
    int m_requestTimeoutMs = 15'000;
};

} // namespace ws
