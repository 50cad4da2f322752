// Benchmark 3: export and import of 100,000 keys as YAML against what a user would do instead,
// etcdctl, on the same etcd in the same run.
//   export: EtcdExportJob (one snapshot, paged reads, YAML written and saved off the event loop)
//           vs `etcdctl get PREFIX --prefix -w json` over the same keys, its output read whole.
//   import: EtcdImportPlan (parse, dry run, re-check, guarded transactions of 128 puts)
//           vs `etcdctl put` per key. One etcdctl process per key for 100,000 keys would take
//           far too long for a bench run, so it is timed on a sample of 2,000 keys and scaled
//           to 100,000 (the printout says so).
// Prints the ratios (target <= 1.0); asserts only that every key made the trip.
#include "EtcdFixture.h"

#include "etcd/EtcdClient.h"
#include "etcd/EtcdExportJob.h"
#include "etcd/EtcdImportPlan.h"
#include "etcd/EtcdKv.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <limits>

using namespace ws;
using ws::test::EtcdFixture;

namespace {

constexpr int kKeys = 100'000;
constexpr int kEtcdctlPutSample = 2'000;
constexpr int kRuns = 3;
constexpr int kWaitMs = 600'000;

QByteArray keyName(int i)
{
    return "/bench/svc" + QByteArray::number(i / 1000).rightJustified(3, '0') + "/config/key"
        + QByteArray::number(i % 1000).rightJustified(4, '0');
}

QByteArray valueOf(int i)
{
    if (i % 10 == 0) // a config file now and then
        return "[DEFAULT]\ndebug = false\nverbose = true\nport = " + QByteArray::number(i) + "\n";
    return "value-" + QByteArray::number(i) + "-abcdefghijklmnopqrstuvwxyz";
}

} // namespace

class bench_EtcdYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportAgainstEtcdctl();
    void importAgainstEtcdctl();

private:
    bool clear(const QByteArray &prefix);
    qint64 count(const QByteArray &prefix);
    QProcessEnvironment etcdctlEnvironment() const;

    EtcdFixture m_etcd;
    QTemporaryDir m_dir;
    std::unique_ptr<EtcdClient> m_client;
    std::unique_ptr<EtcdKv> m_kv;
    QByteArray m_yaml;
    qint64 m_exportNs = 0; // the best export, for the round trip's ratio
    qint64 m_etcdctlGetNs = 0;
};

void bench_EtcdYaml::initTestCase()
{
    m_etcd.setExtraArguments({QStringLiteral("--quota-backend-bytes=4294967296")});
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    m_client = std::make_unique<EtcdClient>(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    m_kv = std::make_unique<EtcdKv>(m_client.get());
    QList<EtcdBatchOp> ops;
    ops.reserve(kKeys);
    for (int i = 0; i < kKeys; ++i)
        ops.append(EtcdBatchOp::put(keyName(i), valueOf(i)));
    EtcdBatchJob *job = m_kv->applyBatch(ops);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(kWaitMs));
    QVERIFY2(!job->hasError() && job->result().complete(), qPrintable(job->errorString()));
    job->deleteLater();
}

QProcessEnvironment bench_EtcdYaml::etcdctlEnvironment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETCDCTL_API"), QStringLiteral("3"));
    env.insert(QStringLiteral("ETCDCTL_ENDPOINTS"), m_etcd.clientUrl().toString());
    return env;
}

bool bench_EtcdYaml::clear(const QByteArray &prefix)
{
    EtcdDeleteJob *job = m_kv->remove(prefix, true);
    QSignalSpy done(job, &ApiJob::finished);
    const bool ok = done.wait(kWaitMs) && !job->hasError();
    job->deleteLater();
    return ok;
}

qint64 bench_EtcdYaml::count(const QByteArray &prefix)
{
    EtcdRangeJob *job = m_kv->range(prefix, true, true, 1);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(kWaitMs))
        return -1;
    job->deleteLater();
    return job->result().count;
}

