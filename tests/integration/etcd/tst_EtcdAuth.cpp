// EtcdClient, EtcdKv and EtcdWatch against a real etcd with auth enabled (simple tokens): root
// reads and writes; a limited user is refused outside its role with a message naming it; a wrong
// password says so without showing it; a token that died with a restart is renewed on its own;
// a watch signs in; a cluster without auth is used without a token; lease time to live.
#include "EtcdFixture.h"
#include "JobWait.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdConnector.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdWatch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;

using ws::test::waitJob;

class tst_EtcdAuth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void environmentUser_data();
    void environmentUser();
    void rootReadsAndWrites();
    void limitedUserInsideItsRange();
    void limitedUserRefusedOutside();
    void wrongPassword();
    void noUserOnAuthCluster();
    void expiredTokenRenewed();
    void watchWithAuth();
    void watchRefusedForLimitedUser();
    void authNotEnabled();
    void leaseTimeToLive();
    void connectorSignsIn();
    void connectorWrongPassword();

private:
    EtcdEndpoints endpoints(const QString &user, const QString &password) const
    {
        return EtcdEndpoints::fromList(m_etcd.clientUrl().toString(), {}, {}, {}, user, password);
    }

    EtcdFixture m_etcd;
};

void tst_EtcdAuth::initTestCase()
{
    m_etcd.setExtraArguments({QStringLiteral("--auth-token=simple")});
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    QString error;
    QVERIFY2(m_etcd.enableAuth(&error), qPrintable(error));
}

void tst_EtcdAuth::environmentUser_data()
{
    QTest::addColumn<QString>("etcdctlUser");
    QTest::addColumn<QString>("etcdctlPassword");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::newRow("name:password") << "root:pw"
                                   << ""
                                   << "root"
                                   << "pw";
    QTest::newRow("colon in password") << "root:a:b"
                                       << "other"
                                       << "root"
                                       << "a:b";
    QTest::newRow("name + ETCDCTL_PASSWORD") << "app"
                                             << "secret"
                                             << "app"
                                             << "secret";
    QTest::newRow("none") << ""
                          << ""
                          << ""
                          << "";
}

void tst_EtcdAuth::environmentUser()
{
    QFETCH(QString, etcdctlUser);
    QFETCH(QString, etcdctlPassword);
    QProcessEnvironment env;
    if (!etcdctlUser.isEmpty())
        env.insert(QStringLiteral("ETCDCTL_USER"), etcdctlUser);
    if (!etcdctlPassword.isEmpty())
        env.insert(QStringLiteral("ETCDCTL_PASSWORD"), etcdctlPassword);
    const EtcdEndpoints e = EtcdEndpoints::fromEnvironment(env);
    QTEST(e.user, "user");
    QTEST(e.password, "password");
}

void tst_EtcdAuth::rootReadsAndWrites()
{
    EtcdClient client(
        endpoints(QStringLiteral("root"), QString::fromLatin1(EtcdFixture::kRootPassword)));
    EtcdKv kv(&client);
    EtcdPutJob *put = kv.put("/other/x", "1");
    WAIT_OK(put);
    QVERIFY(!client.authToken().isEmpty());
    EtcdRangeJob *range = kv.range("/other/x");
    WAIT_OK(range);
    QCOMPARE(range->result().kvs.size(), 1);
    QCOMPARE(range->result().kvs.first().value, QByteArray("1"));
    EtcdCasJob *cas = kv.putIfUnchanged("/other/x", "2", range->result().kvs.first().modRevision);
    WAIT_OK(cas);
    QVERIFY(cas->result().succeeded);
    EtcdBatchJob *batch
        = kv.applyBatch({EtcdBatchOp::put("/other/y", "y"),
                         EtcdBatchOp::remove("/other/x", false, cas->result().revision)});
    WAIT_OK(batch);
    QVERIFY(batch->result().complete());
    EtcdDeleteJob *del = kv.remove("/other/", true);
    WAIT_OK(del);
    QCOMPARE(del->result(), 1);
}

void tst_EtcdAuth::limitedUserInsideItsRange()
{
    EtcdClient client(endpoints(QString::fromLatin1(EtcdFixture::kAppUser),
                                QString::fromLatin1(EtcdFixture::kAppPassword)));
    EtcdKv kv(&client);
    EtcdPutJob *put = kv.put("/services/app/db", "mysql");
    WAIT_OK(put);
    EtcdRangeAllJob *all = kv.rangeAll("/services/");
    WAIT_OK(all);
    QVERIFY(!all->result().kvs.isEmpty());
}

