// EtcdTreeSync against a real etcd: the listing becomes the model; puts and deletes made by a
// second client appear as row inserts and removes (never a reset) while a selection stays on its
// key; a member restarted under the watch; history compacted while the sync was away (the keys
// are listed again and only the difference applied); a store that cannot be reached.
#include "EtcdFixture.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdTreeModel.h"
#include "etcd/EtcdTreeSync.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
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

// The second client: plain POSTs to the v3 gateway, outside the code under test.
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

qint64 put(const QUrl &base, const QByteArray &key, const QByteArray &value = "v")
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

// One store, one model, the sync between them and what they say.
struct Setup
{
    Setup(const QUrl &url, const QByteArray &prefix)
        : client(EtcdEndpoints::fromList(url.toString())), kv(&client), sync(&kv, &model),
          tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest),
          loaded(&sync, &EtcdTreeSync::loaded), failed(&sync, &EtcdTreeSync::failed),
          reloading(&sync, &EtcdTreeSync::reloading), reloaded(&sync, &EtcdTreeSync::reloaded),
          lost(&sync, &EtcdTreeSync::connectionLost),
          restored(&sync, &EtcdTreeSync::connectionRestored)
    {
        sync.setPrefix(prefix);
        sync.setPageSize(3); // several pages even for a small listing
    }

    QString failures() const
    {
        QStringList why;
        for (const QList<QVariant> &args : failed)
            why << args.at(0).toString();
        return why.join(QLatin1String("; "));
    }

    EtcdClient client;
    EtcdKv kv;
    EtcdTreeModel model;
    EtcdTreeSync sync;
    QAbstractItemModelTester tester;
    QSignalSpy loaded;
    QSignalSpy failed;
    QSignalSpy reloading;
    QSignalSpy reloaded;
    QSignalSpy lost;
    QSignalSpy restored;
};

} // namespace

class tst_EtcdTreeSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loadsThenFollowsChanges();
    void survivesRestart();
    void compactedWhileAwayReloadsTheDifference();
    void unreachableStoreFails();

private:
    EtcdFixture m_etcd;
};

void tst_EtcdTreeSync::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
}

void tst_EtcdTreeSync::loadsThenFollowsChanges()
{
    const QUrl url = m_etcd.clientUrl();
    for (const char *key : {"/live/svc/a/1", "/live/svc/a/2", "/live/svc/b/1", "/live/cfg",
                            "/live/cfg/x", "/live/x//y", "/live/z"})
        QVERIFY(put(url, key) > 0);
    put(url, "/outside", "not under the prefix");

    Setup s(url, "/live/");
    s.sync.start();
    QVERIFY2(s.loaded.wait(kWaitMs), qPrintable(s.failures()));
    QCOMPARE(s.loaded.first().at(1).toInt(), 7);
    QCOMPARE(s.model.tree().keyCount(), 7);
    QVERIFY(s.model.indexForKey("/live/cfg").isValid());
    QVERIFY(s.model.indexForKey("/live/cfg/").isValid());
    QVERIFY(!s.model.indexForKey("/outside").isValid());

    QItemSelectionModel selection(&s.model);
    selection.setCurrentIndex(s.model.indexForKey("/live/svc/b/1"),
                              QItemSelectionModel::ClearAndSelect);
    QSignalSpy reset(&s.model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&s.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&s.model, &QAbstractItemModel::rowsRemoved);
    QTRY_VERIFY_WITH_TIMEOUT(s.sync.isWatching(), kWaitMs);

    put(url, "/live/svc/a/0");
    put(url, "/live/svc/aa/new/deep");
    QTRY_VERIFY_WITH_TIMEOUT(s.model.indexForKey("/live/svc/aa/new/deep").isValid(), kWaitMs);
    QCOMPARE(inserted.size(), 2);
    QVERIFY(s.model.indexForKey("/live/svc/a/0").data(EtcdTreeModel::RecentlyChangedRole).toBool());
    remove(url, "/live/svc/a/1");
    remove(url, "/live/svc/a/2");
    remove(url, "/live/svc/a/0"); // the folder goes with its last key
    QTRY_VERIFY_WITH_TIMEOUT(!s.model.indexForKey("/live/svc/a/").isValid(), kWaitMs);
    QCOMPARE(removed.size(), 3);
    QCOMPARE(s.model.indexForKey("/live/svc/").data(EtcdTreeModel::KeyCountRole).toInt(), 2);

    // A change to a value is a dataChanged of its row, not an insert.
    const qint64 revision = put(url, "/live/z", "changed");
    QTRY_COMPARE_WITH_TIMEOUT(
        s.model.indexForKey("/live/z").data(EtcdTreeModel::ModRevisionRole).toLongLong(), revision,
        kWaitMs);
    QCOMPARE(inserted.size(), 2);

    QVERIFY(reset.isEmpty());
    QCOMPARE(selection.currentIndex().data(EtcdTreeModel::KeyRole).toByteArray(),
             QByteArray("/live/svc/b/1"));
    QVERIFY(selection.isSelected(s.model.indexForKey("/live/svc/b/1")));
    QVERIFY(s.failed.isEmpty());
}

