// FleetTunnel through a real sshd (Debian's openssh-server, started by SshdFixture) to the
// fleet test server: FleetClient through the tunnel to fleet's unix socket and to its TCP port,
// ssh killed (lost, then back on the same port after the restart delay), a host that refuses
// (no sshd: connection refused; a wrong key: permission denied; an unknown host key), each a
// message that says what to do; and whalestack-cli fleet --tunnel.
#include "FleetFixture.h"
#include "SshdFixture.h"
#include "fleet/FleetClient.h"
#include "fleet/FleetTunnel.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <signal.h>

using ws::ApiJob;
using ws::FleetClient;
using ws::FleetEndpoint;
using ws::FleetTunnel;
using ws::test::FleetFixture;
using ws::test::ServerProcess;
using ws::test::SshdFixture;

namespace {

constexpr int kWaitMs = 30'000; // a bound on waiting, never a measure of speed

template<typename Job>
std::unique_ptr<Job> finish(Job *job)
{
    std::unique_ptr<Job> owned(job);
    if (!owned->isFinished()) {
        QSignalSpy spy(owned.get(), &ApiJob::finished);
        if (!spy.wait(kWaitMs))
            qWarning("job did not finish within the bound");
    }
    return owned;
}

FleetEndpoint through(const FleetTunnel &tunnel)
{
    return FleetEndpoint::fromAddress(tunnel.localUrl().toString(), QStringLiteral("tunnel"));
}

} // namespace

class tst_FleetTunnel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void target_data();
    void target();
    void clientThroughTunnelToSocket();
    void clientThroughTunnelToPort();
    void sshKilledRestarts();
    void refusedConnection();
    void wrongKey();
    void unknownHostKey();
    void cliThroughTunnel();

private:
    std::unique_ptr<FleetTunnel> tunnel(const QStringList &extra = {});

    FleetFixture m_fleet;
    SshdFixture m_sshd;
};

void tst_FleetTunnel::initTestCase()
{
    QVERIFY2(m_fleet.start(), qPrintable(m_fleet.failureReason()));
    QVERIFY2(m_sshd.start(), qPrintable(m_sshd.failureReason()));
}

std::unique_ptr<FleetTunnel> tst_FleetTunnel::tunnel(const QStringList &extra)
{
    auto t = std::make_unique<FleetTunnel>(m_sshd.destination());
    t->setRemoteSocket(m_fleet.socketPath());
    t->setExtraArguments(extra.isEmpty() ? m_sshd.clientArguments() : extra);
    t->setRestartDelay(50, 200);
    return t;
}

void tst_FleetTunnel::target_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    const auto row
        = [](const char *name, const char *target, const char *user, const char *host, int port) {
              QTest::newRow(name) << QString::fromLatin1(target) << QString::fromLatin1(user)
                                  << QString::fromLatin1(host) << port;
          };
    row("host", "node1", "core", "node1", 0);
    row("host:port", "node1:2222", "core", "node1", 2222);
    row("user@host:port", "ops@10.0.0.1:22", "ops", "10.0.0.1", 22);
    row("ipv6", "[::1]:2200", "core", "::1", 2200);
    row("bad port", "node1:ssh", "", "", 0);
    row("empty", "", "", "", 0);
}

void tst_FleetTunnel::target()
{
    QFETCH(QString, target);
    QFETCH(QString, user);
    QFETCH(QString, host);
    QFETCH(int, port);
    FleetTunnel t(target);
    QCOMPARE(t.isTargetValid(), !host.isEmpty());
    if (host.isEmpty()) {
        QVERIFY(t.targetError().contains(QLatin1String("user@host")));
        QSignalSpy lost(&t, &FleetTunnel::lost);
        t.start();
        QVERIFY(lost.wait(kWaitMs));
        return;
    }
    QCOMPARE(t.user(), user);
    QCOMPARE(t.host(), host);
    QCOMPARE(int(t.sshPort()), port);
    const QStringList args = t.arguments();
    QVERIFY(args.contains(QLatin1String("BatchMode=yes")));
    QVERIFY(args.contains(QLatin1String("ExitOnForwardFailure=yes")));
    QCOMPARE(args.last(), user + QLatin1Char('@') + host);
}

void tst_FleetTunnel::clientThroughTunnelToSocket()
{
    auto t = tunnel();
    QSignalSpy ready(t.get(), &FleetTunnel::ready);
    QSignalSpy lost(t.get(), &FleetTunnel::lost);
    t->start();
    QVERIFY2(ready.wait(kWaitMs) || ready.size() == 1,
             qPrintable(lost.isEmpty() ? QStringLiteral("no signal") : lost[0][0].toString()));
    QCOMPARE(t->state(), FleetTunnel::State::Ready);
    QVERIFY(t->arguments().contains(
        QStringLiteral("127.0.0.1:%1:%2").arg(t->localPort()).arg(m_fleet.socketPath())));

    FleetClient client(through(*t));
    auto machines = finish(client.machines());
    QVERIFY2(!machines->hasError(), qPrintable(machines->errorString()));
    QCOMPARE(machines->result().size(), 3);
    auto units = finish(client.units());
    QVERIFY2(!units->hasError(), qPrintable(units->errorString()));
    t->stop();
    QCOMPARE(t->state(), FleetTunnel::State::Stopped);
    QVERIFY(lost.isEmpty());
}

