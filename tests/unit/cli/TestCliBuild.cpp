// whalestack-cli build without an engine: usage errors, workspaces it refuses before anything is
// sent, and an engine that does not answer. Builds against a real dockerd are in
// tests/integration/build.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runCli(const QStringList &arguments, const QString &dockerHost)
{
    QProcess process;
    process.setProgram(QStringLiteral(WHALESTACK_CLI));
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), dockerHost);
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    Run run;
    if (!finished.wait(120000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString demo()
{
    return QStringLiteral(WHALESTACK_RESOURCES "/workspaces/demo");
}

} // namespace

class TestCliBuild : public QObject
{
    Q_OBJECT

private slots:
    void refused_data();
    void refused();
    void brokenDockerfileSendsNothing();
    void usageListsBuild();

private:
    QTemporaryDir m_dir;
};

void TestCliBuild::refused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const QString b = QStringLiteral("build");
    QTest::newRow("no path") << QStringList {b} << 2 << QStringLiteral("PATH");
    QTest::newRow("jobs zero") << QStringList {b, demo(), QStringLiteral("--jobs"),
                                               QStringLiteral("0")}
                               << 2 << QStringLiteral("--jobs");
    QTest::newRow("jobs not a number")
        << QStringList {b, demo(), QStringLiteral("--jobs"), QStringLiteral("many")} << 2
        << QStringLiteral("--jobs");
    QTest::newRow("build arg without =")
        << QStringList {b, demo(), QStringLiteral("--build-arg"), QStringLiteral("NOVALUE")} << 2
        << QStringLiteral("NAME=VALUE");
    QTest::newRow("unknown option") << QStringList {b, demo(), QStringLiteral("--frobnicate")} << 2
                                    << QStringLiteral("frobnicate");
    QTest::newRow("not a folder") << QStringList {b, QStringLiteral("/nonexistent/whalestack")} << 1
                                  << QStringLiteral("not a folder");
    QTest::newRow("unknown image")
        << QStringList {b, demo(), QStringLiteral("whalestack/no-such-image:1.0")} << 1
        << QStringLiteral("no-such-image");
    QTest::newRow("engine does not answer")
        << QStringList {b, demo()} << 1 << QStringLiteral("does not answer");
}

void TestCliBuild::refused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    QVERIFY(m_dir.isValid());
    const Run run = runCli(arguments, QLatin1String("unix://") + m_dir.filePath("no.sock"));
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCliBuild::brokenDockerfileSendsNothing()
{
    // The plan is refused before the engine is asked anything: the socket does not even exist,
    // and the message is about the Dockerfile, not the engine.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("demo"));
    QCOMPARE(QProcess::execute(QStringLiteral("cp"), {QStringLiteral("-a"), demo(), copy}), 0);
    QFile f(copy + QStringLiteral("/apps/api/Dockerfile"));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("FROM\n");
    f.close();
    const Run run = runCli({QStringLiteral("build"), copy, QStringLiteral("--json")},
                           QLatin1String("unix://") + dir.filePath("no.sock"));
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());
    QVERIFY2(run.err.contains("Dockerfile"), run.err.constData());
    QVERIFY2(!run.err.contains("does not answer"), run.err.constData());
}

void TestCliBuild::usageListsBuild()
{
    const Run run = runCli({QStringLiteral("--help")}, QString());
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains("build PATH [IMAGE]..."));
}

QTEST_GUILESS_MAIN(TestCliBuild)
#include "TestCliBuild.moc"
