// EtcdKv, EtcdWatch, EtcdV2Store and EtcdConnector through https with client certificates made by
// the test (TestCertificates): range, put, compare-and-swap and a watch; and without a client
// certificate or without the CA, a clear TLS error rather than a hang.
#include "EtcdFixture.h"
#include "JobWait.h"
#include "TestCertificates.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdConnector.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdV2Store.h"
#include "etcd/EtcdWatcher.h"

#include <QSignalSpy>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;

using ws::test::waitJob;

class tst_EtcdTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void kvThroughHttps();
    void watchThroughHttps();
    void v2ThroughHttps();
    void connectorThroughHttps();
    void refused_data();
    void refused();

private:
    EtcdEndpoints secureEndpoints() const
    {
        return EtcdEndpoints::fromList(m_etcd.clientUrl().toString(), m_pki.caFile(),
                                       m_pki.clientCertFile(), m_pki.clientKeyFile());
    }

    ws::test::TestCertificates m_pki;
    EtcdFixture m_etcd;
    std::unique_ptr<EtcdClient> m_client;
    std::unique_ptr<EtcdKv> m_kv;
};

void tst_EtcdTls::initTestCase()
{
    QVERIFY2(m_pki.generate(), qPrintable(m_pki.failureReason()));
    QString error;
    QVERIFY2(EtcdFixture::makeServerCertificate(m_pki.dir(), &error), qPrintable(error));
    m_etcd.setTls({m_pki.caFile(), m_pki.dir() + QStringLiteral("/etcd-server.pem"),
                   m_pki.dir() + QStringLiteral("/etcd-server-key.pem"), m_pki.clientCertFile(),
                   m_pki.clientKeyFile()});
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    QCOMPARE(m_etcd.clientUrl().scheme(), QStringLiteral("https"));
    m_client = std::make_unique<EtcdClient>(secureEndpoints());
    m_kv = std::make_unique<EtcdKv>(m_client.get());
}

void tst_EtcdTls::kvThroughHttps()
{
    EtcdPutJob *put = m_kv->put("/tls/a", "1");
    WAIT_OK(put);
    EtcdRangeJob *range = m_kv->range("/tls/", true);
    WAIT_OK(range);
    QCOMPARE(range->result().kvs.size(), 1);
    QCOMPARE(range->result().kvs.first().value, QByteArray("1"));
    EtcdCasJob *cas = m_kv->putIfUnchanged("/tls/a", "2", put->result());
    WAIT_OK(cas);
    QVERIFY(cas->result().succeeded);
    EtcdCasJob *stale = m_kv->putIfUnchanged("/tls/a", "3", put->result());
    WAIT_OK(stale);
    QVERIFY(!stale->result().succeeded);
    QCOMPARE(stale->result().current.value, QByteArray("2"));
}

void tst_EtcdTls::watchThroughHttps()
{
    std::unique_ptr<EtcdWatcher> watch(m_kv->watch("/tlsw/", true, 0, nullptr));
    QSignalSpy created(watch.get(), &EtcdWatcher::created);
    QSignalSpy events(watch.get(), &EtcdWatcher::events);
    watch->start();
    QVERIFY(created.wait(30'000));
    EtcdPutJob *put = m_kv->put("/tlsw/x", "secure");
    WAIT_OK(put);
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 30'000);
    QCOMPARE(events.first().first().value<EtcdEvents>().first().kv.value, QByteArray("secure"));
}

void tst_EtcdTls::v2ThroughHttps()
{
    EtcdV2Store v2(m_client.get());
    std::unique_ptr<EtcdWatcher> watch(v2.watch("/tls2/", true, 0, nullptr));
    QSignalSpy created(watch.get(), &EtcdWatcher::created);
    QSignalSpy events(watch.get(), &EtcdWatcher::events);
    watch->start();
    QVERIFY(created.wait(30'000));
    EtcdCasJob *create = v2.putIfUnchanged("/tls2/k", "v", 0);
    WAIT_OK(create);
    QVERIFY(create->result().succeeded);
    EtcdRangeJob *range = v2.range("/tls2/k");
    WAIT_OK(range);
    QCOMPARE(range->result().kvs.first().value, QByteArray("v"));
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 30'000);
}

void tst_EtcdTls::connectorThroughHttps()
{
    EtcdConnector connector(secureEndpoints(), EtcdConnector::Preference::Auto);
    WAIT_OK(&connector);
    QCOMPARE(connector.api(), EtcdStore::Api::V3);
    QVERIFY(connector.takeStore());
}

void tst_EtcdTls::refused_data()
{
    QTest::addColumn<bool>("withCa");
    QTest::addColumn<bool>("withClientCert");
    QTest::newRow("no client certificate") << true << false;
    QTest::newRow("server not trusted") << false << true;
}

void tst_EtcdTls::refused()
{
    QFETCH(bool, withCa);
    QFETCH(bool, withClientCert);
    EtcdClient client(EtcdEndpoints::fromList(m_etcd.clientUrl().toString(),
                                              withCa ? m_pki.caFile() : QString(),
                                              withClientCert ? m_pki.clientCertFile() : QString(),
                                              withClientCert ? m_pki.clientKeyFile() : QString()));
    EtcdKv kv(&client);
    EtcdPutJob *put = kv.put("/tls/refused", "x");
    QVERIFY(waitJob(put));
    QVERIFY(put->hasError());
    QVERIFY2(put->errorString().contains(QLatin1String("TLS"), Qt::CaseInsensitive)
                 || put->errorString().contains(QLatin1String("certificate"), Qt::CaseInsensitive),
             qPrintable(put->errorString()));
    qInfo().noquote() << put->errorString();

    std::unique_ptr<EtcdWatcher> watch(kv.watch("/tls/", true, 0, nullptr));
    QSignalSpy reconnecting(watch.get(), &EtcdWatcher::reconnecting);
    QSignalSpy failed(watch.get(), &EtcdWatcher::failed);
    watch->start();
    QTRY_VERIFY_WITH_TIMEOUT(!reconnecting.isEmpty() || !failed.isEmpty(), 30'000);
    const QString why = reconnecting.isEmpty() ? failed.first().first().toString()
                                               : reconnecting.first().first().toString();
    QVERIFY2(why.contains(QLatin1String("TLS"), Qt::CaseInsensitive)
                 || why.contains(QLatin1String("certificate"), Qt::CaseInsensitive),
             qPrintable(why));
}

QTEST_GUILESS_MAIN(tst_EtcdTls)
#include "tst_EtcdTls.moc"
