#include "workspace/GitRevision.h"
#include "workspace/MakeEvaluator.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using ws::MakeEvaluator;
using ws::Problem;
using ws::Problems;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(content) == content.size();
}

QString messages(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.toString();
    return out.join(QLatin1Char('\n'));
}

QString runGit(const QString &dir, const QStringList &args)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), args);
    if (!git.waitForFinished(30000) || git.exitCode() != 0)
        return QStringLiteral("<git %1 failed: %2>")
            .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(git.readAllStandardError()));
    return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
}

} // namespace

class TestMakeEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void values_data();
    void values();
    void broken_data();
    void broken();
    void includeRelativeToMakesFolder();
    void includeCycle();
    void optionalIncludeMissingIsQuiet();
    void defineOverridesFiles();
    void imageName_data();
    void imageName();
    void gitAnswerIsAskedOnce();
    void gitFallbackTagsLatest();
    void gitFallbackThroughSimpleVariable();
    void realGitRepository();
    void outsideGit();
};

void TestMakeEvaluator::values_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("variable");
    QTest::addColumn<QString>("expected");

    QTest::newRow("recursive") << QByteArray("A=1\nB=$(A)2\n") << "B"
                               << "12";
    QTest::newRow("late binding") << QByteArray("B=$(A)\nA=x\n") << "B"
                                  << "x";
    QTest::newRow("simple") << QByteArray("A=1\nB:=$(A)\nA=2\n") << "B"
                            << "1";
    QTest::newRow("posix simple") << QByteArray("A=1\nB::=$(A)\nA=2\n") << "B"
                                  << "1";
    QTest::newRow("conditional kept") << QByteArray("A=1\nA?=2\n") << "A"
                                      << "1";
    QTest::newRow("conditional new") << QByteArray("A?=2\n") << "A"
                                     << "2";
    QTest::newRow("append") << QByteArray("A=1\nA+=2\n") << "A"
                            << "1 2";
    QTest::newRow("append simple") << QByteArray("X=a\nA:=$(X)\nA+=$(X)\nX=b\n") << "A"
                                   << "a a";
    QTest::newRow("append new") << QByteArray("A+=2\n") << "A"
                                << "2";
    QTest::newRow("braces") << QByteArray("A=x\nB=${A}y\n") << "B"
                            << "xy";
    QTest::newRow("nested name") << QByteArray("N=A\nA=v\nB=$($(N))\n") << "B"
                                 << "v";
    QTest::newRow("single char") << QByteArray("A=1\nB=$A$A\n") << "B"
                                 << "11";
    QTest::newRow("dollar dollar") << QByteArray("A=$$x\n") << "A"
                                   << "$x";
    QTest::newRow("comment") << QByteArray("A=1 # the one\n") << "A"
                             << "1";
    QTest::newRow("escaped hash") << QByteArray("A=a\\#b\n") << "A"
                                  << "a#b";
    QTest::newRow("comment line") << QByteArray("# A=2\nA=1\n") << "A"
                                  << "1";
    QTest::newRow("continuation") << QByteArray("A=a \\\n     b\n") << "A"
                                  << "a b";
    QTest::newRow("crlf") << QByteArray("A=1\r\nB=2\r\n") << "B"
                          << "2";
    QTest::newRow("spaces around =") << QByteArray("A = spaced value \n") << "A"
                                     << "spaced value";
    QTest::newRow("ifdef true") << QByteArray("X=1\nifdef X\nA=yes\nelse\nA=no\nendif\n") << "A"
                                << "yes";
    QTest::newRow("ifdef false") << QByteArray("ifdef X\nA=yes\nelse\nA=no\nendif\n") << "A"
                                 << "no";
    QTest::newRow("ifdef empty") << QByteArray("X=\nifdef X\nA=yes\nelse\nA=no\nendif\n") << "A"
                                 << "no";
    QTest::newRow("ifdef unexpanded")
        << QByteArray("X=$(NOTHING)\nifdef X\nA=yes\nelse\nA=no\nendif\n") << "A"
        << "yes";
    QTest::newRow("ifndef") << QByteArray("ifndef X\nA=yes\nendif\n") << "A"
                            << "yes";
    QTest::newRow("nested") << QByteArray(
        "X=1\nifdef X\nifdef Y\nA=xy\nelse\nA=x\nendif\nelse\nA=none\nendif\n")
                            << "A"
                            << "x";
    QTest::newRow("nested skipped")
        << QByteArray("ifdef X\nifdef Y\nA=xy\nelse\nA=x\nendif\nelse\nA=none\nendif\n") << "A"
        << "none";
    QTest::newRow("else ifdef") << QByteArray(
        "Y=1\nifdef X\nA=x\nelse ifdef Y\nA=y\nelse\nA=z\nendif\n")
                                << "A"
                                << "y";
    QTest::newRow("tab indented (globals.mk)")
        << QByteArray("ifdef CI_SERVER\n\tBUILD_TAG=latest\nelse\n\tBUILD_TAG=git-x\nendif\n")
        << "BUILD_TAG"
        << "git-x";
    QTest::newRow("ifeq") << QByteArray("A=x\nifeq ($(A),x)\nB=1\nelse\nB=2\nendif\n") << "B"
                          << "1";
    QTest::newRow("ifneq quoted") << QByteArray(
        "A=x\nifneq \"$(A)\" \"x\"\nB=1\nelse\nB=2\nendif\n")
                                  << "B"
                                  << "2";
    QTest::newRow("substitution reference") << QByteArray("A=a.c b.c\nB=$(A:.c=.o)\n") << "B"
                                            << "a.o b.o";
    QTest::newRow("pattern substitution") << QByteArray("A=x-1 x-2\nB=$(A:x-%=y%)\n") << "B"
                                          << "y1 y2";
    QTest::newRow("strip") << QByteArray("A=$(strip   a   b  )\n") << "A"
                           << "a b";
    QTest::newRow("subst") << QByteArray("A=$(subst -,_,a-b-c)\n") << "A"
                           << "a_b_c";
    QTest::newRow("define") << QByteArray("define A\nline one\nendef\n") << "A"
                            << "line one";
    QTest::newRow("export prefix") << QByteArray("export A=1\n") << "A"
                                   << "1";
    QTest::newRow("override prefix") << QByteArray("override A:=2\n") << "A"
                                     << "2";
    QTest::newRow("undefine") << QByteArray("A=1\nundefine A\n") << "A"
                              << "";
    QTest::newRow("rule skipped") << QByteArray("all: dep\n\tA=recipe\nA=1\n") << "A"
                                  << "1";
    QTest::newRow("undefined") << QByteArray("B=1\n") << "A"
                               << "";
}

