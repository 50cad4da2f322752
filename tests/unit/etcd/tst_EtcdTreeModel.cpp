// EtcdTreeModel and EtcdTreeFilterModel, each under QAbstractItemModelTester: display and roles,
// live puts and deletes as row inserts/removes with ancestors' counts through dataChanged and
// never a reset, persistent indexes that survive, indexForKey for keys and folders, filtering by
// substring, regex and key set (live changes under a filter), invalid regexes, the recent-change
// highlight.
#include "etcd/EtcdTreeFilterModel.h"
#include "etcd/EtcdTreeModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace ws;

namespace {

constexpr int kWaitMs = 10'000;

EtcdEvent putEvent(const QByteArray &key, qint64 revision, qint64 lease = 0)
{
    EtcdEvent e;
    e.kv.key = key;
    e.kv.modRevision = revision;
    e.kv.version = 1;
    e.kv.lease = lease;
    return e;
}

EtcdEvent deleteEvent(const QByteArray &key, qint64 revision)
{
    EtcdEvent e;
    e.type = EtcdEvent::Type::Delete;
    e.kv.key = key;
    e.kv.modRevision = revision;
    return e;
}

EtcdKeyValues listing(const QList<QByteArray> &keys)
{
    EtcdKeyValues kvs;
    qint64 revision = 1;
    for (const QByteArray &key : keys)
        kvs.append({key, {}, revision, revision, 1, 0, -1}), ++revision;
    return kvs;
}

// Keys visible through a model, depth first.
QList<QByteArray> visibleKeys(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QList<QByteArray> keys;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(EtcdTreeModel::IsFolderRole).toBool())
            keys += visibleKeys(model, index);
        else
            keys << index.data(EtcdTreeModel::KeyRole).toByteArray();
    }
    return keys;
}

} // namespace

class tst_EtcdTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void displayAndRoles();
    void indexForKey();
    void livePutsInsertRows();
    void liveDeletesRemoveRows();
    void persistentIndexesSurvive();
    void updateChangesOnlyData();
    void recentlyChanged();
    void filterSubstring();
    void filterRegex();
    void invalidRegex_data();
    void invalidRegex();
    void filterFollowsLiveChanges();
    void keyFilter();
    void filterKeepsPersistentIndexes();
};

void tst_EtcdTreeModel::displayAndRoles()
{
    EtcdTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    EtcdKeyValues kvs = listing({"/s/web/a", "/s/web/b", "/s/db", "x//y"});
    kvs[1].lease = 0x1234;
    model.setTree(EtcdKeyTree::fromKeys(kvs), 10);
    QCOMPARE(model.revision(), 10);
    QCOMPARE(model.rowCount(), 2); // "/" and "x"
    const QModelIndex slash = model.index(0, 0);
    QCOMPARE(slash.data().toString(), QStringLiteral("/ (3)"));
    QCOMPARE(slash.data(EtcdTreeModel::KeyRole).toByteArray(), QByteArray("/"));
    QVERIFY(slash.data(EtcdTreeModel::IsFolderRole).toBool());
    QVERIFY(!slash.data(EtcdTreeModel::HasValueRole).toBool());
    QCOMPARE(slash.data(EtcdTreeModel::KeyCountRole).toInt(), 3);

    const QModelIndex web = model.indexForKey("/s/web/");
    QCOMPARE(web.data().toString(), QStringLiteral("web (2)"));
    const QModelIndex b = model.index(1, 0, web);
    QCOMPARE(b.data().toString(), QStringLiteral("b"));
    QCOMPARE(b.data(EtcdTreeModel::KeyRole).toByteArray(), QByteArray("/s/web/b"));
    QVERIFY(b.data(EtcdTreeModel::HasValueRole).toBool());
    QCOMPARE(b.data(EtcdTreeModel::LeaseRole).toLongLong(), 0x1234);
    QCOMPARE(b.data(EtcdTreeModel::ModRevisionRole).toLongLong(), 2);
    QCOMPARE(b.data(Qt::ToolTipRole).toString(), QStringLiteral("/s/web/b"));
    QVERIFY(!b.data(EtcdTreeModel::RecentlyChangedRole).toBool());
    QCOMPARE(model.parent(b), web);

    const QModelIndex empty = model.indexForKey("x//");
    QVERIFY(empty.isValid());
    QCOMPARE(empty.data().toString(), tr("(empty)") + QStringLiteral(" (1)"));
}

