// whalestack-cli's workspace, graph and keys commands, run as a user runs them: the real binary
// on the bundled workspaces and on broken input.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.setProgram(QStringLiteral(WHALESTACK_CLI));
    process.setArguments(arguments);
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

QString workspacePath(const char *name)
{
    return QStringLiteral(WHALESTACK_RESOURCES "/workspaces/") + QLatin1String(name);
}

// image name -> {parent, parent_kind}
QHash<QString, QPair<QString, QString>> parents(const QJsonObject &model)
{
    QHash<QString, QPair<QString, QString>> result;
    for (const QJsonValue &value : model.value(QLatin1String("images")).toArray()) {
        const QJsonObject image = value.toObject();
        result.insert(image.value(QLatin1String("name")).toString(),
                      {image.value(QLatin1String("parent")).toString(),
                       image.value(QLatin1String("parent_kind")).toString()});
    }
    return result;
}

QJsonObject loadJson(const char *workspace)
{
    const Run run
        = runCli({QStringLiteral("workspace"), workspacePath(workspace), QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning().noquote() << "stderr:" << run.err;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << error.errorString();
    return run.exitCode == 0 ? document.object() : QJsonObject();
}

} // namespace

class TestCliWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void demoHasNoProblemsAndRightParents()
    {
        const QJsonObject model = loadJson("demo");
        QVERIFY2(!model.isEmpty(), "workspace --json on the demo failed");
        QCOMPARE(model.value(QLatin1String("problems")).toArray().size(), 0);
        const auto p = parents(model);
        QVERIFY(p.size() >= 7);
        QCOMPARE(p.value(QStringLiteral("whalestack/demo-base:1.0")).second,
                 QStringLiteral("none"));
        QCOMPARE(
            p.value(QStringLiteral("whalestack/demo-runtime:1.0")),
            qMakePair(QStringLiteral("whalestack/demo-base:1.0"), QStringLiteral("workspace")));
        QCOMPARE(
            p.value(QStringLiteral("whalestack/demo-web:1.0")),
            qMakePair(QStringLiteral("whalestack/demo-runtime:1.0"), QStringLiteral("workspace")));
        QCOMPARE(p.value(QStringLiteral("whalestack/demo-router:1.0")).first,
                 QStringLiteral("whalestack/demo-base:1.0"));
        QVERIFY(model.value(QLatin1String("units")).toArray().size() >= 6);
        QVERIFY(model.value(QLatin1String("keys")).toArray().size() >= 6);
    }

    void kiloHasNoProblemsAndRightParents()
    {
        const QJsonObject model = loadJson("openstack-kilo");
        QVERIFY2(!model.isEmpty(), "workspace --json on openstack-kilo failed");
        QCOMPARE(model.value(QLatin1String("problems")).toArray().size(), 0);
        const auto p = parents(model);
        QVERIFY2(p.size() >= 31, qPrintable(QString::number(p.size())));
        QCOMPARE(p.value(QStringLiteral("whalestack/openstack-kilo-base:latest")),
                 qMakePair(QStringLiteral("ubuntu:14.04"), QStringLiteral("external")));
        QCOMPARE(p.value(QStringLiteral("whalestack/openstack-kilo-keystone:kilo")),
                 qMakePair(QStringLiteral("whalestack/openstack-kilo-apache2:latest"),
                           QStringLiteral("workspace")));
        QCOMPARE(p.value(QStringLiteral("whalestack/openstack-kilo-nova-compute:kilo")),
                 qMakePair(QStringLiteral("whalestack/openstack-kilo-base:latest"),
                           QStringLiteral("workspace")));
        // registrator is used by the workspace but not built by it.
        bool registratorFound = false;
        for (const QJsonValue &value : model.value(QLatin1String("images")).toArray()) {
            const QJsonObject image = value.toObject();
            if (image.value(QLatin1String("id"))
                    .toString()
                    .endsWith(QLatin1String("registrator"))) {
                registratorFound = true;
                QCOMPARE(image.value(QLatin1String("buildable")).toBool(), false);
            }
        }
        QVERIFY(registratorFound);
    }

    void graphIsDotWithEdges()
    {
        const Run run = runCli({QStringLiteral("graph"), workspacePath("demo")});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.startsWith("digraph"));
        QVERIFY(
            run.out.contains("\"whalestack/demo-base:1.0\" -> \"whalestack/demo-runtime:1.0\""));
    }

    void keysAreSortedAndUnique()
    {
        const Run run = runCli({QStringLiteral("keys"), workspacePath("openstack-kilo")});
        QCOMPARE(run.exitCode, 0);
        QStringList keys = QString::fromUtf8(run.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(keys.size() > 20);
        QStringList sorted = keys;
        sorted.sort();
        sorted.removeDuplicates();
        QCOMPARE(keys, sorted);
        QVERIFY(keys.contains(QStringLiteral("/services/ceph/monitors/*")));
        QVERIFY(keys.contains(QStringLiteral("/services/glance/config/db-password")));
        for (const QString &key : keys)
            QVERIFY2(key.startsWith(QLatin1Char('/')), qPrintable(key));
    }

    void brokenInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList {} << 2 << QStringLiteral("Usage");
        QTest::newRow("unknown command")
            << QStringList {QStringLiteral("frobnicate")} << 2 << QStringLiteral("unknown command");
        QTest::newRow("no path") << QStringList {QStringLiteral("workspace")} << 2
                                 << QStringLiteral("PATH");
        QTest::newRow("missing folder")
            << QStringList {QStringLiteral("workspace"), QStringLiteral("/nonexistent/ws")} << 1
            << QStringLiteral("not a folder");
        QTest::newRow("bad build arg")
            << QStringList {QStringLiteral("workspace"), workspacePath("demo"),
                            QStringLiteral("--build-arg"), QStringLiteral("NOVALUE")}
            << 2 << QStringLiteral("NAME=VALUE");
        QTest::newRow("json on graph")
            << QStringList {QStringLiteral("graph"), workspacePath("demo"),
                            QStringLiteral("--json")}
            << 2 << QStringLiteral("--json");
    }

    void brokenInput()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const Run run = runCli(arguments);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(run.err).contains(message), run.err.constData());
    }

    void brokenWorkspaceReportsFileAndLine()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QDir(dir.path()).mkpath(QStringLiteral("img"));
        QFile vars(dir.filePath(QStringLiteral("img/vars.mk")));
        QVERIFY(vars.open(QIODevice::WriteOnly));
        vars.write("COMPONENT = img\n");
        vars.close();
        QFile dockerfile(dir.filePath(QStringLiteral("img/Dockerfile")));
        QVERIFY(dockerfile.open(QIODevice::WriteOnly));
        dockerfile.write("# no FROM here\nRUN true\n");
        dockerfile.close();
        const Run run = runCli({QStringLiteral("workspace"), dir.path()});
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains("img/Dockerfile:"), run.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCliWorkspace)
#include "TestCliWorkspace.moc"
