// Fuzz target: DockerIgnore::parse and matching on arbitrary bytes. The input is a .dockerignore;
// its lines double as paths to match. No crash; problems and patterns point at real lines; a
// path kept with keepAlways() is never excluded; matching does not depend on a "./" prefix.
#include "build/DockerIgnore.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const int lines = int(input.count('\n')) + 1;
    ws::Problems problems;
    ws::DockerIgnore rules
        = ws::DockerIgnore::parse(input, QStringLiteral("/fuzz/.dockerignore"), &problems);
    for (const ws::Problem &problem : problems)
        if (problem.line < 1 || problem.line > lines || problem.message.isEmpty())
            __builtin_trap();
    for (const ws::DockerIgnore::Pattern &pattern : rules.patterns())
        if (pattern.line < 1 || pattern.line > lines || pattern.text.isEmpty()
            || !pattern.regex.isValid())
            __builtin_trap();
    const QList<QByteArray> candidates = input.split('\n');
    for (const QByteArray &line : candidates.mid(0, 16)) {
        const QString path = ws::DockerIgnore::cleanPath(QString::fromUtf8(line).trimmed());
        if (path.startsWith(u'/') || path == QLatin1String(".")
            || path.startsWith(QLatin1String("..")))
            continue;
        const bool excluded = rules.isExcluded(path);
        if (rules.isExcluded(QStringLiteral("./") + path) != excluded)
            __builtin_trap();
        (void)rules.mustWalkExcludedFolder(path);
    }
    rules.keepAlways(QStringLiteral("Dockerfile"));
    if (rules.isExcluded(QStringLiteral("Dockerfile")))
        __builtin_trap();
    return 0;
}
