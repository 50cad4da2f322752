// Fuzz target: HAProxy's CSV (HaproxyStatsCsv, then HaproxyProbe's elements and overall
// status), `show info` and the stats page's version on arbitrary bytes. No crash; every element
// has a name and a role; an empty list is Down; a parsed info has a version.
#include "infra/HaproxyInfo.h"
#include "infra/HaproxyProbe.h"
#include "infra/HaproxyStatsCsv.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    ws::HaproxyStatsCsv csv;
    QString error;
    if (ws::HaproxyStatsCsv::parse(input, &csv, &error)) {
        const QList<ws::ProbeElement> elements = ws::HaproxyProbe::elementsOf(csv);
        for (const ws::ProbeElement &e : elements)
            if (e.name.isEmpty() || e.role.isEmpty())
                __builtin_trap();
        const ws::ProbeStatus overall = ws::HaproxyProbe::overallStatus(elements);
        if (elements.isEmpty() != (overall == ws::ProbeStatus::Down))
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    ws::HaproxyInfo info;
    if (ws::HaproxyInfo::parse(input, &info) && info.version().isEmpty())
        __builtin_trap();
    const QString version = ws::HaproxyInfo::versionFromStatsPage(input);
    if (version.size() > 64 || version.contains(QLatin1Char(' ')))
        __builtin_trap();
    return 0;
}
