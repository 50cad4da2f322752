// HaproxyProbe against Debian's haproxy with a stats page, a stats socket and two checked
// backends, one whose server listens (a QTcpServer here) and one whose server does not: the CSV
// over HTTP and over the socket gives the right rows and statuses, the version matches
// `haproxy -v`, and the whole is Degraded because of the DOWN backend. The stats page behind
// `stats auth`; a stopped haproxy; and garbage, closing and silent ports are Down with a reason.
#include "HaproxyFixture.h"
#include "MisbehavingTcpServer.h"
#include "ProbeRun.h"

#include <QJsonDocument>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using ws::ProbeElement;
using ws::ProbeStatus;
using ws::test::HaproxyFixture;
using ws::test::MisbehavingTcpServer;
using ws::test::runProbe;

Q_DECLARE_METATYPE(ws::test::MisbehavingTcpServer::Mode)

namespace {

const ProbeElement *find(const ws::ProbeResult &result, const QString &name)
{
    for (const ProbeElement &e : result.elements)
        if (e.name == name)
            return &e;
    return nullptr;
}

QString describe(const ws::ProbeResult &result)
{
    return QString::fromUtf8(QJsonDocument(result.toJson()).toJson(QJsonDocument::Compact));
}

} // namespace

class TestHaproxyProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_version = HaproxyFixture::installedVersion();
        QVERIFY2(!m_version.isEmpty(), "haproxy -v printed no version");
        // The live backend's server: a listener that accepts the TCP checks.
        QVERIFY2(m_live.listen(QHostAddress::LocalHost, 0), qPrintable(m_live.errorString()));
        connect(&m_live, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_live.nextPendingConnection())
                socket->deleteLater();
        });
        m_haproxy.setLiveServer(QStringLiteral("127.0.0.1:%1").arg(m_live.serverPort()));
        QVERIFY2(m_haproxy.start(), qPrintable(m_haproxy.failureReason()));
        // Checks run every 200 ms with rise 1 / fall 1: wait until both have run once.
        QTRY_VERIFY_WITH_TIMEOUT(checksSettled(), 15'000);
    }

    void overHttp()
    {
        const auto run = runProbe(QStringLiteral("haproxy"), m_haproxy.statsUrl(), 5000);
        QVERIFY(run.finished);
        assertStats(run.result, false);
    }

    void overSocket()
    {
        const auto run = runProbe(QStringLiteral("haproxy"),
                                  QStringLiteral("unix://") + m_haproxy.socketPath(), 5000);
        QVERIFY(run.finished);
        assertStats(run.result, true);
        QVERIFY(run.result.facts.value(QStringLiteral("uptime_sec")).toLongLong() >= 0);
        QVERIFY(run.result.facts.contains(QStringLiteral("uptime_sec")));
        // At admin level the socket lists each server's address.
        const ProbeElement *live = find(run.result, QStringLiteral("live/live1"));
        QVERIFY(live);
        QCOMPARE(live->facts.value(QStringLiteral("address")).toString(),
                 QStringLiteral("127.0.0.1:%1").arg(m_live.serverPort()));
    }

    void socketOption()
    {
        // An http endpoint with socket=: the socket is asked.
        const auto run = runProbe(QStringLiteral("haproxy"), m_haproxy.statsUrl(), 5000, {},
                                  {{QStringLiteral("socket"), m_haproxy.socketPath()}});
        QVERIFY(run.finished);
        QCOMPARE(run.result.status, ProbeStatus::Degraded);
        QVERIFY(run.result.facts.contains(QStringLiteral("uptime_sec")));
    }

    void statsAuth()
    {
        QTcpServer live;
        QVERIFY(live.listen(QHostAddress::LocalHost, 0));
        HaproxyFixture haproxy;
        haproxy.setLiveServer(QStringLiteral("127.0.0.1:%1").arg(live.serverPort()));
        haproxy.setStatsAuth(QStringLiteral("admin"), QStringLiteral("Stats-Secret-7"));
        QVERIFY2(haproxy.start(), qPrintable(haproxy.failureReason()));

        const auto anonymous = runProbe(QStringLiteral("haproxy"), haproxy.statsUrl(), 5000);
        QVERIFY(anonymous.finished);
        QCOMPARE(anonymous.result.status, ProbeStatus::Degraded);
        QVERIFY2(anonymous.result.detail.contains(QLatin1String("401")),
                 qPrintable(anonymous.result.detail));

        ws::ProbeCredentials credentials;
        credentials.username = QStringLiteral("admin");
        credentials.password = QStringLiteral("Stats-Secret-7");
        const auto run = runProbe(QStringLiteral("haproxy"), haproxy.statsUrl(), 5000, credentials);
        QVERIFY(run.finished);
        QVERIFY2(run.result.status != ProbeStatus::Down, qPrintable(run.result.detail));
        QVERIFY(find(run.result, QStringLiteral("live/BACKEND")));
        QCOMPARE(run.result.version, m_version);
        const QString json = describe(run.result);
        QVERIFY2(!json.contains(credentials.password), qPrintable(json));
        QVERIFY2(!json.contains(QString::fromLatin1(
                     (credentials.username + QLatin1Char(':') + credentials.password)
                         .toUtf8()
                         .toBase64())),
                 qPrintable(json));
    }

    void stoppedServerIsDown()
    {
        QTcpServer live;
        QVERIFY(live.listen(QHostAddress::LocalHost, 0));
        HaproxyFixture haproxy;
        haproxy.setLiveServer(QStringLiteral("127.0.0.1:%1").arg(live.serverPort()));
        QVERIFY2(haproxy.start(), qPrintable(haproxy.failureReason()));
        QVERIFY(runProbe(QStringLiteral("haproxy"), haproxy.statsUrl(), 5000).result.status
                != ProbeStatus::Down);
        haproxy.stop();
        const auto http = runProbe(QStringLiteral("haproxy"), haproxy.statsUrl(), 3000);
        QVERIFY(http.finished);
        QCOMPARE(http.result.status, ProbeStatus::Down);
        QVERIFY2(http.result.detail.contains(QLatin1String("refused")),
                 qPrintable(http.result.detail));
        const auto socket = runProbe(QStringLiteral("haproxy"),
                                     QStringLiteral("unix://") + haproxy.socketPath(), 3000);
        QVERIFY(socket.finished);
        QCOMPARE(socket.result.status, ProbeStatus::Down);
        QVERIFY2(socket.result.detail.contains(haproxy.socketPath()),
                 qPrintable(socket.result.detail));
    }

    void misbehaving_data()
    {
        QTest::addColumn<MisbehavingTcpServer::Mode>("mode");
        QTest::addColumn<QString>("reasonContains");
        // Qt's HTTP reader may wait for a line end the garbage never has: then the deadline
        // decides, and the reason says so.
        QTest::newRow("garbage") << MisbehavingTcpServer::Mode::Garbage << "";
        QTest::newRow("closes at once")
            << MisbehavingTcpServer::Mode::CloseAtOnce << "closed the connection";
        QTest::newRow("silent") << MisbehavingTcpServer::Mode::Silent << "within";
    }

    void misbehaving()
    {
        QFETCH(MisbehavingTcpServer::Mode, mode);
        QFETCH(QString, reasonContains);
        MisbehavingTcpServer server(mode);
        QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));
        const auto run = runProbe(QStringLiteral("haproxy"),
                                  QStringLiteral("http://%1/stats").arg(server.endpoint()), 500);
        QVERIFY2(run.finished, "no result within the deadline");
        QCOMPARE(run.result.status, ProbeStatus::Down);
        QVERIFY2(run.result.detail.contains(reasonContains), qPrintable(run.result.detail));
        QVERIFY2(run.result.detail.contains(server.endpoint()), qPrintable(run.result.detail));
    }

    void notHaproxyCsv()
    {
        // An HTTP server that answers 200 with something else: Down, naming what was wrong.
        MisbehavingTcpServer server(MisbehavingTcpServer::Mode::Fixed);
        server.setPayload("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 20\r\n"
                          "Connection: close\r\n\r\n<html>hello</html>\r\n");
        server.setCloseAfterSend(true);
        QVERIFY(server.listenOnLoopback());
        const auto run = runProbe(QStringLiteral("haproxy"),
                                  QStringLiteral("http://%1/stats").arg(server.endpoint()), 2000);
        QVERIFY(run.finished);
        QCOMPARE(run.result.status, ProbeStatus::Down);
        QVERIFY2(run.result.detail.contains(QLatin1String("CSV header")),
                 qPrintable(run.result.detail));
    }

