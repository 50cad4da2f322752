// CephStatusJson: `ceph status --format json` of Pacific (recorded from the test cluster), of
// Jewel (overall_status only), Luminous (both; status wins), and answers that are not.
#include "infra/CephStatusJson.h"

#include <QFile>
#include <QTest>

using namespace ws;

class TestCephStatusJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pacific()
    {
        QFile file(QStringLiteral(WS_CEPH_DATA "/status-warn.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        CephStatusJson status;
        QString error;
        QVERIFY2(CephStatusJson::parse(file.readAll(), &status, &error), qPrintable(error));
        QCOMPARE(status.health, QString("HEALTH_WARN"));
        QVERIFY(!status.checks.isEmpty());
        QVERIFY(status.checks.join(' ').contains("MON_DISK_LOW"));
        QCOMPARE(status.quorumNames, QStringList({"a"}));
        QCOMPARE(status.osds, 0);
    }

    void versions_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("health");
        QTest::newRow("jewel") << QByteArray(R"({"health":{"overall_status":"HEALTH_ERR"}})")
                               << "HEALTH_ERR";
        QTest::newRow("luminous") << QByteArray(
            R"({"health":{"status":"HEALTH_OK","overall_status":"HEALTH_WARN"},
                "osdmap":{"osdmap":{"num_osds":3,"num_up_osds":2,"num_in_osds":3}}})")
                                  << "HEALTH_OK";
    }

    void versions()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, health);
        CephStatusJson status;
        QString error;
        QVERIFY2(CephStatusJson::parse(json, &status, &error), qPrintable(error));
        QCOMPARE(status.health, health);
    }

    void nestedOsdmap()
    {
        CephStatusJson status;
        QString error;
        QVERIFY(CephStatusJson::parse(R"({"health":{"status":"HEALTH_OK"},
            "osdmap":{"osdmap":{"num_osds":3,"num_up_osds":2,"num_in_osds":3}}})",
                                      &status, &error));
        QCOMPARE(status.osds, 3);
        QCOMPARE(status.osdsUp, 2);
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QByteArray() << "did not print a JSON object";
        QTest::newRow("error text")
            << QByteArray("[errno 2] RADOS object not found") << "did not print a JSON object";
        QTest::newRow("array") << QByteArray("[]") << "did not print a JSON object";
        QTest::newRow("no health") << QByteArray(R"({"fsid":"x"})") << "neither health.status";
        QTest::newRow("health not an object")
            << QByteArray(R"({"health":"HEALTH_OK"})") << "neither health.status";
    }

    void broken()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        CephStatusJson status;
        QString error;
        QVERIFY(!CephStatusJson::parse(json, &status, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCephStatusJson)
#include "tst_CephStatusJson.moc"
