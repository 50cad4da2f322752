#include "workspace/CacheDefeatCheck.h"
#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceLoader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using ws::CacheDefeatCheck;
using ws::Problem;
using ws::Problems;

using Args = QHash<QString, QString>;
Q_DECLARE_METATYPE(Args)

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

QString describe(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.toString();
    return out.join(QLatin1Char('\n'));
}

} // namespace

class CacheDefeatCheckTest : public QObject
{
    Q_OBJECT
private slots:
    void warns_data();
    void warns();
    void quiet_data();
    void quiet();
    void workspaceLoaderReportsWarnings();
    void manifestFixedValueIsQuiet();
    void bundledWorkspacesAreQuiet_data();
    void bundledWorkspacesAreQuiet();
};

// Each expected warning: "line:column:text the message must hold".
void CacheDefeatCheckTest::warns_data()
{
    QTest::addColumn<QByteArray>("dockerfile");
    QTest::addColumn<Args>("buildArgs");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("add-https") << QByteArray("FROM scratch\nADD https://example.org/a.tar.gz /a\n")
                               << Args() << QStringList {"2:1:https://example.org/a.tar.gz"};
    QTest::newRow("add-http-upper-indented")
        << QByteArray("FROM scratch\n\n   add HTTP://example.org/f /f\n") << Args()
        << QStringList {"3:4:HTTP://example.org/f"};
    QTest::newRow("add-git-https")
        << QByteArray("FROM scratch\nADD https://github.com/x/y.git#main /src\n") << Args()
        << QStringList {"2:1:clones https://github.com/x/y.git#main"};
    QTest::newRow("add-git-ssh") << QByteArray("FROM scratch\nADD git@github.com:x/y.git /src\n")
                                 << Args() << QStringList {"2:1:clones git@github.com:x/y.git"};
    QTest::newRow("add-git-scheme") << QByteArray("FROM scratch\nADD git://example.org/y /src\n")
                                    << Args() << QStringList {"2:1:clones git://example.org/y"};
    QTest::newRow("add-json-form")
        << QByteArray("FROM scratch\nADD [\"https://example.org/a b\", \"/a\"]\n") << Args()
        << QStringList {"2:1:https://example.org/a b"};
    QTest::newRow("add-url-from-arg")
        << QByteArray("FROM scratch\nARG MIRROR=https://mirror.example.org\nADD "
                      "${MIRROR}/f.tgz /f\n")
        << Args() << QStringList {"3:1:https://mirror.example.org/f.tgz"};
    QTest::newRow("add-url-from-manifest-arg")
        << QByteArray("FROM scratch\nARG MIRROR\nADD $MIRROR/f.tgz /f\n")
        << Args {{"MIRROR", "http://m.example.org"}}
        << QStringList {"3:1:http://m.example.org/f.tgz"};
    QTest::newRow("add-continued")
        << QByteArray("FROM scratch\nADD --chown=1:1 \\\n    https://example.org/f \\\n    /f\n")
        << Args() << QStringList {"2:1:https://example.org/f"};
    QTest::newRow("add-several-sources")
        << QByteArray("FROM scratch\nADD local.txt https://example.org/f /dst/\n") << Args()
        << QStringList {"2:1:https://example.org/f"};
    QTest::newRow("add-after-heredoc") << QByteArray(
        "FROM busybox\nRUN <<EOF\necho hi\nEOF\n\n# note\nADD https://example.org/f /f\n")
                                       << Args() << QStringList {"7:1:https://example.org/f"};
    QTest::newRow("escape-backtick")
        << QByteArray("# escape=`\nFROM scratch\nADD `\n  https://example.org/f /f\n") << Args()
        << QStringList {"3:1:https://example.org/f"};
    QTest::newRow("add-in-build-stage")
        << QByteArray("FROM busybox AS fetch\nADD https://example.org/f /f\nFROM scratch\nCOPY "
                      "--from=fetch /f /f\n")
        << Args() << QStringList {"2:1:https://example.org/f"};

    QTest::newRow("build-date-label")
        << QByteArray("FROM scratch\nARG BUILD_DATE\nCOPY a /a\nLABEL "
                      "org.opencontainers.image.created=$BUILD_DATE\n")
        << Args() << QStringList {"4:1:LABEL uses the build arg BUILD_DATE (ARG at line 2)"};
    QTest::newRow("build-number-env")
        << QByteArray("FROM scratch\nARG BUILD_NUMBER=0\nENV VERSION=1.${BUILD_NUMBER}\n") << Args()
        << QStringList {"3:1:ENV uses the build arg BUILD_NUMBER (ARG at line 2)"};
    QTest::newRow("timestamp-any-run")
        << QByteArray("FROM busybox\nARG TIMESTAMP=0\nCOPY a /a\n  RUN echo hi\n") << Args()
        << QStringList {"4:3:This RUN sees the build arg TIMESTAMP (ARG at line 2)"};
    QTest::newRow("camel-case-run")
        << QByteArray("FROM busybox\nARG buildDate\nRUN echo $buildDate > /stamp\n") << Args()
        << QStringList {"3:1:RUN uses the build arg buildDate"};
    QTest::newRow("date-default-value")
        << QByteArray("FROM busybox\nARG DATE=today\nWORKDIR /srv/${DATE:-x}\n") << Args()
        << QStringList {"3:1:WORKDIR uses the build arg DATE"};
    QTest::newRow("build-time") << QByteArray("FROM busybox\nARG BUILD_TIME\nLABEL t=$BUILD_TIME\n")
                                << Args() << QStringList {"3:1:BUILD_TIME"};
    QTest::newRow("ci-run-id") << QByteArray("FROM busybox\nARG CI_PIPELINE_ID\nRUN true\n")
                               << Args() << QStringList {"3:1:CI_PIPELINE_ID"};
    QTest::newRow("cachebust") << QByteArray("FROM busybox\nARG CACHEBUST=1\nRUN apk update\n")
                               << Args() << QStringList {"3:1:CACHEBUST"};
    QTest::newRow("two-args-one-line")
        << QByteArray(
               "FROM scratch\nARG BUILD_DATE BUILD_NUMBER\nLABEL d=$BUILD_DATE n=$BUILD_NUMBER\n")
        << Args() << QStringList {"3:1:BUILD_DATE", "3:1:BUILD_NUMBER"};
    QTest::newRow("global-redeclared")
        << QByteArray("ARG BUILD_DATE=now\nFROM scratch\nARG BUILD_DATE\nLABEL d=\"$BUILD_DATE\"\n")
        << Args() << QStringList {"4:1:BUILD_DATE (ARG at line 3)"};
    QTest::newRow("first-use-only")
        << QByteArray("FROM busybox\nARG BUILD_DATE\nLABEL d=$BUILD_DATE\nRUN echo "
                      "$BUILD_DATE\nENV D=$BUILD_DATE\n")
        << Args() << QStringList {"3:1:BUILD_DATE"};
    QTest::newRow("per-stage") << QByteArray(
        "FROM busybox AS a\nARG BUILD_DATE\nRUN true\nFROM scratch\nARG "
        "BUILD_DATE\nLABEL d=$BUILD_DATE\n")
                               << Args()
                               << QStringList {"3:1:BUILD_DATE (ARG at line 2)",
                                               "6:1:BUILD_DATE (ARG at line 5)"};
    QTest::newRow("crlf-and-bom") << QByteArray("\xEF\xBB\xBF"
                                                "FROM scratch\r\nADD https://example.org/f /f\r\n")
                                  << Args() << QStringList {"2:1:https://example.org/f"};
}

