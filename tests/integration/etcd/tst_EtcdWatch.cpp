// EtcdWatch against a real etcd: changes written by another client (plain HTTP POSTs to the
// gateway) arrive in order with their types and values; prefix against single key; history
// replayed from a past revision; a member stopped and restarted under the watch (every event
// exactly once); an idle stream reopened; a compacted start revision; failover from a dead
// endpoint; a server that is not etcd.
#include "EtcdFixture.h"
#include "RegistryFixture.h"
#include "etcd/EtcdWatch.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;
using ws::test::ServerProcess;

namespace {

constexpr int kWaitMs = 30'000;

// Another client: one POST to the v3 gateway, outside the code under test.
QJsonObject post(const QUrl &base, const QString &path, const QJsonObject &body)
{
    QNetworkAccessManager manager;
    QUrl url = base;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = manager.post(request, QJsonDocument(body).toJson());
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(kWaitMs);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    delete reply;
    return answer;
}

qint64 revisionOf(const QJsonObject &answer)
{
    return answer.value(QLatin1String("header"))
        .toObject()
        .value(QLatin1String("revision"))
        .toString()
        .toLongLong();
}

qint64 put(const QUrl &base, const QByteArray &key, const QByteArray &value)
{
    return revisionOf(post(base, QStringLiteral("/v3/kv/put"),
                           {{QLatin1String("key"), QString::fromLatin1(key.toBase64())},
                            {QLatin1String("value"), QString::fromLatin1(value.toBase64())}}));
}

qint64 remove(const QUrl &base, const QByteArray &key)
{
    return revisionOf(post(base, QStringLiteral("/v3/kv/deleterange"),
                           {{QLatin1String("key"), QString::fromLatin1(key.toBase64())}}));
}

qint64 compact(const QUrl &base, qint64 revision)
{
    return revisionOf(post(base, QStringLiteral("/v3/kv/compaction"),
                           {{QLatin1String("revision"), QString::number(revision)}}));
}

// Everything a watch reports, in order.
struct Recorder
{
    explicit Recorder(EtcdWatch *watch)
        : events(watch, &EtcdWatch::events), created(watch, &EtcdWatch::created),
          reconnecting(watch, &EtcdWatch::reconnecting), resumed(watch, &EtcdWatch::resumed),
          compacted(watch, &EtcdWatch::compacted), progress(watch, &EtcdWatch::progress),
          failed(watch, &EtcdWatch::failed)
    { }

    EtcdEvents all() const
    {
        EtcdEvents list;
        for (const QList<QVariant> &args : events)
            list += args.at(0).value<EtcdEvents>();
        return list;
    }
    qsizetype count() const { return all().size(); }

    QSignalSpy events;
    QSignalSpy created;
    QSignalSpy reconnecting;
    QSignalSpy resumed;
    QSignalSpy compacted;
    QSignalSpy progress;
    QSignalSpy failed;
};

QString failures(const Recorder &r)
{
    QStringList why;
    for (const QList<QVariant> &args : r.failed)
        why << args.at(0).toString();
    return why.join(QLatin1String("; "));
}

// Strictly increasing revisions: nothing twice, nothing out of order.
bool strictlyIncreasing(const EtcdEvents &events)
{
    for (qsizetype i = 1; i < events.size(); ++i)
        if (events[i].kv.modRevision <= events[i - 1].kv.modRevision)
            return false;
    return true;
}

} // namespace

class tst_EtcdWatch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void putsAndDeletesArriveInOrder();
    void singleKeyAndPrefix();
    void pastRevisionReplaysHistory();
    void resumesAcrossRestart();
    void idleStreamIsReopened();
    void compactedStartRevision();
    void compactedWhileAway();
    void failoverFromDeadEndpoint();
    void stopEndsTheStream();
    void notEtcdFails();
    void olderApiPrefix();

private:
    EtcdEndpoints endpoints() const
    {
        return EtcdEndpoints::fromList(m_etcd.clientUrl().toString());
    }

    EtcdFixture m_etcd;
};

void tst_EtcdWatch::initTestCase()
{
    qRegisterMetaType<ws::EtcdEvents>();
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
}

