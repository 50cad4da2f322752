// TextDiff: line diffs grouped into hunks as `diff -u` prints them, on small and big texts.
#include "etcd/TextDiff.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTest>

using namespace ws;
using Type = TextDiff::Line::Type;

class tst_TextDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void identical_data();
    void identical();
    void unified_data();
    void unified();
    void lineNumbers();
    void separateHunks();
    void bigTextAsync();
};

void tst_TextDiff::identical_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("one line") << QStringLiteral("a");
    QTest::newRow("lines") << QStringLiteral("a\nb\nc\n");
}

void tst_TextDiff::identical()
{
    QFETCH(QString, text);
    const TextDiff diff = TextDiff::compute(text, text);
    QVERIFY(diff.isIdentical());
    QCOMPARE(diff.added, 0);
    QCOMPARE(diff.removed, 0);
    QCOMPARE(diff.unified(QStringLiteral("a"), QStringLiteral("b")), QString());
}

void tst_TextDiff::unified_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("change in middle")
        << QStringLiteral("1\n2\n3\n4\n5\n6\n7\n8\n9\n")
        << QStringLiteral("1\n2\n3\n4\nfive\n6\n7\n8\n9\n")
        << QStringLiteral("--- old\n+++ new\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n");
    QTest::newRow("from empty") << QString() << QStringLiteral("a\nb\n")
                                << QStringLiteral("--- old\n+++ new\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    QTest::newRow("to empty") << QStringLiteral("a\n") << QString()
                              << QStringLiteral("--- old\n+++ new\n@@ -1,1 +0,0 @@\n-a\n");
    QTest::newRow("append") << QStringLiteral("a\nb") << QStringLiteral("a\nb\nc")
                            << QStringLiteral("--- old\n+++ new\n@@ -1,2 +1,3 @@\n a\n b\n+c\n");
    QTest::newRow("longer old side")
        << QStringLiteral("x\ny\nz\nw\n") << QStringLiteral("y\n")
        << QStringLiteral("--- old\n+++ new\n@@ -1,4 +1,1 @@\n-x\n y\n-z\n-w\n");
    QTest::newRow("longer new side")
        << QStringLiteral("y\n") << QStringLiteral("x\ny\nz\n")
        << QStringLiteral("--- old\n+++ new\n@@ -1,1 +1,3 @@\n+x\n y\n+z\n");
}

void tst_TextDiff::unified()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(TextDiff::compute(before, after).unified(QStringLiteral("old"), QStringLiteral("new")),
             expected);
}

void tst_TextDiff::lineNumbers()
{
    const TextDiff diff
        = TextDiff::compute(QStringLiteral("a\nb\nc\n"), QStringLiteral("a\nB\nc\nd\n"), 1);
    QCOMPARE(diff.hunks.size(), 1);
    QCOMPARE(diff.added, 2);
    QCOMPARE(diff.removed, 1);
    const QList<TextDiff::Line> &lines = diff.hunks.constFirst().lines;
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0).type, Type::Context);
    QCOMPARE(lines.at(0).oldLine, 1);
    QCOMPARE(lines.at(0).newLine, 1);
    QCOMPARE(lines.at(1).type, Type::Removed);
    QCOMPARE(lines.at(1).text, QStringLiteral("b"));
    QCOMPARE(lines.at(1).oldLine, 2);
    QCOMPARE(lines.at(1).newLine, 0);
    QCOMPARE(lines.at(2).type, Type::Added);
    QCOMPARE(lines.at(2).newLine, 2);
    QCOMPARE(lines.at(4).type, Type::Added);
    QCOMPARE(lines.at(4).text, QStringLiteral("d"));
    QCOMPARE(lines.at(4).newLine, 4);
}

void tst_TextDiff::separateHunks()
{
    QStringList before;
    for (int i = 0; i < 40; ++i)
        before << QString::number(i);
    QStringList after = before;
    after[2] = QStringLiteral("two");
    after[30] = QStringLiteral("thirty");
    const TextDiff diff
        = TextDiff::compute(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')), 3);
    QCOMPARE(diff.hunks.size(), 2);
    QCOMPARE(diff.hunks.at(0).header(), QStringLiteral("@@ -1,6 +1,6 @@"));
    QCOMPARE(diff.hunks.at(1).header(), QStringLiteral("@@ -28,7 +28,7 @@"));
    // Close changes share a hunk.
    after[8] = QStringLiteral("eight");
    QCOMPARE(TextDiff::compute(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')), 3)
                 .hunks.size(),
             2);
    after[5] = QStringLiteral("five");
    const TextDiff merged
        = TextDiff::compute(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n')), 3);
    QCOMPARE(merged.hunks.size(), 2);
    QCOMPARE(merged.hunks.at(0).header(), QStringLiteral("@@ -1,12 +1,12 @@"));
}

void tst_TextDiff::bigTextAsync()
{
    // Two 2 MB texts with scattered changes: computed off the UI thread, every change found.
    QStringList before;
    for (int i = 0; i < 100'000; ++i)
        before << QStringLiteral("line %1 of a large configuration value").arg(i);
    QStringList after = before;
    for (int i = 0; i < 100'000; i += 5000)
        after[i] = QStringLiteral("changed %1").arg(i);
    after.insert(50'001, QStringLiteral("inserted"));
    QFutureWatcher<TextDiff> watcher;
    QSignalSpy done(&watcher, &QFutureWatcher<TextDiff>::finished);
    watcher.setFuture(
        TextDiff::computeAsync(before.join(QLatin1Char('\n')), after.join(QLatin1Char('\n'))));
    QVERIFY(done.wait(120'000));
    const TextDiff diff = watcher.result();
    QCOMPARE(diff.removed, 20);
    QCOMPARE(diff.added, 21);
    QCOMPARE(diff.hunks.size(), 20); // the insertion shares the hunk of the change before it
}

QTEST_GUILESS_MAIN(tst_TextDiff)
#include "tst_TextDiff.moc"
