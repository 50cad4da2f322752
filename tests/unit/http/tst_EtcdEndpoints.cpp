// EtcdEndpoints::fromEnvironment: ETCDCTL_ENDPOINTS and the TLS variables as etcdctl reads them.
#include "etcd/EtcdEndpoints.h"

#include <QTest>

using ws::EtcdEndpoints;

class tst_EtcdEndpoints : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEnvironment_data();
    void fromEnvironment();
};

void tst_EtcdEndpoints::fromEnvironment_data()
{
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<bool>("hasError");

    QTest::newRow("default") << QStringList {} << "http://127.0.0.1:2379"
                             << "default"
                             << "" << false;
    QTest::newRow("one") << QStringList {"ETCDCTL_ENDPOINTS=http://10.0.0.1:2379"}
                         << "http://10.0.0.1:2379"
                         << "ETCDCTL_ENDPOINTS"
                         << "" << false;
    QTest::newRow("several with spaces")
        << QStringList {"ETCDCTL_ENDPOINTS=http://a:2379, http://b:2379 ,http://c:4001"}
        << "http://a:2379, http://b:2379, http://c:4001"
        << "ETCDCTL_ENDPOINTS"
        << "" << false;
    QTest::newRow("no scheme") << QStringList {"ETCDCTL_ENDPOINTS=10.0.0.1:2379"}
                               << "http://10.0.0.1:2379"
                               << "ETCDCTL_ENDPOINTS"
                               << "" << false;
    QTest::newRow("no scheme with tls")
        << QStringList {"ETCDCTL_ENDPOINTS=10.0.0.1:2379", "ETCDCTL_CACERT=/ca.pem"}
        << "https://10.0.0.1:2379"
        << "ETCDCTL_ENDPOINTS"
        << "/ca.pem" << false;
    QTest::newRow("https with certs")
        << QStringList {"ETCDCTL_ENDPOINTS=https://e:2379", "ETCDCTL_CACERT=/c/ca.pem",
                        "ETCDCTL_CERT=/c/cert.pem", "ETCDCTL_KEY=/c/key.pem"}
        << "https://e:2379"
        << "ETCDCTL_ENDPOINTS"
        << "/c/ca.pem" << false;
    QTest::newRow("empty entries skipped")
        << QStringList {"ETCDCTL_ENDPOINTS=,http://a:1,,"} << "http://a:1"
        << "ETCDCTL_ENDPOINTS"
        << "" << false;
    QTest::newRow("a broken entry among good ones")
        << QStringList {"ETCDCTL_ENDPOINTS=http://a:1,ftp://b:2"} << "http://a:1"
        << "ETCDCTL_ENDPOINTS"
        << "" << true;
    QTest::newRow("only broken") << QStringList {"ETCDCTL_ENDPOINTS=ftp://b:2"} << ""
                                 << "ETCDCTL_ENDPOINTS"
                                 << "" << true;
}

void tst_EtcdEndpoints::fromEnvironment()
{
    QFETCH(QStringList, env);
    QFETCH(QString, display);
    QFETCH(QString, source);
    QFETCH(QString, caFile);
    QFETCH(bool, hasError);

    QProcessEnvironment environment;
    for (const QString &pair : env)
        environment.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    const EtcdEndpoints etcd = EtcdEndpoints::fromEnvironment(environment);
    QCOMPARE(etcd.toDisplayString(), display);
    QCOMPARE(etcd.source, source);
    QCOMPARE(etcd.isValid(), !display.isEmpty());
    QCOMPARE(!etcd.error.isEmpty(), hasError);
    if (hasError)
        QVERIFY2(etcd.error.contains(QLatin1String("ETCDCTL_ENDPOINTS")), qPrintable(etcd.error));
    for (const auto &endpoint : etcd.endpoints)
        QCOMPARE(endpoint.caFile, caFile);
}

QTEST_GUILESS_MAIN(tst_EtcdEndpoints)
#include "tst_EtcdEndpoints.moc"
