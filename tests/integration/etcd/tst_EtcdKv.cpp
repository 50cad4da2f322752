// EtcdKv against a real etcd: binary keys and values, prefix ranges (one ending in 0xFF),
// keys-only listings, a paged snapshot listing while another client writes, compare-and-swap
// with a conflicting second client, deletes, batches split into transactions and rolled back
// per transaction, and the server's limits (request size, ops per txn, compaction) as messages.
// etcd with auth enabled is not covered yet: EtcdKv does not send auth tokens.
#include "EtcdFixture.h"
#include "JobWait.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdJson.h"
#include "etcd/EtcdKv.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;
using ws::test::ServerProcess;

using ws::test::waitJob;

namespace {

QList<EtcdBatchOp> numberedPuts(const QByteArray &prefix, int n, const QByteArray &value = "v")
{
    QList<EtcdBatchOp> ops;
    for (int i = 0; i < n; ++i)
        ops << EtcdBatchOp::put(prefix + QByteArray::number(i).rightJustified(5, '0'),
                                value + QByteArray::number(i));
    return ops;
}

} // namespace

class tst_EtcdKv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void detectApiPrefix();
    void emptyBatch();
    void putGetRoundTrip_data();
    void putGetRoundTrip();
    void missingKey();
    void prefixRange();
    void prefixEndingInFF();
    void keysOnly();
    void limitAndCount();
    void rangeAllSnapshotWhileWriting();
    void rangeAllEmptyPrefix();
    void rangeAllPagesFollowTheirBytes();
    void casSuccess();
    void casConflict();
    void createIfAbsent();
    void removeSingleAndPrefix();
    void batchSplitInTxns();
    void batchFailingCompareRollsBackItsTxn();
    void batchDuplicateKey();
    void tooManyOpsPerTxn();
    void requestTooLargeForServer();
    void requestOverDefaultLimit();
    void compactedRevision();
    void unreachable();

private:
    EtcdFixture m_etcd;
    std::unique_ptr<EtcdClient> m_client;
    std::unique_ptr<EtcdKv> m_kv;
};

void tst_EtcdKv::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    m_client = std::make_unique<EtcdClient>(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    m_kv = std::make_unique<EtcdKv>(m_client.get());
}

void tst_EtcdKv::detectApiPrefix()
{
    EtcdKv kv(m_client.get());
    kv.setApiPrefix("/v3beta/");
    EtcdRangeJob *beta = kv.range("/k"); // etcd 3.4 still answers the 3.3 prefix
    WAIT_OK(beta);
    QVERIFY(beta->result().revision > 0);
    kv.setApiPrefix("/nope/");
    EtcdRangeJob *wrong = kv.range("/k");
    QVERIFY(waitJob(wrong));
    QVERIFY(wrong->hasError());
    QVERIFY2(wrong->errorString().contains(QLatin1String("404")), qPrintable(wrong->errorString()));
    EtcdApiPrefixJob *job = kv.detectApiPrefix();
    WAIT_OK(job);
    QCOMPARE(job->result(), QByteArray("/v3/")); // the fixture runs etcd 3.4
    QCOMPARE(kv.apiPrefix(), QByteArray("/v3/"));
}

void tst_EtcdKv::emptyBatch()
{
    EtcdBatchJob *job = m_kv->applyBatch({});
    QVERIFY(!job->isFinished()); // from the event loop, like every answer
    WAIT_OK(job);
    QVERIFY(job->result().complete());
    QCOMPARE(job->result().txns, 0);
}

