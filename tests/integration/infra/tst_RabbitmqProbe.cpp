// RabbitmqProbe against Debian's rabbitmq-server (RabbitmqFixture) with the management plugin,
// and against ports that are not a broker: garbage, closed at once, silence, AMQP 1.0's header,
// nothing listening, the broker stopped.
#include "MisbehavingTcpServer.h"
#include "RabbitmqFixture.h"
#include "infra/RabbitmqProbe.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace ws;
using ws::test::MisbehavingTcpServer;

namespace {

ProbeResult probe(const ProbeTarget &target, const ProbeCredentials &credentials = {},
                  int timeoutMs = 10'000)
{
    RabbitmqProbe p(target);
    p.setTimeout(timeoutMs);
    p.setCredentials(credentials);
    QSignalSpy finished(&p, &Probe::finished);
    p.start();
    // The deadline ends every probe; a little more than it is the bound.
    if (!finished.wait(timeoutMs + 5'000))
        return {};
    return p.result();
}

ProbeTarget target(const QString &endpoint, const QString &management = {})
{
    ProbeTarget t;
    t.kind = QStringLiteral("rabbitmq");
    t.endpoint = endpoint;
    if (!management.isEmpty())
        t.options.insert(QStringLiteral("management"), management);
    return t;
}

} // namespace

class TestRabbitmqProbe : public QObject
{
    Q_OBJECT

    ws::test::RabbitmqFixture m_rabbit;

    ProbeCredentials credentials() const
    {
        ProbeCredentials c;
        c.username = m_rabbit.username();
        c.password = m_rabbit.password();
        return c;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_rabbit.start(), qPrintable(m_rabbit.failureReason())); }

    void connectionStart()
    {
        const ProbeResult r = probe(target(m_rabbit.amqpEndpoint()));
        QCOMPARE(r.status, ProbeStatus::Up);
        QVERIFY2(r.version.startsWith(QLatin1String("3.")), qPrintable(r.version));
        QCOMPARE(r.facts.value("product").toString(), QString("RabbitMQ"));
        QVERIFY(r.facts.value("platform").toString().contains(QLatin1String("Erlang")));
        QVERIFY(r.facts.value("mechanisms").toStringList().contains(QLatin1String("PLAIN")));
        QVERIFY(!r.facts.value("cluster_name").toString().isEmpty());
        QVERIFY(r.latencyMs > 0);
        QVERIFY(r.detail.contains(r.version));
    }

    void management()
    {
        const ProbeResult r = probe(
            target(m_rabbit.amqpEndpoint(), m_rabbit.managementUrl().toString()), credentials());
        QCOMPARE(r.status, ProbeStatus::Up);
        QCOMPARE(r.facts.value("rabbitmq_version").toString(), r.version);
        QVERIFY(!r.facts.value("erlang_version").toString().isEmpty());
        QVERIFY(r.facts.value("object_totals").toMap().value("exchanges").toInt() > 0);
        QCOMPARE(r.elements.size(), 1);
        QCOMPARE(r.elements.first().role, QString("node"));
        QVERIFY(r.elements.first().name.endsWith(QLatin1String("@localhost")));
        QCOMPARE(r.elements.first().status, ProbeStatus::Up);
        QVERIFY(r.elements.first().facts.value("running").toBool());
    }

    void managementWithoutCredentialIsNotAsked()
    {
        const ProbeResult r
            = probe(target(m_rabbit.amqpEndpoint(), m_rabbit.managementUrl().toString()));
        QCOMPARE(r.status, ProbeStatus::Up);
        QVERIFY(r.elements.isEmpty());
        QVERIFY(r.detail.contains(QLatin1String("no credential")));
    }

    void wrongPassword()
    {
        ProbeCredentials wrong = credentials();
        wrong.password = QStringLiteral("not-the-password-4711");
        const ProbeResult r
            = probe(target(m_rabbit.amqpEndpoint(), m_rabbit.managementUrl().toString()), wrong);
        QCOMPARE(r.status, ProbeStatus::Degraded);
        QVERIFY2(r.detail.contains(QLatin1String("the management API refused the credential")),
                 qPrintable(r.detail));
        QVERIFY(!r.version.isEmpty()); // the AMQP part still answered
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY(!json.contains("not-the-password-4711"));
    }

    void credentialNeverInTheResult()
    {
        const ProbeResult r = probe(
            target(m_rabbit.amqpEndpoint(), m_rabbit.managementUrl().toString()), credentials());
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY(!json.contains(m_rabbit.password().toUtf8()));
        QVERIFY(!json.contains(QByteArray("Basic ")));
    }

    void managementNotThere()
    {
        const quint16 port = ws::test::ServerProcess::freeTcpPort();
        const ProbeResult r = probe(
            target(m_rabbit.amqpEndpoint(), QStringLiteral("http://127.0.0.1:%1").arg(port)),
            credentials());
        QCOMPARE(r.status, ProbeStatus::Degraded);
        QVERIFY2(r.detail.contains(QLatin1String("management API could not be read")),
                 qPrintable(r.detail));
    }

    void misbehaving_data()
    {
        QTest::addColumn<MisbehavingTcpServer::Mode>("mode");
        QTest::addColumn<QString>("expected");
        QTest::newRow("garbage") << MisbehavingTcpServer::Mode::Garbage << "not an AMQP";
        QTest::newRow("closes at once")
            << MisbehavingTcpServer::Mode::CloseAtOnce << "closed the connection";
        QTest::newRow("silent") << MisbehavingTcpServer::Mode::Silent << "did not answer within";
    }

    void misbehaving()
    {
        QFETCH(MisbehavingTcpServer::Mode, mode);
        QFETCH(QString, expected);
        MisbehavingTcpServer server(mode);
        QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));
        const ProbeResult r = probe(target(server.endpoint()), {}, 1'000);
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(expected), qPrintable(r.detail));
        QCOMPARE(r.latencyMs, -1.0);
    }

    void otherProtocolVersion()
    {
        MisbehavingTcpServer server(MisbehavingTcpServer::Mode::Fixed);
        server.setPayload(QByteArray("AMQP\x00\x01\x00\x00", 8));
        server.setCloseAfterSend(true);
        QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));
        const ProbeResult r = probe(target(server.endpoint()), {}, 2'000);
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(QLatin1String("speaks AMQP 1-0-0")), qPrintable(r.detail));
        QCOMPARE(server.connectionsAccepted(), 1);
    }

    void nothingListens()
    {
        const quint16 port = ws::test::ServerProcess::freeTcpPort();
        const ProbeResult r = probe(target(QStringLiteral("127.0.0.1:%1").arg(port)));
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(QLatin1String("refused")), qPrintable(r.detail));
    }

    void stoppedBroker()
    {
        const QString endpoint = m_rabbit.amqpEndpoint();
        m_rabbit.stopAll();
        const ProbeResult r = probe(target(endpoint));
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(QLatin1String("refused")), qPrintable(r.detail));
    }
};

QTEST_GUILESS_MAIN(TestRabbitmqProbe)
#include "tst_RabbitmqProbe.moc"
