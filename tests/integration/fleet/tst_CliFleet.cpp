// whalestack-cli fleet against ws-fleet-test-server: machines/units/state --json shapes, the
// unit life cycle (submit, start, stop, destroy), instances made from the workspace's template,
// a broken unit refused with file:line before anything reaches fleet, why a unit is not
// placed, an unreachable endpoint, and the exit codes scripts rely on.
#include "FleetFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using ws::test::FleetFixture;
using ws::test::ServerProcess;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const char kWeb[] = "[Unit]\n"
                    "Description=web %i\n"
                    "\n"
                    "[Service]\n"
                    "ExecStart=/usr/bin/sleep 3000\n"
                    "\n"
                    "[X-Fleet]\n"
                    "Conflicts=web@*.service\n";
const char kDb[] = "[Unit]\n"
                   "Description=db\n"
                   "[Service]\n"
                   "ExecStart=/usr/bin/sleep 3000\n"
                   "[X-Fleet]\n"
                   "MachineMetadata=role=node2\n";
const char kBroken[] = "Description=before any section\n"
                       "[Service]\n"
                       "ExecStart=/bin/true\n"
                       "[X-Fleet]\n"
                       "MachineMetadta=role=node1\n";
const char kNowhere[] = "[Service]\n"
                        "ExecStart=/bin/true\n"
                        "[X-Fleet]\n"
                        "MachineMetadata=role=control\n";

} // namespace

class tst_CliFleet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void machinesJson();
    void lifeCycle();
    void templateInstances();
    void brokenUnitRefused();
    void localDiffers();
    void stateTable();
    void explain();
    void unreachable();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList &args, const QString &endpoint = QString());
    void write(const QString &name, const QByteArray &content);
    QJsonValue json(const QStringList &args);
    QString unitsOnServer();

    FleetFixture m_fleet;
    QTemporaryDir m_workspace;
};

void tst_CliFleet::initTestCase()
{
    QVERIFY2(m_fleet.start(), qPrintable(m_fleet.failureReason()));
    QVERIFY(m_workspace.isValid());
    QVERIFY(QDir(m_workspace.path()).mkpath(QStringLiteral("fleet-units")));
    write(QStringLiteral("web@.service"), kWeb);
    write(QStringLiteral("db.service"), kDb);
    write(QStringLiteral("nowhere.service"), kNowhere);
}

