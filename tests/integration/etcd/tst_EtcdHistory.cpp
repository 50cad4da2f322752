// EtcdKeyHistory against a real etcd: values by revision newest first back to the creation; a
// delete and re-create shows as a gap; compaction ends the walk with its own message; the limit;
// a missing key; and a restore of an old value as a compare-and-swap that refuses when the key
// changed meanwhile.
#include "EtcdFixture.h"
#include "JobWait.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdKeyHistory.h"
#include "etcd/EtcdKv.h"

#include <QSignalSpy>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;

using ws::test::waitJob;

namespace {

bool waitHistory(EtcdKeyHistory *history)
{
    if (history->isFinished())
        return true;
    QSignalSpy spy(history, &EtcdKeyHistory::finished);
    return spy.wait(60'000) || history->isFinished();
}

} // namespace

class tst_EtcdHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walkToCreation();
    void deletionGap();
    void limit();
    void missingKey();
    void compaction();
    void restoreOldValue();

private:
    qint64 put(const QByteArray &key, const QByteArray &value);
    EtcdFixture m_etcd;
    std::unique_ptr<EtcdClient> m_client;
    std::unique_ptr<EtcdKv> m_kv;
};

void tst_EtcdHistory::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    m_client = std::make_unique<EtcdClient>(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    m_kv = std::make_unique<EtcdKv>(m_client.get());
}

qint64 tst_EtcdHistory::put(const QByteArray &key, const QByteArray &value)
{
    EtcdPutJob *job = m_kv->put(key, value);
    if (!waitJob(job) || job->hasError())
        return -1;
    job->deleteLater();
    return job->result();
}

void tst_EtcdHistory::walkToCreation()
{
    QList<qint64> revisions;
    for (const QByteArray value : {"one", "two", "three"}) {
        revisions.prepend(put("/hist/a", value));
        QVERIFY(revisions.constFirst() > 0);
        put("/hist/other", value); // revisions of other keys in between are skipped
    }
    EtcdKeyHistory history(m_kv.get(), "/hist/a");
    QSignalSpy found(&history, &EtcdKeyHistory::revisionFound);
    history.start();
    QVERIFY(waitHistory(&history));
    QCOMPARE(history.end(), EtcdKeyHistory::End::Created);
    QCOMPARE(history.revisions().size(), 3);
    QCOMPARE(found.size(), 3);
    QCOMPARE(history.revisions().at(0).value, QByteArray("three"));
    QCOMPARE(history.revisions().at(1).value, QByteArray("two"));
    QCOMPARE(history.revisions().at(2).value, QByteArray("one"));
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(history.revisions().at(i).modRevision, revisions.at(i));
        QCOMPARE(history.revisions().at(i).version, 3 - i);
        QVERIFY(!history.revisions().at(i).deleted);
    }
    QVERIFY(history.endText().contains(QLatin1String("creation")));
}

void tst_EtcdHistory::deletionGap()
{
    const qint64 first = put("/hist/gap", "before");
    QVERIFY(first > 0);
    EtcdDeleteJob *remove = m_kv->remove("/hist/gap");
    WAIT_OK(remove);
    put("/hist/unrelated", "x");
    const qint64 again = put("/hist/gap", "after");
    QVERIFY(again > 0);

    // Without a gap search the walk stops at the latest creation.
    EtcdKeyHistory plain(m_kv.get(), "/hist/gap");
    plain.start();
    QVERIFY(waitHistory(&plain));
    QCOMPARE(plain.end(), EtcdKeyHistory::End::Created);
    QCOMPARE(plain.revisions().size(), 1);

    EtcdKeyHistory history(m_kv.get(), "/hist/gap");
    history.setGapSearch(10);
    history.start();
    QVERIFY(waitHistory(&history));
    QCOMPARE(history.end(), EtcdKeyHistory::End::Created);
    QCOMPARE(history.revisions().size(), 3);
    QCOMPARE(history.revisions().at(0).value, QByteArray("after"));
    QCOMPARE(history.revisions().at(0).modRevision, again);
    QVERIFY(history.revisions().at(1).deleted);
    QCOMPARE(history.revisions().at(1).modRevision, first + 1); // the delete right after it
    QCOMPARE(history.revisions().at(2).value, QByteArray("before"));
    QCOMPARE(history.revisions().at(2).modRevision, first);
}

