// ProbeScheduler without real servers: the concurrency bound under many silent ports, the
// jitter of the next times, the backoff of a target that stays down, rounds, setTargets keeping
// state, stop(). Silent and closing ports are MisbehavingTcpServers; targets of a kind no probe
// exists for give an immediate Unknown result, which exercises the timing alone.
#include "MisbehavingTcpServer.h"

#include "infra/ProbeScheduler.h"

#include <QtTest>

#include <cmath>

using namespace ws;
using ws::test::MisbehavingTcpServer;

namespace {

ProbeTarget target(const QString &kind, const QString &endpoint)
{
    ProbeTarget t;
    t.kind = kind;
    t.endpoint = endpoint;
    return t;
}

} // namespace

class tst_ProbeScheduler : public QObject
{
    Q_OBJECT

private slots:
    void concurrencyNeverExceeded();
    void jitterSpreadsNextTimes();
    void firstProbesSpreadOverJitter();
    void backoffGrowsAndIsCapped();
    void roundsAndProbeNow();
    void setTargetsKeepsState();
    void stopDropsProbesInFlight();
    void unknownKindSaysSo();
};

void tst_ProbeScheduler::concurrencyNeverExceeded()
{
    MisbehavingTcpServer silent(MisbehavingTcpServer::Mode::Silent);
    QVERIFY2(silent.listenOnLoopback(), qPrintable(silent.errorString()));
    MisbehavingTcpServer silent2(MisbehavingTcpServer::Mode::Silent);
    QVERIFY2(silent2.listenOnLoopback(), qPrintable(silent2.errorString()));

    ProbeScheduler scheduler;
    scheduler.setConcurrency(4);
    scheduler.setTimeout(150);
    QList<ProbeTarget> targets;
    // Distinct ids on two silent ports: the path makes each endpoint its own target.
    for (int i = 0; i < 12; ++i)
        targets << target(
            QStringLiteral("registry"),
            QStringLiteral("http://%1/t%2").arg((i % 2 ? silent : silent2).endpoint()).arg(i));
    for (int i = 0; i < 12; ++i)
        targets << target(QStringLiteral("etcd"),
                          QStringLiteral("http://%1/t%2").arg(silent.endpoint()).arg(i));
    scheduler.setTargets(targets);

    int running = 0;
    int most = 0;
    int results = 0;
    connect(&scheduler, &ProbeScheduler::probeStarted, this, [&] {
        ++running;
        most = std::max(most, running);
        QVERIFY(scheduler.inFlight() <= 4);
    });
    connect(&scheduler, &ProbeScheduler::resultReady, this, [&](const ProbeResult &r) {
        --running;
        ++results;
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(QStringLiteral("did not answer")), qPrintable(r.detail));
    });
    QSignalSpy round(&scheduler, &ProbeScheduler::roundFinished);
    scheduler.probeNow();
    QVERIFY(round.wait(30'000));
    QCOMPARE(results, 24);
    QCOMPARE(most, 4);
    QCOMPARE(scheduler.inFlight(), 0);
    QVERIFY(silent.connectionsAccepted() + silent2.connectionsAccepted() >= 24);
}

void tst_ProbeScheduler::jitterSpreadsNextTimes()
{
    ProbeScheduler scheduler;
    scheduler.setSeed(7);
    scheduler.setInterval(100'000);
    scheduler.setJitter(0.2);
    QList<ProbeTarget> targets;
    for (int i = 0; i < 50; ++i)
        targets << target(QStringLiteral("none"), QStringLiteral("t%1").arg(i));
    scheduler.setTargets(targets);
    QSignalSpy round(&scheduler, &ProbeScheduler::roundFinished);
    scheduler.start();
    scheduler.probeNow();
    QVERIFY(round.wait(10'000));
    QList<qint64> next;
    for (const ProbeTarget &t : targets) {
        const qint64 ms = scheduler.msUntilNext(t.id());
        // 100 s ± 20 %, less the little time since the result.
        QVERIFY2(ms >= 79'000 && ms <= 120'000, qPrintable(QString::number(ms)));
        next << ms;
    }
    std::sort(next.begin(), next.end());
    // Spread, not bunched: the range covers most of the jitter's 40 s.
    QVERIFY2(next.last() - next.first() > 25'000,
             qPrintable(QStringLiteral("%1..%2").arg(next.first()).arg(next.last())));
    const auto distinct = std::unique(next.begin(), next.end()) - next.begin();
    QVERIFY(distinct > 40);

    // Without jitter every target comes back after exactly one interval.
    ProbeScheduler exact;
    exact.setInterval(100'000);
    exact.setJitter(0);
    exact.setTargets(targets);
    QSignalSpy exactRound(&exact, &ProbeScheduler::roundFinished);
    exact.start();
    exact.probeNow();
    QVERIFY(exactRound.wait(10'000));
    for (const ProbeTarget &t : targets)
        QVERIFY(exact.msUntilNext(t.id()) > 99'000);
}

void tst_ProbeScheduler::firstProbesSpreadOverJitter()
{
    ProbeScheduler scheduler;
    scheduler.setSeed(3);
    scheduler.setInterval(1000);
    scheduler.setJitter(0.5);
    QList<ProbeTarget> targets;
    for (int i = 0; i < 30; ++i)
        targets << target(QStringLiteral("none"), QStringLiteral("t%1").arg(i));
    scheduler.setTargets(targets);
    scheduler.start();
    // Before any result: each first probe waits somewhere in [0, 500 ms).
    QList<qint64> first;
    for (const ProbeTarget &t : targets)
        first << scheduler.msUntilNext(t.id());
    std::sort(first.begin(), first.end());
    QVERIFY(first.first() >= 0);
    QVERIFY(first.last() < 500);
    QVERIFY2(first.last() - first.first() > 200,
             qPrintable(QStringLiteral("%1..%2").arg(first.first()).arg(first.last())));
    QSignalSpy round(&scheduler, &ProbeScheduler::roundFinished);
    QVERIFY(round.wait(10'000));
}

void tst_ProbeScheduler::backoffGrowsAndIsCapped()
{
    MisbehavingTcpServer closing(MisbehavingTcpServer::Mode::CloseAtOnce);
    QVERIFY2(closing.listenOnLoopback(), qPrintable(closing.errorString()));
    ProbeScheduler scheduler;
    scheduler.setInterval(40);
    scheduler.setJitter(0);
    scheduler.setTimeout(2000);
    const ProbeTarget t = target(QStringLiteral("registry"), closing.endpoint());
    scheduler.setTargets({t});
    QList<qint64> waits;
    QList<int> failures;
    connect(&scheduler, &ProbeScheduler::resultReady, this, [&](const ProbeResult &r) {
        QCOMPARE(r.status, ProbeStatus::Down);
        waits << scheduler.msUntilNext(t.id());
        failures << scheduler.failures(t.id());
    });
    scheduler.start();
    QTRY_VERIFY_WITH_TIMEOUT(waits.size() >= 5, 30'000);
    scheduler.stop();
    QCOMPARE(failures.mid(0, 5), (QList<int> {1, 2, 3, 4, 5}));
    // 2, 4, 8 intervals, then no more than 8.
    const qint64 expected[] = {80, 160, 320, 320, 320};
    for (int i = 0; i < 5; ++i)
        QVERIFY2(waits[i] <= expected[i] && waits[i] >= expected[i] - 15,
                 qPrintable(QStringLiteral("wait %1: %2 ms").arg(i).arg(waits[i])));
}

void tst_ProbeScheduler::roundsAndProbeNow()
{
    ProbeScheduler scheduler;
    QList<ProbeTarget> targets {target(QStringLiteral("none"), QStringLiteral("a")),
                                target(QStringLiteral("none"), QStringLiteral("b"))};
    scheduler.setTargets(targets);
    QSignalSpy results(&scheduler, &ProbeScheduler::resultReady);
    QSignalSpy round(&scheduler, &ProbeScheduler::roundFinished);
    scheduler.probeNow(targets[1].id());
    QVERIFY(round.wait(10'000));
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0][0].value<ProbeResult>().endpoint, QStringLiteral("b"));
    QCOMPARE(scheduler.latest(targets[1].id()).status, ProbeStatus::Unknown);
    QCOMPARE(scheduler.latest(targets[1].id()).kind, QStringLiteral("none"));
    QVERIFY(scheduler.latest(targets[0].id()).kind.isEmpty());
    // Not running: probed once, nothing scheduled after.
    QCOMPARE(scheduler.msUntilNext(targets[1].id()), -1);
    scheduler.probeNow();
    QVERIFY(round.wait(10'000));
    QCOMPARE(results.size(), 3);
    QCOMPARE(round.size(), 2);
}

void tst_ProbeScheduler::setTargetsKeepsState()
{
    MisbehavingTcpServer closing(MisbehavingTcpServer::Mode::CloseAtOnce);
    QVERIFY2(closing.listenOnLoopback(), qPrintable(closing.errorString()));
    ProbeScheduler scheduler;
    const ProbeTarget kept = target(QStringLiteral("registry"), closing.endpoint());
    const ProbeTarget dropped = target(QStringLiteral("none"), QStringLiteral("x"));
    scheduler.setTargets({kept, dropped});
    QSignalSpy round(&scheduler, &ProbeScheduler::roundFinished);
    scheduler.probeNow();
    QVERIFY(round.wait(10'000));
    QCOMPARE(scheduler.failures(kept.id()), 1);

    ProbeTarget renamed = kept;
    renamed.name = QStringLiteral("registry one");
    const ProbeTarget added = target(QStringLiteral("none"), QStringLiteral("y"));
    scheduler.setTargets({renamed, added});
    QCOMPARE(scheduler.targets().size(), 2);
    QCOMPARE(scheduler.targets().first().name, QStringLiteral("registry one"));
    QCOMPARE(scheduler.failures(kept.id()), 1);
    QCOMPARE(scheduler.latest(kept.id()).status, ProbeStatus::Down);
    QVERIFY(scheduler.latest(dropped.id()).kind.isEmpty());
    QVERIFY(scheduler.latest(added.id()).kind.isEmpty());
}

void tst_ProbeScheduler::stopDropsProbesInFlight()
{
    MisbehavingTcpServer silent(MisbehavingTcpServer::Mode::Silent);
    QVERIFY2(silent.listenOnLoopback(), qPrintable(silent.errorString()));
    ProbeScheduler scheduler;
    scheduler.setTimeout(60'000);
    QList<ProbeTarget> targets;
    for (int i = 0; i < 5; ++i)
        targets << target(QStringLiteral("registry"),
                          QStringLiteral("http://%1/%2").arg(silent.endpoint()).arg(i));
    scheduler.setTargets(targets);
    QSignalSpy results(&scheduler, &ProbeScheduler::resultReady);
    scheduler.start();
    QTRY_COMPARE_WITH_TIMEOUT(silent.connectionsAccepted(), 5, 10'000);
    QCOMPARE(scheduler.inFlight(), 5);
    scheduler.stop();
    QCOMPARE(scheduler.inFlight(), 0);
    // The dropped probes close their connections and never report.
    QTRY_COMPARE_WITH_TIMEOUT(silent.connectionsClosedByPeer(), 5, 10'000);
    QCOMPARE(results.size(), 0);
    QCOMPARE(scheduler.msUntilNext(targets[0].id()), -1);
}

void tst_ProbeScheduler::unknownKindSaysSo()
{
    ProbeScheduler scheduler;
    scheduler.setTargets({target(QStringLiteral("gopher"), QStringLiteral("h:70"))});
    QSignalSpy results(&scheduler, &ProbeScheduler::resultReady);
    scheduler.probeNow();
    QVERIFY(results.wait(10'000));
    const ProbeResult r = results[0][0].value<ProbeResult>();
    QCOMPARE(r.status, ProbeStatus::Unknown);
    QVERIFY2(r.detail.contains(QStringLiteral("gopher")), qPrintable(r.detail));
}

QTEST_GUILESS_MAIN(tst_ProbeScheduler)
#include "tst_ProbeScheduler.moc"