private:
    bool checksSettled()
    {
        const auto run = runProbe(QStringLiteral("haproxy"),
                                  QStringLiteral("unix://") + m_haproxy.socketPath(), 2000);
        const ProbeElement *live = find(run.result, QStringLiteral("live/live1"));
        const ProbeElement *dead = find(run.result, QStringLiteral("dead/dead1"));
        return live && dead && live->detail == QLatin1String("UP")
            && dead->detail == QLatin1String("DOWN");
    }

    void assertStats(const ws::ProbeResult &result, bool socket)
    {
        QCOMPARE(result.status, ProbeStatus::Degraded);
        QCOMPARE(result.version, m_version);
        Q_UNUSED(socket);
        struct Expected
        {
            const char *name;
            const char *role;
            ProbeStatus status;
            const char *word;
        };
        const Expected expected[] = {
            {"stats/FRONTEND", "frontend", ProbeStatus::Up, "OPEN"},
            {"stats/BACKEND", "backend", ProbeStatus::Up, "UP"},
            {"web/FRONTEND", "frontend", ProbeStatus::Up, "OPEN"},
            {"live/live1", "server", ProbeStatus::Up, "UP"},
            {"live/BACKEND", "backend", ProbeStatus::Up, "UP"},
            {"dead/dead1", "server", ProbeStatus::Down, "DOWN"},
            {"dead/BACKEND", "backend", ProbeStatus::Down, "DOWN"},
        };
        QCOMPARE(result.elements.size(), qsizetype(std::size(expected)));
        for (const Expected &x : expected) {
            const ProbeElement *e = find(result, QString::fromLatin1(x.name));
            QVERIFY2(e, x.name);
            QCOMPARE(e->role, QString::fromLatin1(x.role));
            QCOMPARE(e->status, x.status);
            QCOMPARE(e->detail, QString::fromLatin1(x.word));
        }
        const ProbeElement *dead = find(result, QStringLiteral("dead/dead1"));
        QCOMPARE(dead->facts.value(QStringLiteral("check_status")).toString(),
                 QStringLiteral("L4CON"));
        QCOMPARE(dead->facts.value(QStringLiteral("proxy")).toString(), QStringLiteral("dead"));
        QCOMPARE(dead->facts.value(QStringLiteral("act")).toLongLong(), 1);
        QVERIFY2(result.detail.contains(QLatin1String("dead/dead1 DOWN")),
                 qPrintable(result.detail));
        QCOMPARE(result.facts.value(QStringLiteral("backends")).toInt(), 3);
        QCOMPARE(result.facts.value(QStringLiteral("servers")).toInt(), 2);
    }

    QTcpServer m_live;
    HaproxyFixture m_haproxy;
    QString m_version;
};

QTEST_GUILESS_MAIN(TestHaproxyProbe)
#include "tst_infra_HaproxyProbe.moc"
