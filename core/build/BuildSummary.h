#pragma once

#include "BuildState.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ws {

// What a finished build queue did: each image's end state and times, the counts, the wall time,
// and the critical path actually taken.
struct BuildSummary
{
    struct ImageResult
    {
        QString name;
        BuildState state = BuildState::Queued;
        QString detail; // the runner's message, or "blocked by <image>"
        QString blockedBy; // the failed or cancelled image, for Blocked
        int attempts = 0; // how often the image was sent to the runner
        qint64 startedMs = -1; // first start, since the queue started; -1 if never sent
        qint64 finishedMs = -1; // end of the last attempt, since the queue started
        qint64 durationMs = 0; // running time over all attempts
    };

    QList<ImageResult> images; // in the plan's order
    qint64 wallMs = 0;
    // The chain of images whose finish times set the makespan: the image that ended last, then
    // the parent whose end let it start, and so on; root first.
    QStringList criticalPath;

    int count(BuildState state) const;
    const ImageResult *image(const QString &name) const;
    // True when every image ended Built or UpToDate.
    bool succeeded() const;
};

} // namespace ws
