#pragma once

#include "BuildState.h"

#include <QDateTime>
#include <QString>

namespace ws {

// One image's end in one finished build queue, as the build history keeps it. Only names, states,
// numbers and the engine's image ID: nothing here can hold a credential.
struct BuildHistoryEntry
{
    qint64 queueId = 0; // set by the history when read back
    QString workspace; // workspace root folder
    QString image; // full image name
    BuildState state = BuildState::Built;
    qint64 durationMs = 0;
    QString imageId;
    int cacheHits = 0;
    bool pushed = false;
    QDateTime finishedAt; // UTC; invalid when recorded: the queue's end
};

} // namespace ws
