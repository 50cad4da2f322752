// MemcachedProbe against Debian's memcached: Up with the version `memcached -V` prints and the
// stats as facts; Down with the reason when the server is stopped, and against a port that sends
// garbage, closes at once or never answers.
#include "MemcachedFixture.h"
#include "MisbehavingTcpServer.h"
#include "ProbeRun.h"

#include <QTcpSocket>
#include <QTest>

using ws::ProbeStatus;
using ws::test::MisbehavingTcpServer;
using ws::test::runProbe;

Q_DECLARE_METATYPE(ws::test::MisbehavingTcpServer::Mode)

class TestMemcachedProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_memcached.start(), qPrintable(m_memcached.failureReason()));
        m_version = ws::test::MemcachedFixture::installedVersion();
        QVERIFY2(!m_version.isEmpty(), "memcached -V printed no version");
    }

    void upWithVersionAndStats()
    {
        // An item, so that curr_items and bytes say something.
        QTcpSocket client;
        QSignalSpy connected(&client, &QTcpSocket::connected);
        client.connectToHost(QStringLiteral("127.0.0.1"), m_memcached.port());
        QVERIFY(connected.wait(5000));
        QSignalSpy readyRead(&client, &QTcpSocket::readyRead);
        client.write("set probe-key 0 0 5\r\nhello\r\n");
        QVERIFY(readyRead.wait(5000));
        QCOMPARE(client.readAll(), QByteArray("STORED\r\n"));

        const auto run = runProbe(QStringLiteral("memcached"), m_memcached.endpoint(), 5000);
        QVERIFY(run.finished);
        QCOMPARE(run.result.status, ProbeStatus::Up);
        QCOMPARE(run.result.version, m_version);
        QCOMPARE(run.result.kind, QStringLiteral("memcached"));
        QVERIFY(run.result.latencyMs >= 0);
        const QVariantMap &facts = run.result.facts;
        QCOMPARE(facts.value(QStringLiteral("pid")).toLongLong(), m_memcached.pid());
        QCOMPARE(facts.value(QStringLiteral("curr_items")).toLongLong(), 1);
        QCOMPARE(facts.value(QStringLiteral("limit_maxbytes")).toLongLong(), 16 * 1024 * 1024);
        QVERIFY(facts.value(QStringLiteral("curr_connections")).toLongLong() >= 2);
        for (const char *name : {"uptime", "bytes", "get_hits", "get_misses", "evictions"})
            QVERIFY2(facts.contains(QString::fromLatin1(name)), name);
        QVERIFY2(run.result.detail.contains(m_version), qPrintable(run.result.detail));
    }

    void defaultPortWhenNoneGiven()
    {
        // Port 11211 on a loopback address nobody uses: refused, and the message names it.
        const auto run = runProbe(QStringLiteral("memcached"), QStringLiteral("127.0.0.254"), 3000);
        QVERIFY(run.finished);
        QCOMPARE(run.result.status, ProbeStatus::Down);
        QVERIFY2(run.result.detail.contains(QLatin1String("127.0.0.254:11211")),
                 qPrintable(run.result.detail));
    }

    void misbehaving_data()
    {
        QTest::addColumn<MisbehavingTcpServer::Mode>("mode");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("garbage") << MisbehavingTcpServer::Mode::Garbage << "not answering as";
        QTest::newRow("closes at once")
            << MisbehavingTcpServer::Mode::CloseAtOnce << "closed the connection";
        QTest::newRow("silent") << MisbehavingTcpServer::Mode::Silent << "did not answer within";
    }

    void misbehaving()
    {
        QFETCH(MisbehavingTcpServer::Mode, mode);
        QFETCH(QString, reasonContains);
        MisbehavingTcpServer server(mode);
        QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));
        const auto run = runProbe(QStringLiteral("memcached"), server.endpoint(), 500);
        QVERIFY2(run.finished, "no result within the deadline");
        QCOMPARE(run.result.status, ProbeStatus::Down);
        QVERIFY2(run.result.detail.contains(reasonContains), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(server.endpoint()), qPrintable(run.result.detail));
        QCOMPARE(run.result.latencyMs, -1.0);
        QVERIFY(server.connectionsAccepted() >= 1);
    }

    void stoppedServerIsDown()
    {
        ws::test::MemcachedFixture memcached;
        QVERIFY2(memcached.start(), qPrintable(memcached.failureReason()));
        QCOMPARE(runProbe(QStringLiteral("memcached"), memcached.endpoint(), 3000).result.status,
                 ProbeStatus::Up);
        memcached.stop();
        const auto run = runProbe(QStringLiteral("memcached"), memcached.endpoint(), 3000);
        QVERIFY(run.finished);
        QCOMPARE(run.result.status, ProbeStatus::Down);
        QVERIFY2(run.result.detail.contains(QLatin1String("refused")),
                 qPrintable(run.result.detail));
    }

private:
    ws::test::MemcachedFixture m_memcached;
    QString m_version;
};

QTEST_GUILESS_MAIN(TestMemcachedProbe)
#include "tst_infra_MemcachedProbe.moc"