void tst_EtcdAuth::limitedUserRefusedOutside()
{
    EtcdClient client(endpoints(QString::fromLatin1(EtcdFixture::kAppUser),
                                QString::fromLatin1(EtcdFixture::kAppPassword)));
    EtcdKv kv(&client);
    EtcdPutJob *put = kv.put("/services/other", "x");
    QVERIFY(waitJob(put));
    QVERIFY(put->hasError());
    QVERIFY2(put->errorString().contains(QLatin1String("permission denied")),
             qPrintable(put->errorString()));
    QVERIFY2(put->errorString().contains(QLatin1String("user app")),
             qPrintable(put->errorString()));
    QVERIFY2(put->errorString().contains(QLatin1String("/services/other")),
             qPrintable(put->errorString()));
    QVERIFY(!put->errorString().contains(QLatin1String(EtcdFixture::kAppPassword)));
    // Reading outside /services/ is refused as well.
    EtcdRangeJob *range = kv.range("/elsewhere");
    QVERIFY(waitJob(range));
    QVERIFY(range->hasError());
    QVERIFY2(range->errorString().contains(QLatin1String("permission denied")),
             qPrintable(range->errorString()));
}

void tst_EtcdAuth::wrongPassword()
{
    const QString password = QStringLiteral("not-the-Password-9");
    EtcdClient client(endpoints(QStringLiteral("root"), password));
    EtcdKv kv(&client);
    // Two requests wait for the same sign-in; both fail with its answer.
    EtcdRangeJob *first = kv.range("/a");
    EtcdPutJob *second = kv.put("/a", "b");
    QVERIFY(waitJob(first));
    QVERIFY(waitJob(second));
    for (ApiJob *job : {static_cast<ApiJob *>(first), static_cast<ApiJob *>(second)}) {
        QVERIFY(job->hasError());
        QVERIFY2(job->errorString().contains(QLatin1String("wrong user name or password")),
                 qPrintable(job->errorString()));
        QVERIFY(!job->errorString().contains(password));
    }
    QVERIFY(client.authToken().isEmpty());
}

void tst_EtcdAuth::noUserOnAuthCluster()
{
    EtcdClient client(endpoints({}, {}));
    EtcdKv kv(&client);
    EtcdPutJob *put = kv.put("/services/app/x", "1");
    QVERIFY(waitJob(put));
    QVERIFY(put->hasError());
    QVERIFY2(put->errorString().contains(QLatin1String("user name and password")),
             qPrintable(put->errorString()));
}

void tst_EtcdAuth::expiredTokenRenewed()
{
    EtcdClient client(
        endpoints(QStringLiteral("root"), QString::fromLatin1(EtcdFixture::kRootPassword)));
    QSignalSpy signedIn(&client, &EtcdClient::authenticated);
    EtcdKv kv(&client);
    EtcdPutJob *put = kv.put("/renew/a", "1");
    WAIT_OK(put);
    QCOMPARE(signedIn.size(), 1);
    const QByteArray oldToken = client.authToken();

    // Simple tokens live in the member's memory only: a restart invalidates every one of them,
    // as their expiry would.
    m_etcd.stop();
    QVERIFY2(m_etcd.startAgain(), qPrintable(m_etcd.failureReason()));

    EtcdRangeJob *range = kv.range("/renew/a");
    WAIT_OK(range);
    QCOMPARE(range->result().kvs.size(), 1);
    QCOMPARE(signedIn.size(), 2);
    QVERIFY(client.authToken() != oldToken);
}