void tst_EtcdWatch::putsAndDeletesArriveInOrder()
{
    const QUrl url = m_etcd.clientUrl();
    EtcdWatch watch(endpoints(), "/order/", true, 0);
    Recorder r(&watch);
    watch.start();
    QVERIFY2(r.created.wait(kWaitMs), qPrintable(failures(r)));

    const QByteArray binary("\x00\xff\x01\n{\"x", 7);
    const qint64 r1 = put(url, "/order/a", "one");
    const qint64 r2 = put(url, "/order/b", binary);
    const qint64 r3 = put(url, "/order/a", "two");
    const qint64 r4 = remove(url, "/order/a");
    QVERIFY(r1 > 0 && r2 > r1 && r3 > r2 && r4 > r3);
    put(url, "/other", "not watched");
    QTRY_COMPARE_WITH_TIMEOUT(r.count(), 4, kWaitMs);

    const EtcdEvents e = r.all();
    QCOMPARE(e[0].type, EtcdEvent::Type::Put);
    QCOMPARE(e[0].kv.key, QByteArray("/order/a"));
    QCOMPARE(e[0].kv.value, QByteArray("one"));
    QCOMPARE(e[0].kv.version, 1); // a create
    QCOMPARE(e[0].kv.modRevision, r1);
    QCOMPARE(e[1].kv.key, QByteArray("/order/b"));
    QCOMPARE(e[1].kv.value, binary);
    QCOMPARE(e[1].kv.modRevision, r2);
    QCOMPARE(e[2].kv.value, QByteArray("two"));
    QCOMPARE(e[2].kv.version, 2);
    QVERIFY(e[2].hasPrevKv);
    QCOMPARE(e[2].prevKv.value, QByteArray("one"));
    QCOMPARE(e[3].type, EtcdEvent::Type::Delete);
    QCOMPARE(e[3].kv.key, QByteArray("/order/a"));
    QCOMPARE(e[3].kv.modRevision, r4);
    QVERIFY(e[3].hasPrevKv);
    QCOMPARE(e[3].prevKv.value, QByteArray("two"));
    QCOMPARE(r.events.last().at(1).toLongLong(), r4);
    QCOMPARE(watch.nextRevision(), r4 + 1);
    QVERIFY(r.failed.isEmpty());
    QVERIFY(r.reconnecting.isEmpty());
}

