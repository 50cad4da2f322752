// EtcdImportPlan and EtcdExportJob against a real etcd: export of a subtree read back by the
// parser; a dry run's classification (add, change, unchanged, delete with prune) with the mod
// revisions seen; apply in batches of 128; an import refused with the keys when a second client
// writes between the dry run and the apply (before any write, and, with the check off, by the
// guard of the batch that holds the key, earlier batches staying applied).
#include "EtcdFixture.h"

#include "etcd/EtcdClient.h"
#include "etcd/EtcdExportJob.h"
#include "etcd/EtcdImportPlan.h"
#include "etcd/EtcdKv.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;

class tst_EtcdImportPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportSubtree();
    void dryRunAndApply();
    void refusedWhenChangedAfterDryRun();
    void guardRefusesLaterBatch();
    void brokenYamlRefused();

private:
    bool put(const QByteArray &key, const QByteArray &value);
    EtcdRange read(const QByteArray &prefix);

    EtcdFixture m_etcd;
    std::unique_ptr<EtcdClient> m_client;
    std::unique_ptr<EtcdKv> m_kv;
};

void tst_EtcdImportPlan::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    m_client = std::make_unique<EtcdClient>(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    m_kv = std::make_unique<EtcdKv>(m_client.get());
}

void tst_EtcdImportPlan::init()
{
    EtcdDeleteJob *job = m_kv->remove(QByteArray(), true);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(30'000));
    job->deleteLater();
}

bool tst_EtcdImportPlan::put(const QByteArray &key, const QByteArray &value)
{
    EtcdPutJob *job = m_kv->put(key, value);
    QSignalSpy done(job, &ApiJob::finished);
    const bool ok = done.wait(30'000) && !job->hasError();
    job->deleteLater();
    return ok;
}

EtcdRange tst_EtcdImportPlan::read(const QByteArray &prefix)
{
    EtcdRangeAllJob *job = m_kv->rangeAll(prefix);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30'000))
        return {};
    job->deleteLater();
    return job->result();
}

void tst_EtcdImportPlan::exportSubtree()
{
    QVERIFY(put("/services/a", "1"));
    QVERIFY(put("/services/b/conf", "line 1\nline 2\n"));
    QVERIFY(put("/services/bin", QByteArray("\x00\xff", 2)));
    QVERIFY(put("/other/x", "not exported"));
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("export.yaml"));
    EtcdExportJob job(m_kv.get(), "/services/");
    job.setFileName(file);
    QSignalSpy done(&job, &ApiJob::finished);
    job.start();
    QVERIFY(done.wait(30'000));
    QVERIFY2(!job.hasError(), qPrintable(job.errorString()));
    QCOMPARE(job.result().keys, 3);
    QVERIFY(job.result().revision > 0);
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QCOMPARE(saved.readAll(), job.result().yaml);
    const EtcdYamlParseResult parsed = EtcdYamlDocument::parse(job.result().yaml);
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QVERIFY(parsed.header.contains(QStringLiteral("revision %1").arg(job.result().revision)));
    const EtcdYamlEntries expected {{"/services/a", "1", {}},
                                    {"/services/b/conf", "line 1\nline 2\n", {}},
                                    {"/services/bin", QByteArray("\x00\xff", 2), {}}};
    QCOMPARE(parsed.entries, expected);
}

void tst_EtcdImportPlan::dryRunAndApply()
{
    QVERIFY(put("/svc/same", "s"));
    QVERIFY(put("/svc/changed", "old"));
    QVERIFY(put("/svc/gone", "g"));
    QVERIFY(put("/elsewhere", "kept"));
    const EtcdRange before = read("/svc/");
    EtcdYamlEntries entries {{"/svc/same", "s", {}}, {"/svc/changed", "new", {}}};
    for (int i = 0; i < 300; ++i) // 301 writes: three batches of at most 128
        entries.append({"/svc/new/" + QByteArray::number(1000 + i), QByteArray::number(i), {}});
    EtcdImportPlan plan(m_kv.get());
    QVERIFY(plan.setYaml(EtcdYamlDocument::write(entries)));
    plan.setPrune(true);
    QCOMPARE(plan.pruneScope(), QByteArray("/svc/"));
    QSignalSpy dry(&plan, &EtcdImportPlan::dryRunFinished);
    plan.dryRun();
    QVERIFY(dry.wait(30'000));
    QVERIFY2(dry.at(0).at(0).toBool(), qPrintable(plan.errorString()));
    using Kind = EtcdImportChange::Kind;
    QCOMPARE(plan.count(Kind::Add), 300);
    QCOMPARE(plan.count(Kind::Change), 1);
    QCOMPARE(plan.count(Kind::Unchanged), 1);
    QCOMPARE(plan.count(Kind::Delete), 1);
    QCOMPARE(plan.dryRunRevision(), before.revision);
    for (const EtcdImportChange &c : plan.changes()) {
        if (c.key == "/svc/changed") {
            QCOMPARE(c.kind, Kind::Change);
            QCOMPARE(c.oldValue, QByteArray("old"));
            QCOMPARE(c.modRevision, before.kvs.at(0).modRevision);
        }
        if (c.kind == Kind::Add)
            QCOMPARE(c.modRevision, 0);
    }
    const QString summary = plan.summary(1000);
    QVERIFY2(
        summary.startsWith(QStringLiteral("300 to add, 1 to change, 1 unchanged, 1 to delete")),
        qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("\n~ /svc/changed\n")));
    QVERIFY(summary.contains(QStringLiteral("\n+ /svc/new/1000\n")));
    QVERIFY(summary.contains(QStringLiteral("\n- /svc/gone")));
    QVERIFY(!summary.contains(QStringLiteral("/svc/same")));
    QVERIFY(plan.summary(5).endsWith(QStringLiteral("and 297 more")));

    QSignalSpy applied(&plan, &EtcdImportPlan::applyFinished);
    plan.apply();
    QVERIFY(applied.wait(60'000));
    QVERIFY2(applied.at(0).at(0).toBool(), qPrintable(plan.errorString()));
    QVERIFY(plan.result().complete);
    QVERIFY(plan.result().atomic);
    QCOMPARE(plan.result().batches, 3);
    QCOMPARE(plan.result().appliedBatches, 3);
    QCOMPARE(plan.result().appliedChanges, 302);
    const EtcdRange after = read("/svc/");
    QCOMPARE(after.kvs.size(), 302);
    QCOMPARE(read("/elsewhere").kvs.size(), 1);
    QCOMPARE(read("/svc/changed").kvs.at(0).value, QByteArray("new"));
    QVERIFY(read("/svc/gone").kvs.isEmpty());

    // Again: nothing left to do.
    plan.dryRun();
    QVERIFY(dry.wait(30'000));
    QVERIFY(!plan.hasWork());
}

void tst_EtcdImportPlan::refusedWhenChangedAfterDryRun()
{
    QVERIFY(put("/r/a", "1"));
    QVERIFY(put("/r/b", "2"));
    EtcdImportPlan plan(m_kv.get());
    plan.setEntries({{"/r/a", "10", {}}, {"/r/b", "20", {}}, {"/r/c", "30", {}}});
    QSignalSpy dry(&plan, &EtcdImportPlan::dryRunFinished);
    plan.dryRun();
    QVERIFY(dry.wait(30'000));
    QCOMPARE(plan.count(EtcdImportChange::Kind::Change), 2);

    // A second client writes in between.
    EtcdClient other(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    EtcdKv otherKv(&other);
    EtcdPutJob *write = otherKv.put("/r/b", "theirs");
    QSignalSpy written(write, &ApiJob::finished);
    QVERIFY(written.wait(30'000));
    EtcdPutJob *create = otherKv.put("/r/c", "theirs too");
    QSignalSpy created(create, &ApiJob::finished);
    QVERIFY(created.wait(30'000));

    QSignalSpy applied(&plan, &EtcdImportPlan::applyFinished);
    plan.apply();
    QVERIFY(applied.wait(30'000));
    QCOMPARE(applied.at(0).at(0).toBool(), false);
    QCOMPARE(plan.result().complete, false);
    QCOMPARE(plan.result().appliedBatches, 0);
    QCOMPARE(plan.result().conflicts, (QList<QByteArray> {"/r/b", "/r/c"}));
    QVERIFY2(plan.errorString().contains(QStringLiteral("/r/b")), qPrintable(plan.errorString()));
    QVERIFY(plan.errorString().contains(QStringLiteral("nothing was written")));
    // Nothing was overwritten, not even the key nobody touched.
    QCOMPARE(read("/r/a").kvs.at(0).value, QByteArray("1"));
    QCOMPARE(read("/r/b").kvs.at(0).value, QByteArray("theirs"));
    QCOMPARE(read("/r/c").kvs.at(0).value, QByteArray("theirs too"));
}

void tst_EtcdImportPlan::guardRefusesLaterBatch()
{
    EtcdYamlEntries entries;
    for (int i = 0; i < 300; ++i)
        entries.append({"/g/" + QByteArray::number(1000 + i), "mine", {}});
    EtcdImportPlan plan(m_kv.get());
    plan.setEntries(entries);
    plan.setCheckBeforeApply(false); // let the transactions' guards catch it
    QSignalSpy dry(&plan, &EtcdImportPlan::dryRunFinished);
    plan.dryRun();
    QVERIFY(dry.wait(30'000));
    // Someone creates a key of the second batch after the dry run.
    QVERIFY(put("/g/1200", "theirs"));
    QSignalSpy applied(&plan, &EtcdImportPlan::applyFinished);
    plan.apply();
    QVERIFY(applied.wait(60'000));
    QCOMPARE(applied.at(0).at(0).toBool(), false);
    const EtcdImportResult &r = plan.result();
    QCOMPARE(r.batches, 3);
    QCOMPARE(r.appliedBatches, 1);
    QCOMPARE(r.appliedChanges, 128);
    QCOMPARE(r.conflicts, (QList<QByteArray> {"/g/1200"}));
    QVERIFY2(r.message.contains(QStringLiteral("Batches 1 to 1 of 3 were applied")),
             qPrintable(r.message));
    QVERIFY(r.message.contains(QStringLiteral("/g/1200")));
    // Batch 1 is in, batch 2 (all or nothing) and 3 are not.
    QCOMPARE(read("/g/").kvs.size(), 129);
    QCOMPARE(read("/g/1127").kvs.size(), 1);
    QVERIFY(read("/g/1128").kvs.isEmpty());
    QCOMPARE(read("/g/1200").kvs.at(0).value, QByteArray("theirs"));
}

void tst_EtcdImportPlan::brokenYamlRefused()
{
    EtcdImportPlan plan(m_kv.get());
    QVERIFY(!plan.setYaml("keys:\n  /a: b\n  /a: c\n"));
    QCOMPARE(plan.parseResult().line, 3);
    QSignalSpy dry(&plan, &EtcdImportPlan::dryRunFinished);
    plan.dryRun();
    QVERIFY(dry.wait(10'000));
    QCOMPARE(dry.at(0).at(0).toBool(), false);
    QVERIFY(plan.errorString().startsWith(QStringLiteral("3:")));
}

QTEST_GUILESS_MAIN(tst_EtcdImportPlan)
#include "tst_EtcdImportPlan.moc"
