// Fuzz target for FleetJson, the decoder of fleet's v1 answers. The input is a response body,
// read as every page kind, as one unit and as an error body. Oracles: nothing crashes; a
// failure comes with at least one error problem, each naming the endpoint and saying
// something; a success has none; an error message is never empty and names the endpoint.
#include "fleet/FleetJson.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using ws::FleetJson;

namespace {

const QString kEndpoint = QStringLiteral("http://127.0.0.1:49153");

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkProblems(bool ok, const ws::Problems &problems)
{
    bool anyError = false;
    for (const ws::Problem &p : problems) {
        check(p.file == kEndpoint);
        check(!p.message.isEmpty());
        anyError = anyError || p.severity == ws::Problem::Severity::Error;
    }
    check(ok != anyError);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    ws::Problems problems;
    FleetJson::Page<ws::FleetUnit> units;
    bool ok = FleetJson::readUnitPage(body, kEndpoint, &units, &problems);
    checkProblems(ok, problems);
    if (ok)
        for (const ws::FleetUnit &u : units.items)
            check(!u.name.isEmpty());

    problems.clear();
    FleetJson::Page<ws::FleetUnitState> states;
    ok = FleetJson::readStatePage(body, kEndpoint, &states, &problems);
    checkProblems(ok, problems);
    if (ok)
        for (const ws::FleetUnitState &s : states.items)
            check(!s.name.isEmpty() && !s.machineId.isEmpty());

    problems.clear();
    FleetJson::Page<ws::FleetMachine> machines;
    ok = FleetJson::readMachinePage(body, kEndpoint, &machines, &problems);
    checkProblems(ok, problems);

    problems.clear();
    ws::FleetUnit unit;
    ok = FleetJson::readUnit(body, kEndpoint, &unit, &problems);
    checkProblems(ok, problems);
    if (!ok)
        check(FleetJson::decodeMessage(QStringLiteral("Reading"), kEndpoint, problems)
                  .contains(kEndpoint));

    FleetJson::Error error;
    if (FleetJson::readError(body, &error))
        (void)error.message.size();
    for (int status : {400, 404, 405, 409, 415, 500, 502})
        check(FleetJson::errorMessage(QStringLiteral("Reading a.service"), kEndpoint, status, body,
                                      ws::HttpReply::Error::HttpStatus, QStringLiteral("x"),
                                      QStringLiteral("a.service"))
                  .contains(kEndpoint));
    return 0;
}
