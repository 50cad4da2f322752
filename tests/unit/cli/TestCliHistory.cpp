// whalestack-cli history, run as a user runs it: the real binary on a history written by
// BuildHistory in a temporary folder, named through WHALESTACK_HISTORY.
#include "build/BuildHistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run runCli(const QString &historyPath, const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(WHALESTACK_CLI));
    process.setArguments(QStringList {QStringLiteral("history")} + arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("WHALESTACK_HISTORY"), historyPath);
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    environment.insert(QStringLiteral("LANGUAGE"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    Run run;
    if (!finished.wait(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

const QDateTime t0 = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);

BuildHistoryEntry entry(const QString &image, BuildState state, qint64 durationMs, int cacheHits,
                        bool pushed, const QDateTime &finishedAt)
{
    BuildHistoryEntry e;
    e.image = image;
    e.state = state;
    e.durationMs = durationMs;
    e.cacheHits = cacheHits;
    e.pushed = pushed;
    e.finishedAt = finishedAt;
    e.imageId = QStringLiteral("sha256:") + QString::number(durationMs);
    return e;
}

// Three builds in two queues: base built (oldest), then app failed, then base up to date.
bool writeSample(const QString &path)
{
    BuildHistory history(path);
    QFuture<bool> first = history.record(
        QStringLiteral("/ws/demo"), 130000,
        {entry(QStringLiteral("demo/base:latest"), BuildState::Built, 125000, 4, true, t0),
         entry(QStringLiteral("demo/app:latest"), BuildState::Failed, 1200, 0, false,
               t0.addSecs(60))});
    first.waitForFinished();
    QFuture<bool> second
        = history.record(QStringLiteral("/ws/demo"), 500,
                         {entry(QStringLiteral("demo/base:latest"), BuildState::UpToDate, 300, 7,
                                false, t0.addSecs(3600))});
    second.waitForFinished();
    return first.result() && second.result();
}

QJsonArray builds(const Run &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8())
        .object()
        .value(QLatin1String("builds"))
        .toArray();
}

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void textListsNewestFirst()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(writeSample(path));
        const Run run = runCli(path, {});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QStringList lines = run.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        for (const char *column : {"TIME", "IMAGE", "STATE", "DURATION", "CACHE HITS", "PUSHED"})
            QVERIFY2(lines.at(0).contains(QLatin1String(column)), qPrintable(lines.at(0)));
        const QStringList newest = lines.at(1).simplified().split(QLatin1Char(' '));
        QCOMPARE(newest,
                 (QStringList {"2026-01-02", "04:04:05", "demo/base:latest", "up", "to", "date",
                               "0.3", "s", "7", "no"}));
        const QStringList failed = lines.at(2).simplified().split(QLatin1Char(' '));
        QCOMPARE(failed,
                 (QStringList {"2026-01-02", "03:05:05", "demo/app:latest", "failed", "1.2", "s",
                               "0", "no"}));
        const QStringList oldest = lines.at(3).simplified().split(QLatin1Char(' '));
        QCOMPARE(oldest,
                 (QStringList {"2026-01-02", "03:04:05", "demo/base:latest", "built", "2", "min",
                               "05", "s", "4", "yes"}));
        // Columns line up: every image name starts where the header's IMAGE does.
        const qsizetype imageColumn = lines.at(0).indexOf(QLatin1String("IMAGE"));
        for (int i = 1; i < lines.size(); ++i)
            QCOMPARE(lines.at(i).indexOf(QLatin1String("demo/")), imageColumn);
    }

    void jsonGivesEveryField()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(writeSample(path));
        const Run run = runCli(path, {QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
        QCOMPARE(root.value(QLatin1String("history")).toString(), path);
        const QJsonArray list = root.value(QLatin1String("builds")).toArray();
        QCOMPARE(list.size(), 3);
        const QJsonObject oldest = list.at(2).toObject();
        QCOMPARE(oldest.value(QLatin1String("image")).toString(),
                 QStringLiteral("demo/base:latest"));
        QCOMPARE(oldest.value(QLatin1String("state")).toString(), QStringLiteral("built"));
        QCOMPARE(oldest.value(QLatin1String("finished_at")).toString(),
                 QStringLiteral("2026-01-02T03:04:05.000Z"));
        QCOMPARE(oldest.value(QLatin1String("seconds")).toDouble(), 125.0);
        QCOMPARE(oldest.value(QLatin1String("cache_hits")).toInt(), 4);
        QCOMPARE(oldest.value(QLatin1String("pushed")).toBool(), true);
        QCOMPARE(oldest.value(QLatin1String("image_id")).toString(),
                 QStringLiteral("sha256:125000"));
        QCOMPARE(oldest.value(QLatin1String("workspace")).toString(), QStringLiteral("/ws/demo"));
        QVERIFY(oldest.value(QLatin1String("queue")).toInteger() > 0);
        QCOMPARE(list.at(0).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("up-to-date"));
        QCOMPARE(list.at(1).toObject().value(QLatin1String("state")).toString(),
                 QStringLiteral("failed"));
    }

    void filters_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QStringList>("states"); // of the builds listed, newest first
        QTest::newRow("image") << QStringList {"demo/base:latest"}
                               << QStringList {"up-to-date", "built"};
        QTest::newRow("image without tag") << QStringList {"demo/app"} << QStringList {"failed"};
        QTest::newRow("limit") << QStringList {"--limit", "1"} << QStringList {"up-to-date"};
        QTest::newRow("image and limit")
            << QStringList {"demo/base:latest", "--limit", "1"} << QStringList {"up-to-date"};
        QTest::newRow("unknown image") << QStringList {"demo/none:1"} << QStringList();
    }

    void filters()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QStringList, states);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(writeSample(path));
        const Run run = runCli(path, arguments + QStringList {QStringLiteral("--json")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QStringList listed;
        for (const QJsonValue &value : builds(run))
            listed << value.toObject().value(QLatin1String("state")).toString();
        QCOMPARE(listed, states);
    }

    void noHistoryYet()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("never/history.sqlite"));
        const Run text = runCli(path, {});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.isEmpty());
        QVERIFY2(text.err.contains(QLatin1String("No builds")), qPrintable(text.err));
        QVERIFY2(text.err.contains(path), qPrintable(text.err));
        const Run json = runCli(path, {QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        QVERIFY(
            QJsonDocument::fromJson(json.out.toUtf8()).object().contains(QLatin1String("builds")));
        QCOMPARE(builds(json).size(), 0);
        // Listing leaves nothing behind.
        QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("never"))));
    }

    void damagedHistoryIsMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        const Run run = runCli(path, {});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QLatin1String("moved to")), qPrintable(run.err));
        QCOMPARE(QDir(dir.path())
                     .entryList({QStringLiteral("history.sqlite.broken-*")}, QDir::Files)
                     .size(),
                 1);
    }

    void unreadableHistoryFails_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("a folder") << QStringLiteral("folder");
        QTest::newRow("a newer schema") << QStringLiteral("newer");
    }

    void unreadableHistoryFails()
    {
        QFETCH(QString, kind);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else {
            {
                QSqlDatabase db
                    = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("PRAGMA application_id = 1465074248")));
                QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = 42")));
                QVERIFY(query.exec(QStringLiteral("CREATE TABLE t (x)")));
                query.finish();
                db.close();
            }
            QSqlDatabase::removeDatabase(QStringLiteral("newer"));
        }
        const Run run = runCli(path, {});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(path), qPrintable(run.err));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("limit zero") << QStringList {"--limit", "0"} << QStringLiteral("--limit");
        QTest::newRow("limit not a number")
            << QStringList {"--limit", "many"} << QStringLiteral("many");
        QTest::newRow("limit without value") << QStringList {"--limit"} << QStringLiteral("limit");
        QTest::newRow("two images") << QStringList {"a:1", "b:1"} << QStringLiteral("IMAGE");
        QTest::newRow("unknown option") << QStringList {"--bogus"} << QStringLiteral("bogus");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        const Run run = runCli(path, arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(says), qPrintable(run.err));
        QVERIFY(!QFileInfo::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestCliHistory)
#include "TestCliHistory.moc"
