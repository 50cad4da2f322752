#pragma once

#include "BuildPlan.h"
#include "BuildScheduler.h"
#include "BuildSummary.h"
#include "DockerBuildRunner.h"
#include "PushQueue.h"
#include "workspace/Workspace.h"

#include <QObject>
#include <QString>

#include <memory>

namespace ws {

class BuildHistory;
class BuildLog;
class RegistryCredentialSource;
class SecretStore;
class DockerClient;

// One build queue as a user starts it, for both front ends: it asks the engine whether it is
// there and how many CPUs it has (the default slot count), fills the plan's estimates from the
// build history, runs the plan through a BuildScheduler and a DockerBuildRunner, hands each
// built image to a PushQueue when pushing is on (credentials through a RegistryCredentialSource),
// writes every line to a BuildLog, and records the finished queue in the history. A session runs
// one plan; retry() restarts images of it.
class BuildSession : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        DockerBuildRunner::Options build;
        int jobs = 0; // build slots; 0: the engine's CPU count, at least two
        int retries = 0; // automatic restarts of a failed image
        bool push = false; // push each built (or up-to-date) image
        QString registry; // where to push; empty: the manifest's registry
        // The keychain service push credentials are looked up in first (then
        // ~/.docker/config.json); empty: $WHALESTACK_KEYCHAIN_SERVICE, else
        // SecretStore::defaultService().
        QString keychainService;
        QString logFolder; // empty: BuildLog's default
    };

    // One image's end, with what the summary lacks: the engine's image ID, its cache hits and
    // whether it was pushed.
    struct ImageReport
    {
        QString name;
        BuildState state = BuildState::Queued;
        PushState push = PushState::NotQueued;
        QString imageId;
        int cacheHits = 0;
        qint64 durationMs = 0;
        qint64 sizeBytes = -1; // -1 when unknown
        QString logFile;
    };

    // `client` is not owned and must outlive the session; `history` may be null (no estimates,
    // nothing recorded) and is not owned.
    BuildSession(DockerClient *client, const Workspace &workspace, Options options,
                 BuildHistory *history = nullptr, QObject *parent = nullptr);
    ~BuildSession() override;

    // Checks the engine, then starts `plan`; startFailed() (engine away, plan invalid, no
    // registry to push to) or started() follows. Only once per session.
    void start(BuildPlan plan);
    void cancel(const QString &image); // the build, or the push once it was built
    void cancelAll();
    void pause();
    void resume();
    bool retry(const QString &image);

    const Workspace &workspace() const { return m_workspace; }
    const Options &options() const { return m_options; }
    BuildScheduler *scheduler() const { return m_scheduler.get(); }
    DockerBuildRunner *runner() const { return m_runner.get(); }
    PushQueue *pushQueue() const { return m_push.get(); } // null unless pushing
    BuildLog *log() const { return m_log.get(); }
    bool isStarted() const { return m_started; }
    bool isFinished() const { return m_finished; }
    // Expected duration of `image` in ms from the history; -1 when it has none.
    qint64 estimateMs(const QString &image) const;
    // Steps of the running build of `image`, as the engine last reported them (0/0 before).
    int currentStep(const QString &image) const;
    int stepCount(const QString &image) const;

    BuildSummary summary() const;
    QList<ImageReport> reports() const; // in the plan's order
    int pushedCount() const;
    // Every image Built or UpToDate, and, when pushing, every one of them pushed.
    bool succeeded() const;

signals:
    void started(int slotCount);
    void startFailed(const QString &message);
    void stateChanged(const QString &image, ws::BuildState state, const QString &detail);
    void stepStarted(const QString &image, int step, int total, const QString &instruction);
    void pushStateChanged(const QString &image, ws::PushState state, const QString &detail);
    // When the builds and the pushes have all ended (again after a retry).
    void finished(const ws::BuildSummary &summary);

private:
    void startScheduler(int engineCpus);
    void onSchedulerFinished();
    void finishIfDone();

    DockerClient *m_client = nullptr;
    Workspace m_workspace;
    Options m_options;
    BuildHistory *m_history = nullptr;
    BuildPlan m_plan;
    std::unique_ptr<BuildLog> m_log;
    std::unique_ptr<DockerBuildRunner> m_runner;
    std::unique_ptr<BuildScheduler> m_scheduler;
    std::unique_ptr<SecretStore> m_secrets;
    std::unique_ptr<RegistryCredentialSource> m_credentials;
    std::unique_ptr<PushQueue> m_push;
    QHash<QString, qint64> m_estimates;
    QHash<QString, QPair<int, int>> m_steps;
    bool m_started = false;
    bool m_finished = false;
    bool m_buildsDone = false;
};

} // namespace ws
