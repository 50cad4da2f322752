// Fuzz target: TemplateKeyExtractor on arbitrary bytes. Besides not crashing, every key and
// every problem must point at a line that exists in the input.
#include "confd/TemplateKeyExtractor.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(QString::fromUtf8(input).count(u'\n')) + 1;
    ws::Problems problems;
    const QList<ws::TemplateKey> keys = ws::TemplateKeyExtractor::extract(
        input, QStringLiteral("/fuzz/t.tmpl"), QStringLiteral("/prefix"), &problems);
    for (const ws::TemplateKey &key : keys)
        if (key.line < 1 || key.line > lines || !key.key.startsWith(u'/') || key.function.isEmpty())
            __builtin_trap();
    for (const ws::Problem &problem : problems)
        if (problem.line < 1 || problem.line > lines || problem.column < 1
            || problem.message.isEmpty())
            __builtin_trap();
    return 0;
}
