// Fuzz target for the profiles.yaml parser (ProfileStore::parse). Besides not crashing, what
// the parser accepts must survive a save: writing the profiles and reading them back gives the
// same profiles with no error.
#include "settings/ProfileStore.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString file = QStringLiteral("profiles.yaml");
    const ws::ProfileStore::Contents first = ws::ProfileStore::parse(input, file);
    for (const ws::Problem &problem : first.problems)
        if (problem.file != file || problem.line < 0 || problem.column < 0
            || problem.message.isEmpty())
            std::abort();

    const QByteArray saved = ws::ProfileStore::serialize(first.profiles, first.unknownFields);
    const ws::ProfileStore::Contents second = ws::ProfileStore::parse(saved, file);
    bool errors = false;
    for (const ws::Problem &problem : second.problems)
        errors = errors || problem.severity == ws::Problem::Severity::Error;
    if (errors || second.profiles != first.profiles) {
        std::fprintf(stderr, "round trip changed the profiles\n--- input\n%s\n--- saved\n%s\n",
                     input.constData(), saved.constData());
        for (const ws::Problem &problem : second.problems)
            std::fprintf(stderr, "%s\n", qPrintable(problem.toString()));
        std::abort();
    }
    return 0;
}
