#include "etcd/EtcdTemplateCoverage.h"
#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceLoader.h"

#include <QTest>

using ws::EtcdCoverage;
using ws::EtcdCoverageEntry;
using ws::EtcdTemplateCoverage;
using ws::KeyUse;
using State = ws::EtcdCoverageEntry::State;

namespace {

KeyUse use(const char *key, const QStringList &templates = {QStringLiteral("/ws/t.tmpl")},
           const QStringList &images = {QStringLiteral("img:1")})
{
    const QString k = QString::fromUtf8(key);
    return {k,
            k.contains(QLatin1Char('*')) || k.contains(QLatin1Char('?'))
                || k.contains(QLatin1Char('[')),
            images, templates};
}

} // namespace

// EtcdTemplateCoverage: catalogue keys against stored keys (set, folder, missing, patterns with
// their match counts, unused and cluster-owned keys, the skeleton), by hand and over the
// bundled workspaces.
class tst_EtcdCoverage : public QObject
{
    Q_OBJECT

private slots:
    void states_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QList<QByteArray>>("stored");
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("count");

        const QList<QByteArray> store = {
            "/a/set",     "/a/folder/x", "/a/folder/y", "/a/folder/deep/z", "/a/folderx",
            "/h/n1:5672", "/h/n2:5672",  "/h/sub/n3",   "/q/one/a",         "/q/one/b",
            "/q/two/a",   "/s/x\0y",     "/",           "/t/\xff",
        };
        auto row = [&](const char *name, const char *key, State state, int count) {
            QTest::newRow(name) << QString::fromUtf8(key) << store << int(state) << count;
        };
        row("set", "/a/set", State::Set, 1);
        row("missing", "/a/nothing", State::Missing, 0);
        row("prefix of a key is not set", "/a/se", State::Missing, 0);
        row("folder", "/a/folder", State::Folder, 3);
        row("folder with slash", "/a/folder/", State::Folder, 3);
        row("folder does not take siblings", "/a/fold", State::Missing, 0);
        row("pattern one level", "/h/*", State::Pattern, 2);
        row("pattern two levels", "/q/*/*", State::Pattern, 3);
        row("pattern suffix", "/q/*/a", State::Pattern, 2);
        row("pattern question", "/q/tw?/a", State::Pattern, 1);
        row("pattern class", "/q/[ot]*/b", State::Pattern, 1);
        row("pattern without match", "/none/*", State::Pattern, 0);
        row("pattern over NUL byte", "/s/*", State::Pattern, 1);
        row("pattern over invalid UTF-8", "/t/?", State::Pattern, 1);
        row("malformed pattern", "/h/[", State::BadPattern, 0);
        row("root key", "/", State::Set, 1);
        QTest::newRow("empty store")
            << QStringLiteral("/a/set") << QList<QByteArray>() << int(State::Missing) << 0;
        QTest::newRow("duplicates counted once")
            << QStringLiteral("/d/*") << QList<QByteArray> {"/d/1", "/d/1", "/d/2"}
            << int(State::Pattern) << 2;
    }

    void states()
    {
        QFETCH(QString, key);
        QFETCH(QList<QByteArray>, stored);
        QFETCH(int, state);
        QFETCH(int, count);
        const EtcdCoverage coverage
            = EtcdTemplateCoverage::compute({use(key.toUtf8().constData())}, stored);
        QCOMPARE(coverage.entries.size(), 1);
        const EtcdCoverageEntry &entry = coverage.entries.first();
        QCOMPARE(int(entry.state), state);
        QCOMPARE(entry.matchCount, count);
        QCOMPARE(coverage.missingCount(), state == int(State::Missing) ? 1 : 0);
        QVERIFY(!EtcdTemplateCoverage::stateText(entry).isEmpty());
    }

    void unusedAndLeased()
    {
        const QList<KeyUse> catalogue
            = {use("/svc/config/password"), use("/svc/hosts/*"), use("/router/backend/api")};
        const QList<QByteArray> stored = {
            "/svc/config/password", // read
            "/svc/config/debug", // unused
            "/svc/hosts/a:1", // read, leased
            "/svc/hosts/b:1", // read
            "/router/backend/api/h1:8080", // below a plain key: read, leased
            "/services/x/y/h:1", // leased, not read: the cluster's
            "/other/one", // unused
            "/other/two", // unused
        };
        const QSet<QByteArray> leased
            = {"/svc/hosts/a:1", "/router/backend/api/h1:8080", "/services/x/y/h:1"};
        const EtcdCoverage coverage = EtcdTemplateCoverage::compute(catalogue, stored, leased);
        QCOMPARE(coverage.storedCount, 8);
        QCOMPARE(coverage.missingCount(), 0);
        QCOMPARE(coverage.setCount(), 2);
        QCOMPARE(coverage.patternCount(), 1);
        QCOMPARE(coverage.emptyPatternCount(), 0);
        QCOMPARE(coverage.unused,
                 (QList<QByteArray> {"/other/one", "/other/two", "/svc/config/debug"}));
        QCOMPARE(coverage.clusterOwned, QList<QByteArray> {"/services/x/y/h:1"});
        const EtcdCoverageEntry *hosts = coverage.entry(QStringLiteral("/svc/hosts/*"));
        QVERIFY(hosts);
        QCOMPARE(hosts->matchCount, 2);
        QCOMPARE(hosts->leasedCount, 1);
        const EtcdCoverageEntry *backend = coverage.entry(QStringLiteral("/router/backend/api"));
        QVERIFY(backend);
        QCOMPARE(backend->state, State::Folder);
        QCOMPARE(backend->leasedCount, 1);
        QVERIFY(!coverage.entry(QStringLiteral("/not/in/catalogue")));

        // Without lease information every uncovered key is unused.
        const EtcdCoverage plain = EtcdTemplateCoverage::compute(catalogue, stored);
        QCOMPARE(plain.unused.size(), 4);
        QVERIFY(plain.clusterOwned.isEmpty());
    }

    void unusedGroups_data()
    {
        QTest::addColumn<int>("depth");
        QTest::addColumn<QList<ws::EtcdKeyGroup>>("groups");
        QTest::newRow("depth 1") << 1 << QList<ws::EtcdKeyGroup> {{"/a", 3}, {"/b", 1}, {"c", 1}};
        QTest::newRow("depth 2") << 2
                                 << QList<ws::EtcdKeyGroup> {
                                        {"/a/x", 2}, {"/a", 1}, {"/b", 1}, {"c", 1}};
        QTest::newRow("depth 9") << 9
                                 << QList<ws::EtcdKeyGroup> {
                                        {"/a/x", 2}, {"/a", 1}, {"/b", 1}, {"c", 1}};
        QTest::newRow("depth 0 is 1")
            << 0 << QList<ws::EtcdKeyGroup> {{"/a", 3}, {"/b", 1}, {"c", 1}};
    }

    void unusedGroups()
    {
        QFETCH(int, depth);
        QFETCH(QList<ws::EtcdKeyGroup>, groups);
        const EtcdCoverage coverage = EtcdTemplateCoverage::compute(
            QList<KeyUse>(), {"/a/x/1", "/a/x/2", "/a/y", "/b", "c"});
        QCOMPARE(coverage.unusedGroups(depth), groups);
    }

    void skeleton()
    {
        const QList<KeyUse> catalogue = {
            use("/svc/config/password", {QStringLiteral("/ws/img/t1.tmpl")},
                {QStringLiteral("ws/img:1")}),
            use("/svc/config/set"),
            use("/svc/hosts/*"), // a pattern with no match is not "missing"
        };
        const EtcdCoverage coverage = EtcdTemplateCoverage::compute(catalogue, {"/svc/config/set"});
        QCOMPARE(coverage.missingCount(), 1);
        QCOMPARE(coverage.emptyPatternCount(), 1);
        QCOMPARE(coverage.missingKeys(), QStringList {QStringLiteral("/svc/config/password")});
        const QList<ws::EtcdSkeletonEntry> skeleton = coverage.skeleton();
        QCOMPARE(skeleton.size(), 1);
        QCOMPARE(skeleton.first().key, QByteArray("/svc/config/password"));
        QVERIFY(skeleton.first().value.isEmpty());
        QVERIFY(skeleton.first().comment.contains(QLatin1String("/ws/img/t1.tmpl")));
        QVERIFY(skeleton.first().comment.contains(QLatin1String("ws/img:1")));
        QVERIFY(coverage.skeletonHeader(QStringLiteral("demo")).contains(QLatin1String("demo")));

        // The YAML reads back through the import format with the same entries.
        const ws::EtcdYamlParseResult parsed
            = ws::EtcdYamlDocument::parse(coverage.skeletonYaml(QStringLiteral("demo")));
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        QCOMPARE(parsed.entries.size(), 1);
        QCOMPARE(parsed.entries.first().key, QByteArray("/svc/config/password"));
        QVERIFY(parsed.entries.first().value.isEmpty());
        QVERIFY(parsed.header.contains(QLatin1String("demo")));
    }

    // The demo workspace: an empty store misses every plain key; storing them all leaves only
    // the patterns, whose matches are then counted.
    void bundledDemo()
    {
        const QString root = ws::BundledWorkspaces::path(QStringLiteral("demo"));
        QVERIFY2(!root.isEmpty(), "the bundled demo workspace is not found");
        const ws::Workspace workspace = ws::WorkspaceLoader::load(root);
        QVERIFY(!workspace.keyCatalogue.isEmpty());

        const EtcdCoverage empty = EtcdTemplateCoverage::compute(workspace, {});
        int plain = 0;
        for (const KeyUse &key : workspace.keyCatalogue)
            plain += key.pattern ? 0 : 1;
        QCOMPARE(empty.missingCount(), plain);
        QCOMPARE(empty.skeleton().size(), plain);
        QCOMPARE(empty.entries.size(), workspace.keyCatalogue.size());
        // Computed from a workspace, every entry knows its reads with a line.
        for (const EtcdCoverageEntry &entry : empty.entries) {
            QVERIFY2(!entry.reads.isEmpty(), qPrintable(entry.key));
            for (const ws::EtcdTemplateRead &read : entry.reads) {
                QVERIFY(read.line > 0);
                QVERIFY(!read.function.isEmpty());
                QVERIFY(entry.images.contains(read.image));
            }
        }
        // A key the templates only list (lsdir) is said to be a folder.
        const QList<ws::EtcdSkeletonEntry> entries = empty.skeleton();
        const auto features
            = std::find_if(entries.begin(), entries.end(), [](const ws::EtcdSkeletonEntry &e) {
                  return e.key == "/services/api/config/features";
              });
        QVERIFY(features != entries.end());
        QVERIFY2(features->comment.startsWith(QLatin1String("A folder")),
                 qPrintable(features->comment));
        // Skeleton comments name files relative to the workspace with their line.
        const ws::EtcdSkeletonEntry first = empty.skeleton().first();
        QVERIFY2(first.comment.contains(QLatin1String(".tmpl:")), qPrintable(first.comment));
        QVERIFY(!first.comment.contains(root));

        QList<QByteArray> stored;
        for (const ws::EtcdSkeletonEntry &entry : empty.skeleton())
            stored << entry.key;
        stored << "/services/cache/hosts/h1:11211"
               << "/services/cache/hosts/h2:11211"
               << "/services/worker/queues/mail/retries"
               << "/unrelated/key";
        const EtcdCoverage full
            = EtcdTemplateCoverage::compute(workspace, stored, {"/services/cache/hosts/h1:11211"});
        QCOMPARE(full.missingCount(), 0);
        QCOMPARE(full.unused, QList<QByteArray> {"/unrelated/key"});
        const EtcdCoverageEntry *hosts = full.entry(QStringLiteral("/services/cache/hosts/*"));
        QVERIFY(hosts);
        QCOMPARE(hosts->state, State::Pattern);
        QCOMPARE(hosts->matchCount, 2);
        QCOMPARE(hosts->leasedCount, 1);
        const EtcdCoverageEntry *queues = full.entry(QStringLiteral("/services/worker/queues/*/*"));
        QVERIFY(queues);
        QCOMPARE(queues->matchCount, 1);
    }

    void bundledKilo()
    {
        const QString root = ws::BundledWorkspaces::path(QStringLiteral("openstack-kilo"));
        QVERIFY2(!root.isEmpty(), "the bundled openstack-kilo workspace is not found");
        const ws::Workspace workspace = ws::WorkspaceLoader::load(root);
        QVERIFY(workspace.keyCatalogue.size() > 100);
        const QList<QByteArray> stored
            = {"/services/balancer/host", "/services/rabbitmq/hosts/r1:5672",
               "/services/rabbitmq/hosts/r2:5672"};
        const EtcdCoverage coverage = EtcdTemplateCoverage::compute(workspace, stored);
        int plain = 0;
        for (const KeyUse &key : workspace.keyCatalogue)
            plain += key.pattern ? 0 : 1;
        QCOMPARE(coverage.missingCount(), plain - 1);
        QCOMPARE(coverage.entry(QStringLiteral("/services/rabbitmq/hosts/*"))->matchCount, 2);
        QVERIFY(coverage.unused.isEmpty());
        const EtcdCoverageEntry *balancer
            = coverage.entry(QStringLiteral("/services/balancer/host"));
        QVERIFY(balancer);
        QCOMPARE(balancer->state, State::Set);
        QVERIFY(balancer->images.size() > 10);
    }

    // A store of 100k registrator-like keys: the result is right (speed is for tests/bench).
    void largeStore()
    {
        QList<QByteArray> stored;
        for (int service = 0; service < 100; ++service)
            for (int host = 0; host < 1000; ++host)
                stored << QByteArray("/services/svc") + QByteArray::number(service) + "/api/10.0.0."
                        + QByteArray::number(host) + ":80";
        const QList<KeyUse> catalogue = {use("/services/svc7/api/*"), use("/services/svc8/api"),
                                         use("/services/*/api/10.0.0.1:80")};
        const EtcdCoverage coverage = EtcdTemplateCoverage::compute(catalogue, stored);
        QCOMPARE(coverage.storedCount, 100000);
        QCOMPARE(coverage.entry(QStringLiteral("/services/svc7/api/*"))->matchCount, 1000);
        QCOMPARE(coverage.entry(QStringLiteral("/services/svc8/api"))->matchCount, 1000);
        QCOMPARE(coverage.entry(QStringLiteral("/services/*/api/10.0.0.1:80"))->matchCount, 100);
        QCOMPARE(coverage.unused.size(), 100000 - 2000 - 98);
    }
};

QTEST_GUILESS_MAIN(tst_EtcdCoverage)
#include "tst_EtcdCoverage.moc"