void tst_FleetTunnel::clientThroughTunnelToPort()
{
    auto t = tunnel();
    t->setRemotePort(m_fleet.port());
    QSignalSpy ready(t.get(), &FleetTunnel::ready);
    t->start();
    QVERIFY(ready.wait(kWaitMs));
    FleetClient client(through(*t));
    auto machines = finish(client.machines());
    QVERIFY2(!machines->hasError(), qPrintable(machines->errorString()));
    QCOMPARE(machines->result().first().primaryIp, QStringLiteral("127.0.0.11"));
}

void tst_FleetTunnel::sshKilledRestarts()
{
    auto t = tunnel();
    QSignalSpy ready(t.get(), &FleetTunnel::ready);
    QSignalSpy lost(t.get(), &FleetTunnel::lost);
    t->start();
    QVERIFY(ready.wait(kWaitMs));
    const quint16 port = t->localPort();

    QVERIFY(t->processId() > 0);
    ::kill(pid_t(t->processId()), SIGKILL);
    QTRY_COMPARE_WITH_TIMEOUT(lost.size(), 1, kWaitMs);
    QVERIFY(lost[0][1].toBool()); // it will restart
    QVERIFY(!lost[0][0].toString().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(ready.size(), 2, kWaitMs);
    QCOMPARE(t->localPort(), port); // clients keep their endpoint
    FleetClient client(through(*t));
    auto machines = finish(client.machines());
    QVERIFY2(!machines->hasError(), qPrintable(machines->errorString()));
}

void tst_FleetTunnel::refusedConnection()
{
    FleetTunnel t(
        QStringLiteral("%1@127.0.0.1:%2").arg(m_sshd.user()).arg(ServerProcess::freeTcpPort()));
    t.setExtraArguments(m_sshd.clientArguments());
    t.setRestart(false);
    QSignalSpy lost(&t, &FleetTunnel::lost);
    t.start();
    QVERIFY(lost.wait(kWaitMs));
    const QString message = lost[0][0].toString();
    QVERIFY2(message.contains(QLatin1String("connection refused")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("ssh said:")), qPrintable(message));
    QVERIFY(!lost[0][1].toBool());
    QCOMPARE(t.state(), FleetTunnel::State::Stopped);

    // With restarts wanted it keeps trying, waiting longer each time, and says so each time.
    FleetTunnel again(t.user() + QLatin1Char('@')
                      + QStringLiteral("127.0.0.1:%1").arg(ServerProcess::freeTcpPort()));
    again.setExtraArguments(m_sshd.clientArguments());
    again.setRestartDelay(20, 80);
    QSignalSpy lostAgain(&again, &FleetTunnel::lost);
    again.start();
    QTRY_VERIFY_WITH_TIMEOUT(lostAgain.size() >= 3, kWaitMs);
    QVERIFY(lostAgain[2][1].toBool());
    QCOMPARE(again.restartDelay(), 80);
    again.stop();
}

void tst_FleetTunnel::wrongKey()
{
    QTemporaryDir dir;
    QStringList args = m_sshd.clientArguments();
    args[args.indexOf(m_sshd.clientKey())] = dir.filePath(QStringLiteral("no-such-key"));
    auto t = tunnel(args);
    t->setRestart(false);
    QSignalSpy lost(t.get(), &FleetTunnel::lost);
    t->start();
    QVERIFY(lost.wait(kWaitMs));
    const QString message = lost[0][0].toString();
    QVERIFY2(message.contains(QLatin1String("refused the login as ") + m_sshd.user()),
             qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("Permission denied")), qPrintable(message));
}

void tst_FleetTunnel::unknownHostKey()
{
    QTemporaryDir dir;
    QStringList args = m_sshd.clientArguments();
    args[args.indexOf(QLatin1String("UserKnownHostsFile=") + m_sshd.knownHostsFile())]
        = QLatin1String("UserKnownHostsFile=") + dir.filePath(QStringLiteral("known_hosts"));
    auto t = tunnel(args);
    t->setRestart(false);
    QSignalSpy lost(t.get(), &FleetTunnel::lost);
    t->start();
    QVERIFY(lost.wait(kWaitMs));
    const QString message = lost[0][0].toString();
    QVERIFY2(message.contains(QLatin1String("host's key")), qPrintable(message));
}

void tst_FleetTunnel::cliThroughTunnel()
{
    QStringList args {QStringLiteral("fleet"), QStringLiteral("machines"), QStringLiteral("--json"),
                      QStringLiteral("--identity"), m_sshd.clientKey()};
    for (const QString &option : {QStringLiteral("IdentitiesOnly=yes"),
                                  QStringLiteral("UserKnownHostsFile=") + m_sshd.knownHostsFile(),
                                  QStringLiteral("GlobalKnownHostsFile=/dev/null")})
        args << QStringLiteral("--ssh-option") << option;
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("FLEETCTL_ENDPOINT"), m_fleet.unixUrl());
    env.insert(QStringLiteral("FLEETCTL_TUNNEL"), m_sshd.destination());
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(WHALESTACK_CLI), args);
    QVERIFY(process.waitForFinished(120'000));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(process.exitCode() == 0, err.constData());
    QVERIFY(process.readAllStandardOutput().contains("f1ee7002"));

    // The same without a usable key: exit 1 with ssh's reason.
    args[args.indexOf(m_sshd.clientKey())] = m_sshd.dir() + QLatin1String("/nothing");
    process.start(QStringLiteral(WHALESTACK_CLI), args);
    QVERIFY(process.waitForFinished(120'000));
    QCOMPARE(process.exitCode(), 1);
    const QByteArray refused = process.readAllStandardError();
    QVERIFY2(refused.contains("refused the login"), refused.constData());
}

QTEST_GUILESS_MAIN(tst_FleetTunnel)
#include "tst_FleetTunnel.moc"
