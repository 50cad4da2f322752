#include "EtcdKv.h"

#include "EtcdClient.h"
#include "EtcdJson.h"
#include "EtcdWatch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace ws {

namespace {

const QLatin1String kKey("key");
const QLatin1String kRangeEnd("range_end");

QString int64(qint64 n)
{
    return QString::number(n);
}

// The key of a range request: a prefix needs range_end; the empty prefix is every key, which
// etcd spells key "\0" (an empty key is refused).
void setRange(QJsonObject &request, const QByteArray &key, bool prefix)
{
    if (prefix) {
        request.insert(kKey, EtcdJson::bytes(key.isEmpty() ? QByteArray(1, '\0') : key));
        request.insert(kRangeEnd, EtcdJson::bytes(EtcdJson::prefixEnd(key)));
    } else {
        request.insert(kKey, EtcdJson::bytes(key));
    }
}

QJsonObject putRequest(const QByteArray &key, const QByteArray &value)
{
    return {{kKey, EtcdJson::bytes(key)}, {QLatin1String("value"), EtcdJson::bytes(value)}};
}

// A guard on the key's mod revision; 0 means "does not exist", which etcd tests as create
// revision 0 (a missing key's mod revision is 0 too, but CREATE says what is meant).
QJsonObject modCompare(const QByteArray &key, qint64 expected)
{
    QJsonObject c {{kKey, EtcdJson::bytes(key)}, {QLatin1String("result"), "EQUAL"}};
    if (expected == 0) {
        c.insert(QLatin1String("target"), "CREATE");
        c.insert(QLatin1String("create_revision"), "0");
    } else {
        c.insert(QLatin1String("target"), "MOD");
        c.insert(QLatin1String("mod_revision"), int64(expected));
    }
    return c;
}

// The responses[] of a txn, each unwrapped from its {"response_range": …} envelope.
QList<QJsonObject> txnResponses(const QJsonObject &txn, const QLatin1String &kind)
{
    QList<QJsonObject> out;
    const QJsonArray responses = txn.value(QLatin1String("responses")).toArray();
    for (const QJsonValue &r : responses) {
        const QJsonValue inner = r.toObject().value(kind);
        if (inner.isObject())
            out.append(inner.toObject());
    }
    return out;
}

QString protocolMessage(const QString &what, const QString &endpoint, const QString &error)
{
    return EtcdKv::tr("%1 at %2: the answer is not what etcd sends (%3). Is this an etcd v3 "
                      "client URL?")
        .arg(what, endpoint, error);
}

} // namespace

EtcdKv::EtcdKv(EtcdClient *client, QObject *parent) : EtcdStore(parent), m_client(client)
{ }

EtcdKv::~EtcdKv() = default;

void EtcdKv::setApiPrefix(const QByteArray &prefix)
{
    m_apiPrefix = prefix;
    m_client->setApiPrefix(prefix);
}

EtcdWatcher *EtcdKv::watch(const QByteArray &key, bool prefix, qint64 startRevision,
                           QObject *parent)
{
    auto *watch = new EtcdWatch(m_client->endpoints(), key, prefix, startRevision, parent);
    watch->setApiPrefix(m_apiPrefix);
    // The client's token saves the watch a sign-in; it signs in itself when it has none.
    watch->setAuthToken(m_client->authToken());
    return watch;
}

