#include "infra/RegistratorKeys.h"

#include <QtTest>

using ws::EtcdKeyValue;
using ws::RegistratorKey;
using ws::RegistratorKeys;

class RegistratorKeysTest : public QObject
{
    Q_OBJECT

private slots:
    void keys_data();
    void keys();
    void sortedAndCounted();
    void otherPrefix();
};

void RegistratorKeysTest::keys_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("taken");
    QTest::addColumn<QString>("service");
    QTest::addColumn<QString>("serviceId");
    QTest::addColumn<QString>("address");

    QTest::newRow("default naming") << QByteArray("/services/keystone-5000/core-1:keystone:5000")
                                    << QByteArray("10.0.0.11:5000") << true << "keystone-5000"
                                    << "core-1:keystone:5000"
                                    << "10.0.0.11:5000";
    QTest::newRow("name with slashes")
        << QByteArray("/services/router/frontend/keystone/public-url")
        << QByteArray("10.0.0.11:5000") << true << "router/frontend/keystone"
        << "public-url"
        << "10.0.0.11:5000";
    QTest::newRow("udp id") << QByteArray("/services/dns/h:pdns:53:udp")
                            << QByteArray("10.0.0.8:53") << true << "dns"
                            << "h:pdns:53:udp"
                            << "10.0.0.8:53";
    QTest::newRow("spaces around the value")
        << QByteArray("/services/a/b") << QByteArray(" 10.0.0.1:80\n") << true << "a"
        << "b"
        << "10.0.0.1:80";
    QTest::newRow("ipv6 in brackets")
        << QByteArray("/services/a/b") << QByteArray("[fd00::1]:80") << true << "a"
        << "b"
        << "[fd00::1]:80";

    QTest::newRow("confd's configuration key")
        << QByteArray("/services/keystone/config/admin-token") << QByteArray("s3cret") << false
        << ""
        << ""
        << "";
    QTest::newRow("name only") << QByteArray("/services/keystone") << QByteArray("10.0.0.1:80")
                               << false << ""
                               << ""
                               << "";
    QTest::newRow("trailing slash")
        << QByteArray("/services/keystone/") << QByteArray("10.0.0.1:80") << false << ""
        << ""
        << "";
    QTest::newRow("no port") << QByteArray("/services/a/b") << QByteArray("10.0.0.1") << false << ""
                             << ""
                             << "";
    QTest::newRow("port zero") << QByteArray("/services/a/b") << QByteArray("10.0.0.1:0") << false
                               << ""
                               << ""
                               << "";
    QTest::newRow("port too big") << QByteArray("/services/a/b") << QByteArray("10.0.0.1:70000")
                                  << false << ""
                                  << ""
                                  << "";
    QTest::newRow("host name") << QByteArray("/services/a/b") << QByteArray("core-1:80") << false
                               << ""
                               << ""
                               << "";
    QTest::newRow("ipv6 without brackets")
        << QByteArray("/services/a/b") << QByteArray("fd00::1:80") << false << ""
        << ""
        << "";
    QTest::newRow("empty value") << QByteArray("/services/a/b") << QByteArray() << false << ""
                                 << ""
                                 << "";
    QTest::newRow("binary value") << QByteArray("/services/a/b") << QByteArray("\xff\0:1", 4)
                                  << false << ""
                                  << ""
                                  << "";
    QTest::newRow("outside the prefix")
        << QByteArray("/servicesX/a/b") << QByteArray("10.0.0.1:80") << false << ""
        << ""
        << "";
}

void RegistratorKeysTest::keys()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, value);
    QFETCH(bool, taken);
    QFETCH(QString, service);
    QFETCH(QString, serviceId);
    QFETCH(QString, address);
    EtcdKeyValue kv;
    kv.key = key;
    kv.value = value;
    kv.leaseTtl = 9;
    int skipped = -1;
    const QList<RegistratorKey> keys = RegistratorKeys::fromKeyValues({kv}, "/services", &skipped);
    QCOMPARE(keys.size(), taken ? 1 : 0);
    QCOMPARE(skipped, taken ? 0 : 1);
    if (!taken)
        return;
    QCOMPARE(keys.first().key, QString::fromUtf8(key));
    QCOMPARE(keys.first().service, service);
    QCOMPARE(keys.first().serviceId, serviceId);
    QCOMPARE(keys.first().address, address);
    QCOMPARE(keys.first().ttl, 9);
}

void RegistratorKeysTest::sortedAndCounted()
{
    const auto kv = [](const QByteArray &key, const QByteArray &value) {
        EtcdKeyValue out;
        out.key = key;
        out.value = value;
        return out;
    };
    const EtcdKeyValue b = kv("/services/b/1", "10.0.0.2:80");
    const EtcdKeyValue a = kv("/services/a/1", "10.0.0.1:80");
    const EtcdKeyValue config = kv("/services/a/config/x", "text");
    int skipped = 0;
    const QList<RegistratorKey> keys
        = RegistratorKeys::fromKeyValues({b, config, a}, "/services/", &skipped);
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0).key, QStringLiteral("/services/a/1"));
    QCOMPARE(keys.at(1).key, QStringLiteral("/services/b/1"));
    QCOMPARE(keys.at(0).ttl, -1);
    QCOMPARE(skipped, 1);
}

void RegistratorKeysTest::otherPrefix()
{
    // registrator etcd://host:2379/skydns puts keys under /skydns.
    EtcdKeyValue kv;
    kv.key = "/skydns/web/h:web:80";
    kv.value = "10.0.0.3:8080";
    const QList<RegistratorKey> keys = RegistratorKeys::fromKeyValues({kv}, "/skydns");
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first().service, QStringLiteral("web"));
}

QTEST_GUILESS_MAIN(RegistratorKeysTest)
#include "RegistratorKeysTest.moc"