void tst_EtcdTreeModel::indexForKey()
{
    EtcdTreeModel model;
    model.setTree(EtcdKeyTree::fromKeys(listing({"/a", "/a/b", "c/"})), 3);
    const QModelIndex key = model.indexForKey("/a");
    const QModelIndex folder = model.indexForKey("/a/");
    QVERIFY(key.isValid() && folder.isValid() && key != folder);
    QVERIFY(!key.data(EtcdTreeModel::IsFolderRole).toBool());
    QVERIFY(folder.data(EtcdTreeModel::IsFolderRole).toBool());
    QCOMPARE(model.indexForKey("/a/b").parent(), folder);
    // "c/" is a key (an empty name in folder "c/") and the folder's prefix: the key wins.
    QVERIFY(!model.indexForKey("c/").data(EtcdTreeModel::IsFolderRole).toBool());
    QVERIFY(!model.indexForKey("/missing").isValid());
    QVERIFY(!model.indexForKey("/missing/").isValid());
}

void tst_EtcdTreeModel::livePutsInsertRows()
{
    EtcdTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(EtcdKeyTree::fromKeys(listing({"/s/web/a", "/s/web/c"})), 2);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    model.applyEvents({putEvent("/s/web/b", 3)});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][0].value<QModelIndex>(), model.indexForKey("/s/web/"));
    QCOMPARE(inserted[0][1].toInt(), 1);
    QCOMPARE(model.indexForKey("/s/web/").data().toString(), QStringLiteral("web (3)"));
    // The counts of "/", "/s/" and "/s/web/" changed: one dataChanged per parent.
    QCOMPARE(changed.size(), 3);

    // A new folder chain is one inserted row: the topmost new folder.
    inserted.clear();
    model.applyEvents({putEvent("/s/db/x/y", 4)});
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted[0][0].value<QModelIndex>(), model.indexForKey("/s/"));
    QCOMPARE(inserted[0][1].toInt(), 0); // "db" before "web"
    QCOMPARE(model.revision(), 4);
    QCOMPARE(model.indexForKey("/").data(EtcdTreeModel::KeyCountRole).toInt(), 4);
    QVERIFY(reset.isEmpty());
}

void tst_EtcdTreeModel::liveDeletesRemoveRows()
{
    EtcdTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(EtcdKeyTree::fromKeys(listing({"/s/web/a", "/s/web/b", "/s/db/x/y"})), 3);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    model.applyEvents({deleteEvent("/s/web/a", 4)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][0].value<QModelIndex>(), model.indexForKey("/s/web/"));
    // The last key of a chain of folders takes the chain away as one row.
    removed.clear();
    model.applyEvents({deleteEvent("/s/db/x/y", 5)});
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed[0][0].value<QModelIndex>(), model.indexForKey("/s/"));
    QVERIFY(!model.indexForKey("/s/db/").isValid());
    // Deleting what is not there changes nothing.
    removed.clear();
    model.applyEvents({deleteEvent("/nothing", 6)});
    QVERIFY(removed.isEmpty());
    QCOMPARE(model.indexForKey("/").data(EtcdTreeModel::KeyCountRole).toInt(), 1);
    QVERIFY(reset.isEmpty());
}