void EtcdKv::post(const char *method, const QJsonObject &body, qint64 payloadBytes,
                  const QString &what, QObject *context, Handler handler)
{
    if (payloadBytes > m_maxRequestBytes) {
        // etcd would refuse it, or at sizes past its gRPC limit cut the connection; say why
        // here, from the event loop like any answer.
        Answer answer;
        answer.error = HttpReply::Error::ProtocolError;
        answer.endpoint = m_client->currentEndpoint().toDisplayString();
        answer.errorString
            = tr("%1 was not sent to %2: it carries %3 of keys and values, more than etcd accepts "
                 "in one request (--max-request-bytes, %4). Store a smaller value or fewer keys "
                 "at once.")
                  .arg(what, answer.endpoint, EtcdJson::formatBytes(payloadBytes),
                       EtcdJson::formatBytes(m_maxRequestBytes));
        QTimer::singleShot(0, context, [handler, answer]() { handler(answer); });
        return;
    }
    HttpRequest request = HttpRequest::post(m_apiPrefix + method,
                                            QJsonDocument(body).toJson(QJsonDocument::Compact));
    request.idempotent = qstrcmp(method, "kv/range") == 0; // reads may fail over after a timeout
    const QString user = m_client->endpoints().user;
    m_client->send(request, context, [handler, what, user](HttpReply *reply) {
        Answer answer;
        answer.endpoint = reply->endpoint().toDisplayString();
        if (reply->hasError()) {
            answer.error = reply->error();
            answer.errorString
                = EtcdJson::errorMessage(what, answer.endpoint, reply->status(), reply->readAll(),
                                         reply->errorString(), user);
        } else if (QString error; !EtcdJson::parseObject(reply->readAll(), &answer.json, &error)) {
            answer.error = HttpReply::Error::ProtocolError;
            answer.errorString = protocolMessage(what, answer.endpoint, error);
        }
        handler(answer);
    });
}

EtcdApiPrefixJob *EtcdKv::detectApiPrefix()
{
    auto *job = new EtcdApiPrefixJob(this);
    EtcdVersionJob *version = m_client->version();
    connect(version, &ApiJob::finished, job, [this, job, version]() {
        version->deleteLater();
        if (version->hasError())
            return job->finishWithError(version->error(), version->errorString(),
                                        version->endpoint());
        setApiPrefix(EtcdJson::apiPrefixFor(version->result().server));
        job->finishWithResult(m_apiPrefix, version->endpoint());
    });
    return job;
}

EtcdLeaseJob *EtcdKv::timeToLive(qint64 lease)
{
    auto *job = new EtcdLeaseJob(this);
    const QString what = tr("Reading lease %1").arg(lease);
    post("lease/timetolive", QJsonObject {{QLatin1String("ID"), int64(lease)}}, 0, what, job,
         [job, what](const Answer &a) {
             if (!a.ok())
                 return job->finishWithError(a.error, a.errorString, a.endpoint);
             EtcdLeaseTtl result;
             QString error;
             // Upper-case proto names (TTL, ID, grantedTTL); an expired lease says TTL -1.
             if (!EtcdJson::readInt64(a.json, QLatin1String("ID"), &result.id, &error)
                 || !EtcdJson::readInt64(a.json, QLatin1String("TTL"), &result.ttl, &error)
                 || !EtcdJson::readInt64(a.json, QLatin1String("grantedTTL"), &result.grantedTtl,
                                         &error))
                 return job->finishWithError(HttpReply::Error::ProtocolError,
                                             protocolMessage(what, a.endpoint, error), a.endpoint);
             job->finishWithResult(result, a.endpoint);
         });
    return job;
}

EtcdRangeJob *EtcdKv::range(const QByteArray &key, bool prefix, bool keysOnly, qint64 limit,
                            qint64 revision)
{
    auto *job = new EtcdRangeJob(this);
    QJsonObject body;
    setRange(body, key, prefix);
    if (keysOnly)
        body.insert(QLatin1String("keys_only"), true);
    if (limit > 0)
        body.insert(QLatin1String("limit"), int64(limit));
    if (revision > 0)
        body.insert(QLatin1String("revision"), int64(revision));
    const QString what = prefix ? tr("Listing keys under %1").arg(EtcdJson::displayKey(key))
                                : tr("Reading key %1").arg(EtcdJson::displayKey(key));
    post("kv/range", body, key.size(), what, job, [job, what](const Answer &a) {
        if (!a.ok())
            return job->finishWithError(a.error, a.errorString, a.endpoint);
        EtcdRange result;
        if (QString error; !EtcdJson::readRange(a.json, &result, &error))
            return job->finishWithError(HttpReply::Error::ProtocolError,
                                        protocolMessage(what, a.endpoint, error), a.endpoint);
        job->finishWithResult(result, a.endpoint);
    });
    return job;
}