void CacheDefeatCheckTest::warns()
{
    QFETCH(QByteArray, dockerfile);
    QFETCH(Args, buildArgs);
    QFETCH(QStringList, expected);

    const QString path = QStringLiteral("/ws/image/Dockerfile");
    const Problems problems = CacheDefeatCheck::checkDockerfile(dockerfile, path, buildArgs);
    QVERIFY2(problems.size() == expected.size(), qPrintable(describe(problems)));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QStringList parts = expected.at(i).split(QLatin1Char(':'));
        const Problem &p = problems.at(i);
        QCOMPARE(p.severity, Problem::Severity::Warning);
        QCOMPARE(p.file, path);
        QCOMPARE(p.line, parts.at(0).toInt());
        QCOMPARE(p.column, parts.at(1).toInt());
        const QString needle = parts.mid(2).join(QLatin1Char(':'));
        QVERIFY2(p.message.contains(needle), qPrintable(p.message + " lacks " + needle));
    }
}

void CacheDefeatCheckTest::quiet_data()
{
    QTest::addColumn<QByteArray>("dockerfile");
    QTest::addColumn<Args>("buildArgs");

    QTest::newRow("curl-pipe-sh") << QByteArray(
        "FROM busybox\nRUN curl -fsSL https://example.org/install.sh | sh\n")
                                  << Args();
    QTest::newRow("add-local") << QByteArray("FROM scratch\nADD rootfs.tar.gz /\nADD a b /c/\n")
                               << Args();
    QTest::newRow("add-checksum") << QByteArray(
        "FROM scratch\nADD --checksum=sha256:"
        "24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d "
        "https://example.org/f /f\n")
                                  << Args();
    QTest::newRow("add-git-pinned") << QByteArray("FROM scratch\nADD https://github.com/x/y.git#"
                                                  "0123456789abcdef0123456789abcdef01234567 /src\n")
                                    << Args();
    QTest::newRow("copy-local") << QByteArray("FROM scratch\nCOPY . /data\n") << Args();
    QTest::newRow("commented-add")
        << QByteArray("FROM scratch\n# ADD https://example.org/f /f\nCOPY a /a\n") << Args();
    QTest::newRow("heredoc-body") << QByteArray(
        "FROM busybox\nRUN <<EOF\nADD https://example.org/f /f\nEOF\n")
                                  << Args();
    QTest::newRow("onbuild-add") << QByteArray(
        "FROM scratch\nONBUILD ADD https://example.org/f /f\n")
                                 << Args();
    QTest::newRow("build-date-unused")
        << QByteArray("FROM busybox\nCOPY a /a\nARG BUILD_DATE\nCOPY b /b\n") << Args();
    QTest::newRow("build-date-fixed-in-manifest")
        << QByteArray("FROM busybox\nARG BUILD_DATE\nLABEL d=$BUILD_DATE\nRUN true\n")
        << Args {{"BUILD_DATE", "2015-04-30"}};
    QTest::newRow("build-date-used-before-arg")
        << QByteArray("FROM busybox\nRUN true\nLABEL d=$BUILD_DATE\nARG BUILD_DATE\n") << Args();
    QTest::newRow("build-date-in-other-stage")
        << QByteArray("FROM busybox AS a\nARG BUILD_DATE\nFROM scratch\nLABEL d=$BUILD_DATE\n")
        << Args();
    QTest::newRow("global-not-redeclared")
        << QByteArray("ARG BUILD_DATE\nFROM busybox\nRUN echo $BUILD_DATE\n") << Args();
    QTest::newRow("look-alike-names")
        << QByteArray("FROM busybox\nARG TIMEOUT=5\nARG RUNTIME_IMAGE=x\nARG TIME_ZONE=UTC\nARG "
                      "DATE_FORMAT=%F\nARG SOURCE_DATE_EPOCH=0\nARG UPDATE_URL=x\nARG "
                      "SLEEP_TIME=1\nARG BUILDER=x\nRUN echo $TIMEOUT $RUNTIME_IMAGE $TIME_ZONE "
                      "$DATE_FORMAT $UPDATE_URL $SLEEP_TIME $BUILDER\n")
        << Args();
    QTest::newRow("similar-prefix-reference")
        << QByteArray("FROM scratch\nARG BUILD_DATE\nLABEL d=$BUILD_DATES e=${BUILD_DATEX}\n")
        << Args();
    QTest::newRow("literal-dates")
        << QByteArray("FROM busybox\nLABEL created=\"2015-04-30T00:00:00Z\"\nENV "
                      "BUILD_DATE=2015-04-30\nRUN echo $BUILD_DATE\n")
        << Args();
    QTest::newRow("binary") << QByteArray("FROM scratch\nADD https://x.org/f /f\n")
            + QByteArray(1, '\0')
                            << Args();
    QTest::newRow("empty") << QByteArray() << Args();
}

