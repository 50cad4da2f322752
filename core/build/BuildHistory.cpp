#include "BuildHistory.h"

#include "BuildHistoryStore.h"

#include <QDir>
#include <QFileInfo>
#include <QMutexLocker>
#include <QPromise>
#include <QStandardPaths>

namespace ws {

BuildHistory::BuildHistory(const QString &path, QObject *parent)
    : QObject(parent), m_path(QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath())
{
    // One thread that never expires: the SQLite connection belongs to the thread that made it.
    m_pool.setMaxThreadCount(1);
    m_pool.setExpiryTimeout(-1);
    m_pool.setObjectName(QStringLiteral("BuildHistory"));
    m_store = std::make_unique<BuildHistoryStore>(
        m_path, [this](const QString &message) { report(message); });
}

BuildHistory::~BuildHistory()
{
    // The store closes its connection where it was opened, after every queued call has run.
    m_pool.start([this] { m_store.reset(); });
    m_pool.waitForDone();
}

QString BuildHistory::defaultPath()
{
    const QString fromEnvironment = qEnvironmentVariable("WHALESTACK_HISTORY");
    if (!fromEnvironment.isEmpty())
        return QFileInfo(fromEnvironment).absoluteFilePath();
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/history.sqlite");
}

QString BuildHistory::path() const
{
    return m_path;
}

// QtConcurrent::run would let a waitForFinished() on another thread steal the task and run it
// there, with a connection that belongs to the worker. A QPromise fed from a plain pool task
// cannot be stolen.
template<typename T, typename Work>
QFuture<T> BuildHistory::submit(Work work)
{
    auto promise = std::make_shared<QPromise<T>>();
    QFuture<T> future = promise->future();
    promise->start();
    m_pool.start([promise, work = std::move(work)]() mutable {
        promise->addResult(work());
        promise->finish();
    });
    return future;
}

QFuture<bool> BuildHistory::open()
{
    return submit<bool>([store = m_store.get()] { return store->open(); });
}

QFuture<QHash<QString, qint64>> BuildHistory::estimatesMs(const QStringList &images)
{
    return submit<QHash<QString, qint64>>(
        [store = m_store.get(), images] { return store->estimatesMs(images, EstimateSamples); });
}

QFuture<bool> BuildHistory::record(const QString &workspace, qint64 wallMs,
                                   const QList<BuildHistoryEntry> &images)
{
    return submit<bool>([store = m_store.get(), workspace, wallMs, images] {
        return store->record(workspace, wallMs, images, MaxQueuesPerWorkspace);
    });
}

QFuture<QList<BuildHistoryEntry>> BuildHistory::recent(const QString &image, int limit)
{
    return submit<QList<BuildHistoryEntry>>(
        [store = m_store.get(), image, limit] { return store->recent(image, limit); });
}

QString BuildHistory::lastError() const
{
    QMutexLocker locker(&m_errorMutex);
    return m_lastError;
}

void BuildHistory::clearLastError()
{
    QMutexLocker locker(&m_errorMutex);
    m_lastError.clear();
}

void BuildHistory::report(const QString &message)
{
    {
        QMutexLocker locker(&m_errorMutex);
        m_lastError = message;
    }
    // Called on the worker thread; the destructor drains the pool before this object goes, so the
    // queued call never outlives it.
    QMetaObject::invokeMethod(
        this, [this, message] { emit problemOccurred(message); }, Qt::QueuedConnection);
}

} // namespace ws