void tst_EtcdTreeModel::persistentIndexesSurvive()
{
    EtcdTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(EtcdKeyTree::fromKeys(listing({"/m/k", "/m/z", "/n/1"})), 3);
    const QPersistentModelIndex z = model.indexForKey("/m/z");
    const QPersistentModelIndex n = model.indexForKey("/n/");
    model.applyEvents(
        {putEvent("/m/a", 4), putEvent("/m/b", 5), putEvent("/a/b", 6), deleteEvent("/m/k", 7)});
    QVERIFY(z.isValid());
    QCOMPARE(z.data(EtcdTreeModel::KeyRole).toByteArray(), QByteArray("/m/z"));
    QCOMPARE(z.row(), 2);
    QCOMPARE(n.data(EtcdTreeModel::KeyRole).toByteArray(), QByteArray("/n/"));
    model.applyEvents({deleteEvent("/m/z", 8)});
    QVERIFY(!z.isValid());
    QVERIFY(n.isValid());
}

void tst_EtcdTreeModel::updateChangesOnlyData()
{
    EtcdTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(EtcdKeyTree::fromKeys(listing({"/a/1", "/a/2"})), 2);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.applyEvents({putEvent("/a/1", 9, 77)});
    QVERIFY(inserted.isEmpty());
    QVERIFY(!changed.isEmpty());
    const QModelIndex one = model.indexForKey("/a/1");
    QCOMPARE(one.data(EtcdTreeModel::ModRevisionRole).toLongLong(), 9);
    QCOMPARE(one.data(EtcdTreeModel::LeaseRole).toLongLong(), 77);
}

void tst_EtcdTreeModel::recentlyChanged()
{
    EtcdTreeModel model;
    model.setTree(EtcdKeyTree::fromKeys(listing({"/a/1"})), 1);
    model.applyEvents({putEvent("/a/2", 2)});
    const QPersistentModelIndex two = model.indexForKey("/a/2");
    QVERIFY(two.data(EtcdTreeModel::RecentlyChangedRole).toBool());
    QVERIFY(!model.indexForKey("/a/1").data(EtcdTreeModel::RecentlyChangedRole).toBool());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    // The highlight ends by itself, with a dataChanged so that views repaint.
    QTRY_VERIFY_WITH_TIMEOUT(!two.data(EtcdTreeModel::RecentlyChangedRole).toBool(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), kWaitMs);
    // Changes applied without a highlight (a reload's difference) are not marked.
    model.applyEvents({putEvent("/a/3", 3)}, false);
    QVERIFY(!model.indexForKey("/a/3").data(EtcdTreeModel::RecentlyChangedRole).toBool());
}

void tst_EtcdTreeModel::filterSubstring()
{
    EtcdTreeModel model;
    EtcdTreeFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(EtcdKeyTree::fromKeys(listing({"/s/web/a", "/s/WEB2/b", "/s/db/c", "/t"})), 4);
    QSignalSpy applied(&model, &EtcdTreeModel::filterApplied);
    QVERIFY(model.setFilter(QStringLiteral("web"), false).isEmpty());
    QVERIFY(applied.wait(kWaitMs));
    QCOMPARE(applied.last().at(0).toInt(), 2);
    QCOMPARE(visibleKeys(proxy), (QList<QByteArray> {"/s/WEB2/b", "/s/web/a"}));
    QVERIFY(model.setFilter(QString(), false).isEmpty());
    QCOMPARE(visibleKeys(proxy).size(), 4);
}

void tst_EtcdTreeModel::filterRegex()
{
    EtcdTreeModel model;
    EtcdTreeFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(EtcdKeyTree::fromKeys(listing({"/h/10.0.0.1:80", "/h/10.0.0.2:443", "/h/x"})), 3);
    QSignalSpy applied(&model, &EtcdTreeModel::filterApplied);
    QVERIFY(model.setFilter(QStringLiteral(":\\d{3}$"), true).isEmpty());
    QVERIFY(applied.wait(kWaitMs));
    QCOMPARE(visibleKeys(proxy), (QList<QByteArray> {"/h/10.0.0.2:443"}));
    QCOMPARE(model.matchCount(), 1);
}

