// Fuzz target: ManifestParser::parse (yaml-cpp underneath) on arbitrary bytes.
#include "workspace/ManifestParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    ws::Problems problems;
    const ws::Manifest m
        = ws::ManifestParser::parse(text, QStringLiteral("/fuzz/whalestack.yaml"), &problems);
    (void)m.overrideFor(QStringLiteral("base"));
    return 0;
}
