// DockerIgnore against Docker's documented .dockerignore rules and moby/patternmatcher's
// behaviour: rows written from the docs (docs.docker.com, "Dockerignore files") and the
// matcher's tests, each one a pattern list, a path and whether Docker leaves it out.
#include "build/DockerIgnore.h"

#include <QtTest>

using ws::DockerIgnore;

class DockerIgnoreTest : public QObject
{
    Q_OBJECT

private slots:
    void matching_data();
    void matching();
    void brokenPatterns_data();
    void brokenPatterns();
    void cleaning_data();
    void cleaning();
    void exceptionsInsideExcludedFolder();
    void keepsDockerfileAndIgnoreFile();
    void commentsOnlyInColumnOne();
};

void DockerIgnoreTest::matching_data()
{
    QTest::addColumn<QByteArray>("ignore");
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("excluded");

    QTest::newRow("star at root") << QByteArray("*.go") << "main.go" << true;
    QTest::newRow("star does not cross folders") << QByteArray("*.go") << "cmd/main.go" << false;
    QTest::newRow("star/temp* one level")
        << QByteArray("*/temp*") << "somedir/temporary.txt" << true;
    QTest::newRow("star/temp* not root") << QByteArray("*/temp*") << "temporary.txt" << false;
    QTest::newRow("star/star/temp* two levels")
        << QByteArray("*/*/temp*") << "somedir/subdir/temporary.txt" << true;
    QTest::newRow("star/star/temp* one level")
        << QByteArray("*/*/temp*") << "somedir/temp" << false;
    QTest::newRow("question mark one char") << QByteArray("temp?") << "tempa" << true;
    QTest::newRow("question mark not zero") << QByteArray("temp?") << "temp" << false;
    QTest::newRow("question mark not slash") << QByteArray("a?b") << "a/b" << false;
    QTest::newRow("doublestar any depth") << QByteArray("**/*.go") << "a/b/c/main.go" << true;
    QTest::newRow("doublestar zero depth") << QByteArray("**/*.go") << "main.go" << true;
    QTest::newRow("doublestar middle zero") << QByteArray("a/**/b") << "a/b" << true;
    QTest::newRow("doublestar middle many") << QByteArray("a/**/b") << "a/x/y/b" << true;
    QTest::newRow("doublestar middle other") << QByteArray("a/**/b") << "c/x/b" << false;
    QTest::newRow("doublestar at end") << QByteArray("a/**") << "a/x/y" << true;
    QTest::newRow("doublestar at end not folder") << QByteArray("a/**") << "a" << false;
    QTest::newRow("doublestar everything") << QByteArray("**") << "x/y/z" << true;
    QTest::newRow("folder excludes content") << QByteArray("docs") << "docs/a/b.md" << true;
    QTest::newRow("folder trailing slash") << QByteArray("docs/") << "docs/a.md" << true;
    QTest::newRow("prefix is not folder") << QByteArray("docs") << "docsite/a.md" << false;
    QTest::newRow("leading slash stripped") << QByteArray("/tmp") << "tmp/x" << true;
    QTest::newRow("dot slash cleaned") << QByteArray("./build") << "build" << true;
    QTest::newRow("dotdot cleaned") << QByteArray("a/../b") << "b" << true;
    QTest::newRow("whitespace trimmed") << QByteArray("   spaced.txt  \t") << "spaced.txt" << true;
    QTest::newRow("crlf line") << QByteArray("a.txt\r\nb.txt\r\n") << "a.txt" << true;
    QTest::newRow("class") << QByteArray("[abc]x") << "bx" << true;
    QTest::newRow("class miss") << QByteArray("[abc]x") << "dx" << false;
    QTest::newRow("range") << QByteArray("file[0-9]") << "file7" << true;
    QTest::newRow("range miss") << QByteArray("file[0-9]") << "filex" << false;
    QTest::newRow("negated class") << QByteArray("[^a]x") << "bx" << true;
    QTest::newRow("negated class miss") << QByteArray("[^a]x") << "ax" << false;
    QTest::newRow("escaped star") << QByteArray("\\*x") << "*x" << true;
    QTest::newRow("escaped star literal") << QByteArray("\\*x") << "ax" << false;
    QTest::newRow("escaped bracket") << QByteArray("\\[x\\]") << "[x]" << true;
    QTest::newRow("regex chars literal") << QByteArray("a.b+(c)") << "a.b+(c)" << true;
    QTest::newRow("dot is not any") << QByteArray("a.b") << "axb" << false;
    QTest::newRow("exception") << QByteArray("*.md\n!README.md") << "README.md" << false;
    QTest::newRow("exception others") << QByteArray("*.md\n!README.md") << "CHANGES.md" << true;
    // The docs' example: the last matching line decides.
    QTest::newRow("docs order 1") << QByteArray("*.md\n!README*.md\nREADME-secret.md")
                                  << "README-secret.md" << true;
    QTest::newRow("docs order 1 kept")
        << QByteArray("*.md\n!README*.md\nREADME-secret.md") << "README-public.md" << false;
    QTest::newRow("docs order 2") << QByteArray("*.md\nREADME-secret.md\n!README*.md")
                                  << "README-secret.md" << false;
    QTest::newRow("exception of folder")
        << QByteArray("docs\n!docs/keep") << "docs/keep/a" << false;
    QTest::newRow("exception then exclude")
        << QByteArray("docs\n!docs/keep\ndocs/keep/x") << "docs/keep/x" << true;
    QTest::newRow("exception without match") << QByteArray("!a.txt") << "a.txt" << false;
    QTest::newRow("empty file") << QByteArray("") << "a" << false;
    QTest::newRow("comment") << QByteArray("# a.txt\n") << "# a.txt" << false;
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF"
                                       "a.txt")
                         << "a.txt" << true;
    QTest::newRow("unicode") << QByteArray("caf\xC3\xA9/*") << QStringLiteral("café/x") << true;
}

