// whalestack-cli etcd export, import, missing and watch, run as a user runs them against a real
// etcd: export to a file and to stdout, import as a dry run by default and with --yes, --prune,
// broken YAML refused with file:line:column, missing template keys (exit 1) and the skeleton
// that fills them, and watch printing one line per change until SIGINT.
#include "EtcdFixture.h"

#include "etcd/EtcdYamlDocument.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using ws::test::EtcdFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

ws::EtcdYamlEntries EtcdYamlDocumentEntries(const QByteArray &yaml)
{
    return ws::EtcdYamlDocument::parse(yaml).entries;
}

QString dataPath(const char *relative)
{
    return qEnvironmentVariable("WHALESTACK_TEST_DATA") + QLatin1Char('/')
        + QLatin1String(relative);
}

} // namespace

class tst_CliEtcdYaml : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void exportImportRoundTrip();
    void importDryRunByDefault();
    void importPrune();
    void brokenYamlRefused_data();
    void brokenYamlRefused();
    void missingKeys();
    void watchPrintsChanges();

private:
    QProcessEnvironment environment() const;
    Run cli(const QStringList &args, const QByteArray &input = {});

    EtcdFixture m_etcd;
    QTemporaryDir m_dir;
};

void tst_CliEtcdYaml::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    QVERIFY(m_dir.isValid());
}

void tst_CliEtcdYaml::init()
{
    const Run run = cli({QStringLiteral("rm"), QStringLiteral("/"), QStringLiteral("--prefix")});
    QVERIFY(run.exitCode == 0 || run.exitCode == 1); // 1: there was nothing to delete
}

QProcessEnvironment tst_CliEtcdYaml::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETCDCTL_ENDPOINTS"), m_etcd.clientUrl().toString());
    return env;
}

Run tst_CliEtcdYaml::cli(const QStringList &args, const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QStringLiteral(WHALESTACK_CLI), QStringList {QStringLiteral("etcd")} + args);
    Run run;
    if (!process.waitForStarted(30'000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

void tst_CliEtcdYaml::exportImportRoundTrip()
{
    QCOMPARE(
        cli({QStringLiteral("put"), QStringLiteral("/services/a"), QStringLiteral("1")}).exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("put"), QStringLiteral("/services/b"), QStringLiteral("--stdin")},
                 "multi\nline\n")
                 .exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("put"), QStringLiteral("/other"), QStringLiteral("x")}).exitCode,
             0);

    const QString file = m_dir.filePath(QStringLiteral("services.yaml"));
    Run run
        = cli({QStringLiteral("export"), QStringLiteral("/services/"), QStringLiteral("-o"), file});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.isEmpty());
    QVERIFY(run.err.contains("Exported 2 key"));
    QFile saved(file);
    QVERIFY(saved.open(QIODevice::ReadOnly));
    const QByteArray yaml = saved.readAll();
    QVERIFY(yaml.contains("keys:\n  /services/a: \"1\"\n  /services/b: |\n    multi\n    line\n"));

    // To stdout, the same YAML.
    run = cli({QStringLiteral("export"), QStringLiteral("/services/")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, yaml);

    // Change the store, then import the file back with --yes.
    QCOMPARE(
        cli({QStringLiteral("put"), QStringLiteral("/services/a"), QStringLiteral("2")}).exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("rm"), QStringLiteral("/services/b")}).exitCode, 0);
    run = cli({QStringLiteral("import"), file, QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith("1 to add, 1 to change, 0 unchanged, 0 to delete"),
             run.out.constData());
    QVERIFY(run.out.contains("\n+ /services/b\n"));
    QVERIFY(run.out.contains("\n~ /services/a\n"));
    QVERIFY2(run.err.contains("Imported 2 change"), run.err.constData());
    run = cli({QStringLiteral("export"), QStringLiteral("/services/")});
    QCOMPARE(EtcdYamlDocumentEntries(run.out), EtcdYamlDocumentEntries(yaml));
}

