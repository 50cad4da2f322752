#pragma once

#include "EtcdBatchJob.h"
#include "EtcdKvResults.h"
#include "EtcdRangeAllJob.h"
#include "EtcdStore.h"
#include "http/ApiJob.h"

#include <QJsonObject>
#include <QObject>

#include <algorithm>
#include <functional>

namespace ws {

class EtcdClient;

using EtcdApiPrefixJob = ResultJob<QByteArray>;

// What a lease has left (POST lease/timetolive).
struct EtcdLeaseTtl
{
    qint64 id = 0;
    qint64 ttl = -1; // seconds left; -1: the lease has expired or does not exist
    qint64 grantedTtl = 0; // seconds it was granted for
};
using EtcdLeaseJob = ResultJob<EtcdLeaseTtl>;

// The keys of an etcd v3 cluster through its JSON gateway: read, write, compare-and-swap and
// batches of writes in transactions. Every call returns a job (a child of this object) that
// finishes once, from the event loop; the caller deleteLater()s it. Errors name the request,
// the endpoint and the limit that refused it. With a user in the client's endpoints, requests
// carry an auth token (see EtcdClient).
class EtcdKv : public EtcdStore
{
    Q_OBJECT

public:
    // etcd's defaults (--max-request-bytes, --max-txn-ops).
    static constexpr qint64 DefaultMaxRequestBytes = 3 * 512 * 1024;
    static constexpr int DefaultMaxTxnOps = 128;
    static constexpr int DefaultPageSize = 1000;
    // rangeAll() pages grow from pageSize() towards this many keys while a page carries less
    // than PageTargetBytes, and shrink when it carries more: a store of small values goes in a
    // few big requests, a store of big values never in one huge answer.
    static constexpr int DefaultMaxPageSize = 10000;
    static constexpr qint64 PageTargetBytes = 4 * 1024 * 1024;

    explicit EtcdKv(EtcdClient *client, QObject *parent = nullptr);
    ~EtcdKv() override;

    EtcdClient *client() const { return m_client; }

    Api api() const override { return Api::V3; }
    bool atomicBatches() const override { return true; }

    // "/v3/" (etcd 3.4+) unless set; EtcdJson::apiPrefixFor() maps a server version to it.
    QByteArray apiPrefix() const { return m_apiPrefix; }
    // Also the client's, so auth tokens go with requests under it.
    void setApiPrefix(const QByteArray &prefix);
    // Asks the server its version (GET /version) and sets apiPrefix() to match: "/v3beta/" for
    // etcd 3.3, "/v3alpha/" before. The result is the prefix now in use.
    EtcdApiPrefixJob *detectApiPrefix();
    // Requests whose keys and values exceed this fail before being sent.
    qint64 maxRequestBytes() const { return m_maxRequestBytes; }
    void setMaxRequestBytes(qint64 bytes) { m_maxRequestBytes = bytes; }
    int maxTxnOps() const { return m_maxTxnOps; }
    void setMaxTxnOps(int ops) { m_maxTxnOps = ops; }
    int pageSize() const { return m_pageSize; }
    int maxPageSize() const { return m_maxPageSize; }
    // The first page's size, and the most a page may grow to (0: pages stay at `keys`).
    void setPageSize(int keys, int maxKeys = 0)
    {
        m_pageSize = keys;
        m_maxPageSize = std::max(keys, maxKeys);
    }

    // `key` alone, or every key starting with it. limit 0: no limit; revision 0: the latest.
    EtcdRangeJob *range(const QByteArray &key, bool prefix = false, bool keysOnly = false,
                        qint64 limit = 0, qint64 revision = 0) override;
    // Every key under `prefix` ("" for all), in pages (pageSize() first, then sized by the
    // bytes they carry, up to maxPageSize()), at one revision.
    EtcdRangeAllJob *rangeAll(const QByteArray &prefix, bool keysOnly = false) override;
    EtcdPutJob *put(const QByteArray &key, const QByteArray &value) override;
    // Writes only if the key's mod revision is still `expectedModRevision` (0: only if the key
    // does not exist). A conflict is a result, not an error: succeeded false, current set.
    EtcdCasJob *putIfUnchanged(const QByteArray &key, const QByteArray &value,
                               qint64 expectedModRevision) override;
    EtcdDeleteJob *remove(const QByteArray &key, bool prefix = false) override;
    // Applies `ops` in order in transactions of at most maxTxnOps() ops each.
    EtcdBatchJob *applyBatch(const QList<EtcdBatchOp> &ops) override;
    // How long `lease` (EtcdKeyValue::lease) has left, to show a key's remaining lease.
    EtcdLeaseJob *timeToLive(qint64 lease);
    // An EtcdWatch over the client's endpoints with this store's API prefix (not started).
    EtcdWatcher *watch(const QByteArray &key, bool prefix, qint64 startRevision,
                       QObject *parent) override;

private:
    struct Answer
    {
        QJsonObject json;
        HttpReply::Error error = HttpReply::Error::None;
        QString errorString;
        QString endpoint;
        bool ok() const { return error == HttpReply::Error::None; }
    };
    using Handler = std::function<void(const Answer &)>;
    // POSTs `body` to apiPrefix() + `method`; `payloadBytes` (keys and values carried) is
    // checked against maxRequestBytes() first. `what` names the request in messages.
    void post(const char *method, const QJsonObject &body, qint64 payloadBytes, const QString &what,
              QObject *context, Handler handler);
    void fetchPage(EtcdRangeAllJob *job, const QByteArray &prefix, const QByteArray &from,
                   bool keysOnly, qint64 revision, int limit);
    void applyTxn(EtcdBatchJob *job, const QList<EtcdBatchOp> &ops, int txn);

    EtcdClient *m_client;
    QByteArray m_apiPrefix = "/v3/";
    qint64 m_maxRequestBytes = DefaultMaxRequestBytes;
    int m_maxTxnOps = DefaultMaxTxnOps;
    int m_pageSize = DefaultPageSize;
    int m_maxPageSize = DefaultMaxPageSize;
};

} // namespace ws
