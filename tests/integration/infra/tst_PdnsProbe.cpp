// PdnsProbe against Debian's pdns_server with the gsqlite3 backend (PdnsFixture): the API with
// and without its key, the SOA query over UDP (and over TCP after a truncated answer), a zone it
// does not serve, ports that are not PowerDNS, and the server stopped.
#include "MisbehavingTcpServer.h"
#include "PdnsFixture.h"
#include "infra/PdnsProbe.h"

#include <QJsonDocument>
#include <QNetworkDatagram>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUdpSocket>

using namespace ws;
using ws::test::MisbehavingTcpServer;

namespace {

ProbeResult probe(const ProbeTarget &target, const ProbeCredentials &credentials = {},
                  int timeoutMs = 5'000)
{
    PdnsProbe p(target);
    p.setTimeout(timeoutMs);
    p.setCredentials(credentials);
    QSignalSpy finished(&p, &Probe::finished);
    p.start();
    if (!finished.wait(timeoutMs + 5'000))
        return {};
    return p.result();
}

ProbeCredentials key(const QString &apiKey)
{
    ProbeCredentials c;
    c.apiKey = apiKey;
    return c;
}

} // namespace

class TestPdnsProbe : public QObject
{
    Q_OBJECT

    ws::test::PdnsFixture m_pdns;

    ProbeTarget target(bool api, bool dns, const QString &zone = QStringLiteral("example.org"))
    {
        ProbeTarget t;
        t.kind = QStringLiteral("pdns");
        t.endpoint = api ? m_pdns.apiUrl().toString() : m_pdns.dnsEndpoint();
        if (dns) {
            if (api)
                t.options.insert(QStringLiteral("dns"), m_pdns.dnsEndpoint());
            t.options.insert(QStringLiteral("zone"), zone);
        }
        return t;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_pdns.start(), qPrintable(m_pdns.failureReason())); }

    void soaQuery()
    {
        // A serial of our own before the first query, so no cache holds an older one.
        QString output;
        QVERIFY2(m_pdns.pdnsutil({QStringLiteral("increase-serial"), m_pdns.zone()}, &output),
                 qPrintable(output));
        const QRegularExpressionMatch serial
            = QRegularExpression(QStringLiteral("set to (\\d+)")).match(output);
        QVERIFY2(serial.hasMatch(), qPrintable(output));

        const ProbeResult r = probe(target(false, true));
        QCOMPARE(r.status, ProbeStatus::Up);
        QCOMPARE(r.facts.value("dns_rcode").toString(), QString("NOERROR"));
        QCOMPARE(r.facts.value("dns_aa").toBool(), true);
        QCOMPARE(r.facts.value("soa_serial").toString(), serial.captured(1));
        QCOMPARE(r.facts.value("soa_mname").toString(), QString("ns1.example.org"));
        QVERIFY(r.detail.contains(QLatin1String("SOA serial")));
    }

    void apiWithVersion()
    {
        const ProbeResult r = probe(target(true, false), key(m_pdns.apiKey()));
        QCOMPARE(r.status, ProbeStatus::Up);
        QVERIFY2(r.version.startsWith(QLatin1String("4.")), qPrintable(r.version));
        QCOMPARE(r.facts.value("daemon_type").toString(), QString("authoritative"));
        QVERIFY(r.facts.contains("uptime"));
        QVERIFY(r.facts.contains("udp-queries"));
    }

    void apiAndDns()
    {
        const ProbeResult r = probe(target(true, true), key(m_pdns.apiKey()));
        QCOMPARE(r.status, ProbeStatus::Up);
        QVERIFY(!r.version.isEmpty());
        QVERIFY(r.facts.contains("soa_serial"));
        const QByteArray json = QJsonDocument(r.toJson()).toJson();
        QVERIFY(!json.contains(m_pdns.apiKey().toUtf8()));
    }

    void wrongKey()
    {
        const QString wrong = QStringLiteral("wrong-key-0815");
        ProbeResult r = probe(target(true, false), key(wrong));
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(QLatin1String("refused the API key")), qPrintable(r.detail));
        QVERIFY(!QJsonDocument(r.toJson()).toJson().contains(wrong.toUtf8()));
        // With DNS answering, a refused key leaves the server degraded, not down.
        r = probe(target(true, true), key(wrong));
        QCOMPARE(r.status, ProbeStatus::Degraded);
        QVERIFY(r.detail.contains(QLatin1String("refused the API key")));
        QVERIFY(!r.detail.contains(wrong));
    }

    void noKey()
    {
        const ProbeResult r = probe(target(true, false));
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(QLatin1String("needs an API key")), qPrintable(r.detail));
    }