void tst_EtcdHistory::limit()
{
    for (int i = 0; i < 6; ++i)
        QVERIFY(put("/hist/limit", QByteArray::number(i)) > 0);
    EtcdKeyHistory history(m_kv.get(), "/hist/limit");
    history.setLimit(4);
    history.start();
    QVERIFY(waitHistory(&history));
    QCOMPARE(history.end(), EtcdKeyHistory::End::Limit);
    QCOMPARE(history.revisions().size(), 4);
    QCOMPARE(history.revisions().constLast().value, QByteArray("2"));
}

void tst_EtcdHistory::missingKey()
{
    EtcdKeyHistory history(m_kv.get(), "/hist/none");
    history.start();
    QVERIFY(waitHistory(&history));
    QCOMPARE(history.end(), EtcdKeyHistory::End::Missing);
    QVERIFY(history.revisions().isEmpty());
    QVERIFY(history.endText().contains(QLatin1String("/hist/none")));
}

void tst_EtcdHistory::compaction()
{
    QVERIFY(put("/hist/compact", "old") > 0);
    QVERIFY(put("/hist/compact", "middle") > 0);
    const qint64 kept = put("/hist/compact", "kept");
    const qint64 latest = put("/hist/compact", "latest");
    QVERIFY(latest > 0);
    // Compact at `kept`: the value written there stays readable, older ones are gone.
    HttpClient http(Endpoint::fromUrl(m_etcd.clientUrl().toString()));
    HttpReply *compact = http.send(HttpRequest::post(
        "/v3/kv/compaction", R"({"revision":")" + QByteArray::number(kept) + R"("})"));
    QSignalSpy compacted(compact, &HttpReply::finished);
    QVERIFY(compacted.wait(30'000));
    QVERIFY2(!compact->hasError(), qPrintable(compact->errorString()));

    EtcdKeyHistory history(m_kv.get(), "/hist/compact");
    history.start();
    QVERIFY(waitHistory(&history));
    QCOMPARE(history.end(), EtcdKeyHistory::End::Compacted);
    QCOMPARE(history.revisions().size(), 2);
    QCOMPARE(history.revisions().at(0).value, QByteArray("latest"));
    QCOMPARE(history.revisions().at(1).value, QByteArray("kept"));
    QVERIFY(history.compactedAt() < kept);
    QVERIFY2(history.endText().contains(QLatin1String("compacted")), qPrintable(history.endText()));
}

void tst_EtcdHistory::restoreOldValue()
{
    QVERIFY(put("/hist/restore", "good") > 0);
    QVERIFY(put("/hist/restore", "bad") > 0);
    EtcdKeyHistory history(m_kv.get(), "/hist/restore");
    history.start();
    QVERIFY(waitHistory(&history));
    QCOMPARE(history.revisions().size(), 2);
    const EtcdKeyRevision current = history.revisions().at(0);
    const EtcdKeyRevision old = history.revisions().at(1);

    // What the history dialog's Restore does: CAS against the current revision.
    EtcdCasJob *restore = m_kv->putIfUnchanged("/hist/restore", old.value, current.modRevision);
    WAIT_OK(restore);
    QVERIFY(restore->result().succeeded);
    EtcdRangeJob *read = m_kv->range("/hist/restore");
    WAIT_OK(read);
    QCOMPARE(read->result().kvs.constFirst().value, QByteArray("good"));
    QCOMPARE(read->result().kvs.constFirst().version, 3);

    // A second restore from the same (now stale) listing is refused, not applied.
    EtcdCasJob *stale = m_kv->putIfUnchanged("/hist/restore", "bad", current.modRevision);
    WAIT_OK(stale);
    QVERIFY(!stale->result().succeeded);
    QCOMPARE(stale->result().current.value, QByteArray("good"));

    // The restore is history too.
    EtcdKeyHistory after(m_kv.get(), "/hist/restore");
    after.start();
    QVERIFY(waitHistory(&after));
    QCOMPARE(after.revisions().size(), 3);
}

QTEST_GUILESS_MAIN(tst_EtcdHistory)
#include "tst_EtcdHistory.moc"