void TestMakeEvaluator::values()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, variable);
    QFETCH(QString, expected);
    MakeEvaluator evaluator;
    Problems problems;
    evaluator.evaluate(text, QStringLiteral("/w/vars.mk"), &problems);
    QCOMPARE(evaluator.value(variable, &problems), expected);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
}

void TestMakeEvaluator::broken_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("variable"); // expanded after evaluation, to find expansion problems
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<bool>("isError");

    QTest::newRow("unterminated continuation") << QByteArray("A=1\nB=2 \\") << "B"
                                               << "line continuation" << 2 << false;
    QTest::newRow("include missing") << QByteArray("A=1\ninclude ../nothere.mk\n") << "A"
                                     << "Cannot include ../nothere.mk" << 2 << true;
    QTest::newRow("include nothing") << QByteArray("include\n") << "A"
                                     << "names no file" << 1 << true;
    QTest::newRow("self reference") << QByteArray("A=$(A)x\n") << "A"
                                    << "refers to itself" << 1 << true;
    QTest::newRow("mutual reference") << QByteArray("A=$(B)\nB=$(A)\n") << "A"
                                      << "refers to itself" << 1 << true;
    QTest::newRow("unknown function") << QByteArray("A=$(frobnicate x)\n") << "A"
                                      << "not a Make function" << 1 << false;
    QTest::newRow("unsupported function") << QByteArray("A=$(wildcard *.c)\n") << "A"
                                          << "not evaluated" << 1 << false;
    QTest::newRow("other shell") << QByteArray("A=$(shell date)\n") << "A"
                                 << "$(shell date) is not run" << 1 << false;
    QTest::newRow("shell assignment") << QByteArray("A != date\n") << "A"
                                      << "runs a shell command" << 1 << false;
    QTest::newRow("missing endif") << QByteArray("ifdef A\nB=1\n") << "B"
                                   << "no matching 'endif'" << 1 << true;
    QTest::newRow("endif alone") << QByteArray("A=1\nendif\n") << "A"
                                 << "'endif' without" << 2 << true;
    QTest::newRow("else alone") << QByteArray("else\n") << "A"
                                << "'else' without" << 1 << true;
    QTest::newRow("second else") << QByteArray("ifdef A\nelse\nelse\nendif\n") << "A"
                                 << "second 'else'" << 3 << true;
    QTest::newRow("ifdef without name") << QByteArray("ifdef\nendif\n") << "A"
                                        << "exactly one variable" << 1 << true;
    QTest::newRow("bad ifeq") << QByteArray("ifeq a b\nendif\n") << "A"
                              << "Cannot read the arguments" << 1 << true;
    QTest::newRow("missing separator") << QByteArray("A=1\nthis is not make\n") << "A"
                                       << "missing separator" << 2 << true;
    QTest::newRow("unterminated reference") << QByteArray("A:=$(B\n") << "A"
                                            << "Unterminated variable reference" << 1 << true;
    QTest::newRow("define without endef") << QByteArray("define A\nx\n") << "A"
                                          << "without a matching 'endef'" << 1 << true;
    QTest::newRow("binary garbage") << QByteArray("A=1\n\x7f"
                                                  "ELF\x02\x01\x01\0\0\0\xff\xfe",
                                                  16)
                                    << "A"
                                    << "binary" << 2 << true;
    QTest::newRow("bad name") << QByteArray("two words = 1\n") << "A"
                              << "which variable" << 1 << true;
    QByteArray doubling("A0=x\n");
    for (int i = 1; i <= 30; ++i)
        doubling += "A" + QByteArray::number(i) + "=$(A" + QByteArray::number(i - 1) + ")$(A"
            + QByteArray::number(i - 1) + ")\n";
    QTest::newRow("exponential expansion") << doubling << "A30"
                                           << "cut short" << -1 << true;
}