void tst_EtcdKv::putGetRoundTrip_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("plain") << QByteArray("/rt/plain") << QByteArray("hello");
    QTest::newRow("slashes") << QByteArray("/rt/a/b//c/") << QByteArray("/x/y");
    QTest::newRow("nul in key and value")
        << QByteArray("/rt/nul\0key", 11) << QByteArray("a\0b\0", 4);
    QTest::newRow("not utf-8") << QByteArray("/rt/\xff\xfe\x80") << QByteArray("\xc3\x28\xa0\xa1");
    QTest::newRow("empty value") << QByteArray("/rt/empty") << QByteArray();
    QTest::newRow("all bytes") << QByteArray("/rt/bytes") << [] {
        QByteArray b;
        for (int i = 0; i < 256; ++i)
            b.append(char(i));
        return b;
    }();
    QTest::newRow("utf-8") << QByteArray("/rt/ключ") << QByteArray("значение ✓");
}

void tst_EtcdKv::putGetRoundTrip()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    EtcdPutJob *put = m_kv->put(key, value);
    QVERIFY(!put->isFinished());
    WAIT_OK(put);
    QVERIFY(put->result() > 0);

    EtcdRangeJob *get = m_kv->range(key);
    WAIT_OK(get);
    QCOMPARE(get->result().kvs.size(), 1);
    const EtcdKeyValue &kv = get->result().kvs.first();
    QCOMPARE(kv.key, key);
    QCOMPARE(kv.value, value);
    QCOMPARE(kv.modRevision, put->result());
    QVERIFY(kv.createRevision > 0);
    QVERIFY(kv.version >= 1);
    QCOMPARE(get->result().count, 1);
    QVERIFY(!get->result().more);
    QVERIFY(get->result().revision >= put->result());
    put->deleteLater();
    get->deleteLater();
}

void tst_EtcdKv::missingKey()
{
    EtcdRangeJob *get = m_kv->range("/nothing/here");
    WAIT_OK(get);
    QVERIFY(get->result().kvs.isEmpty());
    QCOMPARE(get->result().count, 0); // omitted by the gateway, read as zero
    QVERIFY(get->result().revision > 0);
}

void tst_EtcdKv::prefixRange()
{
    QList<EtcdBatchOp> ops;
    for (const char *k : {"/pr/a", "/pr/b/c", "/pr/", "/pr0", "/pq", "/pr"})
        ops << EtcdBatchOp::put(k, k);
    EtcdBatchJob *batch = m_kv->applyBatch(ops);
    WAIT_OK(batch);
    QVERIFY(batch->result().complete());

    EtcdRangeJob *list = m_kv->range("/pr/", true);
    WAIT_OK(list);
    QList<QByteArray> keys;
    for (const EtcdKeyValue &kv : list->result().kvs)
        keys << kv.key;
    QCOMPARE(keys, (QList<QByteArray> {"/pr/", "/pr/a", "/pr/b/c"}));
    QCOMPARE(list->result().count, 3);
    QCOMPARE(list->result().kvs.at(1).value, QByteArray("/pr/a"));
}

void tst_EtcdKv::prefixEndingInFF()
{
    const QByteArray prefix("/ff\xff", 4);
    QList<EtcdBatchOp> ops;
    const QList<QByteArray> inside {prefix, prefix + '\0', prefix + "\x01", prefix + "\xff",
                                    prefix + "\xff\xff\xff"};
    const QList<QByteArray> outside {QByteArray("/ff\xfe"), QByteArray("/fg"),
                                     QByteArray("/fg\x00", 4), QByteArray("/ff")};
    for (const QByteArray &k : inside + outside)
        ops << EtcdBatchOp::put(k, "x");
    EtcdBatchJob *batch = m_kv->applyBatch(ops);
    WAIT_OK(batch);

    EtcdRangeJob *list = m_kv->range(prefix, true);
    WAIT_OK(list);
    QList<QByteArray> keys;
    for (const EtcdKeyValue &kv : list->result().kvs)
        keys << kv.key;
    QCOMPARE(keys, inside);
}