void CacheDefeatCheckTest::quiet()
{
    QFETCH(QByteArray, dockerfile);
    QFETCH(Args, buildArgs);
    const Problems problems = CacheDefeatCheck::checkDockerfile(
        dockerfile, QStringLiteral("/ws/Dockerfile"), buildArgs);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void CacheDefeatCheckTest::workspaceLoaderReportsWarnings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(
        writeFile(root + "/base/vars.mk", "IMAGE_PREFIX = t\nCOMPONENT = base\nBUILD_TAG = 1\n"));
    QVERIFY(writeFile(root + "/base/Dockerfile",
                      "FROM scratch\nCOPY a /a\nADD https://example.org/tool /usr/bin/tool\n"));
    QVERIFY(writeFile(root + "/app/vars.mk", "IMAGE_PREFIX = t\nCOMPONENT = app\nBUILD_TAG = 1\n"));
    QVERIFY(writeFile(root + "/app/Dockerfile",
                      "FROM t/base:1\nARG BUILD_DATE\nLABEL built=$BUILD_DATE\n"));
    QVERIFY(
        writeFile(root + "/clean/vars.mk", "IMAGE_PREFIX = t\nCOMPONENT = clean\nBUILD_TAG = 1\n"));
    QVERIFY(writeFile(root + "/clean/Dockerfile", "FROM t/base:1\nCOPY a /a\n"));

    const ws::Workspace workspace = ws::WorkspaceLoader::load(root);
    const QHash<QString, Problems> byImage = CacheDefeatCheck::check(workspace);
    QCOMPARE(byImage.size(), 2);
    QVERIFY(!byImage.contains(QStringLiteral("t/clean:1")));
    const Problems base = byImage.value(QStringLiteral("t/base:1"));
    QCOMPARE(base.size(), 1);
    QCOMPARE(base.first().file, root + "/base/Dockerfile");
    QCOMPARE(base.first().line, 3);
    QCOMPARE(base.first().column, 1);
    const Problems app = byImage.value(QStringLiteral("t/app:1"));
    QCOMPARE(app.size(), 1);
    QCOMPARE(app.first().line, 3);

    // The loader puts the same warnings in Workspace::problems.
    int found = 0;
    for (const Problem &p : workspace.problems)
        if (p == base.first() || p == app.first())
            ++found;
    QVERIFY2(found == 2, qPrintable(describe(workspace.problems)));
}

