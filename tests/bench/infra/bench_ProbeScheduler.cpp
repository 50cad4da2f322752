// Benchmark 2 of the infrastructure map (issue 6): 2,000 endpoints probed by the scheduler
// against local servers. Four real docker-registry processes on loopback answer GET /v2/; the
// 2,000 targets are registry probes spread over them (a URL fragment, never sent, makes each
// endpoint its own target). Prints wall time ÷ (slowest single probe × 2,000 ÷ concurrency),
// target ≤ 1.2, and its parts: the single probes are measured alone, one after another, in the
// same process, before the run. A benchmark prints; it does not fail on time.
#include "RegistryFixture.h"

#include "infra/ProbeFactory.h"
#include "infra/ProbeHistory.h"
#include "infra/ProbeScheduler.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <vector>

using namespace ws;

class bench_ProbeScheduler : public QObject
{
    Q_OBJECT

private slots:
    void twoThousandEndpoints();

private:
    // One probe alone, from creation to its result (what the scheduler pays per probe).
    double singleProbeMs(const ProbeTarget &target);
};

double bench_ProbeScheduler::singleProbeMs(const ProbeTarget &target)
{
    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<Probe> probe = ProbeFactory::create(target);
    QSignalSpy finished(probe.get(), &Probe::finished);
    probe->start();
    if (!finished.wait(30'000))
        return -1;
    const double ms = clock.nsecsElapsed() / 1e6;
    if (finished.first().first().value<ProbeResult>().status != ProbeStatus::Up)
        return -1;
    return ms;
}

void bench_ProbeScheduler::twoThousandEndpoints()
{
    constexpr int kServers = 4;
    constexpr int kTargets = 2000;
    constexpr int kConcurrency = 8;
    std::vector<std::unique_ptr<test::RegistryFixture>> servers;
    for (int i = 0; i < kServers; ++i) {
        servers.push_back(std::make_unique<test::RegistryFixture>());
        QVERIFY2(servers.back()->start(), qPrintable(servers.back()->failureReason()));
    }
    QList<ProbeTarget> targets;
    for (int i = 0; i < kTargets; ++i) {
        ProbeTarget t;
        t.kind = QStringLiteral("registry");
        t.endpoint
            = QStringLiteral("http://%1#%2").arg(servers[size_t(i % kServers)]->hostPort()).arg(i);
        targets << t;
    }

    // Single probes, alone: warm up, then 50 one after another across the servers.
    for (int i = 0; i < 8; ++i)
        QVERIFY(singleProbeMs(targets[i]) > 0);
    QList<double> alone;
    for (int i = 0; i < 50; ++i) {
        const double ms = singleProbeMs(targets[i]);
        QVERIFY(ms > 0);
        alone << ms;
    }
    std::sort(alone.begin(), alone.end());
    const double slowest = alone.last();
    const double median = alone[alone.size() / 2];

    QTemporaryDir dir;
    ProbeHistory history(dir.filePath(QStringLiteral("bench.sqlite")));
    QVERIFY(history.open());
    for (bool withHistory : {false, true}) {
        ProbeScheduler scheduler;
        scheduler.setConcurrency(kConcurrency);
        scheduler.setTimeout(30'000);
        if (withHistory)
            scheduler.setHistory(&history);
        scheduler.setTargets(targets);
        int up = 0;
        int most = 0;
        double latencySum = 0;
        double latencyMax = 0;
        connect(&scheduler, &ProbeScheduler::probeStarted, this,
                [&] { most = std::max(most, scheduler.inFlight()); });
        connect(&scheduler, &ProbeScheduler::resultReady, this, [&](const ProbeResult &r) {
            up += r.status == ProbeStatus::Up ? 1 : 0;
            latencySum += std::max(0.0, r.latencyMs);
            latencyMax = std::max(latencyMax, r.latencyMs);
        });
        QSignalSpy round(&scheduler, &ProbeScheduler::roundFinished);
        QElapsedTimer wall;
        wall.start();
        scheduler.probeNow();
        QVERIFY(round.wait(600'000));
        scheduler.flushHistory();
        const double wallMs = wall.nsecsElapsed() / 1e6;
        QCOMPARE(up, kTargets);
        QVERIFY(most <= kConcurrency);
        const double ideal = slowest * kTargets / kConcurrency;
        qInfo().noquote()
            << QStringLiteral("bench_infra_ProbeScheduler%1: %2 registry probes, concurrency %3, "
                              "%4 servers: wall %5 ms; single probe alone: slowest %6 ms, median "
                              "%7 ms (of 50); in the run: mean latency %8 ms, max %9 ms")
                   .arg(withHistory ? QStringLiteral(" (with history)") : QString())
                   .arg(kTargets)
                   .arg(kConcurrency)
                   .arg(kServers)
                   .arg(wallMs, 0, 'f', 0)
                   .arg(slowest, 0, 'f', 2)
                   .arg(median, 0, 'f', 2)
                   .arg(latencySum / kTargets, 0, 'f', 2)
                   .arg(latencyMax, 0, 'f', 2);
        qInfo().noquote() << QStringLiteral("  RATIO wall / (slowest single x %1 / %2) = %3 "
                                            "(target <= 1.2); against the median single: %4")
                                 .arg(kTargets)
                                 .arg(kConcurrency)
                                 .arg(wallMs / ideal, 0, 'f', 3)
                                 .arg(wallMs / (median * kTargets / kConcurrency), 0, 'f', 3);
    }
    QCOMPARE(history.count(targets[0].id()), 1);
}

QTEST_GUILESS_MAIN(bench_ProbeScheduler)
#include "bench_ProbeScheduler.moc"