EtcdRangeAllJob *EtcdKv::rangeAll(const QByteArray &prefix, bool keysOnly)
{
    auto *job = new EtcdRangeAllJob(this);
    fetchPage(job, prefix, prefix.isEmpty() ? QByteArray(1, '\0') : prefix, keysOnly, 0,
              std::max(1, m_pageSize));
    return job;
}

void EtcdKv::fetchPage(EtcdRangeAllJob *job, const QByteArray &prefix, const QByteArray &from,
                       bool keysOnly, qint64 revision, int limit)
{
    QJsonObject body {{kKey, EtcdJson::bytes(from)},
                      {kRangeEnd, EtcdJson::bytes(EtcdJson::prefixEnd(prefix))},
                      {QLatin1String("limit"), int64(limit)}};
    if (keysOnly)
        body.insert(QLatin1String("keys_only"), true);
    // Later pages read at the first page's revision: keys written meanwhile stay out, keys
    // deleted meanwhile stay in, so every key of the snapshot comes exactly once.
    if (revision > 0)
        body.insert(QLatin1String("revision"), int64(revision));
    const QString what = tr("Listing keys under %1").arg(EtcdJson::displayKey(prefix));
    post("kv/range", body, from.size() + prefix.size(), what, job,
         [this, job, prefix, keysOnly, what, limit](const Answer &a) {
             if (!a.ok())
                 return job->finishWithError(a.error, a.errorString, a.endpoint);
             EtcdRange page;
             if (QString error; !EtcdJson::readRange(a.json, &page, &error))
                 return job->finishWithError(HttpReply::Error::ProtocolError,
                                             protocolMessage(what, a.endpoint, error), a.endpoint);
             // The next page's size from this one's bytes: the gateway's time goes mostly
             // into per-request work for small values, and one answer of hundreds of
             // megabytes would have to sit in memory whole.
             qint64 bytes = 0;
             for (const EtcdKeyValue &kv : std::as_const(page.kvs))
                 bytes += kv.key.size() + kv.value.size();
             const qint64 sized = bytes > 0 ? qint64(limit) * PageTargetBytes / bytes : limit;
             const int next = int(std::clamp<qint64>(sized, 1, std::max(1, m_maxPageSize)));
             EtcdRange &all = job->m_partial;
             if (all.revision == 0) {
                 all.revision = page.revision;
                 all.count = page.count;
             }
             all.kvs.append(std::move(page.kvs));
             Q_EMIT job->progress(all.kvs.size(), all.count);
             // An empty page with `more` set cannot advance: stop rather than loop.
             if (!page.more || all.kvs.isEmpty() || all.kvs.size() >= all.count) {
                 all.more = false;
                 return job->finishWithResult(all, a.endpoint);
             }
             fetchPage(job, prefix, all.kvs.constLast().key + '\0', keysOnly, all.revision, next);
         });
}

EtcdPutJob *EtcdKv::put(const QByteArray &key, const QByteArray &value)
{
    auto *job = new EtcdPutJob(this);
    const QString what = tr("Writing key %1").arg(EtcdJson::displayKey(key));
    post("kv/put", putRequest(key, value), key.size() + value.size(), what, job,
         [job, what](const Answer &a) {
             if (!a.ok())
                 return job->finishWithError(a.error, a.errorString, a.endpoint);
             EtcdResponseHeader header;
             if (QString error; !EtcdJson::readHeader(a.json, &header, &error))
                 return job->finishWithError(HttpReply::Error::ProtocolError,
                                             protocolMessage(what, a.endpoint, error), a.endpoint);
             job->finishWithResult(header.revision, a.endpoint);
         });
    return job;
}