void TestMakeEvaluator::broken()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, variable);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(bool, isError);
    MakeEvaluator evaluator;
    Problems problems;
    evaluator.evaluate(text, QStringLiteral("/w/vars.mk"), &problems);
    evaluator.value(variable, &problems);
    const auto it = std::find_if(problems.cbegin(), problems.cend(),
                                 [&](const Problem &p) { return p.message.contains(message); });
    QVERIFY2(it != problems.cend(),
             qPrintable(
                 QStringLiteral("no problem with '%1' in:\n%2").arg(message, messages(problems))));
    QCOMPARE(it->file, QStringLiteral("/w/vars.mk"));
    if (line >= 0)
        QCOMPARE(it->line, line);
    QCOMPARE(it->severity == Problem::Severity::Error, isError);
}

void TestMakeEvaluator::includeRelativeToMakesFolder()
{
    // Like GNU make, every relative include resolves against the folder make runs in (the
    // vars.mk's folder), also inside an included file.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFile(dir.filePath("globals.mk"), "PREFIX=2gis\nDISTR_G=kilo\n"));
    QVERIFY(writeFile(dir.filePath("openstack/globals.mk"),
                      "include ../../../globals.mk\nLEVEL=openstack\n"));
    QVERIFY(writeFile(dir.filePath("openstack/base/ubuntu/vars.mk"),
                      "include ../../globals.mk\nCOMPONENT=base\nWHO=$(PREFIX)-$(LEVEL)\n"));
    MakeEvaluator evaluator;
    Problems problems;
    evaluator.evaluateFile(dir.filePath("openstack/base/ubuntu/vars.mk"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(evaluator.value("WHO"), QStringLiteral("2gis-openstack"));
    QCOMPARE(evaluator.value("DISTR_G"), QStringLiteral("kilo"));
}

void TestMakeEvaluator::includeCycle()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("a.mk"), "A=1\ninclude b.mk\n"));
    QVERIFY(writeFile(dir.filePath("b.mk"), "B=2\ninclude a.mk\n"));
    MakeEvaluator evaluator;
    Problems problems;
    evaluator.evaluateFile(dir.filePath("a.mk"), &problems);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains("Include cycle: a.mk → b.mk → a.mk"),
             qPrintable(messages(problems)));
    QCOMPARE(problems.first().file, dir.filePath("b.mk"));
    QCOMPARE(problems.first().line, 2);
    QCOMPARE(evaluator.value("A"), QStringLiteral("1"));
    QCOMPARE(evaluator.value("B"), QStringLiteral("2"));
}

