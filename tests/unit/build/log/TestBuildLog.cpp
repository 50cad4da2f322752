// BuildLog: the full text on disk, a bounded tail in memory, lines after end() in the same file.
#include "build/BuildLog.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

namespace {

QStringList fileLines(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestBuildLog : public QObject
{
    Q_OBJECT

private slots:
    void fullTextOnDiskTailInMemory_data();
    void fullTextOnDiskTailInMemory();
    void appendAfterEndKeepsTheFile();
    void beginStartsAFreshLog();
    void imagesDoNotMix();
    void unwritableFolderKeepsTheTail();
};

void TestBuildLog::fullTextOnDiskTailInMemory_data()
{
    QTest::addColumn<int>("memoryLines");
    QTest::addColumn<int>("written");
    QTest::newRow("under the bound") << 10 << 5;
    QTest::newRow("exactly the bound") << 10 << 10;
    QTest::newRow("far over the bound") << 10 << 5000;
    QTest::newRow("one line kept") << 1 << 3;
}

void TestBuildLog::fullTextOnDiskTailInMemory()
{
    QFETCH(int, memoryLines);
    QFETCH(int, written);
    QTemporaryDir dir;
    BuildLog log(dir.path());
    log.setMemoryLines(memoryLines);
    QSignalSpy appended(&log, &BuildLog::lineAppended);
    const QString image = QStringLiteral("whalestack/demo-web:1.0");
    for (int i = 0; i < written; ++i)
        log.append(image, QStringLiteral("line %1").arg(i));
    log.end(image);

    QCOMPARE(appended.count(), written);
    QCOMPARE(log.lineCount(image), qint64(written));
    const QStringList tail = log.tail(image);
    QCOMPARE(tail.size(), qMin(memoryLines, written));
    QCOMPARE(tail.last(), QStringLiteral("line %1").arg(written - 1));
    const QStringList onDisk = fileLines(log.filePath(image));
    QCOMPARE(onDisk.size(), written);
    QCOMPARE(onDisk.first(), QStringLiteral("line 0"));
    // The file name is safe for any image name.
    QVERIFY(!log.filePath(image).section(QLatin1Char('/'), -1).contains(QLatin1Char(':')));
}

void TestBuildLog::appendAfterEndKeepsTheFile()
{
    QTemporaryDir dir;
    BuildLog log(dir.path());
    const QString image = QStringLiteral("app:1");
    log.append(image, QStringLiteral("Step 1/1 : FROM scratch"));
    log.end(image);
    const QString path = log.filePath(image);
    // The push of a built image writes to the image's log after its build ended.
    log.append(image, QStringLiteral("Pushing 127.0.0.1:5000/app:1"));
    log.end(image);
    QCOMPARE(log.filePath(image), path);
    QCOMPARE(fileLines(path),
             (QStringList {QStringLiteral("Step 1/1 : FROM scratch"),
                           QStringLiteral("Pushing 127.0.0.1:5000/app:1")}));
}

void TestBuildLog::beginStartsAFreshLog()
{
    QTemporaryDir dir;
    BuildLog log(dir.path());
    const QString image = QStringLiteral("app:1");
    log.append(image, QStringLiteral("first attempt"));
    log.end(image);
    const QString first = log.filePath(image);
    log.begin(image);
    log.append(image, QStringLiteral("second attempt"));
    QCOMPARE(log.tail(image), QStringList {QStringLiteral("second attempt")});
    QCOMPARE(fileLines(first), QStringList {QStringLiteral("first attempt")});
}

void TestBuildLog::imagesDoNotMix()
{
    QTemporaryDir dir;
    BuildLog log(dir.path());
    log.append(QStringLiteral("a:1"), QStringLiteral("from a"));
    log.append(QStringLiteral("b:1"), QStringLiteral("from b"));
    QCOMPARE(log.tail(QStringLiteral("a:1")), QStringList {QStringLiteral("from a")});
    QCOMPARE(log.tail(QStringLiteral("b:1")), QStringList {QStringLiteral("from b")});
    QVERIFY(log.filePath(QStringLiteral("a:1")) != log.filePath(QStringLiteral("b:1")));
    QVERIFY(log.tail(QStringLiteral("c:1")).isEmpty());
    QVERIFY(log.filePath(QStringLiteral("c:1")).isEmpty());
}

void TestBuildLog::unwritableFolderKeepsTheTail()
{
    QTemporaryDir dir;
    // A regular file where the folder should be: no log file, but the build's lines stay
    // readable in memory.
    const QString blocker = dir.filePath(QStringLiteral("file"));
    QFile f(blocker);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    BuildLog log(blocker + QStringLiteral("/logs"));
    log.append(QStringLiteral("app:1"), QStringLiteral("still here"));
    QCOMPARE(log.tail(QStringLiteral("app:1")), QStringList {QStringLiteral("still here")});
    QVERIFY(!QFile::exists(log.filePath(QStringLiteral("app:1"))));
}

QTEST_GUILESS_MAIN(TestBuildLog)
#include "TestBuildLog.moc"
