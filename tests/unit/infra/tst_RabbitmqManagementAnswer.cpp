// RabbitmqManagementAnswer: /api/overview and /api/nodes as the plugin sends them (3.10), and
// answers that are not.
#include "infra/RabbitmqManagementAnswer.h"

#include <QTest>

using namespace ws;

class TestRabbitmqManagementAnswer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void overview()
    {
        const QByteArray json
            = "{\"management_version\":\"3.10.8\",\"rates_mode\":\"basic\","
              "\"rabbitmq_version\":\"3.10.8\",\"cluster_name\":\"rabbit@host\",\"erlang_version\":"
              "\"25.2.3\","
              "\"erlang_full_version\":\"Erlang/OTP 25\",\"node\":\"rabbit@host\","
              "\"object_totals\":{\"channels\":2,\"connections\":1,\"consumers\":0,\"exchanges\":7,"
              "\"queues\":3},"
              "\"queue_totals\":{\"messages\":5,\"messages_ready\":4,\"messages_unacknowledged\":1}"
              ","
              "\"listeners\":[{\"node\":\"rabbit@host\",\"protocol\":\"amqp\",\"port\":5672}]}";
        QVariantMap facts;
        QString error;
        QVERIFY2(RabbitmqManagementAnswer::parseOverview(json, &facts, &error), qPrintable(error));
        QCOMPARE(facts.value("rabbitmq_version").toString(), QString("3.10.8"));
        QCOMPARE(facts.value("erlang_version").toString(), QString("25.2.3"));
        QCOMPARE(facts.value("cluster_name").toString(), QString("rabbit@host"));
        QCOMPARE(facts.value("object_totals").toMap().value("queues").toInt(), 3);
        QCOMPARE(facts.value("queue_totals").toMap().value("messages_ready").toInt(), 4);
        QVERIFY(!facts.contains("listeners"));
    }

    void nodes()
    {
        const QByteArray json
            = "["
              "{\"name\":\"rabbit@a\",\"running\":true,\"mem_alarm\":false,\"disk_free_alarm\":"
              "false,"
              "\"partitions\":[],\"mem_used\":100,\"mem_limit\":1000,\"disk_free\":5,\"fd_used\":3}"
              ","
              "{\"name\":\"rabbit@b\",\"running\":true,\"mem_alarm\":true,\"disk_free_alarm\":true,"
              "\"partitions\":[\"rabbit@c\"]},"
              "{\"name\":\"rabbit@c\",\"running\":false}]";
        QList<ProbeElement> nodes;
        QString error;
        QVERIFY2(RabbitmqManagementAnswer::parseNodes(json, &nodes, &error), qPrintable(error));
        QCOMPARE(nodes.size(), 3);
        QCOMPARE(nodes[0].status, ProbeStatus::Up);
        QCOMPARE(nodes[0].role, QString("node"));
        QCOMPARE(nodes[0].facts.value("mem_used").toInt(), 100);
        QCOMPARE(nodes[1].status, ProbeStatus::Degraded);
        QVERIFY(nodes[1].detail.contains("memory alarm"));
        QVERIFY(nodes[1].detail.contains("disk free alarm"));
        QVERIFY(nodes[1].detail.contains("rabbit@c"));
        QCOMPARE(nodes[2].status, ProbeStatus::Down);
        QVERIFY(nodes[2].detail.contains("not running"));
    }

    void nodeStillGathering()
    {
        // Right after the start the plugin lists a node without its alarms yet.
        QList<ProbeElement> nodes;
        QString error;
        QVERIFY(
            RabbitmqManagementAnswer::parseNodes("[{\"name\":\"ws1@localhost\",\"type\":\"disc\","
                                                 "\"running\":true,\"cluster_links\":[]}]",
                                                 &nodes, &error));
        QCOMPARE(nodes.size(), 1);
        QCOMPARE(nodes[0].status, ProbeStatus::Up);
    }

    void brokenOverview_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "not JSON";
        QTest::newRow("html") << QByteArray("<html>login</html>") << "not JSON";
        QTest::newRow("array") << QByteArray("[]") << "not a JSON object";
        QTest::newRow("no version") << QByteArray("{\"node\":\"x\"}") << "no rabbitmq_version";
        QTest::newRow("version not a string")
            << QByteArray("{\"rabbitmq_version\":3}") << "no rabbitmq_version";
        QTest::newRow("cut") << QByteArray("{\"rabbitmq_version\":\"3.1") << "not JSON";
    }

    void brokenOverview()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QVariantMap facts;
        QString error;
        QVERIFY(!RabbitmqManagementAnswer::parseOverview(json, &facts, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void brokenNodes_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("object") << QByteArray("{\"error\":\"not_authorised\"}")
                                << "not a JSON array";
        QTest::newRow("no name") << QByteArray("[{\"running\":true}]") << "without a name";
        QTest::newRow("number") << QByteArray("[1]") << "without a name";
        QTest::newRow("garbage") << QByteArray("\x01\x02\xff") << "not JSON";
    }

    void brokenNodes()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QList<ProbeElement> nodes;
        QString error;
        QVERIFY(!RabbitmqManagementAnswer::parseNodes(json, &nodes, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRabbitmqManagementAnswer)
#include "tst_RabbitmqManagementAnswer.moc"
