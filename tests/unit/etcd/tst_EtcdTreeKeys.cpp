// EtcdKeyTree: odd keys (no leading '/', empty segments, a key that is also a folder, binary
// bytes), counts per folder, removal of emptied folders, id reuse, the build from a listing
// against one insert at a time, and differenceTo() against a reference map.
#include "etcd/EtcdKeyTree.h"

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace ws;
using Id = EtcdKeyTree::Id;

namespace {

// Every key of the tree in tree order, rebuilt from the nodes.
QList<QByteArray> keysOf(const EtcdKeyTree &tree)
{
    QList<QByteArray> keys;
    for (const Id node : tree.keyNodes())
        keys << tree.key(node);
    return keys;
}

// Each folder's count equals the keys below it; children are sorted and point back.
bool consistent(const EtcdKeyTree &tree, Id folder, int *keys)
{
    int total = 0;
    for (int row = 0; row < tree.childCount(folder); ++row) {
        const Id child = tree.child(folder, row);
        if (tree.parent(child) != folder || tree.rowOf(child) != row)
            return false;
        if (row > 0) {
            const Id before = tree.child(folder, row - 1);
            if (tree.segment(before) > tree.segment(child))
                return false;
        }
        int below = 1;
        if (tree.isFolder(child) && (!consistent(tree, child, &below) || below == 0))
            return false; // a folder without keys should have gone
        total += below;
    }
    *keys = total;
    return tree.keyCountOf(folder) == total;
}

bool consistent(const EtcdKeyTree &tree)
{
    int keys = 0;
    return consistent(tree, EtcdKeyTree::Root, &keys) && keys == tree.keyCount();
}

} // namespace

class tst_EtcdTreeKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oddKeys_data();
    void oddKeys();
    void keyAndFolderOfOneName();
    void countsPerFolder();
    void removeTakesEmptyFolders();
    void probeSaysWhereAKeyGoes();
    void idsAreReused();
    void buildEqualsInserts();
    void randomEditsAgainstAMap();
    void differenceTo();
};

void tst_EtcdTreeKeys::oddKeys_data()
{
    QTest::addColumn<QList<QByteArray>>("keys");
    QTest::addColumn<int>("rootRows");

    QTest::newRow("leading slash") << QList<QByteArray> {"/a/b", "/a/c", "/d"} << 1;
    QTest::newRow("no leading slash") << QList<QByteArray> {"a/b", "c", "a/d/e"} << 2;
    QTest::newRow("empty segments") << QList<QByteArray> {"a//b", "a///c", "//", "/"} << 2;
    QTest::newRow("trailing slash") << QList<QByteArray> {"a/", "a/b", "a"} << 2;
    QTest::newRow("only slashes") << QList<QByteArray> {"/", "//", "///"} << 1;
    QTest::newRow("binary") << QList<QByteArray> {QByteArray("\xff/\x00", 3), QByteArray("\x00", 1),
                                                  QByteArray("\xff/\x01/x", 5)}
                            << 2;
    QTest::newRow("empty key") << QList<QByteArray> {"", "x"} << 2;
    QTest::newRow("long key") << QList<QByteArray> {QByteArray(5000, 'k') + "/v", "k"} << 2;
    QTest::newRow("deep") << QList<QByteArray> {"a/b/c/d/e/f/g/h/i/j/k", "a/b/c/d/e/f/g/h/i/x"}
                          << 1;
    QTest::newRow("duplicates") << QList<QByteArray> {"/x", "/x", "/x/y", "/x/y"} << 1;
}