void tst_EtcdKv::keysOnly()
{
    EtcdBatchJob *batch = m_kv->applyBatch(numberedPuts("/ko/", 5, "some value "));
    WAIT_OK(batch);
    EtcdRangeJob *list = m_kv->range("/ko/", true, true);
    WAIT_OK(list);
    QCOMPARE(list->result().kvs.size(), 5);
    for (const EtcdKeyValue &kv : list->result().kvs) {
        QVERIFY(kv.key.startsWith("/ko/"));
        QVERIFY(kv.value.isEmpty());
        QVERIFY(kv.modRevision > 0);
    }
}

void tst_EtcdKv::limitAndCount()
{
    EtcdBatchJob *batch = m_kv->applyBatch(numberedPuts("/lim/", 10));
    WAIT_OK(batch);
    EtcdRangeJob *page = m_kv->range("/lim/", true, false, 4);
    WAIT_OK(page);
    QCOMPARE(page->result().kvs.size(), 4);
    QVERIFY(page->result().more);
    QCOMPARE(page->result().count, 10);
}

void tst_EtcdKv::rangeAllSnapshotWhileWriting()
{
    const int total = 3000;
    EtcdBatchJob *fill = m_kv->applyBatch(numberedPuts("/snap/", total));
    WAIT_OK(fill);
    QCOMPARE(fill->result().txns, 24);
    QCOMPARE(fill->result().appliedTxns, 24);

    // A second client writes into the prefix while the first one pages through it.
    EtcdClient otherClient(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    EtcdKv other(&otherClient);
    QList<ApiJob *> writes;

    m_kv->setPageSize(500);
    EtcdRangeAllJob *all = m_kv->rangeAll("/snap/", true);
    QSignalSpy progress(all, &EtcdRangeAllJob::progress);
    connect(all, &EtcdRangeAllJob::progress, this, [&](qint64 soFar, qint64) {
        if (soFar == 500) {
            writes << other.put("/snap/zzz-new", "written during the listing");
            writes << other.remove("/snap/02999"); // on a page not read yet
            writes << other.put("/snap/00000", "changed"); // on a page already read
            writes << other.put("/snap/02500", "changed");
        }
    });
    WAIT_OK(all);
    m_kv->setPageSize(EtcdKv::DefaultPageSize);
    for (ApiJob *w : std::as_const(writes))
        WAIT_OK(w);
    QCOMPARE(writes.size(), 4);

    const EtcdRange &r = all->result();
    QCOMPARE(r.kvs.size(), total);
    QCOMPARE(r.count, total);
    QVERIFY(!r.more);
    QCOMPARE(progress.count(), 6);
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(total));
    QSet<QByteArray> seen;
    for (const EtcdKeyValue &kv : r.kvs) {
        QVERIFY2(!seen.contains(kv.key), kv.key.constData());
        seen.insert(kv.key);
        // Every key as it was at the snapshot's revision.
        QVERIFY2(kv.modRevision <= r.revision, kv.key.constData());
    }
    QVERIFY(seen.contains("/snap/02999"));
    QVERIFY(!seen.contains("/snap/zzz-new"));
    QCOMPARE(r.kvs.first().key, QByteArray("/snap/00000"));
    QCOMPARE(r.kvs.last().key, QByteArray("/snap/02999"));
    QCOMPARE(r.revision, fill->result().revision);

    // The writes did happen: a fresh listing sees them.
    EtcdRangeAllJob *after = m_kv->rangeAll("/snap/", true);
    WAIT_OK(after);
    QCOMPARE(after->result().kvs.size(), total); // one deleted, one added
    QVERIFY(after->result().revision > r.revision);
}