void tst_EtcdWatch::singleKeyAndPrefix()
{
    const QUrl url = m_etcd.clientUrl();
    EtcdWatch single(endpoints(), "/single/k", false, 0);
    EtcdWatch prefix(endpoints(), "/single/k", true, 0);
    Recorder rs(&single);
    Recorder rp(&prefix);
    single.start();
    prefix.start();
    QVERIFY(rs.created.count() == 1 || rs.created.wait(kWaitMs));
    QVERIFY(rp.created.count() == 1 || rp.created.wait(kWaitMs));

    put(url, "/single/k", "1");
    put(url, "/single/k2", "2");
    put(url, "/single/j", "3");
    put(url, "/single/k", "4");
    QTRY_COMPARE_WITH_TIMEOUT(rp.count(), 3, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(rs.count(), 2, kWaitMs);

    const EtcdEvents s = rs.all();
    QCOMPARE(s[0].kv.key, QByteArray("/single/k"));
    QCOMPARE(s[1].kv.key, QByteArray("/single/k"));
    QCOMPARE(s[1].kv.value, QByteArray("4"));
    const EtcdEvents p = rp.all();
    QCOMPARE(p[1].kv.key, QByteArray("/single/k2"));
    QCOMPARE(p[2].kv.value, QByteArray("4"));
}

void tst_EtcdWatch::pastRevisionReplaysHistory()
{
    const QUrl url = m_etcd.clientUrl();
    const qint64 r1 = put(url, "/hist/x", "a");
    const qint64 r2 = put(url, "/hist/x", "b");
    const qint64 r3 = remove(url, "/hist/x");

    EtcdWatch watch(endpoints(), "/hist/", true, r1);
    Recorder r(&watch);
    watch.start();
    QTRY_COMPARE_WITH_TIMEOUT(r.count(), 3, kWaitMs);
    const qint64 r4 = put(url, "/hist/x", "c");
    QTRY_COMPARE_WITH_TIMEOUT(r.count(), 4, kWaitMs);

    const EtcdEvents e = r.all();
    QCOMPARE(e[0].kv.modRevision, r1);
    QCOMPARE(e[0].kv.value, QByteArray("a"));
    QCOMPARE(e[1].kv.modRevision, r2);
    QCOMPARE(e[1].kv.value, QByteArray("b"));
    QCOMPARE(e[2].kv.modRevision, r3);
    QCOMPARE(e[2].type, EtcdEvent::Type::Delete);
    QCOMPARE(e[3].kv.modRevision, r4);
    QCOMPARE(e[3].kv.version, 1); // created again after the delete
}

void tst_EtcdWatch::resumesAcrossRestart()
{
    // Its own member: this one is stopped and started again on the same data and ports. Progress
    // notifications every half second show the resumed stream is alive when nothing changes.
    EtcdFixture etcd;
    etcd.setExtraArguments({QStringLiteral("--experimental-watch-progress-notify-interval=500ms")});
    QVERIFY2(etcd.start(), qPrintable(etcd.failureReason()));
    const QUrl url = etcd.clientUrl();

    EtcdWatch watch(EtcdEndpoints::fromList(url.toString()), "/r/", true, 0);
    Recorder r(&watch);
    watch.start();
    QVERIFY2(r.created.wait(kWaitMs), qPrintable(failures(r)));

    QList<qint64> written;
    for (int i = 0; i < 20; ++i)
        written << put(url, "/r/" + QByteArray::number(i % 3), QByteArray::number(i));
    // Down while some of those may still be on their way to the watch.
    etcd.stop();
    QVERIFY(r.reconnecting.count() > 0 || r.reconnecting.wait(kWaitMs));
    QVERIFY2(etcd.startAgain(), qPrintable(etcd.failureReason()));
    QVERIFY(r.resumed.count() > 0 || r.resumed.wait(kWaitMs));
    for (int i = 20; i < 40; ++i)
        written << put(url, "/r/" + QByteArray::number(i % 3), QByteArray::number(i));
    QTRY_VERIFY_WITH_TIMEOUT(r.count() >= 40, kWaitMs);

    const EtcdEvents e = r.all();
    QCOMPARE(e.size(), 40);
    QVERIFY(strictlyIncreasing(e));
    for (int i = 0; i < 40; ++i) {
        QCOMPARE(e[i].kv.modRevision, written[i]);
        QCOMPARE(e[i].kv.value, QByteArray::number(i));
    }
    QVERIFY(r.failed.isEmpty());
    QVERIFY(r.compacted.isEmpty());

    const qsizetype before = r.progress.count();
    QTRY_VERIFY_WITH_TIMEOUT(r.progress.count() > before, kWaitMs);
    QVERIFY(r.progress.last().at(0).toLongLong() >= written.last());
    QCOMPARE(r.count(), 40);
}

void tst_EtcdWatch::idleStreamIsReopened()
{
    // etcd here sends progress only every 10 minutes, so a 1 s idle limit drops the stream
    // while nothing changes: the reconnection path without stopping the server.
    const QUrl url = m_etcd.clientUrl();
    EtcdWatch watch(endpoints(), "/idle/", true, 0);
    watch.setIdleTimeoutMs(1000);
    Recorder r(&watch);
    watch.start();
    QVERIFY2(r.created.wait(kWaitMs), qPrintable(failures(r)));
    const qint64 r1 = put(url, "/idle/a", "1");
    QTRY_COMPARE_WITH_TIMEOUT(r.count(), 1, kWaitMs);

    // The stream goes quiet and is reopened after r1; should the limit strike before r1 was
    // delivered, an earlier resume continues at r1 itself, so wait for the one after it.
    QTRY_VERIFY_WITH_TIMEOUT(!r.resumed.isEmpty() && r.resumed.last().at(0).toLongLong() == r1 + 1,
                             kWaitMs);
    QVERIFY(!r.reconnecting.isEmpty());
    const qint64 r2 = put(url, "/idle/a", "2");
    QTRY_COMPARE_WITH_TIMEOUT(r.count(), 2, kWaitMs);
    const EtcdEvents e = r.all();
    QCOMPARE(e[0].kv.modRevision, r1);
    QCOMPARE(e[1].kv.modRevision, r2);
    QVERIFY(r.failed.isEmpty());
    watch.stop();
}

void tst_EtcdWatch::compactedStartRevision()
{
    const QUrl url = m_etcd.clientUrl();
    const qint64 r1 = put(url, "/compact/x", "a");
    put(url, "/compact/x", "b");
    const qint64 r3 = put(url, "/compact/x", "c");
    QVERIFY(compact(url, r3) > 0);

    EtcdWatch watch(endpoints(), "/compact/", true, r1);
    Recorder r(&watch);
    watch.start();
    QVERIFY2(r.compacted.wait(kWaitMs), qPrintable(failures(r)));
    QCOMPARE(r.compacted.first().at(0).toLongLong(), r3);
    QVERIFY(!watch.isActive());
    QCOMPARE(r.count(), 0);
    QVERIFY(r.failed.isEmpty());

    // The caller reloads and continues from the compact revision: the events from there on.
    watch.startFrom(r3);
    QTRY_COMPARE_WITH_TIMEOUT(r.count(), 1, kWaitMs);
    QCOMPARE(r.all().first().kv.value, QByteArray("c"));
}

void tst_EtcdWatch::compactedWhileAway()
{
    // The watch was away (stopped here; a long outage alike) while the history it would resume
    // from was compacted: it says so instead of skipping changes silently.
    const QUrl url = m_etcd.clientUrl();
    EtcdWatch watch(endpoints(), "/away/", true, 0);
    Recorder r(&watch);
    watch.start();
    QVERIFY2(r.created.wait(kWaitMs), qPrintable(failures(r)));
    const qint64 r1 = put(url, "/away/x", "1");
    QTRY_COMPARE_WITH_TIMEOUT(r.count(), 1, kWaitMs);
    watch.stop();
    put(url, "/away/x", "2");
    const qint64 r3 = put(url, "/away/x", "3");
    QVERIFY(compact(url, r3) > 0);

    watch.start();
    QCOMPARE(watch.nextRevision(), r1 + 1);
    QVERIFY2(r.compacted.wait(kWaitMs), qPrintable(failures(r)));
    QCOMPARE(r.compacted.first().at(0).toLongLong(), r3);
    QCOMPARE(r.count(), 1);
}

void tst_EtcdWatch::failoverFromDeadEndpoint()
{
    const QString dead = QStringLiteral("http://127.0.0.1:%1").arg(ServerProcess::freeTcpPort());
    EtcdWatch watch(
        EtcdEndpoints::fromList(dead + QLatin1Char(',') + m_etcd.clientUrl().toString()),
        "/failover", false, 0);
    Recorder r(&watch);
    watch.start();
    QVERIFY2(r.created.wait(kWaitMs), qPrintable(failures(r)));
    QCOMPARE(r.reconnecting.count(), 1);
    QVERIFY2(r.reconnecting.first().at(0).toString().contains(dead),
             qPrintable(r.reconnecting.first().at(0).toString()));
    const qint64 rev = put(m_etcd.clientUrl(), "/failover", "x");
    QTRY_COMPARE_WITH_TIMEOUT(r.count(), 1, kWaitMs);
    QCOMPARE(r.all().first().kv.modRevision, rev);
}

void tst_EtcdWatch::stopEndsTheStream()
{
    const QUrl url = m_etcd.clientUrl();
    EtcdWatch watch(endpoints(), "/stop/", true, 0);
    EtcdWatch witness(endpoints(), "/stop/", true, 0);
    Recorder r(&watch);
    Recorder w(&witness);
    watch.start();
    witness.start();
    QVERIFY(r.created.count() == 1 || r.created.wait(kWaitMs));
    QVERIFY(w.created.count() == 1 || w.created.wait(kWaitMs));
    watch.stop();
    QVERIFY(!watch.isActive());
    put(url, "/stop/a", "1");
    // The witness saw the change, so the stopped watch would have had it by now.
    QTRY_COMPARE_WITH_TIMEOUT(w.count(), 1, kWaitMs);
    QCoreApplication::processEvents();
    QCOMPARE(r.count(), 0);
    QVERIFY(r.failed.isEmpty());
    QVERIFY(r.reconnecting.isEmpty());
}

void tst_EtcdWatch::notEtcdFails()
{
    // A real HTTP server that is not etcd (a registry): 404 is an answer, not an outage, so the
    // watch fails with a message instead of retrying for ever.
    ws::test::RegistryFixture registry;
    QVERIFY2(registry.start(), qPrintable(registry.failureReason()));
    EtcdWatch watch(EtcdEndpoints::fromList(registry.url().toString()), "/x", true, 0);
    Recorder r(&watch);
    watch.start();
    QVERIFY(r.failed.wait(kWaitMs));
    const QString why = r.failed.first().at(0).toString();
    QVERIFY2(why.contains(QLatin1String("404")) && why.contains(registry.url().toString()),
             qPrintable(why));
    QVERIFY(!watch.isActive());
    QVERIFY(r.reconnecting.isEmpty());
}

void tst_EtcdWatch::olderApiPrefix()
{
    // etcd 3.4 still serves the 3.3 prefix; a watch set to it works the same.
    EtcdWatch watch(endpoints(), "/beta", false, 0);
    watch.setApiPrefix("/v3beta/");
    Recorder r(&watch);
    watch.start();
    QVERIFY2(r.created.wait(kWaitMs), qPrintable(failures(r)));
    const qint64 rev = put(m_etcd.clientUrl(), "/beta", "b");
    QTRY_COMPARE_WITH_TIMEOUT(r.count(), 1, kWaitMs);
    QCOMPARE(r.all().first().kv.modRevision, rev);
}

QTEST_GUILESS_MAIN(tst_EtcdWatch)
#include "tst_EtcdWatch.moc"
