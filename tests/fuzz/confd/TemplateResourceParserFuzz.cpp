// Fuzz target: TemplateResourceParser (toml++ underneath) on arbitrary bytes. No crash, no
// exception escapes, and every problem has a message.
#include "confd/TemplateResourceParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    ws::Problems problems;
    const ws::TemplateResource resource = ws::TemplateResourceParser::parse(
        input, QStringLiteral("/fuzz/root/etc/confd/conf.d/r.toml"), &problems);
    for (const ws::Problem &problem : problems)
        if (problem.line < 0 || problem.column < 0 || problem.message.isEmpty())
            __builtin_trap();
    if (!resource.src.isEmpty() && !resource.templatePath.startsWith(u'/'))
        __builtin_trap();
    return 0;
}