void tst_EtcdKv::rangeAllPagesFollowTheirBytes()
{
    // Small values: after the first page, pages grow to the most allowed.
    WAIT_OK(m_kv->applyBatch(numberedPuts("/grow/", 2000)));
    m_kv->setPageSize(50, 1000);
    EtcdRangeAllJob *small = m_kv->rangeAll("/grow/");
    QSignalSpy smallPages(small, &EtcdRangeAllJob::progress);
    WAIT_OK(small);
    QCOMPARE(small->result().kvs.size(), 2000);
    QCOMPARE(smallPages.count(), 3);
    QCOMPARE(smallPages.at(0).at(0).toLongLong(), 50);
    QCOMPARE(smallPages.at(1).at(0).toLongLong(), 1050);

    // Values of 1 MiB: a page of 8 carries twice the target, so the next ones hold fewer.
    QList<EtcdBatchOp> big;
    for (int i = 0; i < 14; ++i)
        big << EtcdBatchOp::put("/big/" + QByteArray::number(100 + i),
                                QByteArray(1024 * 1024, char('a' + i)));
    m_kv->setMaxTxnOps(1); // one 1 MiB put a transaction, under etcd's 1.5 MiB request limit
    EtcdBatchJob *fill = m_kv->applyBatch(big);
    WAIT_OK(fill);
    m_kv->setMaxTxnOps(EtcdKv::DefaultMaxTxnOps);
    m_kv->setPageSize(8, 100);
    EtcdRangeAllJob *large = m_kv->rangeAll("/big/");
    QSignalSpy largePages(large, &EtcdRangeAllJob::progress);
    WAIT_OK(large);
    m_kv->setPageSize(EtcdKv::DefaultPageSize);
    QCOMPARE(large->result().kvs.size(), 14);
    // A page of 8 carries 8 MiB and a little (the keys): the next carries at most 4 MiB.
    QVERIFY(largePages.count() >= 3);
    QCOMPARE(largePages.at(0).at(0).toLongLong(), 8);
    const qint64 second = largePages.at(1).at(0).toLongLong() - 8;
    QVERIFY2(second >= 1 && second <= 4, QByteArray::number(second).constData());
    QCOMPARE(large->result().kvs.last().value, QByteArray(1024 * 1024, char('a' + 13)));
}

void tst_EtcdKv::rangeAllEmptyPrefix()
{
    m_kv->setPageSize(700);
    EtcdRangeAllJob *all = m_kv->rangeAll(QByteArray(), true);
    WAIT_OK(all);
    m_kv->setPageSize(EtcdKv::DefaultPageSize);
    EtcdRangeJob *count = m_kv->range(QByteArray(), true, true);
    WAIT_OK(count);
    QVERIFY(all->result().kvs.size() > 3000);
    QCOMPARE(all->result().kvs.size(), count->result().count);
}

void tst_EtcdKv::casSuccess()
{
    EtcdPutJob *put = m_kv->put("/cas/ok", "v1");
    WAIT_OK(put);
    EtcdCasJob *cas = m_kv->putIfUnchanged("/cas/ok", "v2", put->result());
    WAIT_OK(cas);
    QVERIFY(cas->result().succeeded);
    QVERIFY(cas->result().revision > put->result());
    EtcdRangeJob *get = m_kv->range("/cas/ok");
    WAIT_OK(get);
    QCOMPARE(get->result().kvs.first().value, QByteArray("v2"));
    QCOMPARE(get->result().kvs.first().modRevision, cas->result().revision);
}

