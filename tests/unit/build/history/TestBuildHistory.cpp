// BuildHistory: what is recorded reads back, estimates are the median of the last five built
// durations, old queues are pruned, damaged or foreign files are moved aside (never lost), an
// unusable path says which path, and instances do not get in each other's way.
#include "build/BuildHistory.h"

#include <QtTest>

#include <QDirIterator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace ws;

namespace {

BuildHistoryEntry entry(const QString &image, BuildState state, qint64 durationMs,
                        const QDateTime &finishedAt = {})
{
    BuildHistoryEntry e;
    e.image = image;
    e.state = state;
    e.durationMs = durationMs;
    e.finishedAt = finishedAt;
    return e;
}

template<typename T>
T result(QFuture<T> future)
{
    future.waitForFinished();
    return future.result();
}

// Writes an SQLite file from the test's own connection, closed and removed before returning.
bool writeDatabase(const QString &path, const QStringList &statements)
{
    static int counter = 0;
    const QString name = QStringLiteral("test-writer-%1").arg(++counter);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        QSqlQuery query(db);
        for (const QString &statement : statements) {
            if (ok && !query.exec(statement)) {
                qWarning() << statement << query.lastError().text();
                ok = false;
            }
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QStringList brokenFiles(const QString &folder)
{
    return QDir(folder).entryList({QStringLiteral("history.sqlite.broken-*")}, QDir::Files);
}

} // namespace

class TestBuildHistory : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("WHALESTACK_HISTORY");
    }

    void recordThenReadBack()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        BuildHistory history(dir.filePath(QStringLiteral("sub/history.sqlite")));
        QCOMPARE(history.path(), dir.filePath(QStringLiteral("sub/history.sqlite")));

