#pragma once

#include "BuildState.h"

#include <QDateTime>
#include <QString>

namespace ws {

// One image's end in one finished build queue, as the build history keeps it. Only names, states,
// numbers, the engine's image ID and a log file's path: nothing here can hold a credential (the
// log itself never contains one).
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
    qint64 sizeBytes = -1; // the image's size on the engine; -1 unknown
    QString logFile; // the build log's file (BuildLog); empty when none was written
};

} // namespace ws
