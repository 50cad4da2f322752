// Fuzz target for the JSON answers probes part B reads: RabbitMQ's /api/overview and
// /api/nodes, PowerDNS's server object, statistics and error body, `ceph status`. Oracles:
// nothing crashes; a failure says something; a node element has a name and a status.
#include "infra/CephStatusJson.h"
#include "infra/PdnsApiAnswer.h"
#include "infra/RabbitmqManagementAnswer.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    QVariantMap facts;
    if (!ws::RabbitmqManagementAnswer::parseOverview(input, &facts, &error) && error.isEmpty())
        __builtin_trap();
    error.clear();
    QList<ws::ProbeElement> nodes;
    if (ws::RabbitmqManagementAnswer::parseNodes(input, &nodes, &error)) {
        for (const ws::ProbeElement &node : nodes)
            if (node.name.isEmpty() || node.status == ws::ProbeStatus::Unknown)
                __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    error.clear();
    ws::PdnsApiAnswer::Server server;
    if (!ws::PdnsApiAnswer::parseServer(input, &server, &error) && error.isEmpty())
        __builtin_trap();
    error.clear();
    if (!ws::PdnsApiAnswer::parseStatistics(input, &facts, &error) && error.isEmpty())
        __builtin_trap();
    if (ws::PdnsApiAnswer::errorMessage(input).size() > 120)
        __builtin_trap();
    error.clear();
    ws::CephStatusJson status;
    if (ws::CephStatusJson::parse(input, &status, &error)) {
        if (status.health.isEmpty())
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
