// ProbeHistory on a temporary file: results round-trip (facts and elements included), latency
// samples for the sparkline, status changes, retention by age and by rows per target, another
// program's SQLite file refused, reopening keeps what was written.
#include "infra/ProbeHistory.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

namespace {

ProbeResult result(const QString &endpoint, ProbeStatus status, double latency, const QDateTime &at)
{
    ProbeResult r;
    r.kind = QStringLiteral("etcd");
    r.name = QStringLiteral("etcd one");
    r.endpoint = endpoint;
    r.status = status;
    r.latencyMs = status == ProbeStatus::Down ? -1 : latency;
    r.version = QStringLiteral("3.4.23");
    r.detail = probeStatusName(status);
    r.facts.insert(QStringLiteral("leader"), QStringLiteral("111"));
    r.facts.insert(QStringLiteral("db_size"), 20480);
    r.elements.append(ProbeElement {QStringLiteral("one"),
                                    QStringLiteral("member"),
                                    ProbeStatus::Up,
                                    QStringLiteral("leader"),
                                    {{QStringLiteral("leader"), true}}});
    r.checkedAt = at;
    return r;
}

} // namespace

class tst_ProbeHistory : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_dir.isValid()); }
    void roundTrip();
    void latencyAndChanges();
    void retention();
    void foreignFileRefused();
    void defaultPathFollowsEnvironment();

private:
    QTemporaryDir m_dir;
};

void tst_ProbeHistory::roundTrip()
{
    const QString path = m_dir.filePath(QStringLiteral("a/b/history.sqlite"));
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-60);
    const ProbeResult r = result(QStringLiteral("http://e:2379"), ProbeStatus::Up, 1.25, t0);
    const QString id = ProbeHistory::idOf(r);
    QCOMPARE(id, QStringLiteral("etcd|http://e:2379"));
    {
        ProbeHistory history(path);
        QVERIFY2(history.open(), qPrintable(history.errorString()));
        QVERIFY(history.latest(id).kind.isEmpty());
        QVERIFY2(history.record(r), qPrintable(history.errorString()));
    }
    ProbeHistory again(path);
    const ProbeResult back = again.latest(id);
    QCOMPARE(back.kind, r.kind);
    QCOMPARE(back.name, r.name);
    QCOMPARE(back.endpoint, r.endpoint);
    QCOMPARE(back.status, ProbeStatus::Up);
    QCOMPARE(back.latencyMs, 1.25);
    QCOMPARE(back.version, r.version);
    QCOMPARE(back.detail, r.detail);
    QCOMPARE(back.checkedAt.toMSecsSinceEpoch(), t0.toMSecsSinceEpoch());
    QCOMPARE(back.facts.value(QStringLiteral("leader")).toString(), QStringLiteral("111"));
    QCOMPARE(back.facts.value(QStringLiteral("db_size")).toInt(), 20480);
    QCOMPARE(back.elements, r.elements);

    // A Down result has no latency, stored as NULL.
    QVERIFY(again.record(result(r.endpoint, ProbeStatus::Down, 0, t0.addSecs(1))));
    QCOMPARE(again.latest(id).status, ProbeStatus::Down);
    QCOMPARE(again.latest(id).latencyMs, -1.0);
    QCOMPARE(again.count(id), 2);
}

