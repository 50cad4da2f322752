// PdnsApiAnswer: the server object and statistics list of PowerDNS 4.7's API, and answers that
// are not.
#include "infra/PdnsApiAnswer.h"

#include <QTest>

using namespace ws;

class TestPdnsApiAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void server()
    {
        PdnsApiAnswer::Server server;
        QString error;
        QVERIFY(PdnsApiAnswer::parseServer(
            "{\"config_url\":\"/api/v1/servers/localhost/config{/config_setting}\","
            "\"daemon_type\":\"authoritative\",\"id\":\"localhost\",\"type\":\"Server\","
            "\"url\":\"/api/v1/servers/localhost\",\"version\":\"4.7.3\","
            "\"zones_url\":\"/api/v1/servers/localhost/zones{/zone}\"}",
            &server, &error));
        QCOMPARE(server.version, QString("4.7.3"));
        QCOMPARE(server.daemonType, QString("authoritative"));
        QCOMPARE(server.id, QString("localhost"));
    }

    void statistics()
    {
        QVariantMap stats;
        QString error;
        QVERIFY(PdnsApiAnswer::parseStatistics(
            "[{\"name\":\"uptime\",\"type\":\"StatisticItem\",\"value\":\"42\"},"
            "{\"name\":\"udp-queries\",\"type\":\"StatisticItem\",\"value\":\"7\"},"
            "{\"name\":\"corrupt-packets\",\"type\":\"StatisticItem\",\"value\":\"0\"},"
            "{\"name\":\"response-by-qtype\",\"type\":\"MapStatisticItem\",\"value\":[]},"
            "{\"name\":\"security-status\",\"type\":\"StatisticItem\",\"value\":\"x1\"}]",
            &stats, &error));
        QCOMPARE(stats.value("uptime").toInt(), 42);
        QCOMPARE(stats.value("udp-queries").toInt(), 7);
        QCOMPARE(stats.value("security-status").toString(), QString("x1"));
        QVERIFY(!stats.contains("corrupt-packets"));
        QVERIFY(!stats.contains("response-by-qtype"));
    }

    void brokenServer_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unauthorized") << QByteArray("Unauthorized") << "not JSON";
        QTest::newRow("error object")
            << QByteArray("{\"error\":\"Not Found\"}") << "no \"version\"";
        QTest::newRow("list") << QByteArray("[{\"version\":\"4\"}]") << "no \"version\"";
        QTest::newRow("cut") << QByteArray("{\"version\":\"4.") << "not JSON";
    }

    void brokenServer()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        PdnsApiAnswer::Server server;
        QString error;
        QVERIFY(!PdnsApiAnswer::parseServer(json, &server, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void brokenStatistics_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("object") << QByteArray("{}");
        QTest::newRow("text") << QByteArray("Unauthorized");
        QTest::newRow("empty") << QByteArray();
    }

    void brokenStatistics()
    {
        QFETCH(QByteArray, json);
        QVariantMap stats;
        QString error;
        QVERIFY(!PdnsApiAnswer::parseStatistics(json, &stats, &error));
        QVERIFY(!error.isEmpty());
    }

    void errorMessage()
    {
        QCOMPARE(PdnsApiAnswer::errorMessage("{\"error\":\"Not Found\"}"), QString("Not Found"));
        QCOMPARE(PdnsApiAnswer::errorMessage("Unauthorized\n"), QString("Unauthorized"));
        QCOMPARE(PdnsApiAnswer::errorMessage(QByteArray(500, 'x')).size(), 120);
    }
};

QTEST_GUILESS_MAIN(TestPdnsApiAnswer)
#include "tst_PdnsApiAnswer.moc"
