// Fuzz target for CephPrometheusText: arbitrary bytes as a metrics page. Oracles: nothing
// crashes; a failure names a line; every sample has a name.
#include "infra/CephPrometheusText.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<ws::CephMetricSample> samples;
    QString error;
    if (!ws::CephPrometheusText::parse(input, &samples, &error)) {
        if (!error.contains(QLatin1String("line")))
            __builtin_trap();
        return 0;
    }
    for (const ws::CephMetricSample &sample : samples)
        if (sample.name.isEmpty())
            __builtin_trap();
    (void)ws::CephPrometheusText::find(samples, QStringLiteral("ceph_health_status"));
    return 0;
}