void tst_EtcdAuth::watchWithAuth()
{
    EtcdClient client(endpoints(QString::fromLatin1(EtcdFixture::kAppUser),
                                QString::fromLatin1(EtcdFixture::kAppPassword)));
    EtcdKv kv(&client);
    std::unique_ptr<EtcdWatcher> watch(kv.watch("/services/app/w/", true, 0, nullptr));
    QSignalSpy created(watch.get(), &EtcdWatcher::created);
    QSignalSpy events(watch.get(), &EtcdWatcher::events);
    QSignalSpy failed(watch.get(), &EtcdWatcher::failed);
    watch->start();
    QVERIFY(created.wait(30'000));
    EtcdPutJob *put = kv.put("/services/app/w/1", "one");
    WAIT_OK(put);
    QTRY_VERIFY_WITH_TIMEOUT(!events.isEmpty(), 30'000);
    const auto got = events.first().first().value<EtcdEvents>();
    QCOMPARE(got.first().kv.value, QByteArray("one"));

    // After a restart the token is dead; the watch signs in again and resumes.
    QSignalSpy resumed(watch.get(), &EtcdWatcher::resumed);
    m_etcd.stop();
    QVERIFY2(m_etcd.startAgain(), qPrintable(m_etcd.failureReason()));
    QSignalSpy reconnecting(watch.get(), &EtcdWatcher::reconnecting);
    QVERIFY2(
        resumed.wait(60'000) || !resumed.isEmpty(),
        qPrintable(QStringLiteral("reconnecting %1, failed: %2")
                       .arg(reconnecting.size())
                       .arg(failed.isEmpty() ? QString() : failed.first().first().toString())));
    EtcdPutJob *put2 = kv.put("/services/app/w/2", "two");
    WAIT_OK(put2);
    QTRY_COMPARE_WITH_TIMEOUT(events.size(), 2, 30'000);
    QCOMPARE(events.at(1).first().value<EtcdEvents>().first().kv.value, QByteArray("two"));
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
}

void tst_EtcdAuth::watchRefusedForLimitedUser()
{
    EtcdClient client(endpoints(QString::fromLatin1(EtcdFixture::kAppUser),
                                QString::fromLatin1(EtcdFixture::kAppPassword)));
    EtcdKv kv(&client);
    std::unique_ptr<EtcdWatcher> watch(kv.watch("/secret/", true, 0, nullptr));
    QSignalSpy failed(watch.get(), &EtcdWatcher::failed);
    watch->start();
    QVERIFY(failed.wait(30'000));
    const QString message = failed.first().first().toString();
    QVERIFY2(message.contains(QLatin1String("permission denied")), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("user app")), qPrintable(message));
    QVERIFY(!watch->isActive());
}

void tst_EtcdAuth::authNotEnabled()
{
    EtcdFixture open;
    QVERIFY2(open.start(), qPrintable(open.failureReason()));
    EtcdClient client(EtcdEndpoints::fromList(open.clientUrl().toString(), {}, {}, {},
                                              QStringLiteral("root"), QStringLiteral("whatever")));
    EtcdKv kv(&client);
    EtcdPutJob *put = kv.put("/k", "v");
    WAIT_OK(put);
    QVERIFY(client.authNotEnabled());
    QVERIFY(client.authToken().isEmpty());
    std::unique_ptr<EtcdWatcher> watch(kv.watch("/k", false, 0, nullptr));
    QSignalSpy created(watch.get(), &EtcdWatcher::created);
    watch->start();
    QVERIFY(created.wait(30'000));
}

void tst_EtcdAuth::leaseTimeToLive()
{
    EtcdClient client(
        endpoints(QStringLiteral("root"), QString::fromLatin1(EtcdFixture::kRootPassword)));
    EtcdKv kv(&client);
    EtcdPutJob *signIn = kv.put("/lease/probe", "x");
    WAIT_OK(signIn);
    QByteArray body;
    QCOMPARE(m_etcd.post("/v3/lease/grant", R"({"TTL":"120"})", &body, client.authToken()), 200);
    const QString id = QJsonDocument::fromJson(body).object().value(QLatin1String("ID")).toString();
    QVERIFY2(!id.isEmpty(), body.constData());
    EtcdLeaseJob *ttl = kv.timeToLive(id.toLongLong());
    WAIT_OK(ttl);
    QCOMPARE(ttl->result().id, id.toLongLong());
    QCOMPARE(ttl->result().grantedTtl, 120);
    QVERIFY(ttl->result().ttl > 0 && ttl->result().ttl <= 120);

    EtcdLeaseJob *missing = kv.timeToLive(12345);
    WAIT_OK(missing);
    QCOMPARE(missing->result().ttl, -1);
}

void tst_EtcdAuth::connectorSignsIn()
{
    EtcdConnector connector(endpoints(QString::fromLatin1(EtcdFixture::kAppUser),
                                      QString::fromLatin1(EtcdFixture::kAppPassword)),
                            EtcdConnector::Preference::Auto);
    WAIT_OK(&connector);
    QCOMPARE(connector.api(), EtcdStore::Api::V3);
    QVERIFY2(connector.choice().contains(QLatin1String("signed in as app")),
             qPrintable(connector.choice()));
    std::unique_ptr<EtcdStore> store = connector.takeStore();
    QVERIFY(store);
    EtcdPutJob *put = store->put("/services/app/connector", "1");
    WAIT_OK(put);
}

void tst_EtcdAuth::connectorWrongPassword()
{
    EtcdConnector connector(endpoints(QStringLiteral("root"), QStringLiteral("Wrong-Pass-7")),
                            EtcdConnector::Preference::Auto);
    QVERIFY(waitJob(&connector));
    QVERIFY(connector.hasError());
    QVERIFY2(connector.errorString().contains(QLatin1String("wrong user name or password")),
             qPrintable(connector.errorString()));
    QVERIFY(!connector.errorString().contains(QLatin1String("Wrong-Pass-7")));
    QVERIFY(!connector.takeStore());
}

QTEST_GUILESS_MAIN(tst_EtcdAuth)
#include "tst_EtcdAuth.moc"
