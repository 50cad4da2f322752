// whalestack-cli probe against real servers: --service etcd and registry up, a stopped
// server's port down (exit 1) with the JSON shape scripts read, an environment of the
// workspace manifest, the table, usage errors (exit 2), and --watch ended by SIGINT.
#include "EtcdFixture.h"
#include "RegistryFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using ws::test::EtcdFixture;
using ws::test::RegistryFixture;
using ws::test::ServerProcess;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &workdir = QString())
{
    QProcess process;
    if (!workdir.isEmpty())
        process.setWorkingDirectory(workdir);
    process.start(QStringLiteral(WHALESTACK_CLI), QStringList {QStringLiteral("probe")} + args);
    Run run;
    if (!process.waitForStarted(30'000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class tst_CliProbe : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void servicesUp();
    void downTargetExitsOne();
    void environment();
    void table();
    void usageErrors_data();
    void usageErrors();
    void watchEndsOnSigint();

private:
    EtcdFixture m_etcd;
    RegistryFixture m_registry;
    QString m_deadPort;
    QTemporaryDir m_workspace;
};

void tst_CliProbe::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    QVERIFY2(m_registry.start(), qPrintable(m_registry.failureReason()));
    m_deadPort = QString::number(ServerProcess::freeTcpPort());
    QVERIFY(m_workspace.isValid());
    QFile manifest(m_workspace.filePath(QStringLiteral("whalestack.yaml")));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(QStringLiteral("version: 1\n"
                                  "environments:\n"
                                  "  - name: local\n"
                                  "    etcd:\n"
                                  "      endpoints: [%1]\n"
                                  "    services:\n"
                                  "      - kind: registry\n"
                                  "        name: images\n"
                                  "        endpoint: %2\n"
                                  "  - name: broken\n"
                                  "    services:\n"
                                  "      - kind: registry\n"
                                  "        name: gone\n"
                                  "        endpoint: 127.0.0.1:%3\n")
                       .arg(m_etcd.clientUrl().toString(), m_registry.hostPort(), m_deadPort)
                       .toUtf8());
}

void tst_CliProbe::servicesUp()
{
    const Run run
        = cli({QStringLiteral("--service"),
               QStringLiteral("etcd=%1,name=config").arg(m_etcd.clientUrl().toString()),
               QStringLiteral("--service"),
               QStringLiteral("registry=%1").arg(m_registry.hostPort()), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray results = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(results.size(), 2);
    const QJsonObject etcd = results[0].toObject();
    QCOMPARE(etcd.value(QLatin1String("kind")).toString(), QStringLiteral("etcd"));
    QCOMPARE(etcd.value(QLatin1String("name")).toString(), QStringLiteral("config"));
    QCOMPARE(etcd.value(QLatin1String("endpoint")).toString(), m_etcd.clientUrl().toString());
    QCOMPARE(etcd.value(QLatin1String("status")).toString(), QStringLiteral("up"));
    QVERIFY(etcd.value(QLatin1String("latency_ms")).isDouble());
    QVERIFY(etcd.value(QLatin1String("version")).toString().startsWith(QStringLiteral("3.")));
    QVERIFY(!etcd.value(QLatin1String("detail")).toString().isEmpty());
    const QJsonObject registry = results[1].toObject();
    QCOMPARE(registry.value(QLatin1String("kind")).toString(), QStringLiteral("registry"));
    QCOMPARE(registry.value(QLatin1String("status")).toString(), QStringLiteral("up"));
    QCOMPARE(registry.value(QLatin1String("version")).toString(), QStringLiteral("registry/2.0"));
}

void tst_CliProbe::downTargetExitsOne()
{
    const Run run = cli(
        {QStringLiteral("--service"), QStringLiteral("registry=%1").arg(m_registry.hostPort()),
         QStringLiteral("--service"), QStringLiteral("etcd=127.0.0.1:") + m_deadPort,
         QStringLiteral("--json"), QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray results = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].toObject().value(QLatin1String("status")).toString(), QStringLiteral("up"));
    const QJsonObject down = results[1].toObject();
    QCOMPARE(down.value(QLatin1String("status")).toString(), QStringLiteral("down"));
    QVERIFY(down.value(QLatin1String("latency_ms")).isNull());
    QCOMPARE(down.value(QLatin1String("version")).toString(), QString());
    QVERIFY2(down.value(QLatin1String("detail")).toString().contains(m_deadPort),
             run.out.constData());
    for (const char *key : {"kind", "endpoint", "status", "latency_ms", "version", "detail"})
        QVERIFY2(down.contains(QLatin1String(key)), key);
}

void tst_CliProbe::environment()
{
    Run run = cli({QStringLiteral("local"), QStringLiteral("--workspace"), m_workspace.path(),
                   QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QJsonArray results = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[0].toObject().value(QLatin1String("kind")).toString(), QStringLiteral("etcd"));
    QCOMPARE(results[1].toObject().value(QLatin1String("name")).toString(),
             QStringLiteral("images"));

    // From the workspace folder itself, without --workspace.
    run = cli({QStringLiteral("broken"), QStringLiteral("--json"), QStringLiteral("--timeout"),
               QStringLiteral("2")},
              m_workspace.path());
    QCOMPARE(run.exitCode, 1);
    results = QJsonDocument::fromJson(run.out).array();
    QCOMPARE(results.size(), 1);
    QCOMPARE(results[0].toObject().value(QLatin1String("status")).toString(),
             QStringLiteral("down"));

    run = cli({QStringLiteral("staging"), QStringLiteral("--workspace"), m_workspace.path()});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains("staging") && run.err.contains("local, broken"), run.err.constData());
}

void tst_CliProbe::table()
{
    const Run run
        = cli({QStringLiteral("--service"),
               QStringLiteral("registry=%1,name=images").arg(m_registry.hostPort()),
               QStringLiteral("--service"), QStringLiteral("etcd=127.0.0.1:") + m_deadPort,
               QStringLiteral("--timeout"), QStringLiteral("2")});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = QString::fromUtf8(run.out).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines[0].startsWith(QStringLiteral("STATUS")));
    QVERIFY(lines[0].contains(QStringLiteral("LATENCY")));
    QVERIFY2(lines[1].startsWith(QStringLiteral("up"))
                 && lines[1].contains(QStringLiteral("images"))
                 && lines[1].contains(QStringLiteral("registry/2.0"))
                 && lines[1].contains(QStringLiteral(" ms")),
             qPrintable(lines[1]));
    QVERIFY2(lines[2].startsWith(QStringLiteral("down")) && lines[2].contains(m_deadPort),
             qPrintable(lines[2]));
}

void tst_CliProbe::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("says");
    QTest::newRow("nothing") << QStringList {} << "ENVIRONMENT";
    QTest::newRow("bad spec") << QStringList {"--service", "etcd"} << "KIND=ENDPOINT";
    QTest::newRow("unknown kind") << QStringList {"--service", "gopher=h:70"} << "gopher";
    QTest::newRow("bad interval") << QStringList {"--service", "etcd=h:1", "--interval", "soon"}
                                  << "--interval";
    QTest::newRow("bad timeout") << QStringList {"--service", "etcd=h:1", "--timeout", "-1"}
                                 << "--timeout";
    QTest::newRow("unknown option") << QStringList {"--frobnicate"} << "frobnicate";
    QTest::newRow("two environments") << QStringList {"a", "b"} << "ENVIRONMENT";
    QTest::newRow("no manifest") << QStringList {"lab", "--workspace", "/nonexistent"}
                                 << "whalestack.yaml";
}

void tst_CliProbe::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, says);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(says.toUtf8()), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void tst_CliProbe::watchEndsOnSigint()
{
    QProcess process;
    process.start(QStringLiteral(WHALESTACK_CLI),
                  {QStringLiteral("probe"), QStringLiteral("--service"),
                   QStringLiteral("registry=%1").arg(m_registry.hostPort()),
                   QStringLiteral("--watch"), QStringLiteral("--interval"), QStringLiteral("0.2"),
                   QStringLiteral("--json")});
    QVERIFY(process.waitForStarted(30'000));
    QByteArray out;
    // The first result arrives as one JSON line.
    QTRY_VERIFY_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains('\n'), 30'000);
    const QJsonObject first = QJsonDocument::fromJson(out.left(out.indexOf('\n'))).object();
    QCOMPARE(first.value(QLatin1String("status")).toString(), QStringLiteral("up"));
    // Unchanged results are not printed again.
    QSignalSpy more(&process, &QProcess::readyReadStandardOutput);
    QVERIFY(!more.wait(1000));
    ::kill(pid_t(process.processId()), SIGINT);
    QVERIFY(process.waitForFinished(30'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

QTEST_GUILESS_MAIN(tst_CliProbe)
#include "tst_CliProbe.moc"