    void zoneNotServed()
    {
        const ProbeResult r = probe(target(false, true, QStringLiteral("not-served.test")));
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(QLatin1String("REFUSED"))
                     || r.detail.contains(QLatin1String("NXDOMAIN")),
                 qPrintable(r.detail));
        QVERIFY(r.detail.contains(QLatin1String("not-served.test")));
    }

    void truncatedAnswerRetriesOverTcp()
    {
        // A UDP port of our own answers every query with TC=1 (nothing else), and the TCP port
        // of the same number relays to the real server: the answer the probe accepts must come
        // over TCP from pdns_server.
        QUdpSocket udp;
        QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
        QTcpServer relay;
        QVERIFY2(relay.listen(QHostAddress::LocalHost, udp.localPort()),
                 qPrintable(relay.errorString()));
        connect(&udp, &QUdpSocket::readyRead, &udp, [&udp] {
            while (udp.hasPendingDatagrams()) {
                const QNetworkDatagram query = udp.receiveDatagram();
                QByteArray answer = query.data().left(12);
                if (answer.size() < 12)
                    continue;
                answer[2] = char(0x82); // QR, TC
                udp.writeDatagram(query.makeReply(answer));
            }
        });
        int relayed = 0;
        connect(&relay, &QTcpServer::newConnection, &relay, [&] {
            QTcpSocket *in = relay.nextPendingConnection();
            auto *out = new QTcpSocket(in);
            out->connectToHost(QHostAddress::LocalHost, m_pdns.dnsPort());
            connect(in, &QTcpSocket::readyRead, out, [in, out] { out->write(in->readAll()); });
            connect(out, &QTcpSocket::readyRead, in, [in, out, &relayed] {
                ++relayed;
                in->write(out->readAll());
            });
        });
        ProbeTarget t = target(false, true);
        t.endpoint = QStringLiteral("127.0.0.1:%1").arg(udp.localPort());
        const ProbeResult r = probe(t);
        QCOMPARE(r.status, ProbeStatus::Up);
        QVERIFY(relayed > 0);
        QVERIFY2(r.detail.contains(QLatin1String("over TCP")), qPrintable(r.detail));
        QVERIFY(r.facts.contains("soa_serial"));
    }

    void apiMisbehaving_data()
    {
        QTest::addColumn<MisbehavingTcpServer::Mode>("mode");
        QTest::newRow("garbage") << MisbehavingTcpServer::Mode::Garbage;
        QTest::newRow("closes at once") << MisbehavingTcpServer::Mode::CloseAtOnce;
        QTest::newRow("silent") << MisbehavingTcpServer::Mode::Silent;
    }

    void apiMisbehaving()
    {
        QFETCH(MisbehavingTcpServer::Mode, mode);
        MisbehavingTcpServer server(mode);
        QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));
        ProbeTarget t;
        t.kind = QStringLiteral("pdns");
        t.endpoint = QStringLiteral("http://%1").arg(server.endpoint());
        const ProbeResult r = probe(t, key(QStringLiteral("k")), 1'000);
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY(!r.detail.isEmpty());
    }

    void dnsMisbehaving_data()
    {
        QTest::addColumn<QByteArray>("answer"); // empty: stay silent
        QTest::addColumn<QString>("expected");
        QTest::newRow("silent") << QByteArray() << "did not answer within";
        QTest::newRow("garbage") << QByteArray("\x01\x02\x03") << "not a DNS message";
    }

    void dnsMisbehaving()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, expected);
        QUdpSocket udp;
        QVERIFY(udp.bind(QHostAddress::LocalHost, 0));
        connect(&udp, &QUdpSocket::readyRead, &udp, [&] {
            while (udp.hasPendingDatagrams()) {
                const QNetworkDatagram query = udp.receiveDatagram();
                if (!answer.isEmpty())
                    udp.writeDatagram(query.makeReply(answer));
            }
        });
        ProbeTarget t = target(false, true);
        t.endpoint = QStringLiteral("127.0.0.1:%1").arg(udp.localPort());
        const ProbeResult r = probe(t, {}, 1'000);
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(expected), qPrintable(r.detail));
    }

    void stoppedServer()
    {
        const ProbeTarget api = target(true, false);
        const ProbeTarget dns = target(false, true);
        m_pdns.stop();
        ProbeResult r = probe(api, key(m_pdns.apiKey()));
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(QLatin1String("could not be read")), qPrintable(r.detail));
        r = probe(dns, {}, 2'000);
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY(!r.detail.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPdnsProbe)
#include "tst_PdnsProbe.moc"