void tst_EtcdTreeKeys::oddKeys()
{
    QFETCH(QList<QByteArray>, keys);
    QFETCH(int, rootRows);

    EtcdKeyTree tree;
    for (const QByteArray &key : keys)
        tree.insert(key, 7);
    QList<QByteArray> unique = keys;
    std::sort(unique.begin(), unique.end());
    unique.erase(std::unique(unique.begin(), unique.end()), unique.end());

    QCOMPARE(tree.keyCount(), unique.size());
    QCOMPARE(tree.childCount(EtcdKeyTree::Root), rootRows);
    QVERIFY(consistent(tree));
    for (const QByteArray &key : unique) {
        const Id node = tree.findKey(key);
        QVERIFY2(node != EtcdKeyTree::None, key.toHex().constData());
        QCOMPARE(tree.key(node), key);
        QVERIFY(!tree.isFolder(node));
        QCOMPARE(tree.modRevision(node), 7);
    }
    QList<QByteArray> listed = keysOf(tree);
    std::sort(listed.begin(), listed.end());
    QCOMPARE(listed, unique);

    for (const QByteArray &key : unique) {
        QVERIFY(tree.remove(key));
        QVERIFY(!tree.remove(key));
        QVERIFY(consistent(tree));
    }
    QCOMPARE(tree.keyCount(), 0);
    QCOMPARE(tree.childCount(EtcdKeyTree::Root), 0);
}

void tst_EtcdTreeKeys::keyAndFolderOfOneName()
{
    EtcdKeyTree tree;
    tree.insert("/a/b");
    tree.insert("/a");
    const Id slash = tree.child(EtcdKeyTree::Root, 0);
    QVERIFY(tree.isFolder(slash));
    QCOMPARE(tree.key(slash), QByteArray("/"));
    QCOMPARE(tree.childCount(slash), 2);
    const Id key = tree.child(slash, 0);
    const Id folder = tree.child(slash, 1);
    QVERIFY(!tree.isFolder(key)); // the key sorts before the folder of its name
    QVERIFY(tree.isFolder(folder));
    QCOMPARE(tree.key(key), QByteArray("/a"));
    QCOMPARE(tree.key(folder), QByteArray("/a/"));
    QCOMPARE(tree.findKey("/a"), key);
    QCOMPARE(tree.findFolder("/a/"), folder);
    QCOMPARE(tree.findFolder("/a"), EtcdKeyTree::None);
    QCOMPARE(tree.findKey("/a/"), EtcdKeyTree::None);

    QVERIFY(tree.remove("/a/b"));
    QCOMPARE(tree.findFolder("/a/"), EtcdKeyTree::None);
    QCOMPARE(tree.findKey("/a"), key);
}

void tst_EtcdTreeKeys::countsPerFolder()
{
    EtcdKeyTree tree;
    for (const char *key : {"/s/web/1", "/s/web/2", "/s/db/1", "/s/db", "/t"})
        tree.insert(key);
    QCOMPARE(tree.keyCount(), 5);
    QCOMPARE(tree.keyCountOf(tree.findFolder("/")), 5);
    QCOMPARE(tree.keyCountOf(tree.findFolder("/s/")), 4);
    QCOMPARE(tree.keyCountOf(tree.findFolder("/s/web/")), 2);
    QCOMPARE(tree.keyCountOf(tree.findFolder("/s/db/")), 1);
    tree.remove("/s/web/1");
    QCOMPARE(tree.keyCountOf(tree.findFolder("/s/")), 3);
    QCOMPARE(tree.keyCountOf(tree.findFolder("/")), 4);
}

void tst_EtcdTreeKeys::removeTakesEmptyFolders()
{
    EtcdKeyTree tree;
    tree.insert("/x/y/z/k");
    tree.insert("/x/other");
    // Removing k takes y/ and z/ with it, but not x/ which still holds "other".
    QCOMPARE(tree.removalRoot("/x/y/z/k"), tree.findFolder("/x/y/"));
    QCOMPARE(tree.removalRoot("/nope"), EtcdKeyTree::None);
    QVERIFY(tree.remove("/x/y/z/k"));
    QCOMPARE(tree.findFolder("/x/y/"), EtcdKeyTree::None);
    QVERIFY(tree.findFolder("/x/") != EtcdKeyTree::None);
    QVERIFY(consistent(tree));
}

void tst_EtcdTreeKeys::probeSaysWhereAKeyGoes()
{
    EtcdKeyTree tree;
    tree.insert("/a/1");
    tree.insert("/a/3");
    EtcdKeyTree::Probe p = tree.probe("/a/2");
    QCOMPARE(p.existing, EtcdKeyTree::None);
    QCOMPARE(p.parent, tree.findFolder("/a/"));
    QCOMPARE(p.row, 1);
    p = tree.probe("/b/c/d");
    QCOMPARE(p.existing, EtcdKeyTree::None);
    QCOMPARE(p.parent, tree.findFolder("/"));
    QCOMPARE(p.row, 1);
    p = tree.probe("/a/3");
    QCOMPARE(p.existing, tree.findKey("/a/3"));
    QCOMPARE(p.row, 1);
}

