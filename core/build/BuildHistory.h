#pragma once

#include "BuildHistoryEntry.h"

#include <QFuture>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>

#include <memory>

namespace ws {

class BuildHistoryStore;

// The history of finished build queues, kept in an SQLite file: what each image's build ended
// as, how long it took, its image ID and cache hits, whether it was pushed. It gives the
// estimates a running build shows and the list the history views browse. Every call returns at
// once; the SQL runs on one worker thread of the history's own. A damaged or foreign file is
// moved aside (never deleted) and a fresh history started; a file that cannot be written makes
// the calls resolve to their empty value with lastError() saying why.
class BuildHistory : public QObject
{
    Q_OBJECT

public:
    // Queues kept per workspace; older ones are pruned when a new one is recorded.
    static constexpr int MaxQueuesPerWorkspace = 200;
    // Built durations an estimate is the median of.
    static constexpr int EstimateSamples = 5;

    // `path` empty: defaultPath(). The folder is made on demand.
    explicit BuildHistory(const QString &path = {}, QObject *parent = nullptr);
    ~BuildHistory() override;

    // WHALESTACK_HISTORY when set, else QStandardPaths::AppDataLocation + "/history.sqlite".
    static QString defaultPath();

    QString path() const;

    // Opens the file (creating, migrating, or moving a damaged one aside). Resolves to false when
    // the history cannot be used; every other call opens on demand too.
    QFuture<bool> open();

    // Expected build time per image in ms: the median of its last 5 `built` durations (not
    // up-to-date, failed or cancelled ones). Images without such a record are absent.
    QFuture<QHash<QString, qint64>> estimatesMs(const QStringList &images);

    // Records one finished queue (wall time, workspace) and its images. Resolves to false (and
    // lastError() says why) when the database cannot be written; never throws, never crashes.
    QFuture<bool> record(const QString &workspace, qint64 wallMs,
                         const QList<BuildHistoryEntry> &images);

    // Newest first; `image` empty: every image; a name without a tag: every tag of it.
    // `limit` <= 0: no limit.
    QFuture<QList<BuildHistoryEntry>> recent(const QString &image = {}, int limit = 50);

    // The last problem met (a failure, or a damaged file moved aside); empty if none since the
    // start or the last clearLastError(). Thread-safe.
    QString lastError() const;
    void clearLastError();

signals:
    // Each problem as it is met, in this object's thread; the same text as lastError().
    void problemOccurred(const QString &message);

private:
    template<typename T, typename Work>
    QFuture<T> submit(Work work);
    void report(const QString &message);

    QString m_path;
    mutable QMutex m_errorMutex;
    QString m_lastError;
    QThreadPool m_pool;
    std::unique_ptr<BuildHistoryStore> m_store; // used on m_pool's one thread only
};

} // namespace ws