void CacheDefeatCheckTest::manifestFixedValueIsQuiet()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    QVERIFY(writeFile(root + "/whalestack.yaml",
                      "version: 1\nimages:\n  app:\n    build_args:\n      BUILD_DATE: "
                      "\"2015-04-30\"\n"));
    QVERIFY(writeFile(root + "/app/vars.mk", "COMPONENT = app\nBUILD_TAG = 1\n"));
    QVERIFY(writeFile(root + "/app/Dockerfile",
                      "FROM scratch\nARG BUILD_DATE\nLABEL built=$BUILD_DATE\n"));
    const ws::Workspace workspace = ws::WorkspaceLoader::load(root);
    QVERIFY2(workspace.problems.isEmpty(), qPrintable(describe(workspace.problems)));
    QVERIFY(CacheDefeatCheck::check(workspace).isEmpty());
}

void CacheDefeatCheckTest::bundledWorkspacesAreQuiet_data()
{
    QTest::addColumn<QString>("name");
    for (const QString &name : ws::BundledWorkspaces::names())
        QTest::newRow(qPrintable(name)) << name;
}

void CacheDefeatCheckTest::bundledWorkspacesAreQuiet()
{
    QFETCH(QString, name);
    const QString path = ws::BundledWorkspaces::path(name);
    QVERIFY2(!path.isEmpty(), qPrintable(name));
    const ws::Workspace workspace = ws::WorkspaceLoader::load(path);
    QVERIFY(!workspace.images.isEmpty());
    const QHash<QString, Problems> byImage = CacheDefeatCheck::check(workspace);
    for (auto it = byImage.cbegin(); it != byImage.cend(); ++it)
        QVERIFY2(it.value().isEmpty(), qPrintable(it.key() + ": " + describe(it.value())));
    QVERIFY(byImage.isEmpty());
}

QTEST_GUILESS_MAIN(CacheDefeatCheckTest)
#include "CacheDefeatCheckTest.moc"
