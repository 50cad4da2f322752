#include "fleet/FleetEndpoint.h"

#include <QtTest>

using ws::Endpoint;
using ws::FleetEndpoint;

class FleetEndpointTest : public QObject
{
    Q_OBJECT

private slots:
    void environment_data();
    void environment();
    void tls();
};

void FleetEndpointTest::environment_data()
{
    QTest::addColumn<QString>("value"); // FLEETCTL_ENDPOINT; null: unset
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("local");

    QTest::newRow("default") << QString() << true << QStringLiteral("unix:///var/run/fleet.sock")
                             << QStringLiteral("default") << true;
    QTest::newRow("unix") << QStringLiteral("unix:///tmp/f.sock") << true
                          << QStringLiteral("unix:///tmp/f.sock")
                          << QStringLiteral("FLEETCTL_ENDPOINT") << true;
    QTest::newRow("loopback") << QStringLiteral("http://127.0.0.1:49153") << true
                              << QStringLiteral("http://127.0.0.1:49153")
                              << QStringLiteral("FLEETCTL_ENDPOINT") << true;
    QTest::newRow("localhost") << QStringLiteral("http://localhost:8080") << true
                               << QStringLiteral("http://localhost:8080")
                               << QStringLiteral("FLEETCTL_ENDPOINT") << true;
    QTest::newRow("ipv6 loopback")
        << QStringLiteral("http://[::1]:8080") << true << QStringLiteral("http://[::1]:8080")
        << QStringLiteral("FLEETCTL_ENDPOINT") << true;
    QTest::newRow("remote") << QStringLiteral("http://10.0.0.5:49153") << true
                            << QStringLiteral("http://10.0.0.5:49153")
                            << QStringLiteral("FLEETCTL_ENDPOINT") << false;
    QTest::newRow("remote name") << QStringLiteral("http://core-01:49153") << true
                                 << QStringLiteral("http://core-01:49153")
                                 << QStringLiteral("FLEETCTL_ENDPOINT") << false;
    QTest::newRow("list: first") << QStringLiteral("http://10.0.0.5:1,http://10.0.0.6:1") << true
                                 << QStringLiteral("http://10.0.0.5:1")
                                 << QStringLiteral("FLEETCTL_ENDPOINT") << false;
    QTest::newRow("tcp scheme") << QStringLiteral("tcp://10.0.0.5:1") << false << QString()
                                << QStringLiteral("FLEETCTL_ENDPOINT") << false;
    QTest::newRow("relative socket") << QStringLiteral("unix://fleet.sock") << false << QString()
                                     << QStringLiteral("FLEETCTL_ENDPOINT") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://x:1") << false << QString()
                         << QStringLiteral("FLEETCTL_ENDPOINT") << false;
}

void FleetEndpointTest::environment()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QFETCH(QString, display);
    QFETCH(QString, source);
    QFETCH(bool, local);

    QProcessEnvironment env;
    if (!value.isNull())
        env.insert(QStringLiteral("FLEETCTL_ENDPOINT"), value);
    env.insert(QStringLiteral("FLEETCTL_TUNNEL"), QStringLiteral("core-01:22"));
    const FleetEndpoint e = FleetEndpoint::fromEnvironment(env);
    QCOMPARE(e.isValid(), valid);
    QCOMPARE(e.source, source);
    QCOMPARE(e.tunnel, QStringLiteral("core-01:22"));
    if (!valid) {
        QVERIFY(!e.error.isEmpty());
        QVERIFY2(e.error.contains(value), qPrintable(e.error));
        return;
    }
    QVERIFY2(e.error.isEmpty(), qPrintable(e.error));
    QCOMPARE(e.toDisplayString(), display);
    QCOMPARE(e.isLocal(), local);
}

void FleetEndpointTest::tls()
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("FLEETCTL_ENDPOINT"), QStringLiteral("https://10.0.0.5:2379"));
    env.insert(QStringLiteral("FLEETCTL_CA_FILE"), QStringLiteral("/etc/ca.pem"));
    env.insert(QStringLiteral("FLEETCTL_CERT_FILE"), QStringLiteral("/etc/c.pem"));
    env.insert(QStringLiteral("FLEETCTL_KEY_FILE"), QStringLiteral("/etc/k.pem"));
    const FleetEndpoint e = FleetEndpoint::fromEnvironment(env);
    QVERIFY(e.isValid());
    QVERIFY(e.endpoint.isTls());
    QCOMPARE(e.endpoint.caFile, QStringLiteral("/etc/ca.pem"));
    QCOMPARE(e.endpoint.keyFile, QStringLiteral("/etc/k.pem"));
    QVERIFY(!e.isLocal());
}

QTEST_GUILESS_MAIN(FleetEndpointTest)
#include "FleetEndpointTest.moc"
