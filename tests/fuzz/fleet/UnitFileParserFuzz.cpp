// Fuzz target: UnitFileParser on arbitrary bytes. No crash; options have a section, a line in
// the input and a trimmed single-line value.
#include "fleet/UnitFileParser.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(input.count('\n')) + 1;
    ws::Problems problems;
    const ws::UnitFile unit
        = ws::UnitFileParser::parse(input, QStringLiteral("/fuzz/web@1.service"), &problems);
    for (const ws::UnitOption &option : unit.options)
        if (option.line < 1 || option.line > lines || option.value.contains(u'\n')
            || option.value != option.value.trimmed() || option.name.isEmpty())
            __builtin_trap();
    for (const ws::Problem &problem : problems)
        if (problem.line < 0 || problem.line > lines || problem.message.isEmpty())
            __builtin_trap();
    (void)unit.sections();
    return 0;
}
