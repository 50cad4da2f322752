#include "docker/DockerContainerList.h"

#include <QtTest>

using ws::DockerContainerList;
using ws::DockerContainerSummary;

class DockerContainerListTest : public QObject
{
    Q_OBJECT

private slots:
    void readsTheEnginesList();
    void broken_data();
    void broken();
};

void DockerContainerListTest::readsTheEnginesList()
{
    // As dockerd 20.10 answers GET /v1.41/containers/json?all=1 (trimmed).
    const QByteArray body = R"json([
      {"Id":"8dfafdbc3a40","Names":["/keystone-1"],"Image":"2gis/openstack-kilo-keystone:latest",
       "ImageID":"sha256:1","Command":"/sbin/runit","Created":1700000000,
       "Ports":[{"IP":"0.0.0.0","PrivatePort":5000,"PublicPort":5000,"Type":"tcp"},
                {"IP":"::","PrivatePort":5000,"PublicPort":5000,"Type":"tcp"},
                {"PrivatePort":35357,"Type":"tcp"}],
       "Labels":{"SERVICE_5000_NAME":"services/router/frontend/keystone"},
       "State":"running","Status":"Up 3 hours","HostConfig":{"NetworkMode":"default"},
       "NetworkSettings":{"Networks":{}},"Mounts":[]},
      {"Id":"9cfa","Names":["/old"],"Image":"busybox","State":"Exited","Status":"Exited (0)",
       "Ports":[],"Labels":null}
    ])json";
    QList<DockerContainerSummary> list;
    QString error;
    QVERIFY2(DockerContainerList::parse(body, "unix:///d.sock", &list, &error), qPrintable(error));
    QCOMPARE(list.size(), 2);
    const DockerContainerSummary &k = list.first();
    QCOMPARE(k.id, QStringLiteral("8dfafdbc3a40"));
    QCOMPARE(k.name(), QStringLiteral("keystone-1"));
    QCOMPARE(k.image, QStringLiteral("2gis/openstack-kilo-keystone:latest"));
    QCOMPARE(k.state, QStringLiteral("running"));
    QCOMPARE(k.status, QStringLiteral("Up 3 hours"));
    QCOMPARE(k.ports.size(), 3);
    QCOMPARE(k.ports.at(0).ip, QStringLiteral("0.0.0.0"));
    QCOMPARE(k.ports.at(0).publicPort, 5000);
    QCOMPARE(k.ports.at(2).publicPort, 0);
    QCOMPARE(k.ports.at(2).privatePort, 35357);
    QCOMPARE(k.labels.value("SERVICE_5000_NAME").toString(),
             QStringLiteral("services/router/frontend/keystone"));
    QCOMPARE(list.at(1).state, QStringLiteral("exited")); // lower-cased, as the engine means it
    QVERIFY(list.at(1).labels.isEmpty());
}

void DockerContainerListTest::broken_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "did not answer a JSON list";
    QTest::newRow("html") << QByteArray("<html>502</html>") << "did not answer a JSON list";
    QTest::newRow("object") << QByteArray(R"({"message":"page not found"})")
                            << "did not answer a JSON list";
    QTest::newRow("truncated") << QByteArray(R"([{"Id":"a","Names":["/x"])")
                               << "did not answer a JSON list";
    QTest::newRow("not objects") << QByteArray("[1,2]") << "not a container object";
    QTest::newRow("no id") << QByteArray(R"([{"Names":["/x"]}])") << "without an Id";
    QTest::newRow("binary") << QByteArray("\x00\xff[", 3) << "did not answer a JSON list";
}

void DockerContainerListTest::broken()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QList<DockerContainerSummary> list {DockerContainerSummary {}};
    QString error;
    QVERIFY(!DockerContainerList::parse(body, "tcp://10.0.0.1:2376", &list, &error));
    QVERIFY2(error.contains(message), qPrintable(error));
    QVERIFY2(error.contains("tcp://10.0.0.1:2376"), qPrintable(error));
    QCOMPARE(list.size(), 1); // untouched
}

QTEST_GUILESS_MAIN(DockerContainerListTest)
#include "DockerContainerListTest.moc"