void tst_CliFleet::write(const QString &name, const QByteArray &content)
{
    QFile file(m_workspace.filePath(QStringLiteral("fleet-units/") + name));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

Run tst_CliFleet::cli(const QStringList &args, const QString &endpoint)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLEETCTL_ENDPOINT"),
               endpoint.isEmpty() ? m_fleet.unixUrl() : endpoint);
    env.remove(QStringLiteral("FLEETCTL_TUNNEL"));
    process.setProcessEnvironment(env);
    process.setWorkingDirectory(m_workspace.path());
    process.start(QStringLiteral(WHALESTACK_CLI), QStringList {QStringLiteral("fleet")} + args);
    Run run;
    if (!process.waitForStarted(30'000))
        return run;
    process.closeWriteChannel();
    if (!process.waitForFinished(120'000))
        return run;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QJsonValue tst_CliFleet::json(const QStringList &args)
{
    const Run run = cli(args + QStringList {QStringLiteral("--json")});
    if (run.exitCode != 0)
        qWarning("%s", run.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", run.out.constData());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

// "name:desired" of every unit, sorted, as fleet lists them.
QString tst_CliFleet::unitsOnServer()
{
    QStringList out;
    const QJsonArray units = json({QStringLiteral("units")}).toArray();
    for (const QJsonValue &u : units)
        out.append(u[QLatin1String("name")].toString() + QLatin1Char(':')
                   + u[QLatin1String("desiredState")].toString());
    out.sort();
    return out.join(QLatin1Char(' '));
}

void tst_CliFleet::machinesJson()
{
    const QJsonArray machines = json({QStringLiteral("machines")}).toArray();
    QCOMPARE(machines.size(), 3);
    QCOMPARE(machines[0][QLatin1String("id")].toString(),
             QStringLiteral("000000000000000000000000f1ee7001"));
    QCOMPARE(machines[0][QLatin1String("primaryIP")].toString(), QStringLiteral("127.0.0.11"));
    QCOMPARE(machines[1][QLatin1String("metadata")][QLatin1String("role")].toString(),
             QStringLiteral("node2"));

    const Run text = cli({QStringLiteral("machines")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("f1ee7003"));
    QVERIFY(text.out.contains("disk=ssd,role=node3"));
    QVERIFY2(text.err.isEmpty(), text.err.constData()); // a unix socket: no warning
}

void tst_CliFleet::lifeCycle()
{
    Run run = cli({QStringLiteral("submit"), QStringLiteral("db.service")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(unitsOnServer(), QStringLiteral("db.service:inactive"));

    run = cli({QStringLiteral("start"), QStringLiteral("db.service")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(unitsOnServer(), QStringLiteral("db.service:launched"));
    const QJsonArray units = json({QStringLiteral("units")}).toArray();
    QCOMPARE(units[0][QLatin1String("machineID")].toString(),
             QStringLiteral("000000000000000000000000f1ee7002"));
    QCOMPARE(units[0][QLatin1String("local")].toString(), QStringLiteral("same"));
    QCOMPARE(units[0][QLatin1String("hash")].toString().size(), 40);

    run = cli({QStringLiteral("stop"), QStringLiteral("db.service")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(unitsOnServer(), QStringLiteral("db.service:loaded"));

    run = cli({QStringLiteral("destroy"), QStringLiteral("db.service")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(unitsOnServer(), QString());

    // fleet answers 404 for a unit it does not have: exit 1 with its message.
    run = cli({QStringLiteral("destroy"), QStringLiteral("db.service")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("db.service"), run.err.constData());

    // start submits first when fleet does not have the unit, as fleetctl start does; a path
    // works as well as a workspace name.
    run = cli(
        {QStringLiteral("start"), m_workspace.filePath(QStringLiteral("fleet-units/db.service"))});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(unitsOnServer(), QStringLiteral("db.service:launched"));
    QCOMPARE(cli({QStringLiteral("destroy"), QStringLiteral("db.service")}).exitCode, 0);
}

void tst_CliFleet::templateInstances()
{
    Run run = cli({QStringLiteral("start"), QStringLiteral("web@1.service"),
                   QStringLiteral("web@2.service")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(unitsOnServer(), QStringLiteral("web@1.service:launched web@2.service:launched"));
    // Instances carry the template's options as they are (fleet resolves %i on the machine).
    const QJsonObject state = json({QStringLiteral("state")}).toObject();
    QSet<QString> machines;
    for (const QJsonValue &u : state[QLatin1String("units")].toArray()) {
        const QJsonObject states = u[QLatin1String("states")].toObject();
        QCOMPARE(states.size(), 1);
        machines.insert(states.keys().first());
        QCOMPARE(states.begin()->toObject()[QLatin1String("active")].toString(),
                 QStringLiteral("active"));
    }
    QCOMPARE(machines.size(), 2); // Conflicts=web@*.service: never on the same machine

    // An instance whose template the workspace does not have.
    run = cli({QStringLiteral("submit"), QStringLiteral("api@1.service")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("api@.service"), run.err.constData());
    QCOMPARE(cli({QStringLiteral("destroy"), QStringLiteral("web@1.service"),
                  QStringLiteral("web@2.service")})
                 .exitCode,
             0);
}

void tst_CliFleet::brokenUnitRefused()
{
    write(QStringLiteral("broken.service"), kBroken);
    // With a good unit before it: nothing at all is sent.
    const Run run = cli(
        {QStringLiteral("submit"), QStringLiteral("db.service"), QStringLiteral("broken.service")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("broken.service:1:"), run.err.constData());
    QVERIFY2(run.err.contains("broken.service:5:"), run.err.constData());
    QVERIFY2(run.err.contains("MachineMetadta"), run.err.constData());
    QCOMPARE(unitsOnServer(), QString());
    QFile::remove(m_workspace.filePath(QStringLiteral("fleet-units/broken.service")));
}

void tst_CliFleet::localDiffers()
{
    QCOMPARE(cli({QStringLiteral("submit"), QStringLiteral("db.service")}).exitCode, 0);
    write(QStringLiteral("db.service"), QByteArray(kDb).replace("3000", "4000"));
    const QJsonArray units = json({QStringLiteral("units")}).toArray();
    QCOMPARE(units[0][QLatin1String("local")].toString(), QStringLiteral("differs"));
    const Run text = cli({QStringLiteral("units")});
    QVERIFY2(text.out.contains("differs"), text.out.constData());
    // Sending it would change it in place: refused with what to do.
    const Run run = cli({QStringLiteral("submit"), QStringLiteral("db.service")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("destroy"), run.err.constData());
    write(QStringLiteral("db.service"), kDb);
    QCOMPARE(cli({QStringLiteral("destroy"), QStringLiteral("db.service")}).exitCode, 0);
}

void tst_CliFleet::stateTable()
{
    QCOMPARE(cli({QStringLiteral("start"), QStringLiteral("db.service")}).exitCode, 0);
    const Run run = cli({QStringLiteral("state")});
    QCOMPARE(run.exitCode, 0);
    const QList<QByteArray> lines = run.out.split('\n');
    QVERIFY2(lines[0].contains("UNIT") && lines[0].contains("f1ee7001")
                 && lines[0].contains("f1ee7003"),
             run.out.constData());
    QVERIFY2(lines[1].startsWith("db.service") && lines[1].contains("active/running"),
             run.out.constData());
    const QJsonObject json = this->json({QStringLiteral("state")}).toObject();
    QCOMPARE(json[QLatin1String("machines")].toArray().size(), 3);
    const QJsonObject db = json[QLatin1String("units")].toArray()[0].toObject();
    QCOMPARE(db[QLatin1String("name")].toString(), QStringLiteral("db.service"));
    QCOMPARE(db[QLatin1String("desiredState")].toString(), QStringLiteral("launched"));
    QCOMPARE(db[QLatin1String("states")][QLatin1String("000000000000000000000000f1ee7002")]
               [QLatin1String("sub")]
                   .toString(),
             QStringLiteral("running"));
    QCOMPARE(cli({QStringLiteral("destroy"), QStringLiteral("db.service")}).exitCode, 0);
}

void tst_CliFleet::explain()
{
    QCOMPARE(cli({QStringLiteral("start"), QStringLiteral("nowhere.service")}).exitCode, 0);
    Run run = cli({QStringLiteral("why"), QStringLiteral("nowhere.service")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("no machine has role=control"), run.out.constData());
    QVERIFY2(run.out.contains("has disk=ssd role=node1"), run.out.constData());
    const QJsonObject why
        = json({QStringLiteral("--explain"), QStringLiteral("nowhere.service")}).toObject();
    QCOMPARE(why[QLatin1String("reason")].toString(), QStringLiteral("metadata-unmatched"));
    run = cli({QStringLiteral("why"), QStringLiteral("ghost.service")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(cli({QStringLiteral("destroy"), QStringLiteral("nowhere.service")}).exitCode, 0);
}

void tst_CliFleet::unreachable()
{
    const quint16 port = ServerProcess::freeTcpPort();
    const QString url = QStringLiteral("http://127.0.0.1:%1").arg(port);
    Run run = cli({QStringLiteral("units")}, url);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QByteArray::number(port)), run.err.constData());
    QVERIFY2(!run.err.contains("warning"), run.err.constData()); // loopback: no warning

    // Not on this machine: a warning about fleet's missing authentication, then the failure.
    run = cli({QStringLiteral("machines")}, QStringLiteral("http://192.0.2.1:%1").arg(port));
    QVERIFY2(run.err.contains("no authentication"), run.err.constData());
    QVERIFY2(run.err.contains("--tunnel"), run.err.constData());
}

void tst_CliFleet::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList();
    QTest::newRow("unknown action") << QStringList {QStringLiteral("launch")};
    QTest::newRow("start without unit") << QStringList {QStringLiteral("start")};
    QTest::newRow("units with unit")
        << QStringList {QStringLiteral("units"), QStringLiteral("a.service")};
    QTest::newRow("unknown option")
        << QStringList {QStringLiteral("units"), QStringLiteral("--frobnicate")};
    QTest::newRow("bad endpoint") << QStringList {
        QStringLiteral("units"), QStringLiteral("--endpoint"), QStringLiteral("ftp://x")};
}

void tst_CliFleet::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(tst_CliFleet)
#include "tst_CliFleet.moc"
