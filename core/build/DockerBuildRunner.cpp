#include "DockerBuildRunner.h"

#include "BuildLog.h"
#include "BuildPlan.h"
#include "ContextArchive.h"
#include "ContextDigest.h"
#include "docker/DockerClient.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <atomic>

namespace ws {

// What the worker thread prepares for one image: the digest, and the entries of the context so
// that ContextArchive::open() does not walk the folder on the UI thread.
struct DockerBuildRunner::Prepared
{
    ContextDigest::Result digest;
    QList<ContextEntry> entries;
    Problems listProblems;
};

// One attempt at one image. Callbacks hold it by shared_ptr and check isCurrent(): a retry
// replaces it in m_runs, and late answers for the old attempt are then ignored.
struct DockerBuildRunner::Run
{
    QString name;
    ImageDefinition definition;
    ContextSource source;
    QHash<QString, QString> buildArgs;
    QString parentId;
    QByteArray digest;
    QString imageId;
    QString archiveError;
    int cacheHits = 0;
    qint64 size = -1; // bytes, once known
    bool onlyIfStale = true;
    bool cancelled = false;
    bool done = false;
    QPointer<ApiJob> job;
    QPointer<DockerBuildJob> buildJob;
    std::unique_ptr<QFutureWatcher<Prepared>> digestWatcher;
    std::shared_ptr<std::atomic_bool> canceled = std::make_shared<std::atomic_bool>(false);
    QList<ContextEntry> entries;
    std::unique_ptr<ContextArchive> archive;
};

DockerBuildRunner::DockerBuildRunner(DockerClient *client, Workspace workspace, Options options,
                                     BuildLog *log, QObject *parent)
    : BuildRunner(parent), m_client(client), m_workspace(std::move(workspace)),
      m_options(std::move(options)), m_log(log)
{ }

DockerBuildRunner::~DockerBuildRunner()
{
    for (auto &[name, run] : m_runs) {
        run->done = true;
        run->canceled->store(true);
        if (run->buildJob)
            run->buildJob->abort();
    }
}

void DockerBuildRunner::prepare(const BuildPlan &plan)
{
    m_onlyIfStale.clear();
    for (const BuildPlan::Image &image : plan.images())
        m_onlyIfStale.insert(image.name, image.onlyIfStale);
}

QHash<QString, QString> DockerBuildRunner::buildArgsFor(const ImageDefinition &image) const
{
    QHash<QString, QString> args = m_workspace.manifest.buildArgs;
    for (const QString &key : {image.id, image.name}) {
        if (const ImageOverride *o = m_workspace.manifest.overrideFor(key)) {
            for (auto it = o->buildArgs.cbegin(); it != o->buildArgs.cend(); ++it)
                args.insert(it.key(), it.value());
            break;
        }
    }
    for (auto it = m_options.buildArgs.cbegin(); it != m_options.buildArgs.cend(); ++it)
        args.insert(it.key(), it.value());
    return args;
}

QString DockerBuildRunner::imageId(const QString &image) const
{
    const auto it = m_runs.find(image);
    return it == m_runs.end() ? QString() : it->second->imageId;
}

qint64 DockerBuildRunner::imageSize(const QString &image) const
{
    const auto it = m_runs.find(image);
    return it == m_runs.end() ? -1 : it->second->size;
}

int DockerBuildRunner::cacheHits(const QString &image) const
{
    const auto it = m_runs.find(image);
    return it == m_runs.end() ? 0 : it->second->cacheHits;
}

bool DockerBuildRunner::isCurrent(const std::shared_ptr<Run> &run) const
{
    if (run->done)
        return false;
    const auto it = m_runs.find(run->name);
    return it != m_runs.end() && it->second == run;
}

void DockerBuildRunner::start(const QString &image)
{
    auto run = std::make_shared<Run>();
    run->name = image;
    if (const auto old = m_runs.find(image); old != m_runs.end())
        old->second->done = true;
    m_runs[image] = run;
    run->onlyIfStale = m_onlyIfStale.value(image, true) && !m_options.noCache;
    m_log->begin(image);

    const ImageDefinition *definition = m_workspace.image(image);
    if (!definition || !definition->buildable()) {
        // Queued so the scheduler hears it after start() returns, as from any other failure.
        QMetaObject::invokeMethod(
            this,
            [this, run] {
                finish(run, BuildOutcome::Failed,
                       tr("%1 is not an image this workspace builds.").arg(run->name));
            },
            Qt::QueuedConnection);
        return;
    }
    run->definition = *definition;
    run->source = ContextSource::forImage(*definition, &m_workspace.manifest);
    run->buildArgs = buildArgsFor(*definition);
    if (!m_client) {
        QMetaObject::invokeMethod(
            this,
            [this, run] { finish(run, BuildOutcome::Failed, tr("No Docker engine is set.")); },
            Qt::QueuedConnection);
        return;
    }
    inspectParent(run);
}

void DockerBuildRunner::inspectParent(const std::shared_ptr<Run> &run)
{
    const ImageDefinition &def = run->definition;
    if (def.parent.isEmpty() || def.parentKind == ImageDefinition::ParentKind::None) {
        computeDigest(run);
        return;
    }
    m_log->append(run->name, tr("Looking up the parent image %1").arg(def.parent));
    DockerImageJob *job = m_client->inspectImage(def.parent);
    run->job = job;
    connect(job, &ApiJob::finished, this, [this, run, job] {
        job->deleteLater();
        if (!isCurrent(run))
            return;
        const bool external = run->definition.parentKind == ImageDefinition::ParentKind::External;
        if (job->hasError()) {
            if (job->error() == HttpReply::Error::HttpStatus && external && m_options.pull) {
                // The engine pulls it during the build; the digest then has no parent ID.
                computeDigest(run);
                return;
            }
            if (job->error() == HttpReply::Error::HttpStatus) {
                finish(run, BuildOutcome::Failed,
                       external ? tr("Base image %1 is not on the engine; pull it or build it.")
                                      .arg(run->definition.parent)
                                : tr("Parent image %1 is not on the engine; build it first.")
                                      .arg(run->definition.parent));
            } else {
                finish(run, BuildOutcome::Failed,
                       tr("Cannot look up the parent image %1: %2")
                           .arg(run->definition.parent, job->errorString()));
            }
            return;
        }
        run->parentId = job->result().id;
        computeDigest(run);
    });
}

void DockerBuildRunner::computeDigest(const std::shared_ptr<Run> &run)
{
    ContextDigestInput input;
    input.source = run->source;
    input.buildArgs = run->buildArgs;
    input.parentImageId = run->parentId;
    run->digestWatcher = std::make_unique<QFutureWatcher<Prepared>>();
    auto *watcher = run->digestWatcher.get();
    // Weak: the watcher belongs to the run, and a strong capture would keep both alive for ever.
    const std::weak_ptr<Run> weak = run;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, weak, watcher] {
        const std::shared_ptr<Run> run = weak.lock();
        if (!run || !isCurrent(run))
            return;
        if (watcher->future().resultCount() == 0) {
            finish(run, BuildOutcome::Cancelled, tr("Cancelled."));
            return;
        }
        const Prepared prepared = watcher->result();
        const ContextDigest::Result &result = prepared.digest;
        if (result.canceled) {
            finish(run, BuildOutcome::Cancelled, tr("Cancelled."));
            return;
        }
        Problems problems = result.problems;
        const bool listed
            = std::none_of(prepared.listProblems.cbegin(), prepared.listProblems.cend(),
                           [](const Problem &p) { return p.severity == Problem::Severity::Error; });
        if (!listed)
            problems += prepared.listProblems;
        if (!result.ok() || !listed) {
            QStringList reasons;
            for (const Problem &p : problems)
                reasons << p.toString();
            finish(run, BuildOutcome::Failed,
                   tr("Cannot read the build context: %1").arg(reasons.join(QStringLiteral("; "))));
            return;
        }
        run->entries = prepared.entries;
        run->digest = result.digest;
        inspectTarget(run);
    });
    const std::shared_ptr<std::atomic_bool> canceled = run->canceled;
    watcher->setFuture(QtConcurrent::run([input, canceled] {
        Prepared prepared;
        prepared.digest = ContextDigest::compute(input, [canceled] { return canceled->load(); });
        if (prepared.digest.ok())
            prepared.entries = ContextArchive::listEntries(input.source, &prepared.listProblems);
        return prepared;
    }));
}