void TestMakeEvaluator::optionalIncludeMissingIsQuiet()
{
    MakeEvaluator evaluator;
    Problems problems;
    evaluator.evaluate("-include nothere.mk\nsinclude nothere.mk\nA=1\n", "/w/vars.mk", &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(evaluator.value("A"), QStringLiteral("1"));
}

void TestMakeEvaluator::defineOverridesFiles()
{
    MakeEvaluator evaluator;
    evaluator.define("CI_SERVER", "1");
    evaluator.define("A", "outside");
    Problems problems;
    evaluator.evaluate("A=inside\nifdef CI_SERVER\nT=latest\nendif\n", "/w/vars.mk", &problems);
    QCOMPARE(evaluator.value("A"), QStringLiteral("outside"));
    QCOMPARE(evaluator.value("T"), QStringLiteral("latest"));
}

void TestMakeEvaluator::imageName_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("problemCount");

    QTest::newRow("all parts") << QByteArray(
        "IMAGE_PREFIX=2gis\nDISTR=openstack-kilo\nCOMPONENT=nova-api\nBUILD_TAG=git-abc\n")
                               << "2gis/openstack-kilo-nova-api:git-abc" << 0;
    QTest::newRow("no prefix") << QByteArray("DISTR=kilo\nCOMPONENT=nova\nBUILD_TAG=1\n")
                               << "kilo-nova:1" << 0;
    QTest::newRow("no distr (registrator)")
        << QByteArray("IMAGE_PREFIX=gliderlabs\nCOMPONENT=registrator\nBUILD_TAG=latest\n")
        << "gliderlabs/registrator:latest" << 0;
    QTest::newRow("component only") << QByteArray("COMPONENT=nova\nBUILD_TAG=1\n") << "nova:1" << 0;
    QTest::newRow("no tag") << QByteArray("COMPONENT=nova\n") << "nova:latest" << 1;
    QTest::newRow("no component") << QByteArray("IMAGE_PREFIX=2gis\n") << "" << 1;
    QTest::newRow("prefix expands empty")
        << QByteArray("IMAGE_PREFIX=$(NONE)\nCOMPONENT=x\nBUILD_TAG=1\n") << "/x:1" << 1;
}

void TestMakeEvaluator::imageName()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, expected);
    QFETCH(int, problemCount);
    MakeEvaluator evaluator;
    Problems problems;
    evaluator.evaluate(text, "/w/vars.mk", &problems);
    QCOMPARE(evaluator.imageName("/w/vars.mk", &problems), expected);
    QCOMPARE(problems.size(), problemCount);
}

static const QByteArray globalsMk
    = "DGIS_IMAGE_PREFIX=2gis\nDGIS_DISTR=openstack-kilo\n\nSHELL=/bin/bash\n\n"
      "git_sha=$(shell git rev-parse --short HEAD)\nifdef CI_SERVER\n\tBUILD_TAG=latest\nelse\n"
      "\tBUILD_TAG=git-$(git_sha)\nendif\n";
static const QByteArray novaVarsMk
    = "include ../../globals.mk\n\nIMAGE_PREFIX=$(DGIS_IMAGE_PREFIX)\n"
      "DISTR=$(DGIS_DISTR)\nSERVICE=nova\nCOMPONENT=nova-api\n";

