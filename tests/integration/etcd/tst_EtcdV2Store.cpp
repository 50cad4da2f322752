// EtcdV2Store, EtcdV2Watch and EtcdConnector against a real etcd 3.4 with --enable-v2: CRUD,
// prefixes that do not end at a '/', directories that are not keys, compare-and-swap conflicts,
// recursive deletes, batches that stop half-way (v2 has no transactions), a watch in order, a
// watch resuming across a restart with nothing missed or doubled, a cleared event index as
// compacted(), and the connector's choice of API.
#include "EtcdFixture.h"
#include "JobWait.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdConnector.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdV2Store.h"
#include "etcd/EtcdWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;

using ws::test::waitJob;

namespace {

QList<QByteArray> keysOf(const EtcdKeyValues &kvs)
{
    QList<QByteArray> keys;
    for (const EtcdKeyValue &kv : kvs)
        keys << kv.key;
    return keys;
}

// Every event the spy saw, flattened, as "P key=value" / "D key".
QStringList eventLog(const QSignalSpy &spy)
{
    QStringList log;
    for (const QList<QVariant> &args : spy)
        for (const EtcdEvent &e : args.first().value<EtcdEvents>())
            log << (e.type == EtcdEvent::Type::Put
                        ? QStringLiteral("P %1=%2").arg(QString::fromUtf8(e.kv.key),
                                                        QString::fromUtf8(e.kv.value))
                        : QStringLiteral("D %1").arg(QString::fromUtf8(e.kv.key)));
    return log;
}

} // namespace

class tst_EtcdV2Store : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void crud();
    void valuesAreText_data();
    void valuesAreText();
    void prefixNotAtSlash();
    void directoriesAreNotKeys();
    void limit();
    void casConflict();
    void createIfAbsent();
    void recursiveDelete();
    void batchStopsHalfWay();
    void batchDeletes();
    void watchInOrder();
    void watchResumesAcrossRestart();
    void eventIndexCleared();
    void connectorAuto();
    void connectorV2();
    void chooseApi_data();
    void chooseApi();

private:
    EtcdFixture m_etcd;
    std::unique_ptr<EtcdClient> m_client;
    std::unique_ptr<EtcdV2Store> m_store;
};

void tst_EtcdV2Store::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    m_client = std::make_unique<EtcdClient>(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    m_store = std::make_unique<EtcdV2Store>(m_client.get());
    QCOMPARE(m_store->api(), EtcdStore::Api::V2);
    QVERIFY(!m_store->atomicBatches());
}

void tst_EtcdV2Store::crud()
{
    EtcdPutJob *put = m_store->put("/crud/a", "1");
    WAIT_OK(put);
    QVERIFY(put->result() > 0);
    EtcdRangeJob *get = m_store->range("/crud/a");
    WAIT_OK(get);
    QCOMPARE(get->result().kvs.size(), 1);
    const EtcdKeyValue kv = get->result().kvs.first();
    QCOMPARE(kv.key, QByteArray("/crud/a"));
    QCOMPARE(kv.value, QByteArray("1"));
    QCOMPARE(kv.modRevision, put->result());
    QCOMPARE(kv.createRevision, put->result());
    QCOMPARE(kv.version, 1);
    QVERIFY(get->result().revision >= put->result());

    EtcdPutJob *again = m_store->put("/crud/a", "2");
    WAIT_OK(again);
    QVERIFY(again->result() > put->result());
    EtcdRangeJob *get2 = m_store->range("/crud/a");
    WAIT_OK(get2);
    QCOMPARE(get2->result().kvs.first().value, QByteArray("2"));
    // v2's "set" replaces the node: it gets a new createdIndex.
    QCOMPARE(get2->result().kvs.first().createRevision, again->result());

    EtcdDeleteJob *del = m_store->remove("/crud/a");
    WAIT_OK(del);
    QCOMPARE(del->result(), 1);
    EtcdRangeJob *gone = m_store->range("/crud/a");
    WAIT_OK(gone);
    QVERIFY(gone->result().kvs.isEmpty());
    QVERIFY(gone->result().revision > 0);
    EtcdDeleteJob *delMissing = m_store->remove("/crud/a");
    WAIT_OK(delMissing);
    QCOMPARE(delMissing->result(), 0);
}

