#pragma once

#include "Workspace.h"
#include "common/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace ws {

// Finds Dockerfile instructions that defeat the build cache and Whalestack's up-to-date check:
// ADD of a remote URL or git repository (not in the context digest, fetched on every build), and
// build args that are meant to change on every build (BUILD_DATE, BUILD_NUMBER, ...) used by a
// step, which then rebuilds with everything after it and every image below. Each finding is a
// Problem::Severity::Warning at the instruction's line and column.
class CacheDefeatCheck
{
    Q_DECLARE_TR_FUNCTIONS(CacheDefeatCheck)
public:
    // Warnings per buildable image (full name); images without any are left out. Reads each
    // image's Dockerfile once (ws::Dockerfile keeps no instruction positions), bounded by
    // WorkspaceFile::maxSize; a file that does not read is skipped (the loader reported it).
    static QHash<QString, Problems> check(const Workspace &workspace);

    // The same for one Dockerfile's text; `buildArgs` are the values the manifest gives it
    // (a fixed value there means the arg does not change from build to build).
    static Problems checkDockerfile(const QByteArray &text, const QString &path,
                                    const QHash<QString, QString> &buildArgs = {});
};

} // namespace ws
