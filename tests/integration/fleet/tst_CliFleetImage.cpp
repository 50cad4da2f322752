// whalestack-cli fleet generate (a unit for a workspace image: printed, written into the unit
// folder, refused over an existing file without --force) and fleet image (the unit's image key
// in a real etcd: shown, set by compare-and-swap, the unit restarted on the fleet test server).
#include "EtcdFixture.h"
#include "FleetFixture.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using ws::test::EtcdFixture;
using ws::test::FleetFixture;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

const char kApp[] = "[Unit]\n"
                    "Description=app\n"
                    "[Service]\n"
                    "ExecStartPre=/bin/sh -c \"docker pull $(etcdctl get "
                    "/services/shop/config/app-image-name)\"\n"
                    "ExecStart=/bin/sh -c \"exec docker run --rm $(etcdctl get "
                    "/services/shop/config/app-image-name)\"\n";
const char kPlain[] = "[Service]\nExecStart=/bin/sleep 100\n";

} // namespace

class tst_CliFleetImage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void generatePrints();
    void generateWrites();
    void generateUnknownImage();
    void imageShowSetRestart();
    void imageWithoutKey();

private:
    Run cli(const QStringList &args);
    void write(const QString &path, const QByteArray &content);

    FleetFixture m_fleet;
    EtcdFixture m_etcd;
    QTemporaryDir m_workspace;
};

void tst_CliFleetImage::initTestCase()
{
    QVERIFY2(m_fleet.start(), qPrintable(m_fleet.failureReason()));
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    QVERIFY(m_workspace.isValid());
    // A workspace as the original lays one out: an image folder with vars.mk and a Dockerfile,
    // unit files in the folder the manifest names.
    write(QStringLiteral("whalestack.yaml"), "version: 1\nname: shop\nunits_dir: units\n");
    write(QStringLiteral("shop/app/vars.mk"),
          "IMAGE_PREFIX = ws\nDISTR = ubuntu\nSERVICE = shop\nCOMPONENT = app\nBUILD_TAG = 1\n");
    write(QStringLiteral("shop/app/Dockerfile"), "FROM scratch\nEXPOSE 8080\n");
    write(QStringLiteral("units/app.service"), kApp);
    write(QStringLiteral("units/plain.service"), kPlain);
}

void tst_CliFleetImage::write(const QString &path, const QByteArray &content)
{
    const QString full = m_workspace.filePath(path);
    QVERIFY(QDir().mkpath(QFileInfo(full).absolutePath()));
    QFile file(full);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
}

Run tst_CliFleetImage::cli(const QStringList &args)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLEETCTL_ENDPOINT"), m_fleet.unixUrl());
    env.remove(QStringLiteral("FLEETCTL_TUNNEL"));
    env.insert(QStringLiteral("ETCDCTL_ENDPOINTS"), m_etcd.clientUrl().toString());
    env.remove(QStringLiteral("ETCDCTL_USER"));
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

void tst_CliFleetImage::generatePrints()
{
    Run run = cli({QStringLiteral("generate"), QStringLiteral("shop/app")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("/services/shop/config/app-image-name"), run.out.constData());
    QVERIFY2(run.out.contains("Conflicts=app@*.service"), run.out.constData());
    QVERIFY2(run.out.contains("SERVICE_8080_NAME="), run.out.constData());
    run = cli({QStringLiteral("generate"), QStringLiteral("app"), QStringLiteral("--global")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.contains("Global=true"), run.out.constData());
    QVERIFY(!QFile::exists(m_workspace.filePath(QStringLiteral("units/app@.service"))));
}

void tst_CliFleetImage::generateWrites()
{
    const QString path = m_workspace.filePath(QStringLiteral("units/app@.service"));
    const QStringList args {QStringLiteral("generate"),    QStringLiteral("shop/app"),
                            QStringLiteral("--template"),  QStringLiteral("--write"),
                            QStringLiteral("--workspace"), m_workspace.path()};
    Run run = cli(args);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.err.contains("app@.service"), run.err.constData());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray written = file.readAll();
    file.close();
    QVERIFY(written.contains("app-image-name"));
    // Written once, never overwritten without --force.
    write(QStringLiteral("units/app@.service"), "# mine\n");
    run = cli(args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("--force"), run.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("# mine\n"));
    file.close();
    run = cli(args + QStringList {QStringLiteral("--force")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), written);
    QVERIFY(QFile::remove(path));
}

void tst_CliFleetImage::generateUnknownImage()
{
    const Run run = cli({QStringLiteral("generate"), QStringLiteral("nope")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("shop/app"), run.err.constData()); // says which images there are
    QCOMPARE(cli({QStringLiteral("generate")}).exitCode, 2);
}

void tst_CliFleetImage::imageShowSetRestart()
{
    const QByteArray key = "/services/shop/config/app-image-name";
    // Not set yet: shown as such.
    Run run = cli({QStringLiteral("image"), QStringLiteral("app.service")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith(key + " (not set)"), run.out.constData());

    run = cli({QStringLiteral("image"), QStringLiteral("app.service"), QStringLiteral("--set"),
               QStringLiteral("ws/ubuntu-app:1")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("image"), QStringLiteral("app.service"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonObject shown = QJsonDocument::fromJson(run.out).object();
    QCOMPARE(shown.value(QLatin1String("key")).toString(), QString::fromUtf8(key));
    QCOMPARE(shown.value(QLatin1String("value")).toString(), QStringLiteral("ws/ubuntu-app:1"));

    // Started on fleet, pointed at another image and restarted: it stopped, then started.
    run = cli({QStringLiteral("start"), QStringLiteral("app.service")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("image"), QStringLiteral("app.service"), QStringLiteral("--set"),
               QStringLiteral("ws/ubuntu-app:2"), QStringLiteral("--restart")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY2(run.out.startsWith(key + " ws/ubuntu-app:2"), run.out.constData());
    const qsizetype stopping = run.err.indexOf("Stopping app.service");
    const qsizetype stopped = run.err.indexOf("app.service stopped");
    const qsizetype starting = run.err.indexOf("Starting app.service");
    const qsizetype restarted = run.err.indexOf("app.service restarted");
    QVERIFY2(stopping >= 0 && stopping < stopped && stopped < starting && starting < restarted,
             run.err.constData());
    QVERIFY2(run.err.contains("was: ws/ubuntu-app:1"), run.err.constData());

    // fleet has it launched and running again.
    run = cli({QStringLiteral("units"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    bool launched = false;
    for (const QJsonValue &u : QJsonDocument::fromJson(run.out).array())
        launched = launched
            || (u[QLatin1String("name")].toString() == QLatin1String("app.service")
                && u[QLatin1String("desiredState")].toString() == QLatin1String("launched"));
    QVERIFY2(launched, run.out.constData());

    // An etcd that does not answer: the reason, and the way out.
    run = cli({QStringLiteral("image"), QStringLiteral("app.service"), QStringLiteral("--etcd"),
               QStringLiteral("http://127.0.0.1:1")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("ETCDCTL_ENDPOINTS"), run.err.constData());
}

void tst_CliFleetImage::imageWithoutKey()
{
    const Run run = cli({QStringLiteral("image"), QStringLiteral("plain.service")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains("image-name"), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliFleetImage)
#include "tst_CliFleetImage.moc"