void tst_EtcdV2Store::valuesAreText_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("empty value") << QByteArray("/text/empty") << QByteArray();
    QTest::newRow("form characters") << QByteArray("/text/form") << QByteArray("a=b&c=d+e%20f");
    QTest::newRow("utf-8") << QByteArray("/text/utf8") << QByteArray("Grüße, мир");
    QTest::newRow("key with space and ?") << QByteArray("/text/a b?c") << QByteArray("x");
    QTest::newRow("newlines") << QByteArray("/text/multi") << QByteArray("line 1\nline 2\n");
}

void tst_EtcdV2Store::valuesAreText()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    EtcdPutJob *put = m_store->put(key, value);
    WAIT_OK(put);
    EtcdRangeJob *get = m_store->range(key);
    WAIT_OK(get);
    QCOMPARE(get->result().kvs.size(), 1);
    QCOMPARE(get->result().kvs.first().key, key);
    QCOMPARE(get->result().kvs.first().value, value);
}

void tst_EtcdV2Store::prefixNotAtSlash()
{
    EtcdBatchJob *batch
        = m_store->applyBatch({EtcdBatchOp::put("/p/ab", "1"), EtcdBatchOp::put("/p/ac", "2"),
                               EtcdBatchOp::put("/p/b/x", "3"), EtcdBatchOp::put("/p/b-c", "4")});
    WAIT_OK(batch);
    QVERIFY(batch->result().complete());
    EtcdRangeJob *a = m_store->range("/p/a", true);
    WAIT_OK(a);
    QCOMPARE(keysOf(a->result().kvs), (QList<QByteArray> {"/p/ab", "/p/ac"}));
    EtcdRangeAllJob *all = m_store->rangeAll("/p/");
    WAIT_OK(all);
    // Byte order as v3 lists: '-' sorts before '/'.
    QCOMPARE(keysOf(all->result().kvs), (QList<QByteArray> {"/p/ab", "/p/ac", "/p/b-c", "/p/b/x"}));
    QCOMPARE(all->result().count, 4);
    EtcdRangeJob *missing = m_store->range("/nothing/here/", true);
    WAIT_OK(missing);
    QVERIFY(missing->result().kvs.isEmpty());
}

void tst_EtcdV2Store::directoriesAreNotKeys()
{
    EtcdPutJob *put = m_store->put("/d/x/y", "v");
    WAIT_OK(put);
    EtcdRangeJob *dir = m_store->range("/d/x");
    WAIT_OK(dir);
    QVERIFY(dir->result().kvs.isEmpty());
    // Writing a value onto a directory names the problem.
    EtcdPutJob *onDir = m_store->put("/d/x", "v");
    QVERIFY(waitJob(onDir));
    QVERIFY(onDir->hasError());
    QVERIFY2(onDir->errorString().contains(QLatin1String("directory")),
             qPrintable(onDir->errorString()));
}

void tst_EtcdV2Store::limit()
{
    EtcdBatchJob *batch
        = m_store->applyBatch({EtcdBatchOp::put("/lim/1", "1"), EtcdBatchOp::put("/lim/2", "2"),
                               EtcdBatchOp::put("/lim/3", "3")});
    WAIT_OK(batch);
    EtcdRangeJob *two = m_store->range("/lim/", true, true, 2);
    WAIT_OK(two);
    QCOMPARE(two->result().kvs.size(), 2);
    QVERIFY(two->result().more);
    QCOMPARE(two->result().count, 3);
}

void tst_EtcdV2Store::casConflict()
{
    EtcdPutJob *put = m_store->put("/cas/k", "mine");
    WAIT_OK(put);
    const qint64 read = put->result();
    EtcdCasJob *ok = m_store->putIfUnchanged("/cas/k", "mine 2", read);
    WAIT_OK(ok);
    QVERIFY(ok->result().succeeded);
    QVERIFY(ok->result().revision > read);

    // Another writer came in between: the stale index conflicts and shows theirs.
    EtcdPutJob *theirs = m_store->put("/cas/k", "theirs");
    WAIT_OK(theirs);
    EtcdCasJob *stale = m_store->putIfUnchanged("/cas/k", "mine 3", ok->result().revision);
    WAIT_OK(stale);
    QVERIFY(!stale->result().succeeded);
    QCOMPARE(stale->result().current.value, QByteArray("theirs"));
    QCOMPARE(stale->result().current.modRevision, theirs->result());
    EtcdRangeJob *get = m_store->range("/cas/k");
    WAIT_OK(get);
    QCOMPARE(get->result().kvs.first().value, QByteArray("theirs"));

    // Deleted meanwhile: a conflict with a key that does not exist.
    EtcdDeleteJob *del = m_store->remove("/cas/k");
    WAIT_OK(del);
    EtcdCasJob *onGone = m_store->putIfUnchanged("/cas/k", "x", theirs->result());
    WAIT_OK(onGone);
    QVERIFY(!onGone->result().succeeded);
    QCOMPARE(onGone->result().current.version, 0);
}