void TestMakeEvaluator::gitAnswerIsAskedOnce()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("globals.mk"), globalsMk));
    QVERIFY(writeFile(dir.filePath("openstack/nova-api/vars.mk"), novaVarsMk));
    MakeEvaluator evaluator;
    int asked = 0;
    evaluator.setGitProvider([&asked] {
        ++asked;
        return MakeEvaluator::GitAnswer {true, QStringLiteral("abc1234"), {}};
    });
    Problems problems;
    evaluator.evaluateFile(dir.filePath("openstack/nova-api/vars.mk"), &problems);
    QCOMPARE(evaluator.imageName(dir.filePath("openstack/nova-api/vars.mk"), &problems),
             QStringLiteral("2gis/openstack-kilo-nova-api:git-abc1234"));
    QCOMPARE(evaluator.value("BUILD_TAG"), QStringLiteral("git-abc1234"));
    QCOMPARE(asked, 1);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
}

void TestMakeEvaluator::gitFallbackTagsLatest()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("globals.mk"), globalsMk));
    QVERIFY(writeFile(dir.filePath("openstack/nova-api/vars.mk"), novaVarsMk));
    MakeEvaluator evaluator;
    evaluator.setGitProvider([] {
        return MakeEvaluator::GitAnswer {false, {}, QStringLiteral("not a git repository")};
    });
    Problems problems;
    evaluator.evaluateFile(dir.filePath("openstack/nova-api/vars.mk"), &problems);
    QCOMPARE(evaluator.imageName(dir.filePath("openstack/nova-api/vars.mk"), &problems),
             QStringLiteral("2gis/openstack-kilo-nova-api:latest"));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().severity, Problem::Severity::Warning);
    QCOMPARE(problems.first().file, dir.filePath("globals.mk"));
    QCOMPARE(problems.first().line, 6);
    QVERIFY(problems.first().message.contains("not a git repository"));
    QVERIFY(problems.first().message.contains("falls back to 'latest'"));
}

void TestMakeEvaluator::gitFallbackThroughSimpleVariable()
{
    MakeEvaluator evaluator;
    Problems problems;
    evaluator.evaluate(
        "sha:=$(shell git rev-parse --short HEAD)\nBUILD_TAG:=git-$(sha)\nCOMPONENT=x\n",
        "/w/vars.mk", &problems);
    QCOMPARE(evaluator.imageName("/w/vars.mk", &problems), QStringLiteral("x:latest"));
    QCOMPARE(problems.size(), 1);
}

void TestMakeEvaluator::realGitRepository()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("globals.mk"), globalsMk));
    QVERIFY(writeFile(dir.filePath("openstack/nova-api/vars.mk"), novaVarsMk));
    const QString root = dir.path();
    QCOMPARE(runGit(root, {"init", "-q"}), QString());
    QCOMPARE(runGit(root, {"add", "."}), QString());
    QCOMPARE(runGit(root,
                    {"-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q",
                     "-m", "x"}),
             QString());
    const QString hash = runGit(root, {"rev-parse", "--short", "HEAD"});
    QVERIFY2(!hash.startsWith('<') && hash.size() >= 4, qPrintable(hash));

    MakeEvaluator evaluator;
    evaluator.setGitProvider([root] { return ws::GitRevision::shortHead(root); });
    Problems problems;
    evaluator.evaluateFile(dir.filePath("openstack/nova-api/vars.mk"), &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(messages(problems)));
    QCOMPARE(evaluator.value("BUILD_TAG"), QStringLiteral("git-") + hash);
    QCOMPARE(evaluator.imageName(dir.filePath("openstack/nova-api/vars.mk"), &problems),
             QStringLiteral("2gis/openstack-kilo-nova-api:git-") + hash);
}

void TestMakeEvaluator::outsideGit()
{
    QTemporaryDir dir;
    const auto answer = ws::GitRevision::shortHead(dir.path());
    QVERIFY(!answer.ok);
    QVERIFY2(answer.error.contains("not a git repository"), qPrintable(answer.error));
    const auto missing = ws::GitRevision::shortHead(dir.filePath("nothere"));
    QVERIFY(!missing.ok);
    QVERIFY(!missing.error.isEmpty());
}

QTEST_GUILESS_MAIN(TestMakeEvaluator)
#include "TestMakeEvaluator.moc"
