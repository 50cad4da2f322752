#pragma once

#include "BuildRunner.h"
#include "docker/BuildRequest.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QPointer>
#include <QString>

#include <map>
#include <memory>

namespace ws {

class BuildLog;
class DockerClient;

// Builds the images of a workspace on a Docker engine for a BuildScheduler. For each image it
// finds its parent's image ID on the engine, computes the context digest off the UI thread and
// skips the build when the engine's image carries the same digest in its
// org.whalestack.context-digest label (unless the plan or noCache asks for a rebuild); otherwise
// it streams the context tar to POST /build with that label. Every line of output goes to a
// BuildLog.
class DockerBuildRunner : public BuildRunner
{
    Q_OBJECT

public:
    struct Options
    {
        bool noCache = false; // rebuild even when up to date, and without the engine's cache
        bool pull = false; // let the engine pull external bases (and fresh ones)
        QString networkMode; // for RUN steps; empty: the engine's default
        QHash<QString, QString> buildArgs; // above the manifest's (global and per image)
        int idleTimeoutMs = 10 * 60 * 1000; // a build stream silent this long fails
    };

    // `client` and `log` are not owned and must outlive the runner.
    DockerBuildRunner(DockerClient *client, Workspace workspace, Options options, BuildLog *log,
                      QObject *parent = nullptr);
    ~DockerBuildRunner() override;

    void prepare(const BuildPlan &plan) override;
    void start(const QString &image) override;
    void cancel(const QString &image) override;

    // The build args one image gets: the manifest's, its override's, then Options::buildArgs.
    QHash<QString, QString> buildArgsFor(const ImageDefinition &image) const;

    QString imageId(const QString &image) const; // after Built or UpToDate
    int cacheHits(const QString &image) const;
    qint64 imageSize(const QString &image) const; // bytes after Built or UpToDate; -1 unknown
    int buildsSent() const { return m_buildsSent; } // POST /build requests made so far

signals:
    void stepStarted(const QString &image, int step, int total, const QString &instruction);

private:
    struct Prepared;
    struct Run;

    void inspectParent(const std::shared_ptr<Run> &run);
    void computeDigest(const std::shared_ptr<Run> &run);
    void inspectTarget(const std::shared_ptr<Run> &run);
    void sendBuild(const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run, BuildOutcome outcome, const QString &message);
    bool isCurrent(const std::shared_ptr<Run> &run) const;

    QPointer<DockerClient> m_client;
    Workspace m_workspace;
    Options m_options;
    BuildLog *m_log;
    QHash<QString, bool> m_onlyIfStale;
    std::map<QString, std::shared_ptr<Run>> m_runs;
    int m_buildsSent = 0;
};

} // namespace ws