void DockerBuildRunner::inspectTarget(const std::shared_ptr<Run> &run)
{
    if (!run->onlyIfStale) {
        sendBuild(run);
        return;
    }
    DockerImageJob *job = m_client->inspectImage(run->name);
    run->job = job;
    connect(job, &ApiJob::finished, this, [this, run, job] {
        job->deleteLater();
        if (!isCurrent(run))
            return;
        if (!job->hasError()
            && job->result().labels.value(QLatin1String(ContextDigest::label))
                == QString::fromLatin1(run->digest)) {
            run->imageId = job->result().id;
            run->size = job->result().size;
            m_log->append(run->name, tr("Up to date (%1).").arg(run->imageId));
            finish(run, BuildOutcome::UpToDate, {});
            return;
        }
        if (job->hasError() && job->error() != HttpReply::Error::HttpStatus) {
            finish(run, BuildOutcome::Failed,
                   tr("Cannot look up %1 on the engine: %2").arg(run->name, job->errorString()));
            return;
        }
        sendBuild(run);
    });
}

void DockerBuildRunner::sendBuild(const std::shared_ptr<Run> &run)
{
    // Listed on the worker: open() walks nothing; files are read as the engine takes the stream.
    run->archive = std::make_unique<ContextArchive>(run->entries);
    if (!run->archive->open(QIODevice::ReadOnly)) {
        QStringList reasons;
        for (const Problem &p : run->archive->problems())
            reasons << p.toString();
        finish(run, BuildOutcome::Failed,
               tr("Cannot read the build context: %1").arg(reasons.join(QStringLiteral("; "))));
        return;
    }
    BuildRequest request;
    request.tag = run->name;
    request.dockerfile = run->source.dockerfileInArchive();
    request.labels.insert(QLatin1String(ContextDigest::label), QString::fromLatin1(run->digest));
    for (auto it = run->buildArgs.cbegin(); it != run->buildArgs.cend(); ++it)
        request.buildArgs.insert(it.key(), it.value());
    request.noCache = m_options.noCache;
    request.pull = m_options.pull;
    request.networkMode = m_options.networkMode;
    request.context = run->archive.get();
    request.idleTimeoutMs = m_options.idleTimeoutMs;

    m_log->append(run->name, tr("Building %1").arg(run->name));
    ++m_buildsSent;
    DockerBuildJob *job = m_client->build(request);
    run->job = job;
    run->buildJob = job;
    const QString image = run->name;
    const std::weak_ptr<Run> weak = run; // the archive belongs to the run
    connect(run->archive.get(), &ContextArchive::failed, this,
            [this, weak, job](const QString &message) {
                const std::shared_ptr<Run> run = weak.lock();
                if (!run || !isCurrent(run))
                    return;
                // The tar sent so far is incomplete: the request must not finish normally.
                run->archiveError = message;
                if (run->buildJob == job)
                    job->abort();
            });
    connect(job, &DockerBuildJob::logLine, this,
            [this, image](const QString &line) { m_log->append(image, line); });
    connect(job, &DockerBuildJob::stepStarted, this,
            [this, image](int step, int total, const QString &instruction) {
                emit stepStarted(image, step, total, instruction);
            });
    connect(job, &DockerBuildJob::cacheHit, this, [run] { ++run->cacheHits; });
    connect(job, &ApiJob::finished, this, [this, run, job] {
        job->deleteLater();
        if (!isCurrent(run))
            return;
        if (!run->archiveError.isEmpty()) {
            finish(run, BuildOutcome::Failed,
                   tr("The build context could not be sent: %1").arg(run->archiveError));
        } else if (run->cancelled || job->wasCancelled()) {
            finish(run, BuildOutcome::Cancelled, tr("Cancelled."));
        } else if (job->hasError()) {
            finish(run, BuildOutcome::Failed, job->errorString());
        } else {
            run->imageId = job->result().imageId;
            m_log->append(run->name, tr("Built %1 (%2).").arg(run->name, run->imageId));
            // The size is for the table and the history; a failed look-up leaves it unknown
            // but the image is built all the same.
            DockerImageJob *inspect = m_client->inspectImage(run->imageId);
            run->job = inspect;
            connect(inspect, &ApiJob::finished, this, [this, run, inspect] {
                inspect->deleteLater();
                if (!isCurrent(run))
                    return;
                if (!inspect->hasError())
                    run->size = inspect->result().size;
                finish(run, BuildOutcome::Built, {});
            });
        }
    });
}

void DockerBuildRunner::cancel(const QString &image)
{
    const auto it = m_runs.find(image);
    if (it == m_runs.end() || it->second->done)
        return;
    const std::shared_ptr<Run> run = it->second;
    run->cancelled = true;
    if (run->buildJob) {
        run->buildJob->abort(); // finished() follows and reports Cancelled
        return;
    }
    run->canceled->store(true);
    // An inspect or the digest in flight: its answer is ignored once the run is done.
    QMetaObject::invokeMethod(
        this, [this, run] { finish(run, BuildOutcome::Cancelled, tr("Cancelled.")); },
        Qt::QueuedConnection);
}

void DockerBuildRunner::finish(const std::shared_ptr<Run> &run, BuildOutcome outcome,
                               const QString &message)
{
    if (!isCurrent(run))
        return;
    run->done = true;
    if (outcome == BuildOutcome::Failed || outcome == BuildOutcome::Cancelled)
        m_log->append(run->name, message);
    m_log->end(run->name);
    if (run->archive)
        run->archive->disconnect(this);
    emit finished(run->name, outcome, message);
}

} // namespace ws