void tst_EtcdV2Store::createIfAbsent()
{
    EtcdCasJob *create = m_store->putIfUnchanged("/create/k", "first", 0);
    WAIT_OK(create);
    QVERIFY(create->result().succeeded);
    EtcdCasJob *second = m_store->putIfUnchanged("/create/k", "second", 0);
    WAIT_OK(second);
    QVERIFY(!second->result().succeeded);
    QCOMPARE(second->result().current.value, QByteArray("first"));
}

void tst_EtcdV2Store::recursiveDelete()
{
    EtcdBatchJob *batch
        = m_store->applyBatch({EtcdBatchOp::put("/r/a", "1"), EtcdBatchOp::put("/r/b/c", "2"),
                               EtcdBatchOp::put("/r/b/d/e", "3"), EtcdBatchOp::put("/rx", "4")});
    WAIT_OK(batch);
    EtcdDeleteJob *del = m_store->remove("/r/", true);
    WAIT_OK(del);
    QCOMPARE(del->result(), 3);
    EtcdRangeJob *left = m_store->range("/r", true);
    WAIT_OK(left);
    QCOMPARE(keysOf(left->result().kvs), QList<QByteArray> {"/rx"});
    // A prefix that is not a directory deletes the matching keys and directories beside it.
    EtcdBatchJob *more
        = m_store->applyBatch({EtcdBatchOp::put("/s/ab", "1"), EtcdBatchOp::put("/s/a/x", "2"),
                               EtcdBatchOp::put("/s/b", "3")});
    WAIT_OK(more);
    EtcdDeleteJob *delA = m_store->remove("/s/a", true);
    WAIT_OK(delA);
    QCOMPARE(delA->result(), 2);
    EtcdRangeJob *sLeft = m_store->range("/s/", true);
    WAIT_OK(sLeft);
    QCOMPARE(keysOf(sLeft->result().kvs), QList<QByteArray> {"/s/b"});
}

void tst_EtcdV2Store::batchStopsHalfWay()
{
    EtcdPutJob *put = m_store->put("/batch/guarded", "old");
    WAIT_OK(put);
    EtcdPutJob *theirs = m_store->put("/batch/guarded", "theirs");
    WAIT_OK(theirs);
    EtcdBatchJob *batch
        = m_store->applyBatch({EtcdBatchOp::put("/batch/1", "1"),
                               EtcdBatchOp::put("/batch/guarded", "mine", put->result()),
                               EtcdBatchOp::put("/batch/3", "3")});
    QSignalSpy progress(batch, &EtcdBatchJob::progress);
    WAIT_OK(batch);
    const EtcdBatchResult &r = batch->result();
    QVERIFY(!r.complete());
    QCOMPARE(r.txns, 3);
    QCOMPARE(r.appliedTxns, 1);
    QCOMPARE(r.failedTxn, 1);
    QCOMPARE(r.failedFirstOp, 1);
    QCOMPARE(r.conflicts.size(), 1);
    QCOMPARE(r.conflicts.first().value, QByteArray("theirs"));
    QVERIFY2(r.failure.contains(QLatin1String("no transactions")), qPrintable(r.failure));
    QCOMPARE(progress.size(), 1);
    EtcdRangeJob *after = m_store->range("/batch/", true);
    WAIT_OK(after);
    QCOMPARE(keysOf(after->result().kvs), (QList<QByteArray> {"/batch/1", "/batch/guarded"}));
}

