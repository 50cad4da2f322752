#include "EtcdV2Store.h"

#include "EtcdClient.h"
#include "EtcdJson.h"
#include "EtcdV2Json.h"
#include "EtcdV2Watch.h"

#include <QTimer>

#include <algorithm>

namespace ws {

namespace {

// v2 keys are paths from the root.
QByteArray normalized(const QByteArray &key)
{
    return key.startsWith('/') ? key : '/' + key;
}

QByteArray form(const QByteArray &value)
{
    return "value=" + value.toPercentEncoding();
}

QString protocolMessage(const QString &what, const QString &endpoint, const QString &error)
{
    return EtcdV2Store::tr("%1 at %2: the answer is not what etcd's v2 API sends (%3).")
        .arg(what, endpoint, error);
}

} // namespace

int EtcdV2Store::Answer::v2Code() const
{
    EtcdV2Error e;
    return status >= 400 && EtcdV2Json::readError(body, &e) ? e.code : 0;
}

EtcdV2Store::EtcdV2Store(EtcdClient *client, QObject *parent) : EtcdStore(parent), m_client(client)
{ }

EtcdV2Store::~EtcdV2Store() = default;

void EtcdV2Store::request(const QByteArray &method, const QByteArray &key, const QByteArray &query,
                          const QByteArray &formBody, QObject *context, Handler handler)
{
    HttpRequest r(method,
                  EtcdV2Json::keysPath(normalized(key))
                      + (query.isEmpty() ? QByteArray() : '?' + query));
    r.idempotent = method == "GET";
    // Go reads form bodies of PUT and POST only; other parameters travel in the query.
    if (!formBody.isEmpty()) {
        r.body = formBody;
        r.setHeader("Content-Type", "application/x-www-form-urlencoded");
    }
    m_client->send(r, context, [handler](HttpReply *reply) {
        Answer a;
        a.endpoint = reply->endpoint().toDisplayString();
        a.error = reply->error();
        a.transportError = reply->errorString();
        if (a.error == HttpReply::Error::None || a.error == HttpReply::Error::HttpStatus) {
            a.status = reply->status();
            a.body = reply->readAll();
            a.index = reply->header("X-Etcd-Index").toLongLong();
        }
        handler(a);
    });
}

QString EtcdV2Store::failure(const QString &what, const Answer &a) const
{
    return EtcdV2Json::errorMessage(what, a.endpoint, a.status, a.body, a.transportError,
                                    m_client->endpoints().user);
}

void EtcdV2Store::list(const QByteArray &rawPrefix, QObject *context, ListDone done)
{
    const QByteArray prefix = normalized(rawPrefix);
    // v3 prefixes are byte prefixes; v2 reads directories: read the directory the prefix ends
    // in and keep what starts with it.
    const QByteArray parent = prefix.left(prefix.lastIndexOf('/') + 1);
    request("GET", parent, "recursive=true&sorted=true", {}, context,
            [this, prefix, done](const Answer &a) {
                const QString what = tr("Listing keys under %1").arg(EtcdJson::displayKey(prefix));
                if (a.status == 404 && a.v2Code() == 100)
                    return done(true, {}, a, {}, {});
                if (a.status != 200)
                    return done(false, failure(what, a), a, {}, {});
                EtcdV2Response response;
                QString error;
                if (!EtcdV2Json::readResponse(a.body, &response, &error))
                    return done(false, protocolMessage(what, a.endpoint, error), a, {}, {});
                EtcdKeyValues all, kvs;
                EtcdV2Json::flatten(response.node, &all);
                for (EtcdKeyValue &kv : all)
                    if (kv.key.startsWith(prefix))
                        kvs.append(std::move(kv));
                // Byte order, as v3 lists: "/a/b-c" comes before "/a/b/x".
                std::sort(kvs.begin(), kvs.end(), [](const EtcdKeyValue &l, const EtcdKeyValue &r) {
                    return l.key < r.key;
                });
                QList<QPair<QByteArray, bool>> tops;
                if (response.node.dir) {
                    for (const EtcdV2Node &child : std::as_const(response.node.nodes))
                        if (child.key.startsWith(prefix)
                            || (child.dir && (child.key + '/').startsWith(prefix)))
                            tops.append({child.key, child.dir});
                }
                done(true, {}, a, kvs, tops);
            });
}

EtcdRangeJob *EtcdV2Store::range(const QByteArray &key, bool prefix, bool keysOnly, qint64 limit,
                                 qint64 revision)
{
    Q_UNUSED(keysOnly) // values come along; v2 cannot leave them out
    Q_UNUSED(revision) // v2 keeps no history to read at
    auto *job = new EtcdRangeJob(this);
    if (prefix) {
        list(key, job,
             [job, limit](bool ok, const QString &error, const Answer &a, const EtcdKeyValues &kvs,
                          const QList<QPair<QByteArray, bool>> &) {
                 if (!ok)
                     return job->finishWithError(
                         a.answered() ? HttpReply::Error::HttpStatus : a.error, error, a.endpoint);
                 EtcdRange result;
                 result.revision = a.index;
                 result.kvs = kvs;
                 result.count = kvs.size();
                 if (limit > 0 && result.kvs.size() > limit) {
                     result.kvs.resize(limit);
                     result.more = true;
                 }
                 job->finishWithResult(result, a.endpoint);
             });
        return job;
    }
    request("GET", key, {}, {}, job, [this, job, key](const Answer &a) {
        const QString what = tr("Reading key %1").arg(EtcdJson::displayKey(key));
        EtcdRange result;
        result.revision = a.index;
        if (a.status == 404 && a.v2Code() == 100)
            return job->finishWithResult(result, a.endpoint);
        if (a.status != 200)
            return job->finishWithError(a.answered() ? HttpReply::Error::HttpStatus : a.error,
                                        failure(what, a), a.endpoint);
        EtcdV2Response response;
        QString error;
        if (!EtcdV2Json::readResponse(a.body, &response, &error))
            return job->finishWithError(HttpReply::Error::ProtocolError,
                                        protocolMessage(what, a.endpoint, error), a.endpoint);
        if (!response.node.dir)
            result.kvs.append(EtcdV2Json::toKeyValue(response.node));
        result.count = result.kvs.size();
        job->finishWithResult(result, a.endpoint);
    });
    return job;
}

EtcdRangeAllJob *EtcdV2Store::rangeAll(const QByteArray &prefix, bool keysOnly)
{
    Q_UNUSED(keysOnly)
    auto *job = new EtcdRangeAllJob(this);
    // One recursive GET is one consistent snapshot: v2 answers it from one store state.
    list(prefix, job,
         [job](bool ok, const QString &error, const Answer &a, const EtcdKeyValues &kvs,
               const QList<QPair<QByteArray, bool>> &) {
             if (!ok)
                 return job->finishWithError(a.answered() ? HttpReply::Error::HttpStatus : a.error,
                                             error, a.endpoint);
             EtcdRange &all = job->m_partial;
             all.revision = a.index;
             all.kvs = kvs;
             all.count = kvs.size();
             Q_EMIT job->progress(all.kvs.size(), all.count);
             job->finishWithResult(all, a.endpoint);
         });
    return job;
}

EtcdPutJob *EtcdV2Store::put(const QByteArray &key, const QByteArray &value)
{
    auto *job = new EtcdPutJob(this);
    guardedPut(key, value, -1, job, [job](const Outcome &o) {
        if (!o.ok())
            return job->finishWithError(o.code, o.error, o.endpoint);
        job->finishWithResult(o.cas.revision, o.endpoint);
    });
    return job;
}

EtcdCasJob *EtcdV2Store::putIfUnchanged(const QByteArray &key, const QByteArray &value,
                                        qint64 expectedModRevision)
{
    auto *job = new EtcdCasJob(this);
    guardedPut(key, value, std::max<qint64>(0, expectedModRevision), job, [job](const Outcome &o) {
        if (!o.ok())
            return job->finishWithError(o.code, o.error, o.endpoint);
        job->finishWithResult(o.cas, o.endpoint);
    });
    return job;
}

void EtcdV2Store::guardedPut(const QByteArray &key, const QByteArray &value, qint64 expected,
                             QObject *context, WriteDone done)
{
    QByteArray query;
    if (expected > 0)
        query = "prevIndex=" + QByteArray::number(expected);
    else if (expected == 0)
        query = "prevExist=false";
    request("PUT", key, query, form(value), context,
            [this, key, expected, context, done](const Answer &a) {
                const QString what = tr("Writing key %1").arg(EtcdJson::displayKey(key));
                Outcome o;
                o.endpoint = a.endpoint;
                const int code = a.v2Code();
                // 101: compare failed; 105: exists (prevExist=false); 100: gone meanwhile.
                if (expected >= 0 && (code == 101 || code == 105 || (code == 100 && expected > 0)))
                    return conflict(key, a.index, context, done);
                if (a.status != 200 && a.status != 201) {
                    o.code = a.answered() ? HttpReply::Error::HttpStatus : a.error;
                    o.error = failure(what, a);
                    return done(o);
                }
                EtcdV2Response response;
                if (QString error; !EtcdV2Json::readResponse(a.body, &response, &error)) {
                    o.code = HttpReply::Error::ProtocolError;
                    o.error = protocolMessage(what, a.endpoint, error);
                    return done(o);
                }
                o.cas.succeeded = true;
                o.cas.revision = response.node.modifiedIndex;
                done(o);
            });
}

void EtcdV2Store::conflict(const QByteArray &key, qint64 index, QObject *context, WriteDone done)
{
    // v2 has no transactions: the key as it is now takes a second request.
    request("GET", key, {}, {}, context, [this, key, index, done](const Answer &a) {
        Outcome o;
        o.endpoint = a.endpoint;
        o.cas.succeeded = false;
        o.cas.revision = std::max(index, a.index);
        o.cas.current.key = normalized(key);
        if (a.status == 200) {
            EtcdV2Response response;
            QString error;
            if (EtcdV2Json::readResponse(a.body, &response, &error) && !response.node.dir)
                o.cas.current = EtcdV2Json::toKeyValue(response.node);
        } else if (!(a.status == 404 && a.v2Code() == 100)) {
            o.code = a.answered() ? HttpReply::Error::HttpStatus : a.error;
            o.error
                = failure(tr("Reading key %1 after a conflict").arg(EtcdJson::displayKey(key)), a);
        }
        done(o);
    });
}

void EtcdV2Store::guardedDelete(const QByteArray &key, qint64 expected, QObject *context,
                                WriteDone done)
{
    if (expected == 0) {
        // "Must not exist": nothing to delete unless it does, which is a conflict.
        request("GET", key, {}, {}, context, [this, key, context, done](const Answer &a) {
            if (a.status == 404 && a.v2Code() == 100) {
                Outcome o;
                o.endpoint = a.endpoint;
                o.cas.succeeded = true;
                o.cas.revision = a.index;
                return done(o);
            }
            conflict(key, a.index, context, done);
        });
        return;
    }
    const QByteArray query
        = expected > 0 ? "prevIndex=" + QByteArray::number(expected) : QByteArray();
    request("DELETE", key, query, {}, context,
            [this, key, expected, context, done](const Answer &a) {
                Outcome o;
                o.endpoint = a.endpoint;
                const int code = a.v2Code();
                if (expected > 0 && (code == 101 || code == 100))
                    return conflict(key, a.index, context, done);
                if (code == 100) { // already gone
                    o.cas.succeeded = true;
                    o.cas.revision = a.index;
                    return done(o);
                }
                if (a.status != 200) {
                    o.code = a.answered() ? HttpReply::Error::HttpStatus : a.error;
                    o.error = failure(tr("Deleting key %1").arg(EtcdJson::displayKey(key)), a);
                    return done(o);
                }
                EtcdV2Response response;
                QString error;
                o.cas.succeeded = true;
                o.cas.revision = EtcdV2Json::readResponse(a.body, &response, &error)
                    ? response.node.modifiedIndex
                    : a.index;
                o.deleted = response.node.dir ? 0 : 1;
                done(o);
            });
}

EtcdDeleteJob *EtcdV2Store::remove(const QByteArray &key, bool prefix)
{
    auto *job = new EtcdDeleteJob(this);
    const auto finish = [job](const Outcome &o) {
        if (!o.ok())
            return job->finishWithError(o.code, o.error, o.endpoint);
        job->finishWithResult(o.deleted, o.endpoint);
    };
    if (prefix)
        removePrefix(key, job, finish);
    else
        guardedDelete(key, -1, job, finish);
    return job;
}

void EtcdV2Store::removePrefix(const QByteArray &prefix, QObject *context, WriteDone done)
{
    // Count the keys first (v2 does not say how many a recursive delete removed), then delete
    // each matching entry of the directory, directories with everything in them.
    list(prefix, context,
         [this, context, done](bool ok, const QString &error, const Answer &a,
                               const EtcdKeyValues &kvs,
                               const QList<QPair<QByteArray, bool>> &tops) {
             Outcome o;
             o.endpoint = a.endpoint;
             o.cas.revision = a.index;
             if (!ok) {
                 o.code = a.answered() ? HttpReply::Error::HttpStatus : a.error;
                 o.error = error;
                 return done(o);
             }
             o.cas.succeeded = true;
             o.deleted = kvs.size();
             deleteTops(tops, 0, o, context, done);
         });
}

void EtcdV2Store::deleteTops(const QList<QPair<QByteArray, bool>> &tops, int next, Outcome outcome,
                             QObject *context, WriteDone done)
{
    if (next >= tops.size()) {
        if (tops.isEmpty()) {
            // Finish from the event loop like every other answer path.
            QTimer::singleShot(0, context, [done, outcome]() { done(outcome); });
            return;
        }
        return done(outcome);
    }
    const auto &[key, dir] = tops.at(next);
    request("DELETE", key, dir ? "dir=true&recursive=true" : QByteArray(), {}, context,
            [this, tops, next, outcome, context, done, key = key](const Answer &a) mutable {
                if (a.status != 200 && a.v2Code() != 100) {
                    outcome.code = a.answered() ? HttpReply::Error::HttpStatus : a.error;
                    outcome.error = failure(tr("Deleting %1").arg(EtcdJson::displayKey(key)), a);
                    outcome.endpoint = a.endpoint;
                    return done(outcome);
                }
                outcome.cas.revision = std::max(outcome.cas.revision, a.index);
                deleteTops(tops, next + 1, outcome, context, done);
            });
}

EtcdBatchJob *EtcdV2Store::applyBatch(const QList<EtcdBatchOp> &ops)
{
    auto *job = new EtcdBatchJob(this);
    // Each operation is its own "transaction": v2 has none.
    job->m_result.txns = int(ops.size());
    if (ops.isEmpty()) {
        const QString endpoint = m_client->currentEndpoint().toDisplayString();
        QTimer::singleShot(0, job, [job, endpoint]() { job->finishWithResult(endpoint); });
        return job;
    }
    applyOp(job, ops, 0);
    return job;
}

void EtcdV2Store::applyOp(EtcdBatchJob *job, const QList<EtcdBatchOp> &ops, int index)
{
    const EtcdBatchOp &op = ops.at(index);
    const auto next = [this, job, ops, index](const Outcome &o) {
        EtcdBatchResult &r = job->m_result;
        if (!o.ok()) {
            r.failedFirstOp = index;
            r.failedOpCount = 1;
            r.failure = o.error;
            const QString applied = r.appliedTxns == 0
                ? tr("Nothing of the batch was applied.")
                : tr("The v2 API has no transactions: the %n operation(s) before it were "
                     "applied.",
                     nullptr, r.appliedTxns);
            return job->finishWithError(o.code, o.error + QLatin1Char(' ') + applied, o.endpoint);
        }
        if (!o.cas.succeeded) {
            r.failedTxn = index;
            r.failedFirstOp = index;
            r.failedOpCount = 1;
            r.conflicts.append(o.cas.current);
            r.revision = std::max(r.revision, o.cas.revision);
            r.failure = tr("Operation %1 of %2 was not applied: key %3 changed since it was read. "
                           "The v2 API has no transactions: the %n operation(s) before it were "
                           "applied, the ones after it were not; reload and try again.",
                           nullptr, r.appliedTxns)
                            .arg(index + 1)
                            .arg(ops.size())
                            .arg(EtcdJson::displayKey(o.cas.current.key));
            return job->finishWithResult(o.endpoint);
        }
        r.revision = std::max(r.revision, o.cas.revision);
        r.deleted += o.deleted;
        ++r.appliedTxns;
        Q_EMIT job->progress(r.appliedTxns, r.txns);
        if (r.appliedTxns == r.txns)
            return job->finishWithResult(o.endpoint);
        applyOp(job, ops, index + 1);
    };
    if (op.kind == EtcdBatchOp::Kind::Put)
        guardedPut(op.key, op.value, op.expectedModRevision, job, next);
    else if (op.prefix)
        removePrefix(op.key, job, next);
    else
        guardedDelete(op.key, op.expectedModRevision, job, next);
}

EtcdWatcher *EtcdV2Store::watch(const QByteArray &key, bool prefix, qint64 startRevision,
                                QObject *parent)
{
    return new EtcdV2Watch(m_client->endpoints(), key, prefix, startRevision, parent);
}

} // namespace ws
