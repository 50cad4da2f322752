#pragma once

#include "EtcdKeyTree.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace ws {

class EtcdKv;
class EtcdRangeAllJob;
class EtcdStore;
class EtcdTreeModel;
class EtcdWatcher;

// Keeps an EtcdTreeModel in step with the store: lists the keys (keys only, in large pages),
// builds the tree off the UI thread, then watches from the listing's revision + 1 and feeds the
// changes to the model in slices that leave the event loop free at least every SliceBudgetMs.
// When the watch's history has been compacted away it lists again and applies the difference
// (no reset). Errors come as signals with what to do about them.
class EtcdTreeSync : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultPageSize = 10000; // keys-only pages are small
    static constexpr int SliceBudgetMs = 15;

    EtcdTreeSync(EtcdStore *store, EtcdTreeModel *model, QObject *parent = nullptr);
    ~EtcdTreeSync() override;

    EtcdTreeModel *model() const { return m_model; }
    EtcdStore *store() const { return m_store; }
    // The part of the key space shown ("" for every key); set before start().
    void setPrefix(const QByteArray &prefix) { m_prefix = prefix; }
    QByteArray prefix() const { return m_prefix; }
    // Keys a page of the listing when the store is v3 (EtcdKv).
    void setPageSize(int keys) { m_pageSize = keys; }

    // Lists, builds and starts watching; again after stop() or failed().
    void start();
    // Stops following the store; the model keeps what it has.
    void stop();
    // Follows the store again from the model's revision (no listing unless that history is
    // gone); start() when nothing is loaded yet.
    void resume();
    bool isWatching() const;
    // Changes received and not yet in the model.
    qsizetype pendingEvents() const { return m_queue.size() - m_queueHead; }

Q_SIGNALS:
    void loadProgress(qint64 keysSoFar, qint64 total);
    // The first listing is in the model and the watch is starting.
    void loaded(qint64 revision, int keys);
    // `events` are in the model now (in order, a slice at a time), for views that follow the
    // same changes: an open editor, the template catalogue.
    void applied(const EtcdEvents &events);
    // The watch lost its history (compaction): the keys are being listed again.
    void reloading(const QString &why);
    // After reloading(): `changes` differences were applied; live again.
    void reloaded(qint64 revision, int changes);
    // The watch lost its connection and is retrying / is back.
    void connectionLost(const QString &why);
    void connectionRestored();
    // Listing or watching failed for good; start() tries again.
    void failed(const QString &error);

private:
    void list();
    void onListed(EtcdRangeAllJob *job);
    void startWatch(qint64 fromRevision);
    void enqueue(const EtcdEvents &events);
    void drain(bool all = false);
    void onCompacted(qint64 compactRevision);

    EtcdStore *m_store;
    EtcdTreeModel *m_model;
    std::unique_ptr<EtcdKv> m_listKv; // v3: own page size, same client
    EtcdWatcher *m_watch = nullptr; // a child
    QPointer<EtcdRangeAllJob> m_listJob;
    QByteArray m_prefix;
    int m_pageSize = DefaultPageSize;
    bool m_running = false;

    QFutureWatcher<EtcdKeyTree> m_buildWatcher;
    QFutureWatcher<EtcdEvents> m_diffWatcher;
    qint64 m_listedRevision = 0;

    EtcdEvents m_queue;
    qsizetype m_queueHead = 0;
    QTimer m_drainTimer;
};

} // namespace ws