void tst_EtcdV2Store::batchDeletes()
{
    EtcdPutJob *put = m_store->put("/bd/a", "1");
    WAIT_OK(put);
    EtcdBatchJob *batch = m_store->applyBatch(
        {EtcdBatchOp::put("/bd/dir/x", "1"), EtcdBatchOp::remove("/bd/a", false, put->result()),
         EtcdBatchOp::remove("/bd/dir/", true), EtcdBatchOp::remove("/bd/missing", false, 0)});
    WAIT_OK(batch);
    QVERIFY(batch->result().complete());
    QCOMPARE(batch->result().deleted, 2);
    EtcdBatchJob *empty = m_store->applyBatch({});
    WAIT_OK(empty);
    QVERIFY(empty->result().complete());
}

void tst_EtcdV2Store::watchInOrder()
{
    std::unique_ptr<EtcdWatcher> watch(m_store->watch("/w/", true, 0, nullptr));
    QSignalSpy created(watch.get(), &EtcdWatcher::created);
    QSignalSpy events(watch.get(), &EtcdWatcher::events);
    watch->start();
    QVERIFY(created.wait(30'000));
    EtcdPutJob *a = m_store->put("/w/a", "1");
    WAIT_OK(a);
    EtcdPutJob *outside = m_store->put("/wx", "no");
    WAIT_OK(outside);
    EtcdPutJob *b = m_store->put("/w/sub/b", "2");
    WAIT_OK(b);
    EtcdDeleteJob *del = m_store->remove("/w/a");
    WAIT_OK(del);
    QTRY_COMPARE_WITH_TIMEOUT(eventLog(events).size(), 3, 30'000);
    QCOMPARE(eventLog(events), (QStringList {"P /w/a=1", "P /w/sub/b=2", "D /w/a"}));
    const EtcdEvent first = events.first().first().value<EtcdEvents>().first();
    QCOMPARE(first.kv.modRevision, a->result());
    QCOMPARE(first.kv.version, 1);
    QCOMPARE(watch->nextRevision(), events.last().at(1).toLongLong() + 1);
}

void tst_EtcdV2Store::watchResumesAcrossRestart()
{
    std::unique_ptr<EtcdWatcher> watch(m_store->watch("/resume/", true, 0, nullptr));
    QSignalSpy created(watch.get(), &EtcdWatcher::created);
    QSignalSpy events(watch.get(), &EtcdWatcher::events);
    QSignalSpy resumed(watch.get(), &EtcdWatcher::resumed);
    QSignalSpy compacted(watch.get(), &EtcdWatcher::compacted);
    QSignalSpy failed(watch.get(), &EtcdWatcher::failed);
    watch->start();
    QVERIFY(created.wait(30'000));
    for (const char *v : {"1", "2"}) {
        EtcdPutJob *put = m_store->put(QByteArray("/resume/") + v, v);
        WAIT_OK(put);
    }
    QTRY_COMPARE_WITH_TIMEOUT(eventLog(events).size(), 2, 30'000);

    m_etcd.stop();
    QVERIFY2(m_etcd.startAgain(), qPrintable(m_etcd.failureReason()));
    // Written while the watch is still reconnecting: the resume must pick these up.
    for (const char *v : {"3", "4"}) {
        EtcdPutJob *put = m_store->put(QByteArray("/resume/") + v, v);
        WAIT_OK(put);
    }
    QTRY_COMPARE_WITH_TIMEOUT(eventLog(events).size(), 4, 60'000);
    QCOMPARE(eventLog(events),
             (QStringList {"P /resume/1=1", "P /resume/2=2", "P /resume/3=3", "P /resume/4=4"}));
    QVERIFY(!resumed.isEmpty());
    QVERIFY(compacted.isEmpty());
    QVERIFY(failed.isEmpty());
}

void tst_EtcdV2Store::eventIndexCleared()
{
    EtcdPutJob *first = m_store->put("/cleared/first", "x");
    WAIT_OK(first);
    // etcd keeps the last 1000 events.
    QList<EtcdBatchOp> ops;
    for (int i = 0; i < 1005; ++i)
        ops << EtcdBatchOp::put("/cleared/k", QByteArray::number(i));
    EtcdBatchJob *batch = m_store->applyBatch(ops);
    WAIT_OK(batch);
    std::unique_ptr<EtcdWatcher> watch(m_store->watch("/cleared/", true, first->result(), nullptr));
    QSignalSpy compacted(watch.get(), &EtcdWatcher::compacted);
    QSignalSpy events(watch.get(), &EtcdWatcher::events);
    watch->start();
    QVERIFY(compacted.wait(30'000));
    QVERIFY(compacted.first().first().toLongLong() >= batch->result().revision - 1005);
    QVERIFY(events.isEmpty());
    QVERIFY(!watch->isActive());

    // Reload and restart from the reloaded index: works again.
    EtcdRangeAllJob *reload = m_store->rangeAll("/cleared/");
    WAIT_OK(reload);
    QSignalSpy created(watch.get(), &EtcdWatcher::created);
    watch->startFrom(reload->result().revision + 1);
    EtcdPutJob *later = m_store->put("/cleared/later", "y");
    WAIT_OK(later);
    QTRY_COMPARE_WITH_TIMEOUT(eventLog(events), QStringList {"P /cleared/later=y"}, 30'000);
}

void tst_EtcdV2Store::connectorAuto()
{
    EtcdConnector connector(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()),
                            EtcdConnector::Preference::Auto);
    WAIT_OK(&connector);
    QCOMPARE(connector.api(), EtcdStore::Api::V3);
    QVERIFY(connector.serverVersion().startsWith(QLatin1String("3.")));
    QCOMPARE(connector.apiPrefix(), QByteArray("/v3/"));
    QVERIFY2(connector.choice().contains(QLatin1String("v3")), qPrintable(connector.choice()));
    std::unique_ptr<EtcdStore> store = connector.takeStore();
    QVERIFY(store);
    QVERIFY(store->atomicBatches());
    EtcdPutJob *put = store->put("/connector/v3", "yes");
    WAIT_OK(put);
    QVERIFY(!connector.takeStore());
}

void tst_EtcdV2Store::connectorV2()
{
    EtcdConnector connector(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()),
                            EtcdConnector::Preference::V2);
    WAIT_OK(&connector);
    QCOMPARE(connector.api(), EtcdStore::Api::V2);
    std::unique_ptr<EtcdStore> store = connector.takeStore();
    QVERIFY(store);
    QCOMPARE(store->api(), EtcdStore::Api::V2);
    EtcdPutJob *put = store->put("/connector/v2", "yes");
    WAIT_OK(put);
    // v2 and v3 are separate keyspaces.
    EtcdRangeJob *v2 = m_store->range("/connector/v2");
    WAIT_OK(v2);
    QCOMPARE(v2->result().kvs.size(), 1);

    EtcdConnector unreachable(EtcdEndpoints::fromList(QStringLiteral("http://127.0.0.1:1")),
                              EtcdConnector::Preference::Auto);
    QVERIFY(waitJob(&unreachable));
    QVERIFY(unreachable.hasError());
    QVERIFY(!unreachable.errorString().isEmpty());
    QVERIFY(!unreachable.takeStore());
}

void tst_EtcdV2Store::chooseApi_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<int>("preference");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("api");
    const int v3 = int(EtcdStore::Api::V3), v2 = int(EtcdStore::Api::V2);
    QTest::newRow("3.4 auto") << "3.4.23" << int(EtcdConnector::Preference::Auto) << true << v3;
    QTest::newRow("3.3 auto") << "3.3.11" << int(EtcdConnector::Preference::Auto) << true << v3;
    QTest::newRow("2.3 auto") << "2.3.8" << int(EtcdConnector::Preference::Auto) << true << v2;
    QTest::newRow("3.4 v2") << "3.4.23" << int(EtcdConnector::Preference::V2) << true << v2;
    QTest::newRow("2.3 v3") << "2.3.8" << int(EtcdConnector::Preference::V3) << false << v3;
    QTest::newRow("garbage auto") << "x" << int(EtcdConnector::Preference::Auto) << true << v2;
}

void tst_EtcdV2Store::chooseApi()
{
    QFETCH(QString, version);
    QFETCH(int, preference);
    QFETCH(bool, ok);
    QFETCH(int, api);
    EtcdStore::Api chosen = EtcdStore::Api::V3;
    QString error;
    QCOMPARE(
        EtcdConnector::chooseApi(version, EtcdConnector::Preference(preference), &chosen, &error),
        ok);
    if (ok)
        QCOMPARE(int(chosen), api);
    else
        QVERIFY(error.contains(version));
}

QTEST_GUILESS_MAIN(tst_EtcdV2Store)
#include "tst_EtcdV2Store.moc"
