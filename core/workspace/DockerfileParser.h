#pragma once

#include "Dockerfile.h"
#include "common/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ws {

// Reads a Dockerfile far enough to be right about the image graph: parser directives, comments,
// line continuations (backslash or the escape directive's character), heredocs, ARG before FROM
// with --build-arg overrides, FROM with --platform and AS, multi-stage builds, COPY --from,
// EXPOSE, LABEL and ENV of the final stage. Problems name the line; the parse never fails whole.
class DockerfileParser
{
    Q_DECLARE_TR_FUNCTIONS(DockerfileParser)
public:
    // `buildArgs` are the --build-arg values, already merged by precedence (manifest, then the
    // image's override, then the command line). `path` only locates problems.
    static Dockerfile parse(const QByteArray &text, const QString &path,
                            const QHash<QString, QString> &buildArgs, Problems *problems);
};

} // namespace ws
