#pragma once

#include "Workspace.h"

#include <QFuture>
#include <QHash>
#include <QString>

namespace ws {

// Reads a workspace folder: vars.mk files, Dockerfiles, confd resources and templates, unit files
// and whalestack.yaml. Never fails as a whole: what does not parse becomes a Problem.
class WorkspaceLoader
{
public:
    struct Options
    {
        QHash<QString, QString> buildArgs; // --build-arg overrides, above the manifest's
    };

    static Workspace load(const QString &root, const Options &options = {});
    // The same on a worker thread (QtConcurrent), for the GUI.
    static QFuture<Workspace> loadAsync(const QString &root, const Options &options = {});
};

} // namespace ws
