// whalestack-cli etcd against a real etcd: put (argument and stdin), get, ls under a prefix,
// rm of a key and of a prefix, JSON output, the exit codes scripts rely on, and a clear error
// for an etcd that is not there.
#include "EtcdFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using ws::test::EtcdFixture;
using ws::test::ServerProcess;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class tst_CliEtcd : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void putGetLsRm();
    void usageErrors_data();
    void usageErrors();
    void unreachableEtcd();

private:
    Run cli(const QStringList &args, const QByteArray &input = {},
            const QString &endpoints = QString());

    EtcdFixture m_etcd;
};

void tst_CliEtcd::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
}

Run tst_CliEtcd::cli(const QStringList &args, const QByteArray &input, const QString &endpoints)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ETCDCTL_ENDPOINTS"),
               endpoints.isEmpty() ? m_etcd.clientUrl().toString() : endpoints);
    process.setProcessEnvironment(env);
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

void tst_CliEtcd::putGetLsRm()
{
    Run run = cli({QStringLiteral("put"), QStringLiteral("/services/keystone/config/debug"),
                   QStringLiteral("true")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    run = cli({QStringLiteral("put"), QStringLiteral("/services/keystone/config/policy"),
               QStringLiteral("--stdin"), QStringLiteral("--json")},
              "{\n  \"admin\": \"role:admin\"\n}\n");
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(
        QJsonDocument::fromJson(run.out).object().value(QLatin1String("mod_revision")).toDouble()
        > 0);

    run = cli({QStringLiteral("get"), QStringLiteral("/services/keystone/config/debug")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("/services/keystone/config/debug\ntrue\n"));

    run = cli({QStringLiteral("get"), QStringLiteral("/services/keystone/config/policy"),
               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    const QJsonObject kv = QJsonDocument::fromJson(run.out)
                               .object()
                               .value(QLatin1String("kvs"))
                               .toArray()
                               .at(0)
                               .toObject();
    QCOMPARE(kv.value(QLatin1String("value")).toString(),
             QStringLiteral("{\n  \"admin\": \"role:admin\"\n}\n"));
    QCOMPARE(kv.value(QLatin1String("version")).toInt(), 1);

    // A key that is not there: nothing printed, exit 1, so `if whalestack-cli etcd get` works.
    run = cli({QStringLiteral("get"), QStringLiteral("/services/nova/config/debug")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty());

    run = cli({QStringLiteral("ls"), QStringLiteral("/services/")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out,
             QByteArray("/services/keystone/config/debug\n"
                        "/services/keystone/config/policy\n"));

    run = cli({QStringLiteral("rm"), QStringLiteral("/services/keystone/config/debug")});
    QCOMPARE(run.exitCode, 0);
    run = cli({QStringLiteral("rm"), QStringLiteral("/services/"), QStringLiteral("--prefix"),
               QStringLiteral("--json")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value(QLatin1String("deleted")).toInt(), 1);
    // Nothing left to delete: exit 1.
    run = cli({QStringLiteral("rm"), QStringLiteral("/services/"), QStringLiteral("--prefix")});
    QCOMPARE(run.exitCode, 1);
    run = cli({QStringLiteral("ls"), QStringLiteral("/services/")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
}

void tst_CliEtcd::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList {};
    QTest::newRow("unknown action") << QStringList {QStringLiteral("frobnicate")};
    QTest::newRow("put without value") << QStringList {QStringLiteral("put"), QStringLiteral("/k")};
    QTest::newRow("get without key") << QStringList {QStringLiteral("get")};
    QTest::newRow("ls with two prefixes")
        << QStringList {QStringLiteral("ls"), QStringLiteral("/a"), QStringLiteral("/b")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("ls"), QStringLiteral("--nope")};
}

void tst_CliEtcd::usageErrors()
{
    QFETCH(QStringList, args);
    const Run run = cli(args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void tst_CliEtcd::unreachableEtcd()
{
    const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(ServerProcess::freeTcpPort());
    const Run run = cli({QStringLiteral("get"), QStringLiteral("/k")}, {}, dead);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(dead.mid(7).toUtf8()), run.err.constData());
}

QTEST_GUILESS_MAIN(tst_CliEtcd)
#include "tst_CliEtcd.moc"
