// The fixture library itself: a server that cannot start fails with a reason a person can act
// on (the command, the log), and a stopped server is gone.
#include "EtcdFixture.h"
#include "RegistryFixture.h"

#include <QTcpServer>
#include <QTest>

using ws::test::EtcdFixture;
using ws::test::RegistryFixture;
using ws::test::ServerProcess;

namespace {

class MissingProgram : public EtcdFixture
{
protected:
    QString program() const override { return QStringLiteral("/nonexistent/etcd"); }
};

} // namespace

class tst_ServerProcess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingProgram();
    void serverExitsEarly();
    void startAndStop();
    void freePortsDiffer();
};

void tst_ServerProcess::missingProgram()
{
    MissingProgram server;
    QVERIFY(!server.start());
    QVERIFY2(server.failureReason().contains(QLatin1String("/nonexistent/etcd")),
             qPrintable(server.failureReason()));
    QVERIFY2(server.failureReason().contains(QLatin1String("install-deps.sh")),
             qPrintable(server.failureReason()));
    QVERIFY(!server.isRunning());
}

void tst_ServerProcess::serverExitsEarly()
{
    EtcdFixture server;
    server.setExtraArguments({QStringLiteral("--no-such-flag")});
    QVERIFY(!server.start());
    const QString reason = server.failureReason();
    QVERIFY2(reason.contains(QLatin1String("exited")), qPrintable(reason));
    QVERIFY2(reason.contains(QLatin1String("--no-such-flag")),
             qPrintable(reason)); // command and log
    QVERIFY2(reason.contains(server.logFile()), qPrintable(reason));
}

void tst_ServerProcess::startAndStop()
{
    RegistryFixture registry;
    QVERIFY2(registry.start(), qPrintable(registry.failureReason()));
    QVERIFY(registry.isRunning());
    QVERIFY(registry.pid() > 0);
    QUrl probe = registry.url();
    probe.setPath(QStringLiteral("/v2/"));
    QCOMPARE(ServerProcess::httpGetStatus(probe), 200);
    registry.stop();
    QVERIFY(!registry.isRunning());
    QCOMPARE(ServerProcess::httpGetStatus(probe, 500), 0);
}

void tst_ServerProcess::freePortsDiffer()
{
    const quint16 a = ServerProcess::freeTcpPort();
    QVERIFY(a > 0);
    QTcpServer holder;
    QVERIFY(holder.listen(QHostAddress::LocalHost, a));
    const quint16 b = ServerProcess::freeTcpPort();
    QVERIFY(b > 0);
    QVERIFY(a != b);
}

QTEST_GUILESS_MAIN(tst_ServerProcess)
#include "tst_ServerProcess.moc"
