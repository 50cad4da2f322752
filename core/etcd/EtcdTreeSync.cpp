#include "EtcdTreeSync.h"

#include "EtcdClient.h"
#include "EtcdKv.h"
#include "EtcdStore.h"
#include "EtcdTreeModel.h"
#include "EtcdWatcher.h"

#include <QtConcurrent/QtConcurrentRun>

namespace ws {

namespace {

// Events applied between two looks at the clock: small enough that one chunk stays far below
// the budget, large enough that the clock is not the cost.
constexpr qsizetype ChunkEvents = 128;

QString shown(const QByteArray &prefix)
{
    return prefix.isEmpty() ? QStringLiteral("/") : QString::fromUtf8(prefix);
}

} // namespace

EtcdTreeSync::EtcdTreeSync(EtcdStore *store, EtcdTreeModel *model, QObject *parent)
    : QObject(parent), m_store(store), m_model(model)
{
    // A keys-only listing is small per key: larger pages than the store's default make fewer
    // round trips. The page size belongs to the v3 store, so the listing gets one of its own
    // over the same client (same endpoints, same credentials).
    if (auto *kv = qobject_cast<EtcdKv *>(store))
        m_listKv = std::make_unique<EtcdKv>(kv->client());
    m_drainTimer.setSingleShot(true);
    m_drainTimer.setInterval(0);
    connect(&m_drainTimer, &QTimer::timeout, this, [this] { drain(); });
    connect(&m_buildWatcher, &QFutureWatcher<EtcdKeyTree>::finished, this, [this] {
        if (!m_running || m_buildWatcher.future().resultCount() == 0)
            return;
        EtcdKeyTree tree = m_buildWatcher.future().takeResult();
        const int keys = tree.keyCount();
        m_model->setTree(std::move(tree), m_listedRevision);
        Q_EMIT loaded(m_listedRevision, keys);
        startWatch(m_listedRevision + 1);
    });
    connect(&m_diffWatcher, &QFutureWatcher<EtcdEvents>::finished, this, [this] {
        if (!m_running || m_diffWatcher.future().resultCount() == 0)
            return;
        const EtcdEvents events = m_diffWatcher.future().takeResult();
        enqueue(events);
        drain(true);
        m_model->setRevision(m_listedRevision);
        Q_EMIT reloaded(m_listedRevision, int(events.size()));
        startWatch(m_listedRevision + 1);
    });
}

EtcdTreeSync::~EtcdTreeSync()
{
    // A watcher without a future would wait forever (Qt 6.4).
    if (m_buildWatcher.isRunning())
        m_buildWatcher.waitForFinished();
    if (m_diffWatcher.isRunning())
        m_diffWatcher.waitForFinished();
}

bool EtcdTreeSync::isWatching() const
{
    return m_watch && m_watch->isActive();
}

void EtcdTreeSync::start()
{
    stop();
    m_running = true;
    list();
}

void EtcdTreeSync::stop()
{
    m_running = false;
    if (m_watch)
        m_watch->stop();
    if (m_listJob) {
        m_listJob->disconnect(this);
        m_listJob->deleteLater();
    }
    m_drainTimer.stop();
    drain(true);
}

void EtcdTreeSync::resume()
{
    if (!m_model->isLoaded()) {
        start();
        return;
    }
    stop();
    m_running = true;
    startWatch(m_model->revision() + 1);
}

void EtcdTreeSync::list()
{
    EtcdRangeAllJob *job;
    if (m_listKv) {
        m_listKv->setApiPrefix(static_cast<EtcdKv *>(m_store)->apiPrefix());
        m_listKv->setPageSize(m_pageSize);
        job = m_listKv->rangeAll(m_prefix, true);
    } else {
        job = m_store->rangeAll(m_prefix, true);
    }
    m_listJob = job;
    connect(job, &EtcdRangeAllJob::progress, this, &EtcdTreeSync::loadProgress);
    connect(job, &ApiJob::finished, this, [this, job] { onListed(job); });
}

void EtcdTreeSync::onListed(EtcdRangeAllJob *job)
{
    job->deleteLater();
    if (!m_running)
        return;
    if (job->hasError()) {
        m_running = false;
        Q_EMIT failed(tr("Could not list the keys under %1 from %2: %3. Check that etcd is "
                         "running and reachable, then reconnect.")
                          .arg(shown(m_prefix), job->endpoint(), job->errorString()));
        return;
    }
    const EtcdRange range = job->result();
    m_listedRevision = range.revision;
    if (!m_model->isLoaded()) {
        m_buildWatcher.setFuture(
            QtConcurrent::run([kvs = range.kvs] { return EtcdKeyTree::fromKeys(kvs); }));
    } else {
        // A reload: the model must hold every change the old watch delivered before the
        // difference is taken against it.
        drain(true);
        m_diffWatcher.setFuture(QtConcurrent::run([tree = m_model->tree(), kvs = range.kvs] {
            return EtcdKeyTree::differenceTo(tree, kvs);
        }));
    }
}

void EtcdTreeSync::startWatch(qint64 fromRevision)
{
    if (!m_watch) {
        m_watch = m_store->watch(m_prefix, true, fromRevision, this);
        connect(m_watch, &EtcdWatcher::events, this,
                [this](const EtcdEvents &events, qint64) { enqueue(events); });
        connect(m_watch, &EtcdWatcher::compacted, this, &EtcdTreeSync::onCompacted);
        connect(m_watch, &EtcdWatcher::reconnecting, this, &EtcdTreeSync::connectionLost);
        connect(m_watch, &EtcdWatcher::resumed, this,
                [this](qint64) { Q_EMIT connectionRestored(); });
        connect(m_watch, &EtcdWatcher::failed, this, [this](const QString &error) {
            m_running = false;
            Q_EMIT failed(tr("Watching %1 for changes stopped: %2. The tree no longer follows "
                             "the store; reconnect to follow it again.")
                              .arg(shown(m_prefix), error));
        });
    }
    m_watch->startFrom(fromRevision);
}

void EtcdTreeSync::onCompacted(qint64 compactRevision)
{
    if (!m_running)
        return;
    Q_EMIT reloading(tr("The changes since revision %1 are no longer kept by etcd (compacted up "
                        "to %2): listing the keys again.")
                         .arg(m_model->revision())
                         .arg(compactRevision));
    list();
}

void EtcdTreeSync::enqueue(const EtcdEvents &events)
{
    if (m_queueHead == m_queue.size()) {
        m_queue.clear();
        m_queueHead = 0;
    }
    m_queue.append(events);
    if (!m_drainTimer.isActive())
        m_drainTimer.start();
}

void EtcdTreeSync::drain(bool all)
{
    QElapsedTimer clock;
    clock.start();
    while (m_queueHead < m_queue.size() && (all || clock.elapsed() < SliceBudgetMs)) {
        const qsizetype n = std::min(ChunkEvents, m_queue.size() - m_queueHead);
        const EtcdEvents slice = m_queue.mid(m_queueHead, n);
        m_model->applyEvents(slice);
        m_queueHead += n;
        Q_EMIT applied(slice);
    }
    if (m_queueHead == m_queue.size()) {
        m_queue.clear();
        m_queueHead = 0;
    } else if (!m_drainTimer.isActive()) {
        m_drainTimer.start();
    }
}

} // namespace ws