void tst_ProbeHistory::latencyAndChanges()
{
    ProbeHistory history(m_dir.filePath(QStringLiteral("h.sqlite")));
    const QDateTime t0 = QDateTime::currentDateTimeUtc().addSecs(-1000);
    const QString e = QStringLiteral("http://e:2379");
    const ProbeStatus sequence[] = {ProbeStatus::Up,   ProbeStatus::Up,       ProbeStatus::Down,
                                    ProbeStatus::Down, ProbeStatus::Degraded, ProbeStatus::Up};
    QList<ProbeResult> batch;
    for (int i = 0; i < 6; ++i)
        batch << result(e, sequence[i], 10 + i, t0.addSecs(i * 10));
    batch << result(QStringLiteral("http://other:2379"), ProbeStatus::Down, 0, t0);
    QVERIFY2(history.record(batch), qPrintable(history.errorString()));
    const QString id = QStringLiteral("etcd|") + e;

    const auto samples = history.latency(id);
    QCOMPARE(samples.size(), 6);
    QCOMPARE(samples.first().latencyMs, 10.0);
    QCOMPARE(samples.last().latencyMs, 15.0);
    QCOMPARE(samples[2].latencyMs, -1.0);
    QCOMPARE(samples[2].status, ProbeStatus::Down);
    QVERIFY(samples.first().at < samples.last().at);
    // The newest n, still oldest first; and a since bound.
    const auto last3 = history.latency(id, {}, 3);
    QCOMPARE(last3.size(), 3);
    QCOMPARE(last3.last().latencyMs, 15.0);
    QCOMPARE(history.latency(id, t0.addSecs(35)).size(), 2);

    const auto changes = history.statusChanges(id);
    QCOMPARE(changes.size(), 4);
    QCOMPARE(changes[0].from, ProbeStatus::Unknown);
    QCOMPARE(changes[0].to, ProbeStatus::Up);
    QCOMPARE(changes[1].from, ProbeStatus::Up);
    QCOMPARE(changes[1].to, ProbeStatus::Down);
    QCOMPARE(changes[1].at.toMSecsSinceEpoch(), t0.addSecs(20).toMSecsSinceEpoch());
    QCOMPARE(changes[2].to, ProbeStatus::Degraded);
    QCOMPARE(changes[3].from, ProbeStatus::Degraded);
    QCOMPARE(changes[3].to, ProbeStatus::Up);
    QCOMPARE(history.statusChanges(QStringLiteral("etcd|http://other:2379")).size(), 1);
}

void tst_ProbeHistory::retention()
{
    ProbeHistory history(m_dir.filePath(QStringLiteral("r.sqlite")));
    history.setRetention(7, 5);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<ProbeResult> batch;
    batch << result(QStringLiteral("old"), ProbeStatus::Up, 1, now.addDays(-8));
    for (int i = 0; i < 12; ++i)
        batch << result(QStringLiteral("many"), ProbeStatus::Up, i, now.addSecs(i - 100));
    QVERIFY(history.record(batch));
    QVERIFY2(history.prune(), qPrintable(history.errorString()));
    QCOMPARE(history.count(QStringLiteral("etcd|old")), 0);
    QCOMPARE(history.count(QStringLiteral("etcd|many")), 5);
    // The newest were kept.
    QCOMPARE(history.latency(QStringLiteral("etcd|many")).first().latencyMs, 7.0);
}

void tst_ProbeHistory::foreignFileRefused()
{
    const QString path = m_dir.filePath(QStringLiteral("foreign.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("f"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE mine (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("f"));
    ProbeHistory history(path);
    QVERIFY(!history.open());
    QVERIFY2(history.errorString().contains(QStringLiteral("not a Whalestack probe history")),
             qPrintable(history.errorString()));
    QVERIFY(!history.record(
        result(QStringLiteral("x"), ProbeStatus::Up, 1, QDateTime::currentDateTimeUtc())));

    // A folder where the file should be.
    ProbeHistory folder(m_dir.path());
    QVERIFY(!folder.open());
    QVERIFY(!folder.errorString().isEmpty());
}

void tst_ProbeHistory::defaultPathFollowsEnvironment()
{
    qputenv("WHALESTACK_PROBE_HISTORY", m_dir.filePath(QStringLiteral("env.sqlite")).toUtf8());
    QCOMPARE(ProbeHistory::defaultPath(), m_dir.filePath(QStringLiteral("env.sqlite")));
    qunsetenv("WHALESTACK_PROBE_HISTORY");
    QVERIFY(ProbeHistory::defaultPath().endsWith(QStringLiteral("/probe-history.sqlite")));
}

QTEST_GUILESS_MAIN(tst_ProbeHistory)
#include "tst_ProbeHistory.moc"