EtcdCasJob *EtcdKv::putIfUnchanged(const QByteArray &key, const QByteArray &value,
                                   qint64 expectedModRevision)
{
    auto *job = new EtcdCasJob(this);
    // The failure branch reads the key in the same transaction: the caller gets theirs without
    // a second round trip that could race with yet another writer.
    const QJsonObject body {
        {QLatin1String("compare"), QJsonArray {modCompare(key, expectedModRevision)}},
        {QLatin1String("success"),
         QJsonArray {QJsonObject {{QLatin1String("request_put"), putRequest(key, value)}}}},
        {QLatin1String("failure"),
         QJsonArray {QJsonObject {
             {QLatin1String("request_range"), QJsonObject {{kKey, EtcdJson::bytes(key)}}}}}}};
    const QString what = tr("Saving key %1").arg(EtcdJson::displayKey(key));
    post("kv/txn", body, 2 * key.size() + value.size(), what, job, [job, what](const Answer &a) {
        if (!a.ok())
            return job->finishWithError(a.error, a.errorString, a.endpoint);
        EtcdCasResult result;
        EtcdResponseHeader header;
        QString error;
        if (!EtcdJson::readHeader(a.json, &header, &error)
            || !EtcdJson::readBool(a.json, QLatin1String("succeeded"), &result.succeeded, &error))
            return job->finishWithError(HttpReply::Error::ProtocolError,
                                        protocolMessage(what, a.endpoint, error), a.endpoint);
        result.revision = header.revision;
        if (!result.succeeded) {
            const QList<QJsonObject> ranges = txnResponses(a.json, QLatin1String("response_range"));
            EtcdRange current;
            if (ranges.size() != 1 || !EtcdJson::readRange(ranges.first(), &current, &error))
                return job->finishWithError(
                    HttpReply::Error::ProtocolError,
                    protocolMessage(what, a.endpoint,
                                    error.isEmpty() ? EtcdKv::tr("no response_range") : error),
                    a.endpoint);
            if (!current.kvs.isEmpty())
                result.current = current.kvs.first();
        }
        job->finishWithResult(result, a.endpoint);
    });
    return job;
}

EtcdDeleteJob *EtcdKv::remove(const QByteArray &key, bool prefix)
{
    auto *job = new EtcdDeleteJob(this);
    QJsonObject body;
    setRange(body, key, prefix);
    const QString what = prefix ? tr("Deleting keys under %1").arg(EtcdJson::displayKey(key))
                                : tr("Deleting key %1").arg(EtcdJson::displayKey(key));
    post("kv/deleterange", body, key.size(), what, job, [job, what](const Answer &a) {
        if (!a.ok())
            return job->finishWithError(a.error, a.errorString, a.endpoint);
        qint64 deleted = 0;
        if (QString error; !EtcdJson::readInt64(a.json, QLatin1String("deleted"), &deleted, &error))
            return job->finishWithError(HttpReply::Error::ProtocolError,
                                        protocolMessage(what, a.endpoint, error), a.endpoint);
        job->finishWithResult(deleted, a.endpoint);
    });
    return job;
}

EtcdBatchJob *EtcdKv::applyBatch(const QList<EtcdBatchOp> &ops)
{
    auto *job = new EtcdBatchJob(this);
    const int perTxn = std::max(1, m_maxTxnOps);
    job->m_result.txns = int((ops.size() + perTxn - 1) / perTxn);
    if (ops.isEmpty()) {
        const QString endpoint = m_client->currentEndpoint().toDisplayString();
        QTimer::singleShot(0, job, [job, endpoint]() { job->finishWithResult(endpoint); });
        return job;
    }
    applyTxn(job, ops, 0);
    return job;
}

