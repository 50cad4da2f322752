// EtcdDraftStore: drafts written, listed, loaded and discarded per cluster and key; binary keys
// and values round-trip; a damaged file is moved aside, never deleted; the default folder
// follows WHALESTACK_DATA_DIR.
#include "etcd/EtcdDraftStore.h"
#include "etcd/EtcdEndpoints.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;

class tst_EtcdDraftStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip();
    void perClusterAndKey();
    void replaceAndDiscard();
    void damagedFile_data();
    void damagedFile();
    void clusterIdIgnoresOrder();
    void defaultFolderFromEnvironment();
    void unwritableFolder();
};

namespace {

EtcdDraft makeDraft(const QByteArray &key, const QByteArray &text, qint64 base = 42)
{
    EtcdDraft draft;
    draft.key = key;
    draft.baseModRevision = base;
    draft.baseValue = "base of " + key;
    draft.text = text;
    draft.savedAt = QDateTime(QDate(2026, 11, 25), QTime(12, 0, 0, 5), Qt::UTC);
    return draft;
}

} // namespace

void tst_EtcdDraftStore::roundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    EtcdDraftStore store(QStringLiteral("http://a:2379"), dir.path());
    EtcdDraft draft = makeDraft(QByteArray("/bin\0\xFF/key", 10), QByteArray("v\0\xFE\n", 4),
                                9'007'199'254'740'993); // past 2^53: must not go through double
    QString error;
    QVERIFY2(store.save(draft, &error), qPrintable(error));
    draft.cluster = store.cluster();
    const std::optional<EtcdDraft> loaded = store.load(draft.key, &error);
    QVERIFY(loaded);
    QCOMPARE(*loaded, draft);
    QVERIFY(QFile::exists(store.filePath(draft.key)));
    QVERIFY(store.filePath(draft.key).startsWith(dir.path()));
    QVERIFY(!store.load("/other"));
}

void tst_EtcdDraftStore::perClusterAndKey()
{
    QTemporaryDir dir;
    EtcdDraftStore a(QStringLiteral("http://a:2379"), dir.path());
    EtcdDraftStore b(QStringLiteral("http://b:2379"), dir.path());
    QVERIFY(a.save(makeDraft("/k2", "two")));
    QVERIFY(a.save(makeDraft("/k1", "one")));
    QVERIFY(b.save(makeDraft("/k1", "other cluster")));
    const QList<EtcdDraft> listed = a.list();
    QCOMPARE(listed.size(), 2);
    QCOMPARE(listed.at(0).key, QByteArray("/k1")); // by key
    QCOMPARE(listed.at(0).text, QByteArray("one"));
    QCOMPARE(listed.at(1).key, QByteArray("/k2"));
    QCOMPARE(b.list().size(), 1);
    QCOMPARE(b.load("/k1")->text, QByteArray("other cluster"));
    QVERIFY(a.filePath("/k1") != b.filePath("/k1"));
}

void tst_EtcdDraftStore::replaceAndDiscard()
{
    QTemporaryDir dir;
    EtcdDraftStore store(QStringLiteral("c"), dir.path());
    QVERIFY(store.save(makeDraft("/k", "first")));
    QVERIFY(store.save(makeDraft("/k", "second")));
    QCOMPARE(store.load("/k")->text, QByteArray("second"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary left behind
    QVERIFY(store.discard("/k"));
    QVERIFY(!store.load("/k"));
    QVERIFY(store.discard("/k")); // nothing to discard is fine
    QVERIFY(store.list().isEmpty());
}

void tst_EtcdDraftStore::damagedFile_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("truncated") << QByteArray(R"({"version":1,"cluster":"c","key":"L2s=")");
    QTest::newRow("not base64") << QByteArray(
        R"({"version":1,"cluster":"c","key":"!!","baseValue":"","text":"","baseModRevision":"1"})");
    QTest::newRow("bad revision") << QByteArray(
        R"({"version":1,"cluster":"c","key":"L2s=","baseValue":"","text":"","baseModRevision":"x"})");
    QTest::newRow("future version") << QByteArray(
        R"({"version":9,"cluster":"c","key":"L2s=","baseValue":"","text":"","baseModRevision":"1"})");
    QTest::newRow("array") << QByteArray("[]");
}

void tst_EtcdDraftStore::damagedFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    EtcdDraftStore store(QStringLiteral("c"), dir.path());
    QVERIFY(store.save(makeDraft("/good", "fine")));
    const QString path = store.filePath("/k");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    QString error;
    QVERIFY(!store.load("/k", &error));
    QVERIFY2(error.contains(QStringLiteral("damaged")), qPrintable(error));
    QVERIFY2(error.contains(path + QStringLiteral(".damaged")), qPrintable(error));
    QVERIFY(!QFile::exists(path));
    QFile aside(path + QStringLiteral(".damaged"));
    QVERIFY(aside.open(QIODevice::ReadOnly));
    QCOMPARE(aside.readAll(), content); // kept as it was

    // list() moves a damaged file aside too, and still lists the good ones.
    {
        QFile again(path);
        QVERIFY(again.open(QIODevice::WriteOnly));
        again.write(content);
    }
    QStringList problems;
    const QList<EtcdDraft> drafts = store.list(&problems);
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(drafts.constFirst().key, QByteArray("/good"));
    QCOMPARE(problems.size(), 1);
    QVERIFY(QFile::exists(path + QStringLiteral(".damaged-2")));
}

void tst_EtcdDraftStore::clusterIdIgnoresOrder()
{
    const EtcdEndpoints ab = EtcdEndpoints::fromList(QStringLiteral("http://a:2379,http://b:2379"));
    const EtcdEndpoints ba = EtcdEndpoints::fromList(QStringLiteral("http://b:2379,http://a:2379"));
    const EtcdEndpoints c = EtcdEndpoints::fromList(QStringLiteral("http://c:2379"));
    QCOMPARE(EtcdDraftStore::clusterId(ab), EtcdDraftStore::clusterId(ba));
    QVERIFY(EtcdDraftStore::clusterId(ab) != EtcdDraftStore::clusterId(c));
}

void tst_EtcdDraftStore::defaultFolderFromEnvironment()
{
    QTemporaryDir dir;
    const QByteArray old = qgetenv("WHALESTACK_DATA_DIR");
    qputenv("WHALESTACK_DATA_DIR", dir.path().toUtf8());
    const QString folder = EtcdDraftStore::defaultFolder();
    EtcdDraftStore store(QStringLiteral("c"));
    if (old.isNull())
        qunsetenv("WHALESTACK_DATA_DIR");
    else
        qputenv("WHALESTACK_DATA_DIR", old);
    QCOMPARE(folder, QDir(dir.path()).filePath(QStringLiteral("drafts")));
    QCOMPARE(store.folder(), folder);
    QVERIFY(store.save(makeDraft("/k", "x"))); // creates the folder
    QVERIFY(QFileInfo(folder).isDir());
}

void tst_EtcdDraftStore::unwritableFolder()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("a-file"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    EtcdDraftStore store(QStringLiteral("c"), file + QStringLiteral("/drafts"));
    QString error;
    QVERIFY(!store.save(makeDraft("/k", "x"), &error));
    QVERIFY2(error.contains(file), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_EtcdDraftStore)
#include "tst_EtcdDraftStore.moc"
