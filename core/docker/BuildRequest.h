#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class QIODevice;

namespace ws {

// What to build: the query of POST /build (PROTOCOLS.md §1.7.3) and the context to send.
struct BuildRequest
{
    QString tag; // t=name[:tag]
    QStringList extraTags; // more t= values
    QString dockerfile = QStringLiteral("Dockerfile"); // path inside the context
    QMap<QString, QString> labels;
    QMap<QString, QString> buildArgs;
    bool noCache = false;
    bool pull = false;
    // dockerd in tests (and many workstations) runs with --bridge=none: RUN steps need "none".
    QString networkMode;
    // The build context as a tar stream. Not owned; it must live until the job finishes.
    // A sequential device goes chunked over a unix socket; a file or buffer with Content-Length.
    QIODevice *context = nullptr;
    // A stream silent for longer than this fails the build as stalled (0 = wait forever).
    int idleTimeoutMs = 10 * 60 * 1000;
};

// How a build ended.
struct BuildResult
{
    QString imageId; // "sha256:…", set on success
    int stepsTotal = 0;
    int lastStep = 0; // the step that was running last (the failing one on failure)
    QString lastStepInstruction; // "RUN make", for the failure message
    int cacheHits = 0;
    QStringList outputTail; // the last lines of output of the last step
    bool cancelled = false; // abort() ended it
};

} // namespace ws
