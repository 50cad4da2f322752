// ProbeScheduler with real servers: a registry and an etcd probed on an interval, etcd stopped
// and reported Down within two intervals, its backoff growing while it stays down and reset when
// it is back (same ports); results and latency land in a ProbeHistory.
#include "EtcdFixture.h"
#include "RegistryFixture.h"

#include "infra/ProbeHistory.h"
#include "infra/ProbeScheduler.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

class tst_ProbeScheduler : public QObject
{
    Q_OBJECT

private slots:
    void stoppedServerIsDownWithinTwoIntervals();
};

void tst_ProbeScheduler::stoppedServerIsDownWithinTwoIntervals()
{
    test::EtcdFixture etcd;
    QVERIFY2(etcd.start(), qPrintable(etcd.failureReason()));
    test::RegistryFixture registry;
    QVERIFY2(registry.start(), qPrintable(registry.failureReason()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ProbeHistory history(dir.filePath(QStringLiteral("history.sqlite")));
    QVERIFY2(history.open(), qPrintable(history.errorString()));

    ProbeTarget e;
    e.kind = QStringLiteral("etcd");
    e.name = QStringLiteral("etcd");
    e.endpoint = etcd.clientUrl().toString();
    ProbeTarget r;
    r.kind = QStringLiteral("registry");
    r.endpoint = registry.hostPort();

    const int interval = 400;
    ProbeScheduler scheduler;
    scheduler.setInterval(interval);
    scheduler.setTimeout(2000);
    scheduler.setHistory(&history);
    scheduler.setTargets({e, r});
    QList<ProbeResult> etcdResults;
    QElapsedTimer sinceStop;
    qint64 downAfter = -1;
    connect(&scheduler, &ProbeScheduler::resultReady, this, [&](const ProbeResult &result) {
        if (result.kind != QLatin1String("etcd"))
            return;
        etcdResults << result;
        if (result.status == ProbeStatus::Down && downAfter < 0 && sinceStop.isValid())
            downAfter = sinceStop.elapsed();
    });
    QSignalSpy rounds(&scheduler, &ProbeScheduler::roundFinished);
    scheduler.start();
    QVERIFY(rounds.wait(20'000));
    QCOMPARE(scheduler.latest(e.id()).status, ProbeStatus::Up);
    QCOMPARE(scheduler.latest(r.id()).status, ProbeStatus::Up);
    QVERIFY(rounds.wait(20'000)); // a second round: the interval works

    etcd.stop();
    sinceStop.start();
    QTRY_VERIFY_WITH_TIMEOUT(downAfter >= 0, 20'000);
    // Within two intervals (and the probe's own time to find out: refused is quick).
    QVERIFY2(downAfter <= 2 * interval * 1.1 + 500, qPrintable(QString::number(downAfter)));
    QTRY_VERIFY_WITH_TIMEOUT(scheduler.failures(e.id()) >= 3, 30'000);
    QCOMPARE(scheduler.latest(r.id()).status, ProbeStatus::Up);
    QCOMPARE(scheduler.failures(r.id()), 0);
    // Backing off: the next probe of etcd is more than the interval away.
    QVERIFY(scheduler.msUntilNext(e.id()) > interval * 1.1);

    QVERIFY2(etcd.startAgain(), qPrintable(etcd.failureReason()));
    scheduler.probeNow(e.id());
    QTRY_COMPARE_WITH_TIMEOUT(scheduler.latest(e.id()).status, ProbeStatus::Up, 30'000);
    QCOMPARE(scheduler.failures(e.id()), 0);
    QVERIFY(scheduler.msUntilNext(e.id()) <= interval * 1.1);

    scheduler.stop(); // flushes the history
    const auto changes = history.statusChanges(e.id());
    QVERIFY(changes.size() >= 3);
    QCOMPARE(changes[0].to, ProbeStatus::Up);
    QCOMPARE(changes[1].to, ProbeStatus::Down);
    QCOMPARE(changes.last().to, ProbeStatus::Up);
    QCOMPARE(history.count(e.id()), etcdResults.size());
    QCOMPARE(history.latest(e.id()).status, ProbeStatus::Up);
    QCOMPARE(history.latest(e.id()).version, scheduler.latest(e.id()).version);
    const auto samples = history.latency(r.id());
    QVERIFY(samples.size() >= 2);
    for (const auto &s : samples)
        QVERIFY(s.latencyMs >= 0);
}

QTEST_GUILESS_MAIN(tst_ProbeScheduler)
#include "tst_ProbeScheduler.moc"
