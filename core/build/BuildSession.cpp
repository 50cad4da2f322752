#include "BuildSession.h"

#include "BuildHistory.h"
#include "BuildLog.h"
#include "RegistryCredentialSource.h"
#include "docker/DockerClient.h"
#include "secrets/SecretStore.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QTimer>

namespace ws {

BuildSession::BuildSession(DockerClient *client, const Workspace &workspace, Options options,
                           BuildHistory *history, QObject *parent)
    : QObject(parent), m_client(client), m_workspace(workspace), m_options(std::move(options)),
      m_history(history)
{
    m_log = std::make_unique<BuildLog>(m_options.logFolder);
    m_runner
        = std::make_unique<DockerBuildRunner>(m_client, m_workspace, m_options.build, m_log.get());
    m_scheduler = std::make_unique<BuildScheduler>(m_runner.get(), 2);
    m_scheduler->setRetries(m_options.retries);
    if (m_options.registry.isEmpty())
        m_options.registry = m_workspace.manifest.registry;
    if (m_options.push && !m_options.registry.isEmpty()) {
        m_push = std::make_unique<PushQueue>(m_client, m_options.registry, m_log.get());
        QString service = m_options.keychainService;
        if (service.isEmpty())
            service = qEnvironmentVariable("WHALESTACK_KEYCHAIN_SERVICE");
        m_secrets = std::make_unique<SecretStore>(service.isEmpty() ? SecretStore::defaultService()
                                                                    : service);
        m_credentials = std::make_unique<RegistryCredentialSource>(m_secrets.get());
        m_push->setCredentialsLookup(m_credentials->function());
        connect(m_push.get(), &PushQueue::stateChanged, this,
                [this](const QString &image, PushState state, const QString &detail) {
                    emit pushStateChanged(image, state, detail);
                    finishIfDone();
                });
    }

    connect(m_runner.get(), &DockerBuildRunner::stepStarted, this,
            [this](const QString &image, int step, int total, const QString &instruction) {
                m_steps.insert(image, {step, total});
                emit stepStarted(image, step, total, instruction);
            });
    connect(m_scheduler.get(), &BuildScheduler::stateChanged, this,
            [this](const QString &image, BuildState state, const QString &detail) {
                if (state == BuildState::Blocked)
                    m_log->append(image, detail); // it never reaches the runner
                if (m_push && isSuccessState(state))
                    m_push->enqueue(image); // as soon as it is built, not at the end
                if (state == BuildState::Running)
                    m_finished = false;
                emit stateChanged(image, state, detail);
            });
    connect(m_scheduler.get(), &BuildScheduler::finished, this, &BuildSession::onSchedulerFinished);
}

BuildSession::~BuildSession()
{
    // The scheduler talks to the runner: it goes first.
    m_scheduler.reset();
    m_push.reset();
    m_credentials.reset();
    m_secrets.reset();
    m_runner.reset();
}

void BuildSession::start(BuildPlan plan)
{
    const auto fail = [this](const QString &message) {
        // Always from the event loop, so a caller can connect after start().
        QTimer::singleShot(0, this, [this, message] { emit startFailed(message); });
    };
    if (m_started) {
        fail(tr("This build queue was started already."));
        return;
    }
    m_started = true;
    if (!plan.isValid()) {
        QStringList lines;
        for (const Problem &problem : plan.problems())
            lines << problem.toString();
        fail(tr("Nothing was built: the build plan has errors.\n%1").arg(lines.join('\n')));
        return;
    }
    if (m_options.push && !m_push) {
        fail(tr("Nothing was built: pushing was asked for, but neither the workspace's manifest "
                "nor the build names a registry. Set `registry:` in whalestack.yaml or choose "
                "one."));
        return;
    }
    m_plan = std::move(plan);
    if (!m_client) {
        fail(tr("No Docker engine is configured."));
        return;
    }

    // The engine must answer before the queue starts, so a wrong DOCKER_HOST is one clear error
    // rather than one failure per image.
    DockerPingJob *ping = m_client->ping();
    connect(ping, &ApiJob::finished, this, [this, ping] {
        ping->deleteLater();
        if (ping->hasError()) {
            emit startFailed(
                tr("The Docker engine at %1 does not answer: %2")
                    .arg(m_client->endpoint().endpoint.toDisplayString(), ping->errorString()));
            return;
        }
        if (m_options.jobs > 0) {
            startScheduler(0);
            return;
        }
        DockerInfoJob *info = m_client->info();
        connect(info, &ApiJob::finished, this, [this, info] {
            info->deleteLater();
            // An engine that will not tell its CPUs still builds: with the fewest slots.
            startScheduler(info->hasError() ? 0 : info->result().cpus);
        });
    });
}

void BuildSession::startScheduler(int engineCpus)
{
    const int slotCount
        = m_options.jobs > 0 ? m_options.jobs : BuildScheduler::defaultSlotCount(engineCpus);
    m_scheduler->setSlotCount(slotCount);
    const auto run = [this, slotCount] {
        if (!m_scheduler->start(m_plan)) {
            emit startFailed(tr("The build queue could not start."));
            return;
        }
        emit started(slotCount);
    };
    if (!m_history) {
        run();
        return;
    }
    // A watcher the session owns rather than QFuture::then(this, …): in Qt 6.4 a continuation
    // whose context object is destroyed first asserts.
    auto *watcher = new QFutureWatcher<QHash<QString, qint64>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, run] {
        watcher->deleteLater();
        const QFuture<QHash<QString, qint64>> future = watcher->future();
        const QHash<QString, qint64> estimates
            = future.resultCount() > 0 ? future.result() : QHash<QString, qint64> {};
        m_estimates = estimates;
        // Images without a history get the median of the known ones, so one new image
        // neither jumps the queue nor waits behind everything.
        if (!estimates.isEmpty()) {
            QList<qint64> known = estimates.values();
            std::sort(known.begin(), known.end());
            const double typical = double(known.at(known.size() / 2));
            QHash<QString, double> all;
            for (const QString &name : m_plan.order())
                all.insert(name, double(estimates.value(name, qint64(typical))));
            m_plan.setEstimates(all);
        }
        run();
    });
    watcher->setFuture(m_history->estimatesMs(m_plan.order()));
}

