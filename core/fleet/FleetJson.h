#pragma once

#include "common/Problem.h"
#include "fleet/FleetMachine.h"
#include "fleet/FleetUnit.h"
#include "fleet/FleetUnitState.h"
#include "http/HttpReply.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace ws {

// fleet's v1 JSON: units, unit states, machines, their pages and error bodies. Every field is
// optional on the wire (Go's omitempty: an empty list is {}); the readers take any bytes and
// never crash: on a body that is not what fleet sends they return false with Problems whose
// file is the endpoint and whose message names the field ("units[3].options[1].value: a
// number, not a string").
class FleetJson
{
    Q_DECLARE_TR_FUNCTIONS(FleetJson)

public:
    template<typename T>
    struct Page
    {
        QList<T> items;
        QString nextPageToken; // empty on the last page
    };

    static bool readUnit(const QByteArray &body, const QString &endpoint, FleetUnit *out,
                         Problems *problems);
    static bool readUnitPage(const QByteArray &body, const QString &endpoint, Page<FleetUnit> *out,
                             Problems *problems);
    static bool readStatePage(const QByteArray &body, const QString &endpoint,
                              Page<FleetUnitState> *out, Problems *problems);
    static bool readMachinePage(const QByteArray &body, const QString &endpoint,
                                Page<FleetMachine> *out, Problems *problems);

    // The body of PUT /fleet/v1/units/NAME: options (left out when empty: a desired-state
    // change) and the desired state.
    static QByteArray unitBody(const QList<UnitOption> &options, FleetUnit::State desiredState);

    // fleet's error body {"error":{"code":N,"message":"…"}}; false when the body is not one.
    struct Error
    {
        int code = 0;
        QString message; // often empty (500s, bare 404/405)
    };
    static bool readError(const QByteArray &body, Error *out);

    // What a person reads when a request failed: `what` failed ("Destroying web@1.service"),
    // at `endpoint`, why, and what to do. `status` 0 means no answer came (`transport` says
    // why, `transportError` is HttpReply's message); `unit` names the unit the request was
    // about, if any.
    static QString errorMessage(const QString &what, const QString &endpoint, int status,
                                const QByteArray &body, HttpReply::Error transport,
                                const QString &transportError, const QString &unit = {});
    // For an answer that came but cannot be read.
    static QString decodeMessage(const QString &what, const QString &endpoint,
                                 const Problems &problems);
};

} // namespace ws
