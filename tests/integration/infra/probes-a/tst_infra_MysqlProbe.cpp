// MysqlProbe against Debian's MariaDB: Up with the version `mariadbd --version` reports; with a
// monitoring user's credential, SHOW GLOBAL STATUS essentials as facts; a wrong password is
// Degraded and no credential leaks into the result. Host blocking: on an address MariaDB counts
// (not loopback) with max_connect_errors=3, greeting-only clients get the host blocked and the
// probe reports error 1129 with what to do; after FLUSH HOSTS, many more probes than
// max_connect_errors in a row leave the host unblocked. Stopped, garbage, closing and silent
// servers are Down with the reason.
#include "MariadbFixture.h"
#include "MisbehavingTcpServer.h"
#include "ProbeRun.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

using ws::ProbeStatus;
using ws::test::MariadbFixture;
using ws::test::MisbehavingTcpServer;
using ws::test::runProbe;

Q_DECLARE_METATYPE(ws::test::MisbehavingTcpServer::Mode)

namespace {

ws::ProbeCredentials monitor()
{
    ws::ProbeCredentials c;
    c.username = QString::fromLatin1(MariadbFixture::kMonitorUser);
    c.password = QString::fromLatin1(MariadbFixture::kMonitorPassword);
    return c;
}

constexpr int kMaxConnectErrors = 3;

} // namespace

class TestMysqlProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_version = MariadbFixture::installedVersion();
        QVERIFY2(!m_version.isEmpty(), "mariadbd --version printed no version");
        // MariaDB does not count connection errors from 127.0.0.1, so the server listens on
        // another address of this machine, where it does.
        const QString address = MariadbFixture::nonLoopbackAddress();
        QVERIFY2(!address.isEmpty(),
                 "this machine has no up, non-loopback IPv4 address; MariaDB never blocks "
                 "127.0.0.1, so host blocking cannot be shown without one");
        m_mariadb.setBindAddress(address);
        m_mariadb.setMaxConnectErrors(kMaxConnectErrors);
        QVERIFY2(m_mariadb.start(), qPrintable(m_mariadb.failureReason()));
    }

    void init() { QVERIFY(m_mariadb.runSql(QStringLiteral("FLUSH HOSTS"))); }

    void upWithoutCredentials()
    {
        const auto run = runProbe(QStringLiteral("mariadb"), m_mariadb.endpoint(), 5000);
        QVERIFY(run.finished);
        QCOMPARE(run.result.status, ProbeStatus::Up);
        QCOMPARE(run.result.version, m_version);
        QVERIFY2(run.result.detail.contains(QLatin1String("credential")),
                 qPrintable(run.result.detail));
        QVERIFY(run.result.facts.contains(QStringLiteral("connection_id")));
        QVERIFY(!run.result.facts.contains(QStringLiteral("Uptime")));
    }

    void statusWithCredentials()
    {
        const auto run = runProbe(QStringLiteral("mysql"), m_mariadb.endpoint(), 5000, monitor());
        QVERIFY(run.finished);
        QCOMPARE(run.result.status, ProbeStatus::Up);
        QCOMPARE(run.result.version, m_version);
        const QVariantMap &facts = run.result.facts;
        QVERIFY2(facts.value(QStringLiteral("Uptime")).toLongLong() >= 0
                     && facts.contains(QStringLiteral("Uptime")),
                 qPrintable(QJsonDocument(run.result.toJson()).toJson()));
        QVERIFY(facts.value(QStringLiteral("Threads_connected")).toLongLong() >= 1);
        QVERIFY(facts.value(QStringLiteral("Threads_running")).toLongLong() >= 1);
        for (const char *name :
             {"Questions", "Slow_queries", "Aborted_connects", "Connection_errors_max_connections"})
            QVERIFY2(facts.contains(QString::fromLatin1(name)), name);
        // No Galera here: its counters appear only on a cluster node.
        QVERIFY(!facts.contains(QStringLiteral("wsrep_cluster_size")));
        assertNoCredentialIn(run.result);
    }

    void wrongPasswordIsDegradedWithoutLeaking()
    {
        ws::ProbeCredentials wrong = monitor();
        wrong.password = QStringLiteral("Wrong-Secret-9");
        const auto run = runProbe(QStringLiteral("mysql"), m_mariadb.endpoint(), 5000, wrong);
        QVERIFY(run.finished);
        QCOMPARE(run.result.status, ProbeStatus::Degraded);
        QVERIFY2(run.result.detail.contains(QLatin1String("1045")), qPrintable(run.result.detail));
        QCOMPARE(run.result.version, m_version);
        const QString json = QString::fromUtf8(QJsonDocument(run.result.toJson()).toJson());
        QVERIFY2(!json.contains(wrong.password), qPrintable(json));
        QVERIFY2(!json.contains(wrong.username), qPrintable(json));
    }

    void greetingOnlyClientsGetTheHostBlocked()
    {
        // The control: what a probe that reads the greeting and hangs up would do.
        for (int i = 0; i < kMaxConnectErrors; ++i)
            QVERIFY(readGreeting());
        const auto run = runProbe(QStringLiteral("mysql"), m_mariadb.endpoint(), 5000);
        QVERIFY(run.finished);
        QCOMPARE(run.result.status, ProbeStatus::Down);
        QVERIFY2(run.result.detail.contains(QLatin1String("1129")), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(QLatin1String("mysqladmin flush-hosts")),
                 qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(QLatin1String("max_connect_errors")),
                 qPrintable(run.result.detail));
        // init() of the next test flushes the hosts again.
    }

    void repeatedProbesDoNotBlockTheHost()
    {
        const int probes = 4 * kMaxConnectErrors;
        for (int i = 0; i < probes; ++i) {
            const auto run = runProbe(QStringLiteral("mysql"), m_mariadb.endpoint(), 5000);
            QVERIFY(run.finished);
            QVERIFY2(run.result.status == ProbeStatus::Up,
                     qPrintable(QStringLiteral("probe %1: %2").arg(i).arg(run.result.detail)));
        }
        // The server's own account: no connection error recorded for this host.
        const auto login = runProbe(QStringLiteral("mysql"), m_mariadb.endpoint(), 5000, monitor());
        QVERIFY(login.finished);
        QCOMPARE(login.result.status, ProbeStatus::Up);
        QVERIFY(login.result.facts.contains(QStringLiteral("Uptime")));
        QVERIFY(readGreeting());
    }

    void misbehaving_data()
    {
        QTest::addColumn<MisbehavingTcpServer::Mode>("mode");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("garbage") << MisbehavingTcpServer::Mode::Garbage << "not answering as";
        QTest::newRow("closes at once")
            << MisbehavingTcpServer::Mode::CloseAtOnce << "without a greeting";
        QTest::newRow("silent") << MisbehavingTcpServer::Mode::Silent << "did not answer within";
    }

    void misbehaving()
    {
        QFETCH(MisbehavingTcpServer::Mode, mode);
        QFETCH(QString, reasonContains);
        MisbehavingTcpServer server(mode);
        QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));
        const auto run = runProbe(QStringLiteral("mysql"), server.endpoint(), 500);
        QVERIFY2(run.finished, "no result within the deadline");
        QCOMPARE(run.result.status, ProbeStatus::Down);
        QVERIFY2(run.result.detail.contains(reasonContains), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(server.endpoint()), qPrintable(run.result.detail));
    }

    void stoppedServerIsDown()
    {
        MariadbFixture mariadb;
        QVERIFY2(mariadb.start(), qPrintable(mariadb.failureReason()));
        QCOMPARE(runProbe(QStringLiteral("mysql"), mariadb.endpoint(), 5000).result.status,
                 ProbeStatus::Up);
        mariadb.stop();
        const auto run = runProbe(QStringLiteral("mysql"), mariadb.endpoint(), 3000);
        QVERIFY(run.finished);
        QCOMPARE(run.result.status, ProbeStatus::Down);
        QVERIFY2(run.result.detail.contains(QLatin1String("refused")),
                 qPrintable(run.result.detail));
    }

private:
    // A raw client that reads the server's first packet and hangs up, as a careless probe
    // would: true when it is a greeting (not an ERR).
    bool readGreeting()
    {
        QTcpSocket socket;
        QSignalSpy readyRead(&socket, &QTcpSocket::readyRead);
        socket.connectToHost(m_mariadb.host(), m_mariadb.port());
        QByteArray bytes;
        while (bytes.size() < 5 && readyRead.wait(5000))
            bytes += socket.readAll();
        socket.abort();
        return bytes.size() >= 5 && uchar(bytes.at(4)) == 0x0a;
    }

    static void assertNoCredentialIn(const ws::ProbeResult &result)
    {
        const QString json = QString::fromUtf8(QJsonDocument(result.toJson()).toJson());
        QVERIFY2(!json.contains(QLatin1String(MariadbFixture::kMonitorPassword)), qPrintable(json));
        QVERIFY2(!json.contains(QLatin1String(MariadbFixture::kMonitorUser)), qPrintable(json));
    }

    MariadbFixture m_mariadb;
    QString m_version;
};

QTEST_GUILESS_MAIN(TestMysqlProbe)
#include "tst_infra_MysqlProbe.moc"