void BuildSession::cancel(const QString &image)
{
    const BuildState state = m_scheduler->state(image);
    if (m_plan.contains(image) && !isFinalState(state)) {
        m_scheduler->cancel(image);
        return;
    }
    if (m_push)
        m_push->cancel(image);
}

void BuildSession::cancelAll()
{
    m_scheduler->cancelAll();
    if (m_push)
        m_push->cancelAll();
}

void BuildSession::pause()
{
    m_scheduler->pause();
}

void BuildSession::resume()
{
    m_scheduler->resume();
}

bool BuildSession::retry(const QString &image)
{
    if (!m_started || !m_scheduler->retry(image))
        return false;
    m_finished = false;
    m_buildsDone = false;
    return true;
}

qint64 BuildSession::estimateMs(const QString &image) const
{
    return m_estimates.value(image, -1);
}

int BuildSession::currentStep(const QString &image) const
{
    return m_steps.value(image).first;
}

int BuildSession::stepCount(const QString &image) const
{
    return m_steps.value(image).second;
}

BuildSummary BuildSession::summary() const
{
    return m_scheduler->summary();
}

QList<BuildSession::ImageReport> BuildSession::reports() const
{
    QList<ImageReport> reports;
    const BuildSummary s = summary();
    for (const BuildSummary::ImageResult &r : s.images) {
        ImageReport report;
        report.name = r.name;
        report.state = r.state;
        report.push = m_push ? m_push->state(r.name) : PushState::NotQueued;
        report.imageId = m_runner->imageId(r.name);
        report.cacheHits = m_runner->cacheHits(r.name);
        report.durationMs = r.durationMs;
        report.sizeBytes = m_runner->imageSize(r.name);
        report.logFile = m_log->filePath(r.name);
        reports.append(report);
    }
    return reports;
}

int BuildSession::pushedCount() const
{
    return m_push ? m_push->count(PushState::Pushed) : 0;
}

bool BuildSession::succeeded() const
{
    const BuildSummary s = summary();
    if (!s.succeeded())
        return false;
    if (!m_push)
        return true;
    for (const BuildSummary::ImageResult &r : s.images) {
        if (m_push->state(r.name) != PushState::Pushed)
            return false;
    }
    return true;
}

void BuildSession::onSchedulerFinished()
{
    m_buildsDone = true;
    finishIfDone();
}

void BuildSession::finishIfDone()
{
    if (!m_buildsDone || m_finished || m_scheduler->isActive() || (m_push && !m_push->isIdle()))
        return;
    m_finished = true;
    const BuildSummary s = summary();
    if (m_history) {
        QList<BuildHistoryEntry> entries;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ImageReport &r : reports()) {
            if (r.state == BuildState::Queued || r.state == BuildState::Waiting)
                continue; // never reached an end (cannot happen once finished)
            BuildHistoryEntry e;
            e.workspace = m_workspace.root;
            e.image = r.name;
            e.state = r.state;
            e.durationMs = r.durationMs;
            e.imageId = r.imageId;
            e.cacheHits = r.cacheHits;
            e.pushed = r.push == PushState::Pushed;
            e.finishedAt = now;
            e.sizeBytes = r.sizeBytes;
            e.logFile = r.logFile;
            entries.append(e);
        }
        // Fire and forget: a history that cannot be written must not hold up the queue; the
        // history keeps its error for whoever shows it.
        m_history->record(m_workspace.root, s.wallMs, entries);
    }
    emit finished(s);
}

} // namespace ws