void DockerIgnoreTest::matching()
{
    QFETCH(QByteArray, ignore);
    QFETCH(QString, path);
    QFETCH(bool, excluded);
    ws::Problems problems;
    const DockerIgnore rules
        = DockerIgnore::parse(ignore, QStringLiteral("/ctx/.dockerignore"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).toString()));
    QCOMPARE(rules.isExcluded(path), excluded);
}

void DockerIgnoreTest::brokenPatterns_data()
{
    QTest::addColumn<QByteArray>("ignore");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("validPatterns");

    QTest::newRow("lone bang") << QByteArray("a\n!\n") << 2 << 1;
    QTest::newRow("bang and space") << QByteArray("! \n") << 1 << 0;
    QTest::newRow("unclosed class") << QByteArray("ok\nfile[ab\n") << 2 << 1;
    QTest::newRow("bare bracket") << QByteArray("[") << 1 << 0;
    QTest::newRow("empty class") << QByteArray("x\ny\n[]a]") << 3 << 2;
    QTest::newRow("negated empty class") << QByteArray("[^]") << 1 << 0;
    QTest::newRow("open range") << QByteArray("[a-]") << 1 << 0;
    QTest::newRow("range from dash") << QByteArray("[-a]") << 1 << 0;
    QTest::newRow("trailing backslash") << QByteArray("abc\\") << 1 << 0;
    QTest::newRow("backslash in unclosed class") << QByteArray("[\\") << 1 << 0;
}

void DockerIgnoreTest::brokenPatterns()
{
    QFETCH(QByteArray, ignore);
    QFETCH(int, line);
    QFETCH(int, validPatterns);
    ws::Problems problems;
    const QString file = QStringLiteral("/ctx/.dockerignore");
    const DockerIgnore rules = DockerIgnore::parse(ignore, file, &problems);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().file, file);
    QCOMPARE(problems.first().line, line);
    QVERIFY(!problems.first().message.isEmpty());
    QCOMPARE(rules.patterns().size(), validPatterns);
}

void DockerIgnoreTest::cleaning_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("empty") << ""
                           << ".";
    QTest::newRow("dot") << "./"
                         << ".";
    QTest::newRow("double slash") << "a//b"
                                  << "a/b";
    QTest::newRow("trailing") << "a/b/"
                              << "a/b";
    QTest::newRow("dot parts") << "./a/./b/."
                               << "a/b";
    QTest::newRow("dotdot") << "a/b/../c"
                            << "a/c";
    QTest::newRow("leading dotdot kept") << "../a"
                                         << "../a";
    QTest::newRow("rooted dotdot dropped") << "/../a"
                                           << "/a";
    QTest::newRow("root") << "/"
                          << "/";
}

void DockerIgnoreTest::cleaning()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(DockerIgnore::cleanPath(in), out);
}

void DockerIgnoreTest::exceptionsInsideExcludedFolder()
{
    const DockerIgnore rules = DockerIgnore::parse("vendor\n!vendor/keep.txt\n", {});
    QVERIFY(rules.isExcluded(QStringLiteral("vendor")));
    QVERIFY(rules.mustWalkExcludedFolder(QStringLiteral("vendor")));
    QVERIFY(!rules.mustWalkExcludedFolder(QStringLiteral("other")));
    QVERIFY(!rules.isExcluded(QStringLiteral("vendor/keep.txt")));
    // Docker only walks into a folder when an exception pattern starts with its path.
    const DockerIgnore deep = DockerIgnore::parse("vendor\n!**/keep.txt\n", {});
    QVERIFY(!deep.mustWalkExcludedFolder(QStringLiteral("vendor")));
    const DockerIgnore none = DockerIgnore::parse("vendor\n", {});
    QVERIFY(!none.mustWalkExcludedFolder(QStringLiteral("vendor")));
}

void DockerIgnoreTest::keepsDockerfileAndIgnoreFile()
{
    DockerIgnore rules = DockerIgnore::parse("*\n", {});
    QVERIFY(rules.isExcluded(QStringLiteral("Dockerfile")));
    rules.keepAlways(QStringLiteral("Dockerfile"));
    rules.keepAlways(QStringLiteral(".dockerignore"));
    QVERIFY(!rules.isExcluded(QStringLiteral("Dockerfile")));
    QVERIFY(!rules.isExcluded(QStringLiteral(".dockerignore")));
    QVERIFY(rules.isExcluded(QStringLiteral("other")));
}

void DockerIgnoreTest::commentsOnlyInColumnOne()
{
    const DockerIgnore rules = DockerIgnore::parse("# a\n  #b\n", {});
    QCOMPARE(rules.patterns().size(), 1);
    QCOMPARE(rules.patterns().first().text, QStringLiteral("#b"));
    QCOMPARE(rules.patterns().first().line, 2);
    QVERIFY(rules.isExcluded(QStringLiteral("#b")));
}

QTEST_GUILESS_MAIN(DockerIgnoreTest)
#include "DockerIgnoreTest.moc"