        const QDateTime t1 = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), Qt::UTC);
        BuildHistoryEntry base
            = entry(QStringLiteral("demo/base:latest"), BuildState::Built, 1234, t1);
        base.imageId = QStringLiteral("sha256:aaaa");
        base.cacheHits = 3;
        base.pushed = true;
        base.sizeBytes = 4'300'000;
        base.logFile = QStringLiteral("/logs/demo_base_latest-20260102.log");
        BuildHistoryEntry app
            = entry(QStringLiteral("demo/app:latest"), BuildState::Failed, 99, t1.addSecs(10));
        QVERIFY2(result(history.record(QStringLiteral("/ws/one"), 5000, {base, app})),
                 qPrintable(history.lastError()));
        BuildHistoryEntry later
            = entry(QStringLiteral("demo/base:latest"), BuildState::UpToDate, 7, t1.addSecs(60));
        QVERIFY(result(history.record(QStringLiteral("/ws/two"), 10, {later})));
        QVERIFY(history.lastError().isEmpty());

        const QList<BuildHistoryEntry> all = result(history.recent());
        QCOMPARE(all.size(), 3);
        // Newest first.
        QCOMPARE(all.at(0).image, later.image);
        QCOMPARE(all.at(0).state, BuildState::UpToDate);
        QCOMPARE(all.at(0).workspace, QStringLiteral("/ws/two"));
        QCOMPARE(all.at(1).image, app.image);
        QCOMPARE(all.at(1).state, BuildState::Failed);
        const BuildHistoryEntry &back = all.at(2);
        QCOMPARE(back.workspace, QStringLiteral("/ws/one"));
        QCOMPARE(back.image, base.image);
        QCOMPARE(back.state, BuildState::Built);
        QCOMPARE(back.durationMs, qint64(1234));
        QCOMPARE(back.imageId, base.imageId);
        QCOMPARE(back.cacheHits, 3);
        QCOMPARE(back.pushed, true);
        QCOMPARE(back.sizeBytes, qint64(4'300'000));
        QCOMPARE(back.logFile, base.logFile);
        QCOMPARE(all.at(1).sizeBytes, qint64(-1));
        QCOMPARE(back.finishedAt, t1);
        QCOMPARE(back.finishedAt.timeSpec(), Qt::UTC);
        QVERIFY(back.queueId > 0);
        QCOMPARE(all.at(1).queueId, back.queueId);
        QVERIFY(all.at(0).queueId != back.queueId);
    }

    void unsetFinishTimeIsTheQueuesEnd()
    {
        QTemporaryDir dir;
        BuildHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        QVERIFY(result(history.record(QStringLiteral("/ws"), 1,
                                      {entry(QStringLiteral("a:1"), BuildState::Built, 1)})));
        const QList<BuildHistoryEntry> all = result(history.recent());
        QCOMPARE(all.size(), 1);
        QVERIFY(all.first().finishedAt >= before);
        QVERIFY(all.first().finishedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void recentFilters_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<int>("limit");
        QTest::addColumn<QStringList>("expected"); // images, newest first

        const QStringList everything {"demo/base:2", "demo/base-extra:1", "demo/app:1",
                                      "demo/base:1"};
        QTest::newRow("all") << QString() << 50 << everything;
        QTest::newRow("no limit") << QString() << 0 << everything;
        QTest::newRow("limit") << QString() << 2
                               << QStringList {"demo/base:2", "demo/base-extra:1"};
        QTest::newRow("exact") << QStringLiteral("demo/base:1") << 50
                               << QStringList {"demo/base:1"};
        QTest::newRow("untagged: every tag, not a longer name")
            << QStringLiteral("demo/base") << 50 << QStringList {"demo/base:2", "demo/base:1"};
        QTest::newRow("unknown") << QStringLiteral("demo/nothing:1") << 50 << QStringList();
    }

    void recentFilters()
    {
        QFETCH(QString, image);
        QFETCH(int, limit);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        BuildHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        const QDateTime t = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(result(history.record(
            QStringLiteral("/ws"), 1,
            {entry(QStringLiteral("demo/base:1"), BuildState::Built, 1, t),
             entry(QStringLiteral("demo/app:1"), BuildState::Built, 1, t.addSecs(1)),
             entry(QStringLiteral("demo/base-extra:1"), BuildState::Built, 1, t.addSecs(2)),
             entry(QStringLiteral("demo/base:2"), BuildState::Built, 1, t.addSecs(3))})));
        QStringList images;
        for (const BuildHistoryEntry &e : result(history.recent(image, limit)))
            images << e.image;
        QCOMPARE(images, expected);
    }

    void estimateIsMedianOfLastFive_data()
    {
        QTest::addColumn<QList<qint64>>("durations"); // oldest first, one queue each
        QTest::addColumn<qint64>("expected");

        QTest::newRow("one") << QList<qint64> {700} << qint64(700);
        QTest::newRow("two: mean of the middle") << QList<qint64> {100, 300} << qint64(200);
        QTest::newRow("three, unsorted") << QList<qint64> {900, 100, 500} << qint64(500);
        QTest::newRow("five") << QList<qint64> {50, 40, 30, 20, 10} << qint64(30);
        // The two old 10 s builds are past the last five; with them the median would be 400.
        QTest::newRow("seven: only the last five")
            << QList<qint64> {10000, 10000, 100, 200, 300, 400, 500} << qint64(300);
        QTest::newRow("outlier does not move it")
            << QList<qint64> {1000, 1100, 90000, 1200, 1000} << qint64(1100);
    }

    void estimateIsMedianOfLastFive()
    {
        QFETCH(QList<qint64>, durations);
        QFETCH(qint64, expected);
        QTemporaryDir dir;
        BuildHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        const QDateTime t = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        for (int i = 0; i < durations.size(); ++i) {
            QVERIFY(result(history.record(
                QStringLiteral("/ws"), durations.at(i),
                {entry(QStringLiteral("img:1"), BuildState::Built, durations.at(i), t.addSecs(i)),
                 entry(QStringLiteral("other:1"), BuildState::Built, 1, t.addSecs(i))})));
        }
        const QHash<QString, qint64> estimates
            = result(history.estimatesMs({QStringLiteral("img:1"), QStringLiteral("missing:1")}));
        QCOMPARE(estimates.size(), 1);
        QCOMPARE(estimates.value(QStringLiteral("img:1")), expected);
        QVERIFY(!estimates.contains(QStringLiteral("missing:1")));
    }

    void onlyBuiltDurationsCount_data()
    {
        QTest::addColumn<BuildState>("state");
        QTest::newRow("up-to-date") << BuildState::UpToDate;
        QTest::newRow("failed") << BuildState::Failed;
        QTest::newRow("cancelled") << BuildState::Cancelled;
        QTest::newRow("blocked") << BuildState::Blocked;
    }

    void onlyBuiltDurationsCount()
    {
        QFETCH(BuildState, state);
        QTemporaryDir dir;
        BuildHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        const QDateTime t = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(result(history.record(QStringLiteral("/ws"), 1,
                                      {entry(QStringLiteral("mixed:1"), BuildState::Built, 4000, t),
                                       entry(QStringLiteral("never-built:1"), state, 3, t)})));
        // Newer records in the excluded state, more than five of them: none of them counts.
        for (int i = 1; i <= 6; ++i) {
            QVERIFY(result(history.record(
                QStringLiteral("/ws"), 1,
                {entry(QStringLiteral("mixed:1"), state, 5 * i, t.addSecs(i)),
                 entry(QStringLiteral("never-built:1"), state, 5 * i, t.addSecs(i))})));
        }
        const QHash<QString, qint64> estimates = result(
            history.estimatesMs({QStringLiteral("mixed:1"), QStringLiteral("never-built:1")}));
        QCOMPARE(estimates.value(QStringLiteral("mixed:1"), -1), qint64(4000));
        QVERIFY(!estimates.contains(QStringLiteral("never-built:1")));
    }

    void keepsTheNewestQueuesPerWorkspace()
    {
        QTemporaryDir dir;
        BuildHistory history(dir.filePath(QStringLiteral("history.sqlite")));
        const int extra = 5;
        const int total = BuildHistory::MaxQueuesPerWorkspace + extra;
        const QDateTime t = QDateTime(QDate(2026, 5, 1), QTime(12, 0), Qt::UTC);
        QVERIFY(
            result(history.record(QStringLiteral("/other"), 1,
                                  {entry(QStringLiteral("other:1"), BuildState::Built, 1, t)})));
        QFuture<bool> last;
        for (int i = 0; i < total; ++i) {
            // The duration numbers the queue, so the survivors can be checked.
            last = history.record(
                QStringLiteral("/busy"), i,
                {entry(QStringLiteral("busy:1"), BuildState::Built, i, t.addSecs(i + 1))});
        }
        QVERIFY2(result(last), qPrintable(history.lastError()));
        QVERIFY2(history.lastError().isEmpty(), qPrintable(history.lastError()));

        const QList<BuildHistoryEntry> busy = result(history.recent(QStringLiteral("busy:1"), 0));
        QCOMPARE(busy.size(), BuildHistory::MaxQueuesPerWorkspace);
        QCOMPARE(busy.first().durationMs, qint64(total - 1));
        QCOMPARE(busy.last().durationMs, qint64(extra)); // queues 0 .. extra-1 are gone
        // Another workspace's queue is not counted against this one.
        QCOMPARE(result(history.recent(QStringLiteral("other:1"), 0)).size(), 1);
    }

    void damagedFileIsMovedAside_data()
    {
        QTest::addColumn<QByteArray>("garbage"); // written as the file, when not empty
        QTest::addColumn<QStringList>("sql"); // run on a fresh SQLite file otherwise
        QTest::addColumn<QString>("says");

        QByteArray noise;
        for (int i = 0; i < 8192; ++i)
            noise.append(char((i * 131 + 7) % 251));
        QTest::newRow("not a database") << noise << QStringList() << QStringLiteral("damaged");
        QTest::newRow("text file") << QByteArray("export PASSWORD=not-really\n") << QStringList()
                                   << QStringLiteral("damaged");
        QTest::newRow("SQLite file of another program")
            << QByteArray()
            << QStringList {"CREATE TABLE notes (id INTEGER, body TEXT)",
                            "INSERT INTO notes VALUES (1, 'keep me')"}
            << QStringLiteral("another program");
        QTest::newRow("ours, but the tables are wrong")
            << QByteArray()
            << QStringList {"CREATE TABLE queues (id INTEGER)", "CREATE TABLE builds (id INTEGER)",
                            "PRAGMA application_id = 1465074248", "PRAGMA user_version = 2"}
            << QStringLiteral("damaged");
    }

    void damagedFileIsMovedAside()
    {
        QFETCH(QByteArray, garbage);
        QFETCH(QStringList, sql);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        if (!garbage.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(garbage);
        } else {
            QVERIFY(writeDatabase(path, sql));
        }
        const QByteArray original = readFile(path);
        QVERIFY(!original.isEmpty());

        BuildHistory history(path);
        QSignalSpy problems(&history, &BuildHistory::problemOccurred);
        QVERIFY2(result(history.record(QStringLiteral("/ws"), 1,
                                       {entry(QStringLiteral("a:1"), BuildState::Built, 10)})),
                 qPrintable(history.lastError()));

        const QStringList broken = brokenFiles(dir.path());
        QCOMPARE(broken.size(), 1);
        QCOMPARE(readFile(dir.filePath(broken.first())), original);
        const QString error = history.lastError();
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(dir.filePath(broken.first())), qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QTRY_COMPARE(problems.size(), 1);
        QCOMPARE(problems.first().first().toString(), error);

        // The fresh history works and holds only what was recorded after the move.
        const QList<BuildHistoryEntry> all = result(history.recent());
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().image, QStringLiteral("a:1"));
        QCOMPARE(result(history.estimatesMs({QStringLiteral("a:1")})).value(QStringLiteral("a:1")),
                 qint64(10));
    }

    void damagedPagesAreMovedAside()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            BuildHistory history(path);
            QList<BuildHistoryEntry> many;
            for (int i = 0; i < 300; ++i)
                many << entry(QStringLiteral("image-%1:latest").arg(i), BuildState::Built, i);
            QVERIFY(result(history.record(QStringLiteral("/ws"), 1, many)));
        }
        // Scribble over the pages after the first (the header stays intact), as a disk fault or
        // a stray writer would.
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.size() > 4 * 4096);
        QVERIFY(file.seek(2 * 4096));
        file.write(QByteArray(2 * 4096, '\xa5'));
        file.close();

        BuildHistory history(path);
        QVERIFY2(result(history.open()), qPrintable(history.lastError()));
        QVERIFY2(history.lastError().contains(QStringLiteral("damaged")),
                 qPrintable(history.lastError()));
        QCOMPARE(brokenFiles(dir.path()).size(), 1);
        QVERIFY(result(history.recent()).isEmpty());
        QVERIFY(result(history.record(QStringLiteral("/ws"), 1,
                                      {entry(QStringLiteral("a:1"), BuildState::Built, 1)})));
        QCOMPARE(result(history.recent()).size(), 1);
    }

    void emptyOrOlderFileIsTakenOver_data()
    {
        QTest::addColumn<QStringList>("sql"); // empty: a zero-length file
        QTest::newRow("zero-length file") << QStringList();
        QTest::newRow("ours at version 0 (migrated)")
            << QStringList {"PRAGMA application_id = 1465074248"};
        // A history written by the first release: its rows stay, the new columns read as unknown.
        QTest::newRow("ours at version 1 (migrated)") << QStringList {
            "CREATE TABLE queues (id INTEGER PRIMARY KEY AUTOINCREMENT, workspace TEXT NOT NULL,"
            " finished_at INTEGER NOT NULL, wall_ms INTEGER NOT NULL)",
            "CREATE INDEX queues_by_workspace ON queues (workspace, id)",
            "CREATE TABLE builds (id INTEGER PRIMARY KEY AUTOINCREMENT, queue_id INTEGER NOT NULL"
            " REFERENCES queues (id) ON DELETE CASCADE, image TEXT NOT NULL, state TEXT NOT NULL,"
            " duration_ms INTEGER NOT NULL, image_id TEXT NOT NULL, cache_hits INTEGER NOT NULL,"
            " pushed INTEGER NOT NULL, finished_at INTEGER NOT NULL)",
            "INSERT INTO queues VALUES (1, '/old', 1000, 7)",
            "INSERT INTO builds VALUES (1, 1, 'old:1', 'built', 7, 'sha256:old', 0, 0, 1000)",
            "PRAGMA application_id = 1465074248",
            "PRAGMA user_version = 1"};
    }

    void emptyOrOlderFileIsTakenOver()
    {
        QFETCH(QStringList, sql);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        if (sql.isEmpty()) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
        } else {
            QVERIFY(writeDatabase(path, sql));
        }
        {
            BuildHistory history(path);
            QVERIFY2(result(history.record(QStringLiteral("/ws"), 1,
                                           {entry(QStringLiteral("a:1"), BuildState::Built, 5)})),
                     qPrintable(history.lastError()));
            QVERIFY2(history.lastError().isEmpty(), qPrintable(history.lastError()));
            const QList<BuildHistoryEntry> old = result(history.recent(QStringLiteral("old:1")));
            if (QTest::currentDataTag() == QLatin1String("ours at version 1 (migrated)")) {
                QCOMPARE(old.size(), 1);
                QCOMPARE(old.first().imageId, QStringLiteral("sha256:old"));
                QCOMPARE(old.first().sizeBytes, qint64(-1));
                QVERIFY(old.first().logFile.isEmpty());
            }
        }
        QVERIFY(brokenFiles(dir.path()).isEmpty());
        // The file now carries the current schema version and Whalestack's mark.
        static int counter = 0;
        const QString name = QStringLiteral("test-reader-%1").arg(++counter);
        int version = -1;
        int applicationId = -1;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery query(db);
            QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
            version = query.value(0).toInt();
            QVERIFY(query.exec(QStringLiteral("PRAGMA application_id")) && query.next());
            applicationId = query.value(0).toInt();
            query.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QCOMPARE(version, 2);
        QCOMPARE(applicationId, 0x57534248);
    }

    void newerSchemaIsLeftAsItIs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        QVERIFY(writeDatabase(path,
                              {QStringLiteral("CREATE TABLE future (x)"),
                               QStringLiteral("PRAGMA application_id = 1465074248"),
                               QStringLiteral("PRAGMA user_version = 99")}));
        const QByteArray original = readFile(path);

        BuildHistory history(path);
        QVERIFY(!result(history.record(QStringLiteral("/ws"), 1,
                                       {entry(QStringLiteral("a:1"), BuildState::Built, 1)})));
        QVERIFY2(history.lastError().contains(path), qPrintable(history.lastError()));
        QVERIFY2(history.lastError().contains(QStringLiteral("newer")),
                 qPrintable(history.lastError()));
        QVERIFY(result(history.recent()).isEmpty());
        QVERIFY(brokenFiles(dir.path()).isEmpty());
        QCOMPARE(readFile(path), original);
    }

    void unusablePathNamesIt_data()
    {
        QTest::addColumn<QString>("relativePath");
        QTest::addColumn<QString>("says");
        // The tests run as root, so permissions do not stop anything: a file in the way does.
        QTest::newRow("parent is a file")
            << QStringLiteral("plain-file/history.sqlite") << QStringLiteral("plain-file");
        QTest::newRow("grandparent is a file")
            << QStringLiteral("plain-file/deeper/history.sqlite") << QStringLiteral("plain-file");
        QTest::newRow("path is a folder") << QStringLiteral("a-folder") << QStringLiteral("folder");
    }

    void unusablePathNamesIt()
    {
        QFETCH(QString, relativePath);
        QFETCH(QString, says);
        QTemporaryDir dir;
        QFile plain(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("a-folder")));
        const QString path = dir.filePath(relativePath);

        BuildHistory history(path);
        QVERIFY(!result(history.record(QStringLiteral("/ws"), 1,
                                       {entry(QStringLiteral("a:1"), BuildState::Built, 1)})));
        const QString error = history.lastError();
        QVERIFY2(error.contains(path), qPrintable(error));
        QVERIFY2(error.contains(says), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("WHALESTACK_HISTORY")), qPrintable(error));
        QVERIFY(result(history.estimatesMs({QStringLiteral("a:1")})).isEmpty());
        QVERIFY(result(history.recent()).isEmpty());
        QVERIFY(!result(history.open()));
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("plain-file"))).isFile());
        QVERIFY(QFileInfo(dir.filePath(QStringLiteral("a-folder"))).isDir());
    }

    void twoInstancesOnTwoFiles()
    {
        QTemporaryDir dir;
        BuildHistory one(dir.filePath(QStringLiteral("one.sqlite")));
        BuildHistory two(dir.filePath(QStringLiteral("two.sqlite")));
        // Both in flight at once, each on its own worker thread.
        QFuture<bool> a = one.record(QStringLiteral("/ws"), 1,
                                     {entry(QStringLiteral("a:1"), BuildState::Built, 100)});
        QFuture<bool> b = two.record(QStringLiteral("/ws"), 1,
                                     {entry(QStringLiteral("b:1"), BuildState::Built, 200)});
        QVERIFY(result(a));
        QVERIFY(result(b));
        const QList<BuildHistoryEntry> fromOne = result(one.recent());
        const QList<BuildHistoryEntry> fromTwo = result(two.recent());
        QCOMPARE(fromOne.size(), 1);
        QCOMPARE(fromOne.first().image, QStringLiteral("a:1"));
        QCOMPARE(fromTwo.size(), 1);
        QCOMPARE(fromTwo.first().image, QStringLiteral("b:1"));
        QVERIFY(one.lastError().isEmpty());
        QVERIFY(two.lastError().isEmpty());
    }

    void twoInstancesOnOneFile()
    {
        // The desktop app and the command line may open a new file at the same moment; neither
        // may take the other's half-made file for a foreign one. Many rounds, as it is a race.
        for (int round = 0; round < 30; ++round) {
            QTemporaryDir dir;
            const QString path = dir.filePath(QStringLiteral("history.sqlite"));
            BuildHistory app(path);
            BuildHistory cli(path);
            QFuture<bool> a = app.record(QStringLiteral("/ws"), 1,
                                         {entry(QStringLiteral("a:1"), BuildState::Built, 100)});
            QFuture<bool> b = cli.record(QStringLiteral("/ws"), 1,
                                         {entry(QStringLiteral("b:1"), BuildState::Built, 200)});
            QVERIFY2(result(a), qPrintable(app.lastError()));
            QVERIFY2(result(b), qPrintable(cli.lastError()));
            QVERIFY2(brokenFiles(dir.path()).isEmpty(),
                     qPrintable(app.lastError() + cli.lastError()));
            QCOMPARE(result(app.recent()).size(), 2);
            QCOMPARE(result(cli.recent()).size(), 2);
        }
    }

    void destroyedWithWorkPendingKeepsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            BuildHistory history(path);
            for (int i = 0; i < 20; ++i)
                history.record(QStringLiteral("/ws"), i,
                               {entry(QStringLiteral("a:1"), BuildState::Built, i)});
        }
        BuildHistory again(path);
        QCOMPARE(result(again.recent(QString(), 0)).size(), 20);
    }

    void reopensAnExistingHistory()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("history.sqlite"));
        {
            BuildHistory history(path);
            QVERIFY(result(history.record(QStringLiteral("/ws"), 1,
                                          {entry(QStringLiteral("a:1"), BuildState::Built, 42)})));
        }
        BuildHistory again(path);
        QVERIFY(result(again.open()));
        QCOMPARE(result(again.estimatesMs({QStringLiteral("a:1")})).value(QStringLiteral("a:1")),
                 qint64(42));
        QVERIFY(again.lastError().isEmpty());
        QVERIFY(brokenFiles(dir.path()).isEmpty());
    }

    void defaultPath()
    {
        const QString standard = BuildHistory::defaultPath();
        QVERIFY(standard.endsWith(QStringLiteral("/history.sqlite")));
        QVERIFY(
            standard.startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QTemporaryDir dir;
        const QString chosen = dir.filePath(QStringLiteral("elsewhere.sqlite"));
        qputenv("WHALESTACK_HISTORY", chosen.toUtf8());
        QCOMPARE(BuildHistory::defaultPath(), chosen);
        QCOMPARE(BuildHistory().path(), chosen);
        qunsetenv("WHALESTACK_HISTORY");
        QCOMPARE(BuildHistory::defaultPath(), standard);
    }
};

QTEST_GUILESS_MAIN(TestBuildHistory)
#include "TestBuildHistory.moc"
