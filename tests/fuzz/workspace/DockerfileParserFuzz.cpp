// Fuzz target: DockerfileParser::parse on arbitrary bytes, with build args set, then the
// accessors that walk the stages.
#include "workspace/DockerfileParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    ws::Problems problems;
    const QHash<QString, QString> args {{QStringLiteral("TAG"), QStringLiteral("14.04")},
                                        {QStringLiteral("BASE"), QStringLiteral("ubuntu")}};
    const ws::Dockerfile d
        = ws::DockerfileParser::parse(text, QStringLiteral("/fuzz/Dockerfile"), args, &problems);
    (void)d.finalBase();
    (void)d.externalReferences();
    for (const ws::Problem &p : problems)
        (void)p.toString();
    return 0;
}
