// Fuzz target: CacheDefeatCheck's own instruction splitter and heuristics on arbitrary bytes
// (it scans Dockerfile text itself to place its warnings), with and without fixed build args.
#include "workspace/CacheDefeatCheck.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString path = QStringLiteral("/fuzz/Dockerfile");
    for (const ws::Problem &p : ws::CacheDefeatCheck::checkDockerfile(text, path))
        (void)p.toString();
    const QHash<QString, QString> fixed {{QStringLiteral("BUILD_DATE"), QStringLiteral("2026")}};
    (void)ws::CacheDefeatCheck::checkDockerfile(text, path, fixed);
    return 0;
}
