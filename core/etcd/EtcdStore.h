#pragma once

#include "EtcdBatchJob.h"
#include "EtcdKvResults.h"
#include "EtcdRangeAllJob.h"
#include "http/ApiJob.h"

#include <QByteArray>
#include <QList>
#include <QObject>

namespace ws {

class EtcdWatcher;

using EtcdRangeJob = ResultJob<EtcdRange>;
using EtcdPutJob = ResultJob<qint64>; // the key's new mod revision
using EtcdCasJob = ResultJob<EtcdCasResult>;
using EtcdDeleteJob = ResultJob<qint64>; // how many keys were deleted

// The keys of an etcd cluster, whichever API reaches them: v3 (EtcdKv, JSON gateway) or v2
// (EtcdV2Store, /v2/keys). Revisions are v3 revisions or v2 indexes; both only grow. Every
// call returns a job (a child of the store) that finishes once, from the event loop; the caller
// deleteLater()s it.
class EtcdStore : public QObject
{
    Q_OBJECT

public:
    enum class Api { V3, V2 };
    Q_ENUM(Api)

    using QObject::QObject;
    ~EtcdStore() override = default;

    virtual Api api() const = 0;
    // Whether applyBatch() is all-or-nothing per transaction (v3) or a plain sequence of
    // guarded writes that may stop half-way (v2).
    virtual bool atomicBatches() const = 0;

    // `key` alone, or every key starting with it. limit 0: no limit; revision 0: the latest.
    virtual EtcdRangeJob *range(const QByteArray &key, bool prefix = false, bool keysOnly = false,
                                qint64 limit = 0, qint64 revision = 0)
        = 0;
    // Every key under `prefix` ("" for all) as one consistent snapshot.
    virtual EtcdRangeAllJob *rangeAll(const QByteArray &prefix, bool keysOnly = false) = 0;
    virtual EtcdPutJob *put(const QByteArray &key, const QByteArray &value) = 0;
    // Writes only if the key's mod revision is still `expectedModRevision` (0: only if the key
    // does not exist). A conflict is a result, not an error: succeeded false, current set.
    virtual EtcdCasJob *putIfUnchanged(const QByteArray &key, const QByteArray &value,
                                       qint64 expectedModRevision)
        = 0;
    virtual EtcdDeleteJob *remove(const QByteArray &key, bool prefix = false) = 0;
    // Applies `ops` in order; see atomicBatches() for what a failure leaves behind.
    virtual EtcdBatchJob *applyBatch(const QList<EtcdBatchOp> &ops) = 0;
    // A watch on `key` (or the prefix) from `startRevision` (0: from now), not yet started,
    // owned by `parent`.
    virtual EtcdWatcher *watch(const QByteArray &key, bool prefix, qint64 startRevision,
                               QObject *parent)
        = 0;
};

} // namespace ws