void tst_EtcdTreeSync::survivesRestart()
{
    QVERIFY(put(m_etcd.clientUrl(), "/restart/a") > 0);
    Setup s(m_etcd.clientUrl(), "/restart/");
    s.sync.start();
    QVERIFY2(s.loaded.wait(kWaitMs), qPrintable(s.failures()));
    QTRY_VERIFY_WITH_TIMEOUT(s.sync.isWatching(), kWaitMs);
    QSignalSpy reset(&s.model, &QAbstractItemModel::modelReset);

    m_etcd.stop();
    QVERIFY2(s.lost.wait(kWaitMs), qPrintable(s.failures()));
    QVERIFY2(m_etcd.startAgain(), qPrintable(m_etcd.failureReason()));
    const QUrl url = m_etcd.clientUrl();
    put(url, "/restart/b");
    remove(url, "/restart/a");
    QTRY_VERIFY_WITH_TIMEOUT(s.model.indexForKey("/restart/b").isValid(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!s.model.indexForKey("/restart/a").isValid(), kWaitMs);
    QVERIFY(!s.restored.isEmpty());
    QVERIFY(reset.isEmpty());
    QVERIFY(s.failed.isEmpty());
}

void tst_EtcdTreeSync::compactedWhileAwayReloadsTheDifference()
{
    const QUrl url = m_etcd.clientUrl();
    put(url, "/compact/old");
    put(url, "/compact/kept");
    Setup s(url, "/compact/");
    s.sync.start();
    QVERIFY2(s.loaded.wait(kWaitMs), qPrintable(s.failures()));
    QTRY_VERIFY_WITH_TIMEOUT(s.sync.isWatching(), kWaitMs);
    s.sync.stop();

    put(url, "/compact/new/key");
    remove(url, "/compact/old");
    const qint64 last = put(url, "/compact/kept", "again");
    QVERIFY(compact(url, last) > 0);

    QSignalSpy reset(&s.model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&s.model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&s.model, &QAbstractItemModel::rowsRemoved);
    s.sync.resume();
    QVERIFY2(s.reloaded.wait(kWaitMs), qPrintable(s.failures()));
    QCOMPARE(s.reloading.size(), 1);
    QVERIFY(!s.reloading.first().at(0).toString().isEmpty());
    QCOMPARE(s.reloaded.first().at(1).toInt(), 3); // one delete, one new key, one changed
    QVERIFY(reset.isEmpty());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(removed.size(), 1);
    QVERIFY(s.model.indexForKey("/compact/new/key").isValid());
    QVERIFY(!s.model.indexForKey("/compact/old").isValid());
    QCOMPARE(s.model.indexForKey("/compact/kept").data(EtcdTreeModel::ModRevisionRole).toLongLong(),
             last);
    QCOMPARE(s.model.revision(), last);

    // Live again after the reload.
    QTRY_VERIFY_WITH_TIMEOUT(s.sync.isWatching(), kWaitMs);
    put(url, "/compact/after");
    QTRY_VERIFY_WITH_TIMEOUT(s.model.indexForKey("/compact/after").isValid(), kWaitMs);
    QVERIFY(reset.isEmpty());
}

void tst_EtcdTreeSync::unreachableStoreFails()
{
    QUrl dead(QStringLiteral("http://127.0.0.1"));
    dead.setPort(ServerProcess::freeTcpPort());
    Setup s(dead, {});
    s.sync.start();
    QVERIFY(s.failed.wait(kWaitMs));
    const QString why = s.failed.first().at(0).toString();
    QVERIFY2(why.contains(QString::number(dead.port())), qPrintable(why));
    QVERIFY(!s.model.isLoaded());
}

QTEST_GUILESS_MAIN(tst_EtcdTreeSync)
#include "tst_EtcdTreeSync.moc"
