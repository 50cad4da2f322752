// Fuzz target: MakeEvaluator on an in-memory vars.mk. Includes of ../globals.mk are served from
// memory, git answers with a fixed hash: no file system, no process.
#include "workspace/MakeEvaluator.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray text(reinterpret_cast<const char *>(data), qsizetype(size));
    ws::MakeEvaluator evaluator;
    evaluator.setFileReader([](const QString &path, QByteArray *contents, ws::Problems *problems) {
        if (path == QLatin1String("/fuzz/globals.mk")) {
            *contents
                = "DGIS_IMAGE_PREFIX=2gis\ngit_sha=$(shell git rev-parse --short HEAD)\n"
                  "ifdef CI_SERVER\n\tBUILD_TAG=latest\nelse\n\tBUILD_TAG=git-$(git_sha)\nendif\n";
            return true;
        }
        problems->append(ws::makeProblem(path, 0, 0, QStringLiteral("not in memory")));
        return false;
    });
    evaluator.setGitProvider([] {
        return ws::MakeEvaluator::GitAnswer {true, QStringLiteral("abc1234"), {}};
    });
    ws::Problems problems;
    evaluator.evaluate(text, QStringLiteral("/fuzz/image/vars.mk"), &problems);
    (void)evaluator.values(&problems);
    (void)evaluator.imageName(QStringLiteral("/fuzz/image/vars.mk"), &problems);
    return 0;
}