void tst_CliEtcdYaml::importDryRunByDefault()
{
    const QString file = m_dir.filePath(QStringLiteral("dry.yaml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keys:\n  /dry/a: \"1\"\n");
    f.close();
    for (const QStringList &args :
         {QStringList {QStringLiteral("import"), file},
          QStringList {QStringLiteral("import"), file, QStringLiteral("--dry-run"),
                       QStringLiteral("--yes")}}) {
        const Run run = cli(args);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("1 to add"));
    }
    Run run = cli({QStringLiteral("import"), file});
    QVERIFY(run.err.contains("Add --yes"));
    QCOMPARE(cli({QStringLiteral("get"), QStringLiteral("/dry/a")}).exitCode, 1); // not written

    run = cli({QStringLiteral("import"), file, QStringLiteral("--json")});
    const QJsonObject report = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(report.value(QLatin1String("add")).toInt(), 1);
    QCOMPARE(report.value(QLatin1String("applied")).toBool(), false);
    QCOMPARE(report.value(QLatin1String("changes"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QLatin1String("key"))
                 .toString(),
             QStringLiteral("/dry/a"));

    run = cli({QStringLiteral("import"), file, QStringLiteral("--yes"), QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("applied")).toBool(),
             true);
    QCOMPARE(cli({QStringLiteral("get"), QStringLiteral("/dry/a")}).out, QByteArray("/dry/a\n1\n"));
}

void tst_CliEtcdYaml::importPrune()
{
    QCOMPARE(cli({QStringLiteral("put"), QStringLiteral("/p/keep"), QStringLiteral("k")}).exitCode,
             0);
    QCOMPARE(cli({QStringLiteral("put"), QStringLiteral("/p/extra"), QStringLiteral("e")}).exitCode,
             0);
    QCOMPARE(
        cli({QStringLiteral("put"), QStringLiteral("/q/outside"), QStringLiteral("o")}).exitCode,
        0);
    const QString file = m_dir.filePath(QStringLiteral("prune.yaml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("keys:\n  /p/keep: k\n");
    f.close();
    Run run
        = cli({QStringLiteral("import"), file, QStringLiteral("--prune"), QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.out.startsWith("0 to add, 0 to change, 1 unchanged, 1 to delete"));
    QVERIFY(run.out.contains("- /p/extra"));
    run = cli({QStringLiteral("ls"), QStringLiteral("/")});
    QCOMPARE(run.out, QByteArray("/p/keep\n/q/outside\n"));
}

void tst_CliEtcdYaml::brokenYamlRefused_data()
{
    QTest::addColumn<QByteArray>("yaml");
    QTest::addColumn<QByteArray>("where");
    QTest::newRow("duplicate") << QByteArray("keys:\n  /b/a: x\n  /b/a: y\n")
                               << QByteArray(":3:3: ");
    QTest::newRow("not yaml") << QByteArray("keys:\n  /b/a: [x\n") << QByteArray(":3:");
    QTest::newRow("no keys") << QByteArray("key:\n  /b/a: x\n") << QByteArray(":1:1: ");
    QTest::newRow("nested") << QByteArray("keys:\n  /b:\n    a: x\n") << QByteArray(":3:5: ");
}

void tst_CliEtcdYaml::brokenYamlRefused()
{
    QFETCH(QByteArray, yaml);
    QFETCH(QByteArray, where);
    const QString file = m_dir.filePath(QStringLiteral("broken.yaml"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(yaml);
    f.close();
    const Run run = cli({QStringLiteral("import"), file, QStringLiteral("--yes")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(file.toUtf8() + where), run.err.constData());
    QVERIFY(run.err.contains("Nothing was imported."));
    QVERIFY(cli({QStringLiteral("ls"), QStringLiteral("/b/")}).out.isEmpty());
}

void tst_CliEtcdYaml::missingKeys()
{
    const QString workspace = dataPath("workspace/original");
    Run run = cli({QStringLiteral("missing"), workspace});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains("/services/keystone/config/admin-token\n"), run.out.constData());

    // Fill in the skeleton and import it: nothing is missing any more.
    const QString skeleton = m_dir.filePath(QStringLiteral("skeleton.yaml"));
    run = cli({QStringLiteral("missing"), workspace, QStringLiteral("-o"), skeleton});
    QCOMPARE(run.exitCode, 1);
    QFile f(skeleton);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const ws::EtcdYamlParseResult parsed = ws::EtcdYamlDocument::parse(f.readAll());
    QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
    QVERIFY(!parsed.entries.isEmpty());
    QVERIFY(!parsed.entries.front().comment.isEmpty());
    run = cli({QStringLiteral("import"), skeleton, QStringLiteral("--yes")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("missing"), workspace, QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.out.constData());
    QCOMPARE(
        QJsonDocument::fromJson(run.out).object().value(QLatin1String("missing")).toArray().size(),
        0);
}

void tst_CliEtcdYaml::watchPrintsChanges()
{
    QProcess watch;
    watch.setProcessEnvironment(environment());
    watch.start(QStringLiteral(WHALESTACK_CLI),
                {QStringLiteral("etcd"), QStringLiteral("watch"), QStringLiteral("/w/")});
    QVERIFY(watch.waitForStarted(30'000));
    QByteArray err;
    QTRY_VERIFY_WITH_TIMEOUT((err += watch.readAllStandardError()).contains("Watching"), 30'000);

    QCOMPARE(cli({QStringLiteral("put"), QStringLiteral("/w/a"), QStringLiteral("--stdin")},
                 "two\nlines")
                 .exitCode,
             0);
    QCOMPARE(
        cli({QStringLiteral("put"), QStringLiteral("/elsewhere"), QStringLiteral("x")}).exitCode,
        0);
    QCOMPARE(cli({QStringLiteral("rm"), QStringLiteral("/w/a")}).exitCode, 0);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += watch.readAllStandardOutput()).count('\n') >= 2, 30'000);
    const QList<QByteArray> lines = out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.at(0).endsWith(" PUT /w/a two\\nlines"), lines.at(0).constData());
    QVERIFY2(lines.at(1).endsWith(" DELETE /w/a"), lines.at(1).constData());

    ::kill(pid_t(watch.processId()), SIGINT);
    QVERIFY(watch.waitForFinished(30'000));
    QCOMPARE(watch.exitStatus(), QProcess::NormalExit);
    QCOMPARE(watch.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_CliEtcdYaml)
#include "tst_CliEtcdYaml.moc"