void tst_EtcdTreeKeys::idsAreReused()
{
    EtcdKeyTree tree;
    for (int i = 0; i < 100; ++i)
        tree.insert("/k/" + QByteArray::number(i));
    const Id limit = tree.idLimit();
    for (int round = 0; round < 5; ++round) {
        for (int i = 0; i < 100; ++i)
            QVERIFY(tree.remove("/k/" + QByteArray::number(i)));
        for (int i = 0; i < 100; ++i)
            tree.insert("/k/" + QByteArray::number(i));
    }
    QCOMPARE(tree.idLimit(), limit);
    QVERIFY(consistent(tree));
}

void tst_EtcdTreeKeys::buildEqualsInserts()
{
    EtcdKeyValues kvs;
    for (int i = 0; i < 2000; ++i)
        kvs.append({"/services/svc" + QByteArray::number(i % 37) + "/c" + QByteArray::number(i % 5)
                        + "/host:" + QByteArray::number(i),
                    {},
                    1,
                    i + 1,
                    1,
                    i % 3,
                    -1});
    const EtcdKeyTree built = EtcdKeyTree::fromKeys(kvs);
    EtcdKeyTree inserted;
    for (qsizetype i = kvs.size() - 1; i >= 0; --i)
        inserted.insert(kvs[i].key, kvs[i].modRevision, kvs[i].lease);
    QCOMPARE(keysOf(built), keysOf(inserted));
    QVERIFY(consistent(built));
    const Id node = built.findKey(kvs[10].key);
    QCOMPARE(built.modRevision(node), kvs[10].modRevision);
    QCOMPARE(built.lease(node), kvs[10].lease);
}

void tst_EtcdTreeKeys::randomEditsAgainstAMap()
{
    QRandomGenerator random(42);
    QMap<QByteArray, qint64> reference;
    EtcdKeyTree tree;
    for (int step = 0; step < 5000; ++step) {
        QByteArray key;
        const int depth = random.bounded(4);
        for (int d = 0; d < depth; ++d)
            key += QByteArray(1, char('a' + random.bounded(3))) + (random.bounded(5) ? "/" : "//");
        key += char('a' + random.bounded(4));
        if (random.bounded(3) == 0) {
            QCOMPARE(tree.remove(key), reference.remove(key) > 0);
        } else {
            tree.insert(key, step);
            reference.insert(key, step);
        }
    }
    QVERIFY(consistent(tree));
    QList<QByteArray> keys = keysOf(tree);
    std::sort(keys.begin(), keys.end());
    QCOMPARE(keys, reference.keys());
    for (auto it = reference.cbegin(); it != reference.cend(); ++it)
        QCOMPARE(tree.modRevision(tree.findKey(it.key())), it.value());
}

void tst_EtcdTreeKeys::differenceTo()
{
    EtcdKeyTree from;
    from.insert("/same", 1);
    from.insert("/changed", 2);
    from.insert("/gone/a", 3);
    const EtcdKeyValues to {{"/same", {}, 1, 1, 1, 0, -1},
                            {"/changed", {}, 2, 9, 2, 0, -1},
                            {"/new/b", {}, 10, 10, 1, 5, -1}};
    const EtcdEvents events = EtcdKeyTree::differenceTo(from, to);
    QCOMPARE(events.size(), 3);
    QCOMPARE(events[0].type, EtcdEvent::Type::Delete);
    QCOMPARE(events[0].kv.key, QByteArray("/gone/a"));
    QCOMPARE(events[1].type, EtcdEvent::Type::Put);
    QCOMPARE(events[1].kv.key, QByteArray("/changed"));
    QCOMPARE(events[2].kv.key, QByteArray("/new/b"));
    QCOMPARE(events[2].kv.lease, 5);
}

QTEST_APPLESS_MAIN(tst_EtcdTreeKeys)
#include "tst_EtcdTreeKeys.moc"