void EtcdKv::applyTxn(EtcdBatchJob *job, const QList<EtcdBatchOp> &ops, int txn)
{
    const int perTxn = std::max(1, m_maxTxnOps);
    const int first = txn * perTxn;
    const QList<EtcdBatchOp> chunk = ops.mid(first, perTxn);
    QJsonArray compare, success, failure;
    qint64 payload = 0;
    for (const EtcdBatchOp &op : chunk) {
        payload += op.key.size() + op.value.size();
        if (op.kind == EtcdBatchOp::Kind::Put) {
            success.append(
                QJsonObject {{QLatin1String("request_put"), putRequest(op.key, op.value)}});
        } else {
            QJsonObject del;
            setRange(del, op.key, op.prefix);
            success.append(QJsonObject {{QLatin1String("request_delete_range"), del}});
        }
        if (op.expectedModRevision >= 0) {
            compare.append(modCompare(op.key, op.expectedModRevision));
            // Read each guarded key when a guard fails, to tell which and show it as it is.
            failure.append(QJsonObject {
                {QLatin1String("request_range"), QJsonObject {{kKey, EtcdJson::bytes(op.key)}}}});
            payload += 2 * op.key.size();
        }
    }
    QJsonObject body {{QLatin1String("success"), success}};
    if (!compare.isEmpty()) {
        body.insert(QLatin1String("compare"), compare);
        body.insert(QLatin1String("failure"), failure);
    }
    const int txns = job->m_result.txns;
    const QString what = tr("Transaction %1 of %2 (operations %3 to %4)")
                             .arg(txn + 1)
                             .arg(txns)
                             .arg(first + 1)
                             .arg(first + chunk.size());
    post("kv/txn", body, payload, what, job,
         [this, job, ops, txn, chunk, first, what](const Answer &a) {
             EtcdBatchResult &r = job->m_result;
             const auto failWith = [&](HttpReply::Error error, const QString &message) {
                 r.failedFirstOp = first;
                 r.failedOpCount = int(chunk.size());
                 r.failure = message;
                 const QString applied = r.appliedTxns == 0
                     ? EtcdKv::tr("Nothing of the batch was applied.")
                     : EtcdKv::tr("The %n transaction(s) before it were applied.", nullptr,
                                  r.appliedTxns);
                 job->finishWithError(error, message + QLatin1Char(' ') + applied, a.endpoint);
             };
             if (!a.ok())
                 return failWith(a.error, a.errorString);
             EtcdResponseHeader header;
             bool succeeded = false;
             if (QString error; !EtcdJson::readHeader(a.json, &header, &error)
                 || !EtcdJson::readBool(a.json, QLatin1String("succeeded"), &succeeded, &error))
                 return failWith(HttpReply::Error::ProtocolError,
                                 protocolMessage(what, a.endpoint, error));
             if (!succeeded) {
                 r.failedTxn = txn;
                 r.failedFirstOp = first;
                 r.failedOpCount = int(chunk.size());
                 const QList<QJsonObject> ranges
                     = txnResponses(a.json, QLatin1String("response_range"));
                 int guarded = 0;
                 for (const EtcdBatchOp &op : chunk) {
                     if (op.expectedModRevision < 0)
                         continue;
                     EtcdRange current;
                     QString error;
                     if (guarded < ranges.size()
                         && EtcdJson::readRange(ranges.at(guarded), &current, &error)) {
                         EtcdKeyValue now
                             = current.kvs.isEmpty() ? EtcdKeyValue {} : current.kvs.first();
                         if (now.key.isEmpty())
                             now.key = op.key;
                         if (now.modRevision != op.expectedModRevision)
                             r.conflicts.append(now);
                     }
                     ++guarded;
                 }
                 QStringList keys;
                 for (const EtcdKeyValue &kv : std::as_const(r.conflicts))
                     keys << EtcdJson::displayKey(kv.key);
                 r.failure
                     = EtcdKv::tr("%1 was not applied: %n key(s) changed since they were read "
                                  "(%2). Nothing of it was written; reload and try again.",
                                  nullptr, int(r.conflicts.size()))
                           .arg(what, keys.join(QLatin1String(", ")));
                 r.revision = std::max(r.revision, header.revision);
                 return job->finishWithResult(a.endpoint);
             }
             for (const QJsonObject &d :
                  txnResponses(a.json, QLatin1String("response_delete_range"))) {
                 qint64 n = 0;
                 QString ignored;
                 if (EtcdJson::readInt64(d, QLatin1String("deleted"), &n, &ignored))
                     r.deleted += n;
             }
             r.revision = header.revision;
             ++r.appliedTxns;
             Q_EMIT job->progress(r.appliedTxns, r.txns);
             if (r.appliedTxns == r.txns)
                 return job->finishWithResult(a.endpoint);
             applyTxn(job, ops, txn + 1);
         });
}

} // namespace ws