void bench_EtcdYaml::exportAgainstEtcdctl()
{
    qint64 bestEtcdctl = std::numeric_limits<qint64>::max();
    qint64 etcdctlBytes = 0;
    for (int run = 0; run < kRuns; ++run) {
        QProcess etcdctl;
        etcdctl.setProcessEnvironment(etcdctlEnvironment());
        QElapsedTimer timer;
        timer.start();
        etcdctl.start(QStringLiteral("etcdctl"),
                      {QStringLiteral("get"), QStringLiteral("/bench/"), QStringLiteral("--prefix"),
                       QStringLiteral("-w"), QStringLiteral("json")});
        QVERIFY2(etcdctl.waitForFinished(kWaitMs), "etcdctl did not finish");
        const QByteArray out = etcdctl.readAllStandardOutput();
        bestEtcdctl = std::min(bestEtcdctl, timer.nsecsElapsed());
        QCOMPARE(etcdctl.exitCode(), 0);
        QVERIFY(out.count("\"key\"") == kKeys);
        etcdctlBytes = out.size();
    }

    qint64 bestExport = std::numeric_limits<qint64>::max();
    const QString file = m_dir.filePath(QStringLiteral("bench.yaml"));
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        EtcdExportJob job(m_kv.get(), "/bench/");
        job.setFileName(file);
        QSignalSpy done(&job, &ApiJob::finished);
        job.start();
        QVERIFY(done.wait(kWaitMs));
        bestExport = std::min(bestExport, timer.nsecsElapsed());
        QVERIFY2(!job.hasError(), qPrintable(job.errorString()));
        QCOMPARE(job.result().keys, kKeys);
        m_yaml = job.result().yaml;
    }
    // Where the time goes: the paged snapshot read alone, at the default page size and at
    // 10,000 keys a page, and writing the YAML alone.
    qint64 listing[2] = {0, 0};
    for (int i = 0; i < 2; ++i) {
        EtcdKv kv(m_client.get());
        if (i == 1)
            kv.setPageSize(10'000);
        QElapsedTimer timer;
        timer.start();
        EtcdRangeAllJob *job = kv.rangeAll("/bench/");
        QSignalSpy done(job, &ApiJob::finished);
        QVERIFY(done.wait(kWaitMs));
        listing[i] = timer.nsecsElapsed();
        QCOMPARE(job->result().kvs.size(), kKeys);
    }
    EtcdYamlEntries entries;
    for (int i = 0; i < kKeys; ++i)
        entries.append({keyName(i), valueOf(i), {}});
    QElapsedTimer writeTimer;
    writeTimer.start();
    const QByteArray written = EtcdYamlDocument::write(entries, QStringLiteral("bench"));
    const qint64 writeNs = writeTimer.nsecsElapsed();
    QVERIFY(written.size() > kKeys);
    qInfo("etcd yaml export parts: rangeAll %.1f ms (pages from %d keys, then sized by their "
          "bytes up to %d), %.1f ms (10000 a page); EtcdYamlDocument::write %.1f ms",
          listing[0] / 1e6, EtcdKv::DefaultPageSize, EtcdKv::DefaultMaxPageSize, listing[1] / 1e6,
          writeNs / 1e6);
    m_exportNs = bestExport;
    m_etcdctlGetNs = bestEtcdctl;
    qInfo("etcd yaml export: %d keys, export to YAML file %.1f ms (%.1f MB), etcdctl get --prefix "
          "-w json %.1f ms (%.1f MB), ratio %.2f (target <= 1.0)",
          kKeys, bestExport / 1e6, m_yaml.size() / 1e6, bestEtcdctl / 1e6, etcdctlBytes / 1e6,
          double(bestExport) / double(bestEtcdctl));
}

void bench_EtcdYaml::importAgainstEtcdctl()
{
    QVERIFY(!m_yaml.isEmpty());
    // etcdctl put, one process per key, on a sample under another prefix.
    QElapsedTimer sampleTimer;
    sampleTimer.start();
    for (int i = 0; i < kEtcdctlPutSample; ++i) {
        QProcess etcdctl;
        etcdctl.setProcessEnvironment(etcdctlEnvironment());
        etcdctl.start(QStringLiteral("etcdctl"),
                      {QStringLiteral("put"), QString::fromUtf8("/sample" + keyName(i)),
                       QString::fromUtf8(valueOf(i))});
        QVERIFY2(etcdctl.waitForFinished(kWaitMs), "etcdctl did not finish");
        QCOMPARE(etcdctl.exitCode(), 0);
    }
    const qint64 sampleNs = sampleTimer.nsecsElapsed();
    const double scaledEtcdctlNs = double(sampleNs) * kKeys / kEtcdctlPutSample;
    QCOMPARE(count("/sample/"), kEtcdctlPutSample);

    qint64 bestImport = std::numeric_limits<qint64>::max();
    qint64 parseNs = 0;
    int batches = 0;
    for (int run = 0; run < kRuns; ++run) {
        QVERIFY(clear("/bench/"));
        QElapsedTimer timer;
        timer.start();
        EtcdImportPlan plan(m_kv.get());
        QVERIFY(plan.setYaml(m_yaml));
        const qint64 parsed = timer.nsecsElapsed();
        QSignalSpy dry(&plan, &EtcdImportPlan::dryRunFinished);
        plan.dryRun();
        QVERIFY(dry.wait(kWaitMs));
        QCOMPARE(plan.count(EtcdImportChange::Kind::Add), kKeys);
        QSignalSpy applied(&plan, &EtcdImportPlan::applyFinished);
        plan.apply();
        QVERIFY(applied.wait(kWaitMs));
        QVERIFY2(plan.result().complete, qPrintable(plan.result().message));
        if (timer.nsecsElapsed() < bestImport) {
            bestImport = timer.nsecsElapsed();
            parseNs = parsed;
        }
        batches = plan.result().batches;
        QCOMPARE(count("/bench/"), kKeys);
    }
    qInfo("etcd yaml import: %d keys, parse + dry run + apply %.1f ms (parse %.1f ms, %d "
          "transactions); etcdctl put, one process per key, %.1f ms for a sample of %d keys, "
          "scaled to %d keys %.1f ms; ratio %.3f (target <= 1.0)",
          kKeys, bestImport / 1e6, parseNs / 1e6, batches, sampleNs / 1e6, kEtcdctlPutSample, kKeys,
          scaledEtcdctlNs / 1e6, double(bestImport) / scaledEtcdctlNs);
    // The benchmark's ratio: the whole round trip against etcdctl's get and put of the keys.
    qInfo("etcd yaml export + import: %.1f ms, etcdctl get + put %.1f ms, ratio %.3f (target <= "
          "1.0)",
          (m_exportNs + bestImport) / 1e6, (m_etcdctlGetNs + scaledEtcdctlNs) / 1e6,
          double(m_exportNs + bestImport) / (double(m_etcdctlGetNs) + scaledEtcdctlNs));
}

QTEST_GUILESS_MAIN(bench_EtcdYaml)
#include "bench_EtcdYaml.moc"
