// Drift over a large environment (1,000 hosts × 20 containers, 20,000 keys and routes, from
// infraGeneratedSnapshot) against the least any drift check must do: one pass that puts every
// key's and every published address into a hash set. Prints the ratio (target <= 5: the
// finder adds a pass over keys and routes and builds its messages only for drift).
#include "InfraTestEnvironment.h"
#include "infra/InfraDriftFinder.h"

#include <QElapsedTimer>
#include <QSet>
#include <QtTest>

#include <algorithm>

class bench_InfraDriftFinder : public QObject
{
    Q_OBJECT

private slots:
    void driftAgainstOnePass();
};

void bench_InfraDriftFinder::driftAgainstOnePass()
{
    ws::InfraSnapshot snapshot = ws::test::infraGeneratedSnapshot(1000, 20);
    // Some drift, so messages are built: every 50th container loses its key.
    for (qsizetype i = 0; i < snapshot.keys.size(); i += 50)
        snapshot.keys[i].address = QStringLiteral("10.255.0.1:1");

    qint64 bestFind = std::numeric_limits<qint64>::max();
    qint64 bestPass = std::numeric_limits<qint64>::max();
    qsizetype driftCount = 0;
    qsizetype setSize = 0;
    for (int round = 0; round < 5; ++round) {
        QElapsedTimer timer;
        timer.start();
        const QList<ws::InfraDrift> drift = ws::InfraDriftFinder::find(snapshot);
        bestFind = std::min(bestFind, timer.nsecsElapsed());
        driftCount = drift.size();

        timer.restart();
        QSet<QString> addresses;
        for (const ws::RegistratorKey &k : std::as_const(snapshot.keys))
            addresses.insert(k.address);
        for (const ws::InfraHost &h : std::as_const(snapshot.hosts))
            for (const ws::InfraContainer &c : h.containers)
                for (const QString &a : c.published)
                    addresses.insert(a);
        bestPass = std::min(bestPass, timer.nsecsElapsed());
        setSize = addresses.size();
    }
    QCOMPARE(driftCount, 400);
    QVERIFY(setSize > 20'000);
    const double ratio = double(bestFind) / double(bestPass);
    qInfo("InfraDriftFinder over 1,000 hosts x 20 containers: %.1f ms (best of 5)", bestFind / 1e6);
    qInfo("  one pass into a hash set: %.1f ms", bestPass / 1e6);
    qInfo("  ratio drift / one pass: %.2f (target <= 5)", ratio);
}

QTEST_GUILESS_MAIN(bench_InfraDriftFinder)
#include "bench_InfraDriftFinder.moc"