void tst_EtcdKv::casConflict()
{
    EtcdPutJob *put = m_kv->put("/cas/conflict", "base");
    WAIT_OK(put);
    EtcdRangeJob *read = m_kv->range("/cas/conflict");
    WAIT_OK(read);
    const qint64 readAt = read->result().kvs.first().modRevision;

    // Someone else saves between our read and our save.
    EtcdClient otherClient(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    EtcdKv other(&otherClient);
    EtcdPutJob *theirs = other.put("/cas/conflict", "theirs");
    WAIT_OK(theirs);

    EtcdCasJob *mine = m_kv->putIfUnchanged("/cas/conflict", "mine", readAt);
    WAIT_OK(mine);
    QVERIFY(!mine->result().succeeded);
    QCOMPARE(mine->result().current.key, QByteArray("/cas/conflict"));
    QCOMPARE(mine->result().current.value, QByteArray("theirs"));
    QCOMPARE(mine->result().current.modRevision, theirs->result());
    QCOMPARE(mine->result().current.version, 2);

    // Nothing was overwritten.
    EtcdRangeJob *get = m_kv->range("/cas/conflict");
    WAIT_OK(get);
    QCOMPARE(get->result().kvs.first().value, QByteArray("theirs"));

    // A guard on a key deleted meanwhile fails too, and says the key is gone.
    EtcdDeleteJob *gone = other.remove("/cas/conflict");
    WAIT_OK(gone);
    EtcdCasJob *late = m_kv->putIfUnchanged("/cas/conflict", "mine", theirs->result());
    WAIT_OK(late);
    QVERIFY(!late->result().succeeded);
    QCOMPARE(late->result().current.version, 0);
}

void tst_EtcdKv::createIfAbsent()
{
    EtcdCasJob *create = m_kv->putIfUnchanged("/cas/new", "first", 0);
    WAIT_OK(create);
    QVERIFY(create->result().succeeded);
    EtcdCasJob *again = m_kv->putIfUnchanged("/cas/new", "second", 0);
    WAIT_OK(again);
    QVERIFY(!again->result().succeeded);
    QCOMPARE(again->result().current.value, QByteArray("first"));
    QCOMPARE(again->result().current.modRevision, create->result().revision);
}

void tst_EtcdKv::removeSingleAndPrefix()
{
    EtcdBatchJob *fill
        = m_kv->applyBatch(numberedPuts("/rm/dir/", 7)
                           << EtcdBatchOp::put("/rm/one", "1") << EtcdBatchOp::put("/rm/dir", "x"));
    WAIT_OK(fill);
    EtcdDeleteJob *one = m_kv->remove("/rm/one");
    WAIT_OK(one);
    QCOMPARE(one->result(), 1);
    EtcdDeleteJob *none = m_kv->remove("/rm/one");
    WAIT_OK(none);
    QCOMPARE(none->result(), 0);
    EtcdDeleteJob *dir = m_kv->remove("/rm/dir/", true);
    WAIT_OK(dir);
    QCOMPARE(dir->result(), 7);
    EtcdRangeJob *left = m_kv->range("/rm/", true);
    WAIT_OK(left);
    QCOMPARE(left->result().count, 1);
    QCOMPARE(left->result().kvs.first().key, QByteArray("/rm/dir"));
}

void tst_EtcdKv::batchSplitInTxns()
{
    QList<EtcdBatchOp> ops = numberedPuts("/batch/", 290);
    EtcdBatchJob *seed = m_kv->applyBatch(numberedPuts("/batch-old/", 10));
    WAIT_OK(seed);
    ops << EtcdBatchOp::remove("/batch-old/", true); // op 291: a prefix delete of 10 keys
    for (int i = 0; i < 9; ++i)
        ops << EtcdBatchOp::put("/batch/extra" + QByteArray::number(i), "e");
    QCOMPARE(ops.size(), 300);
    EtcdBatchJob *job = m_kv->applyBatch(ops);
    QSignalSpy progress(job, &EtcdBatchJob::progress);
    WAIT_OK(job);
    QCOMPARE(job->result().txns, 3);
    QCOMPARE(job->result().appliedTxns, 3);
    QVERIFY(job->result().complete());
    QCOMPARE(job->result().deleted, 10);
    QCOMPARE(progress.count(), 3);
    EtcdRangeJob *count = m_kv->range("/batch/", true, true);
    WAIT_OK(count);
    QCOMPARE(count->result().count, 299);
    QCOMPARE(count->result().revision, job->result().revision);
}

void tst_EtcdKv::batchFailingCompareRollsBackItsTxn()
{
    EtcdPutJob *guarded = m_kv->put("/guard/key", "v1");
    WAIT_OK(guarded);
    const qint64 readAt = guarded->result();
    EtcdPutJob *changed = m_kv->put("/guard/key", "changed by someone else");
    WAIT_OK(changed);

    // 300 ops: txn 0 is fine, txn 1 carries the stale guard, txn 2 is never tried.
    QList<EtcdBatchOp> ops = numberedPuts("/guard/k", 299);
    ops.insert(200, EtcdBatchOp::put("/guard/key", "mine", readAt));
    ops[210].expectedModRevision = 0; // a good guard beside the stale one: /guard/k00209 is new
    EtcdBatchJob *job = m_kv->applyBatch(ops);
    WAIT_OK(job);
    const EtcdBatchResult &r = job->result();
    QVERIFY(!r.complete());
    QCOMPARE(r.txns, 3);
    QCOMPARE(r.appliedTxns, 1);
    QCOMPARE(r.failedTxn, 1);
    QCOMPARE(r.failedFirstOp, 128);
    QCOMPARE(r.failedOpCount, 128);
    QCOMPARE(r.conflicts.size(), 1);
    QCOMPARE(r.conflicts.first().key, QByteArray("/guard/key"));
    QCOMPARE(r.conflicts.first().value, QByteArray("changed by someone else"));
    QCOMPARE(r.conflicts.first().modRevision, changed->result());
    QVERIFY2(r.failure.contains(QLatin1String("\"/guard/key\"")), qPrintable(r.failure));
    QVERIFY2(r.failure.contains(QLatin1String("Transaction 2 of 3")), qPrintable(r.failure));

    EtcdRangeJob *list = m_kv->range("/guard/k0", true, true);
    WAIT_OK(list);
    QCOMPARE(list->result().count, 128); // txn 0 only
    EtcdRangeJob *key = m_kv->range("/guard/key");
    WAIT_OK(key);
    QCOMPARE(key->result().kvs.first().value, QByteArray("changed by someone else"));
}

void tst_EtcdKv::batchDuplicateKey()
{
    EtcdBatchJob *job
        = m_kv->applyBatch({EtcdBatchOp::put("/dup/a", "1"), EtcdBatchOp::put("/dup/a", "2")});
    QVERIFY(waitJob(job));
    QVERIFY(job->hasError());
    QVERIFY2(job->errorString().contains(QLatin1String("same key")),
             qPrintable(job->errorString()));
    QCOMPARE(job->result().appliedTxns, 0);
    QCOMPARE(job->result().failedFirstOp, 0);
}

void tst_EtcdKv::tooManyOpsPerTxn()
{
    // A client that believes the server takes 200 ops a transaction learns otherwise.
    EtcdKv greedy(m_client.get());
    greedy.setMaxTxnOps(200);
    EtcdBatchJob *job = greedy.applyBatch(numberedPuts("/many/", 150));
    QVERIFY(waitJob(job));
    QVERIFY(job->hasError());
    QVERIFY2(job->errorString().contains(QLatin1String("--max-txn-ops")),
             qPrintable(job->errorString()));
    QVERIFY2(job->errorString().contains(QLatin1String("128")), qPrintable(job->errorString()));
    QVERIFY2(job->errorString().contains(m_etcd.clientUrl().toString()),
             qPrintable(job->errorString()));
}

void tst_EtcdKv::requestTooLargeForServer()
{
    EtcdFixture small;
    small.setExtraArguments({QStringLiteral("--max-request-bytes=65536")});
    QVERIFY2(small.start(), qPrintable(small.failureReason()));
    EtcdClient client(EtcdEndpoints::fromList(small.clientUrl().toString()));
    EtcdKv kv(&client);

    EtcdPutJob *fits = kv.put("/big/fits", QByteArray(60'000, 'a'));
    WAIT_OK(fits);

    EtcdPutJob *tooBig = kv.put("/big/value", QByteArray(100'000, 'b'));
    QVERIFY(waitJob(tooBig));
    QVERIFY(tooBig->hasError());
    const QString message = tooBig->errorString();
    QVERIFY2(message.contains(QLatin1String("--max-request-bytes")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("\"/big/value\"")), qPrintable(message));
    QVERIFY2(message.contains(small.clientUrl().toString()), qPrintable(message));

    // Past the server's gRPC limit (limit + 512 KiB) the message still names the limit.
    EtcdPutJob *huge = kv.put("/big/huge", QByteArray(1024 * 1024, 'c'));
    QVERIFY(waitJob(huge));
    QVERIFY(huge->hasError());
    QVERIFY2(huge->errorString().contains(QLatin1String("--max-request-bytes")),
             qPrintable(huge->errorString()));
    QVERIFY2(huge->errorString().contains(QLatin1String("accepts 64 KiB")),
             qPrintable(huge->errorString()));

    // The server is still fine.
    EtcdRangeJob *get = kv.range("/big/fits");
    WAIT_OK(get);
    QCOMPARE(get->result().kvs.first().value.size(), 60'000);
}

void tst_EtcdKv::requestOverDefaultLimit()
{
    EtcdPutJob *job = m_kv->put("/big/default", QByteArray(2 * 1024 * 1024, 'x'));
    QVERIFY(!job->isFinished());
    QVERIFY(waitJob(job));
    QVERIFY(job->hasError());
    QVERIFY2(job->errorString().contains(QLatin1String("1.5 MiB")), qPrintable(job->errorString()));
    QVERIFY2(job->errorString().contains(QLatin1String("--max-request-bytes")),
             qPrintable(job->errorString()));

    // A batch whose one transaction is too big fails the same way, naming the transaction.
    EtcdBatchJob *batch
        = m_kv->applyBatch(numberedPuts("/big/batch/", 3, QByteArray(700'000, 'y')));
    QVERIFY(waitJob(batch));
    QVERIFY(batch->hasError());
    QVERIFY2(batch->errorString().contains(QLatin1String("Transaction 1 of 1")),
             qPrintable(batch->errorString()));
    QVERIFY2(batch->errorString().contains(QLatin1String("1.5 MiB")),
             qPrintable(batch->errorString()));
}

void tst_EtcdKv::compactedRevision()
{
    EtcdPutJob *first = m_kv->put("/compact/k", "old");
    WAIT_OK(first);
    EtcdPutJob *second = m_kv->put("/compact/k", "new");
    WAIT_OK(second);
    // Compact through the gateway directly: EtcdKv has no compaction call (not its business).
    HttpClient http(Endpoint::fromUrl(m_etcd.clientUrl().toString()));
    HttpReply *compact = http.send(HttpRequest::post(
        "/v3/kv/compaction", R"({"revision":")" + QByteArray::number(second->result()) + R"("})"));
    QSignalSpy compacted(compact, &HttpReply::finished);
    QVERIFY(compacted.wait(30'000));
    QVERIFY2(!compact->hasError(), qPrintable(compact->errorString()));

    EtcdRangeJob *old = m_kv->range("/compact/k", false, false, 0, first->result());
    QVERIFY(waitJob(old));
    QVERIFY(old->hasError());
    QVERIFY2(old->errorString().contains(QLatin1String("compacted")),
             qPrintable(old->errorString()));
    QVERIFY2(old->errorString().contains(QLatin1String("\"/compact/k\"")),
             qPrintable(old->errorString()));
}

void tst_EtcdKv::unreachable()
{
    const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(ServerProcess::freeTcpPort());
    EtcdClient client(EtcdEndpoints::fromList(dead));
    EtcdKv kv(&client);
    EtcdPutJob *job = kv.put("/k", "v");
    QVERIFY(waitJob(job));
    QCOMPARE(job->error(), HttpReply::Error::ConnectionRefused);
    QVERIFY2(job->errorString().contains(dead), qPrintable(job->errorString()));
}

QTEST_GUILESS_MAIN(tst_EtcdKv)
#include "tst_EtcdKv.moc"