void tst_EtcdTreeModel::invalidRegex_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::newRow("open group") << QStringLiteral("(abc");
    QTest::newRow("open class") << QStringLiteral("[a-");
    QTest::newRow("bad repeat") << QStringLiteral("*x");
    QTest::newRow("bad escape") << QStringLiteral("\\");
    QTest::newRow("bad range") << QStringLiteral("a{3,1}");
}

void tst_EtcdTreeModel::invalidRegex()
{
    QFETCH(QString, pattern);
    EtcdTreeModel model;
    EtcdTreeFilterModel proxy(&model);
    model.setTree(EtcdKeyTree::fromKeys(listing({"/a", "/b"})), 2);
    const QString error = model.setFilter(pattern, true);
    QVERIFY(!error.isEmpty());
    QVERIFY(!model.isFiltering());
    QCOMPARE(visibleKeys(proxy).size(), 2);
    // The same text as a substring is fine.
    QVERIFY(model.setFilter(pattern, false).isEmpty());
}

void tst_EtcdTreeModel::filterFollowsLiveChanges()
{
    EtcdTreeModel model;
    EtcdTreeFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(EtcdKeyTree::fromKeys(listing({"/s/web/a", "/s/db/c"})), 2);
    QSignalSpy applied(&model, &EtcdTreeModel::filterApplied);
    QVERIFY(model.setFilter(QStringLiteral("web"), false).isEmpty());
    QVERIFY(applied.wait(kWaitMs));
    QCOMPARE(visibleKeys(proxy).size(), 1);
    // A matching key in a hidden folder makes the folder appear; one that does not match
    // stays hidden; removing the last match hides its folder again.
    model.applyEvents(
        {putEvent("/s/db/web-cache", 3), putEvent("/s/db/other", 4), putEvent("/u/web/new", 5)});
    QCOMPARE(visibleKeys(proxy), (QList<QByteArray> {"/s/db/web-cache", "/s/web/a", "/u/web/new"}));
    model.applyEvents({deleteEvent("/s/db/web-cache", 6)});
    QCOMPARE(visibleKeys(proxy), (QList<QByteArray> {"/s/web/a", "/u/web/new"}));
    QVERIFY(!proxy.indexForKey("/s/db/").isValid());
    QVERIFY(proxy.indexForKey("/s/web/a").isValid());
}

void tst_EtcdTreeModel::keyFilter()
{
    EtcdTreeModel model;
    EtcdTreeFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(EtcdKeyTree::fromKeys(listing({"/a/1", "/a/2", "/b/3"})), 3);
    QSignalSpy applied(&model, &EtcdTreeModel::filterApplied);
    model.setKeyFilter({"/a/2", "/b/3", "/not/there"});
    QVERIFY(applied.wait(kWaitMs));
    QCOMPARE(visibleKeys(proxy), (QList<QByteArray> {"/a/2", "/b/3"}));
}

void tst_EtcdTreeModel::filterKeepsPersistentIndexes()
{
    EtcdTreeModel model;
    EtcdTreeFilterModel proxy(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(EtcdKeyTree::fromKeys(listing({"/a/keep", "/a/drop", "/b/keep"})), 3);
    const QPersistentModelIndex keep = proxy.indexForKey("/b/keep");
    QSignalSpy applied(&model, &EtcdTreeModel::filterApplied);
    QVERIFY(model.setFilter(QStringLiteral("keep"), false).isEmpty());
    QVERIFY(applied.wait(kWaitMs));
    QVERIFY(keep.isValid());
    QCOMPARE(keep.data(EtcdTreeModel::KeyRole).toByteArray(), QByteArray("/b/keep"));
    QVERIFY(model.setFilter({}, false).isEmpty());
    QVERIFY(keep.isValid());
}

QTEST_MAIN(tst_EtcdTreeModel)
#include "tst_EtcdTreeModel.moc"
