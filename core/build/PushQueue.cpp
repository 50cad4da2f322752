#include "PushQueue.h"

#include "BuildLog.h"
#include "docker/DockerClient.h"
#include "docker/RegistryAuth.h"
#include "workspace/ImageReference.h"

#include <QCoreApplication>

namespace ws {

namespace {

struct PushText
{
    Q_DECLARE_TR_FUNCTIONS(PushQueue)
};

// "host:5000/a/b:1" → ("host:5000/a/b", "1"), with Docker's implicit "latest".
QPair<QString, QString> splitTag(const QString &image)
{
    const QString full = ImageReference::normalized(image);
    const QString repository = ImageReference::repository(full);
    return {repository, full.mid(repository.size() + 1)};
}

} // namespace

QString pushStateId(PushState state)
{
    switch (state) {
    case PushState::NotQueued:
        return QStringLiteral("not-queued");
    case PushState::Queued:
        return QStringLiteral("queued");
    case PushState::Pushing:
        return QStringLiteral("pushing");
    case PushState::Pushed:
        return QStringLiteral("pushed");
    case PushState::Failed:
        return QStringLiteral("failed");
    case PushState::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

QString pushStateText(PushState state)
{
    switch (state) {
    case PushState::NotQueued:
        return PushText::tr("not pushed");
    case PushState::Queued:
        return PushText::tr("push queued");
    case PushState::Pushing:
        return PushText::tr("pushing");
    case PushState::Pushed:
        return PushText::tr("pushed");
    case PushState::Failed:
        return PushText::tr("push failed");
    case PushState::Cancelled:
        return PushText::tr("push cancelled");
    }
    return {};
}

struct PushQueue::Entry
{
    PushState state = PushState::NotQueued;
    QString detail;
    QString digest;
    QPointer<DockerPushJob> job;
    QHash<QString, QPair<qint64, qint64>> layers; // id → (current, total)
    quint64 generation = 0; // a new push of the image ignores the old job's signals
    bool cancelRequested = false; // cancelled while the image was being tagged
};

PushQueue::PushQueue(DockerClient *client, const QString &registry, BuildLog *log, QObject *parent)
    : QObject(parent), m_client(client), m_registry(RegistryAuth::normalizeRegistry(registry)),
      m_log(log)
{ }

PushQueue::~PushQueue()
{
    for (const auto &entry : std::as_const(m_entries)) {
        if (entry->job) {
            entry->job->disconnect(this);
            entry->job->abort();
        }
    }
}

void PushQueue::setSlotCount(int slotCount)
{
    m_slots = qMax(1, slotCount);
    dispatch();
}

QString PushQueue::remoteName(const QString &image) const
{
    // An image whose name already starts with the registry keeps it.
    if (image.startsWith(m_registry + QLatin1Char('/')))
        return image;
    return m_registry + QLatin1Char('/') + image;
}

void PushQueue::enqueue(const QString &image)
{
    auto &entry = m_entries[image];
    if (!entry)
        entry = std::make_shared<Entry>();
    if (entry->state == PushState::Queued || entry->state == PushState::Pushing)
        return;
    if (!m_order.contains(image))
        m_order.append(image);
    m_finishedSent = false;
    entry->digest.clear();
    entry->layers.clear();
    setState(image, PushState::Queued, {});
    dispatch();
}

void PushQueue::cancel(const QString &image)
{
    const auto entry = m_entries.value(image);
    if (!entry)
        return;
    if (entry->state == PushState::Queued) {
        setState(image, PushState::Cancelled, tr("Push cancelled before it started."));
        finishIfDone();
    } else if (entry->state == PushState::Pushing) {
        if (entry->job)
            entry->job->abort(); // onPushFinished reports the end
        else
            entry->cancelRequested = true; // the tag callback ends it
    }
}

void PushQueue::cancelAll()
{
    for (const QString &image : std::as_const(m_order))
        cancel(image);
}

void PushQueue::close()
{
    m_closed = true;
    finishIfDone();
}

PushState PushQueue::state(const QString &image) const
{
    const auto entry = m_entries.value(image);
    return entry ? entry->state : PushState::NotQueued;
}

QString PushQueue::detail(const QString &image) const
{
    const auto entry = m_entries.value(image);
    return entry ? entry->detail : QString();
}

QString PushQueue::digest(const QString &image) const
{
    const auto entry = m_entries.value(image);
    return entry ? entry->digest : QString();
}

int PushQueue::count(PushState state) const
{
    int n = 0;
    for (const auto &entry : m_entries)
        n += entry->state == state ? 1 : 0;
    return n;
}

bool PushQueue::isIdle() const
{
    return count(PushState::Queued) == 0 && count(PushState::Pushing) == 0;
}

void PushQueue::dispatch()
{
    if (m_lookupState != Lookup::Done) {
        if (m_lookupState == Lookup::NotStarted && count(PushState::Queued) > 0)
            lookUpCredentials();
        return;
    }
    for (const QString &image : std::as_const(m_order)) {
        if (m_running >= m_slots)
            return;
        if (m_entries.value(image)->state == PushState::Queued)
            startPush(image);
    }
}

void PushQueue::lookUpCredentials()
{
    m_lookupState = Lookup::Running;
    const auto done = [self = QPointer<PushQueue>(this)](const RegistryCredentials &credentials,
                                                         const QString &error) {
        if (!self)
            return;
        self->m_credentials = credentials;
        self->m_credentialsError = error;
        self->m_lookupState = Lookup::Done;
        self->dispatch();
    };
    if (!m_lookup) {
        done(RegistryCredentials {m_registry, {}, {}, {}}, {});
        return;
    }
    m_lookup(m_registry, done);
}

void PushQueue::startPush(const QString &image)
{
    const auto entry = m_entries.value(image);
    if (!m_credentialsError.isEmpty()) {
        // Without the credentials the user meant, an anonymous push would only fail later
        // with a less helpful message.
        setState(image, PushState::Failed, m_credentialsError);
        finishIfDone();
        return;
    }
    if (!m_client) {
        setState(image, PushState::Failed, tr("No Docker engine to push with."));
        finishIfDone();
        return;
    }
    setState(image, PushState::Pushing, {});
    entry->cancelRequested = false;
    ++m_running;
    const quint64 generation = ++entry->generation;
    const QString remote = remoteName(image);
    // Plain variables, not a structured binding: lambdas below capture them, which clang
    // before 16 (the sanitizer build's compiler) does not allow for bindings.
    const auto split = splitTag(remote);
    const QString repository = split.first;
    const QString tag = split.second;
    if (m_log)
        m_log->append(image, tr("Pushing %1").arg(remote));

    // Tag first (the engine pushes by name), then push. Both are asynchronous.
    DockerActionJob *tagJob = m_client->tagImage(image, repository, tag);
    connect(tagJob, &ApiJob::finished, this, [this, image, repository, tag, generation, tagJob] {
        tagJob->deleteLater();
        const auto entry = m_entries.value(image);
        if (entry->cancelRequested) {
            --m_running;
            setState(image, PushState::Cancelled, tr("Push cancelled."));
            finishIfDone();
            dispatch();
            return;
        }
        if (tagJob->hasError()) {
            --m_running;
            setState(image, PushState::Failed,
                     tr("Could not tag %1 for the registry: %2").arg(image, tagJob->errorString()));
            finishIfDone();
            dispatch();
            return;
        }
        if (!m_client) {
            --m_running;
            setState(image, PushState::Failed, tr("No Docker engine to push with."));
            finishIfDone();
            dispatch();
            return;
        }
        DockerPushJob *job = m_client->push(repository, tag, m_credentials);
        entry->job = job;
        connect(job, &DockerPushJob::logLine, this, [this, image](const QString &line) {
            if (m_log && !line.isEmpty())
                m_log->append(image, line);
        });
        connect(job, &DockerPushJob::layerProgress, this,
                [this, image, generation](const QString &layer, const QString &status,
                                          qint64 current, qint64 total) {
                    const auto entry = m_entries.value(image);
                    if (!entry || entry->generation != generation)
                        return;
                    if (status == QLatin1String("Pushing"))
                        entry->layers.insert(layer, {current, total});
                    else if (m_log && status != QLatin1String("Preparing")
                             && status != QLatin1String("Waiting"))
                        m_log->append(image, layer + QLatin1String(": ") + status);
                    qint64 sent = 0;
                    qint64 size = 0;
                    for (const auto &[c, t] : std::as_const(entry->layers)) {
                        sent += c;
                        size = (size < 0 || t < 0) ? -1 : size + t;
                    }
                    emit progress(image, sent, size);
                });
        connect(job, &ApiJob::finished, this, [this, image, job] { onPushFinished(image, job); });
    });
}

void PushQueue::onPushFinished(const QString &image, DockerPushJob *job)
{
    job->deleteLater();
    --m_running;
    const auto entry = m_entries.value(image);
    if (!entry || entry->job != job)
        return;
    entry->job = nullptr;
    if (job->wasCancelled()) {
        setState(image, PushState::Cancelled, tr("Push cancelled."));
    } else if (job->hasError()) {
        setState(image, PushState::Failed, job->errorString());
    } else {
        entry->digest = job->result().digest;
        setState(image, PushState::Pushed,
                 tr("%1 at %2").arg(remoteName(image), job->result().digest));
    }
    if (m_log)
        m_log->append(image, pushStateText(entry->state) + QLatin1String(": ") + entry->detail);
    finishIfDone();
    dispatch();
}

void PushQueue::setState(const QString &image, PushState state, const QString &detail)
{
    const auto entry = m_entries.value(image);
    entry->state = state;
    entry->detail = detail;
    emit stateChanged(image, state, detail);
}

void PushQueue::finishIfDone()
{
    if (!m_closed || m_finishedSent || !isIdle())
        return;
    m_finishedSent = true;
    emit finished();
}

} // namespace ws
