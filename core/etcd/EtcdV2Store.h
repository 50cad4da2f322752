#pragma once

#include "EtcdStore.h"

#include <QByteArray>
#include <QList>
#include <QPair>

#include <functional>

namespace ws {

class EtcdClient;
class HttpReply;
struct EtcdV2Error;
struct EtcdV2Node;

// The keys of an etcd cluster through the v2 keys API (/v2/keys: etcd 2.x, or 3.x with
// --enable-v2; a keyspace of its own, separate from v3's). Keys are paths starting with "/";
// values are text. Revisions are v2 indexes (modifiedIndex, X-Etcd-Index). Differences from v3:
// - directories are not keys: listings leave them out; a prefix need not end at a '/';
// - there is no history: range() reads the latest data whatever `revision` says;
// - a CAS conflict reads the current key with a second request (v2 has no transactions);
// - applyBatch() writes one key after the other, each guarded by prevIndex when asked:
//   NOT atomic (atomicBatches() false); the result says where it stopped;
// - remove(prefix) lists first to count, then deletes directories recursively.
class EtcdV2Store : public EtcdStore
{
    Q_OBJECT

public:
    explicit EtcdV2Store(EtcdClient *client, QObject *parent = nullptr);
    ~EtcdV2Store() override;

    EtcdClient *client() const { return m_client; }

    Api api() const override { return Api::V2; }
    bool atomicBatches() const override { return false; }

    EtcdRangeJob *range(const QByteArray &key, bool prefix = false, bool keysOnly = false,
                        qint64 limit = 0, qint64 revision = 0) override;
    EtcdRangeAllJob *rangeAll(const QByteArray &prefix, bool keysOnly = false) override;
    EtcdPutJob *put(const QByteArray &key, const QByteArray &value) override;
    EtcdCasJob *putIfUnchanged(const QByteArray &key, const QByteArray &value,
                               qint64 expectedModRevision) override;
    EtcdDeleteJob *remove(const QByteArray &key, bool prefix = false) override;
    EtcdBatchJob *applyBatch(const QList<EtcdBatchOp> &ops) override;
    // An EtcdV2Watch (long polls) over the client's endpoints and credentials, not started.
    EtcdWatcher *watch(const QByteArray &key, bool prefix, qint64 startRevision,
                       QObject *parent) override;

private:
    struct Answer
    {
        int status = 0; // 0: no answer
        QByteArray body;
        qint64 index = 0; // X-Etcd-Index
        HttpReply::Error error = HttpReply::Error::None;
        QString transportError;
        QString endpoint;
        bool answered() const { return status != 0; }
        int v2Code() const; // errorCode of an error body, 0 for none
    };
    using Handler = std::function<void(const Answer &)>;
    void request(const QByteArray &method, const QByteArray &key, const QByteArray &query,
                 const QByteArray &form, QObject *context, Handler handler);
    QString failure(const QString &what, const Answer &a) const;

    // Reads `prefix` (a prefix in v3's sense: any byte string) as a sorted flat listing.
    using ListDone
        = std::function<void(bool ok, const QString &error, const Answer &a,
                             const EtcdKeyValues &kvs, const QList<QPair<QByteArray, bool>> &tops)>;
    void list(const QByteArray &prefix, QObject *context, ListDone done);
    // What a write did: the CAS outcome (conflict: succeeded false, current as it is now), how
    // many keys it deleted, or an error.
    struct Outcome
    {
        EtcdCasResult cas;
        qint64 deleted = 0;
        QString error;
        HttpReply::Error code = HttpReply::Error::None;
        QString endpoint;
        bool ok() const { return error.isEmpty(); }
    };
    using WriteDone = std::function<void(const Outcome &)>;
    // Guarded by the key's modifiedIndex (-1: no guard, 0: the key must not exist).
    void guardedPut(const QByteArray &key, const QByteArray &value, qint64 expected,
                    QObject *context, WriteDone done);
    void guardedDelete(const QByteArray &key, qint64 expected, QObject *context, WriteDone done);
    void conflict(const QByteArray &key, qint64 index, QObject *context, WriteDone done);
    void removePrefix(const QByteArray &prefix, QObject *context, WriteDone done);
    void deleteTops(const QList<QPair<QByteArray, bool>> &tops, int next, Outcome outcome,
                    QObject *context, WriteDone done);
    void applyOp(EtcdBatchJob *job, const QList<EtcdBatchOp> &ops, int index);

    EtcdClient *m_client;
};

} // namespace ws
