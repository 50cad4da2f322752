// BuildPlan: which images a selection takes, their parents inside the plan, the order, the path
// lengths, and the refusal of plans that cannot run (cycles, missing parents, broken files).
#include "build/BuildPlan.h"
#include "workspace/BundledWorkspaces.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceLoader.h"

#include <QtTest>

using namespace ws;

namespace {

ImageDefinition makeImage(const QString &name, const QString &parent,
                          ImageDefinition::ParentKind kind, bool buildable = true)
{
    ImageDefinition image;
    image.id = QStringLiteral("dir/") + name;
    image.name = name;
    image.contextDir = QStringLiteral("/ws/") + name;
    if (buildable)
        image.dockerfilePath = QStringLiteral("/ws/") + name + QStringLiteral("/Dockerfile");
    image.parent = parent;
    image.parentKind = kind;
    return image;
}

// base (FROM scratch) → runtime → {api, web}; base → cache; tool is an image the workspace uses
// without building it, and plugin builds on it; ubuntu:22.04 is external to the workspace.
Workspace sampleWorkspace()
{
    using K = ImageDefinition::ParentKind;
    Workspace w;
    w.root = QStringLiteral("/ws");
    w.images = {makeImage("api", "runtime", K::Workspace),
                makeImage("base", QString(), K::None),
                makeImage("cache", "base", K::Workspace),
                makeImage("ext", "ubuntu:22.04", K::External),
                makeImage("plugin", "tool", K::Workspace),
                makeImage("runtime", "base", K::Workspace),
                makeImage("tool", "base", K::Workspace, false),
                makeImage("web", "runtime", K::Workspace)};
    return w;
}

QString messages(const Problems &problems)
{
    QStringList lines;
    for (const Problem &problem : problems)
        lines << problem.toString();
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class TestBuildPlan : public QObject
{
    Q_OBJECT

private slots:
    void selection_data();
    void selection();
    void unbuildableParentIsExternal();
    void unknownImageIsRefused();
    void unbuildableImageAloneWarns();
    void missingWorkspaceParentIsRefused();
    void brokenDockerfileIsRefused();
    void copyFromIsAParent();
    void refused_data();
    void refused();
    void orderAndPaths();
    void estimatesChangeTheCriticalPath();
    void descendants();
    void onlyIfStaleFlag();
    void bundledDemo();
};

void TestBuildPlan::selection_data()
{
    QTest::addColumn<int>("scope");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expectedOrder");

    QTest::newRow("everything") << int(BuildPlan::Scope::Everything) << QStringList()
                                << QStringList {"base",    "cache", "ext", "plugin",
                                                "runtime", "api",   "web"};
    QTest::newRow("one image") << int(BuildPlan::Scope::Images) << QStringList {"runtime"}
                               << QStringList {"runtime"};
    QTest::newRow("a list") << int(BuildPlan::Scope::Images) << QStringList {"web", "base"}
                            << QStringList {"base", "web"};
    QTest::newRow("image and below")
        << int(BuildPlan::Scope::ImagesAndDescendants) << QStringList {"runtime"}
        << QStringList {"runtime", "api", "web"};
    QTest::newRow("root and below")
        << int(BuildPlan::Scope::ImagesAndDescendants) << QStringList {"base"}
        << QStringList {"base", "cache", "plugin", "runtime", "api", "web"};
    QTest::newRow("by workspace id")
        << int(BuildPlan::Scope::Images) << QStringList {"dir/cache"} << QStringList {"cache"};
    QTest::newRow("nothing") << int(BuildPlan::Scope::Images) << QStringList() << QStringList();
}

void TestBuildPlan::selection()
{
    QFETCH(int, scope);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expectedOrder);
    const BuildPlan plan
        = BuildPlan::fromWorkspace(sampleWorkspace(), BuildPlan::Scope(scope), names);
    QVERIFY2(plan.isValid(), qPrintable(messages(plan.problems())));
    QCOMPARE(plan.order(), expectedOrder);
    QCOMPARE(plan.size(), int(expectedOrder.size()));
    // A parent inside the plan is a plan parent; one outside it is external.
    for (const BuildPlan::Image &image : plan.images())
        for (const QString &parent : image.parents)
            QVERIFY(plan.contains(parent));
    if (plan.contains("runtime") && !plan.contains("base"))
        QCOMPARE(plan.image("runtime")->externalParents, QStringList {"base"});
}

void TestBuildPlan::unbuildableParentIsExternal()
{
    const BuildPlan plan
        = BuildPlan::fromWorkspace(sampleWorkspace(), BuildPlan::Scope::Everything);
    QVERIFY(plan.isValid());
    QVERIFY(!plan.contains("tool"));
    QVERIFY(plan.image("plugin")->parents.isEmpty());
    QCOMPARE(plan.image("plugin")->externalParents, QStringList {"tool"});
    QCOMPARE(plan.image("ext")->externalParents, QStringList {"ubuntu:22.04"});
    QCOMPARE(plan.image("base")->children, (QStringList {"cache", "runtime"}));
}

void TestBuildPlan::unknownImageIsRefused()
{
    const BuildPlan plan
        = BuildPlan::fromWorkspace(sampleWorkspace(), BuildPlan::Scope::Images, {"nope"});
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.problems().size(), 1);
    QVERIFY(plan.problems().first().message.contains("nope"));
}

void TestBuildPlan::unbuildableImageAloneWarns()
{
    const BuildPlan plan
        = BuildPlan::fromWorkspace(sampleWorkspace(), BuildPlan::Scope::Images, {"tool"});
    QVERIFY(plan.isValid());
    QVERIFY(plan.isEmpty());
    QCOMPARE(plan.problems().size(), 1);
    QCOMPARE(plan.problems().first().severity, Problem::Severity::Warning);
    QVERIFY(plan.problems().first().message.contains("tool"));
}

void TestBuildPlan::missingWorkspaceParentIsRefused()
{
    Workspace w = sampleWorkspace();
    w.images << makeImage("orphan", "gone", ImageDefinition::ParentKind::Workspace);
    const BuildPlan plan = BuildPlan::fromWorkspace(w, BuildPlan::Scope::Everything);
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.problems().size(), 1);
    const Problem problem = plan.problems().first();
    QCOMPARE(problem.file, QStringLiteral("/ws/orphan/Dockerfile"));
    QVERIFY(problem.message.contains("orphan"));
    QVERIFY(problem.message.contains("gone"));
}

void TestBuildPlan::brokenDockerfileIsRefused()
{
    Workspace w = sampleWorkspace();
    const Problem broken
        = makeProblem("/ws/web/Dockerfile", 3, 1, QStringLiteral("unknown instruction FORM"));
    w.problems << broken
               << makeProblem("/ws/other/Dockerfile", 1, 1, QStringLiteral("not in the plan"));
    // The broken image is in the plan: refused with the loader's own problem.
    BuildPlan plan = BuildPlan::fromWorkspace(w, BuildPlan::Scope::Everything);
    QVERIFY(!plan.isValid());
    QCOMPARE(plan.problems(), Problems {broken});
    // A plan without it does not care.
    plan = BuildPlan::fromWorkspace(w, BuildPlan::Scope::Images, {"api"});
    QVERIFY(plan.isValid());
}

void TestBuildPlan::copyFromIsAParent()
{
    Workspace w = sampleWorkspace();
    for (ImageDefinition &image : w.images)
        if (image.name == QLatin1String("web")) {
            DockerfileStage stage;
            stage.base = QStringLiteral("runtime");
            stage.copyFromImages = {"cache", "busybox:latest"};
            image.dockerfile.stages = {stage};
        }
    const BuildPlan plan = BuildPlan::fromWorkspace(w, BuildPlan::Scope::Everything);
    QVERIFY(plan.isValid());
    QCOMPARE(plan.image("web")->parents, (QStringList {"cache", "runtime"}));
    QCOMPARE(plan.image("cache")->children, QStringList {"web"});
}

void TestBuildPlan::refused_data()
{
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("parents"); // "a,b" per node
    QTest::addColumn<QStringList>("named"); // every one must appear in one message

    QTest::newRow("two-cycle") << QStringList {"a", "b"} << QStringList {"b", "a"}
                               << QStringList {"a → b → a"};
    QTest::newRow("self") << QStringList {"a"} << QStringList {"a"} << QStringList {"a → a"};
    QTest::newRow("three-cycle below a root")
        << QStringList {"root", "x", "y", "z"} << QStringList {"", "root,z", "x", "y"}
        << QStringList {"x", "y", "z"};
    QTest::newRow("below a cycle")
        << QStringList {"a", "b", "c"} << QStringList {"b", "a", "a"} << QStringList {"a → b", "c"};
    QTest::newRow("missing parent")
        << QStringList {"a", "b"} << QStringList {"", "ghost"} << QStringList {"b", "ghost"};
    QTest::newRow("listed twice") << QStringList {"a", "a"} << QStringList {"", ""}
                                  << QStringList {"a"};
}

void TestBuildPlan::refused()
{
    QFETCH(QStringList, names);
    QFETCH(QStringList, parents);
    QFETCH(QStringList, named);
    QList<BuildPlan::Node> nodes;
    for (int i = 0; i < names.size(); ++i)
        nodes << BuildPlan::Node {
            names.at(i), parents.at(i).split(',', Qt::SkipEmptyParts), {}, 1.0};
    const BuildPlan plan = BuildPlan::fromNodes(nodes);
    QVERIFY(!plan.isValid());
    const QString text = messages(plan.problems());
    for (const QString &name : named)
        QVERIFY2(text.contains(name), qPrintable(text));
}

void TestBuildPlan::orderAndPaths()
{
    // a(2) → b(3) → d(1); a → c(5); e(1) alone.
    const BuildPlan plan = BuildPlan::fromNodes({{"d", {"b"}, {}, 1.0},
                                                 {"c", {"a"}, {}, 5.0},
                                                 {"b", {"a"}, {}, 3.0},
                                                 {"a", {}, {"registry/x"}, 2.0},
                                                 {"e", {}, {}, 1.0}});
    QVERIFY(plan.isValid());
    QCOMPARE(plan.order(), (QStringList {"a", "b", "c", "d", "e"}));
    QCOMPARE(plan.image("a")->remainingPath, 7.0);
    QCOMPARE(plan.image("b")->remainingPath, 4.0);
    QCOMPARE(plan.image("c")->remainingPath, 5.0);
    QCOMPARE(plan.image("e")->remainingPath, 1.0);
    QCOMPARE(plan.criticalPathLength(), 7.0);
    QCOMPARE(plan.criticalPath(), (QStringList {"a", "c"}));
    QCOMPARE(plan.totalWork(), 12.0);
    QCOMPARE(plan.image("a")->externalParents, QStringList {"registry/x"});
}

void TestBuildPlan::estimatesChangeTheCriticalPath()
{
    BuildPlan plan = BuildPlan::fromNodes(
        {{"a", {}, {}, 1.0}, {"b", {"a"}, {}, 1.0}, {"c", {"b"}, {}, 1.0}, {"d", {"a"}, {}, 1.0}});
    QCOMPARE(plan.criticalPath(), (QStringList {"a", "b", "c"}));
    plan.setEstimate("d", 10.0);
    QCOMPARE(plan.criticalPath(), (QStringList {"a", "d"}));
    QCOMPARE(plan.criticalPathLength(), 11.0);
    plan.setEstimates({{"c", 20.0}, {"unknown", 5.0}});
    QCOMPARE(plan.criticalPath(), (QStringList {"a", "b", "c"}));
    QCOMPARE(plan.criticalPathLength(), 22.0);
    // Nonsense estimates fall back to the default.
    plan.setEstimate("c", -3);
    QCOMPARE(plan.image("c")->estimate, 1.0);
    plan.setEstimate("c", std::numeric_limits<double>::quiet_NaN());
    QCOMPARE(plan.image("c")->estimate, 1.0);
}

void TestBuildPlan::descendants()
{
    const BuildPlan plan
        = BuildPlan::fromWorkspace(sampleWorkspace(), BuildPlan::Scope::Everything);
    QCOMPARE(plan.descendants("base"), (QStringList {"cache", "runtime", "api", "web"}));
    QCOMPARE(plan.descendants("runtime"), (QStringList {"api", "web"}));
    QCOMPARE(plan.descendants("web"), QStringList());
    QCOMPARE(plan.descendants("nope"), QStringList());
}

void TestBuildPlan::onlyIfStaleFlag()
{
    BuildPlan plan = BuildPlan::fromWorkspace(sampleWorkspace(), BuildPlan::Scope::Everything);
    QVERIFY(plan.image("api")->onlyIfStale);
    plan.setOnlyIfStale("api", false);
    QVERIFY(!plan.image("api")->onlyIfStale);
    QVERIFY(plan.image("web")->onlyIfStale);
    plan.setAllOnlyIfStale(false);
    for (const BuildPlan::Image &image : plan.images())
        QVERIFY(!image.onlyIfStale);
}

void TestBuildPlan::bundledDemo()
{
    const QString root = BundledWorkspaces::path(QStringLiteral("demo"));
    QVERIFY2(!root.isEmpty(), "the bundled demo workspace was not found");
    const Workspace w = WorkspaceLoader::load(root);
    const BuildPlan plan = BuildPlan::fromWorkspace(w, BuildPlan::Scope::Everything);
    QVERIFY2(plan.isValid(), qPrintable(messages(plan.problems())));
    int buildable = 0;
    for (const ImageDefinition &image : w.images)
        buildable += image.buildable() ? 1 : 0;
    QCOMPARE(plan.size(), buildable);
    // Every parent comes before its children, and the plan agrees with the workspace's graph.
    QStringList seen;
    for (const BuildPlan::Image &image : plan.images()) {
        for (const QString &parent : image.parents)
            QVERIFY(seen.contains(parent));
        seen << image.name;
        const ImageDefinition *definition = w.image(image.name);
        QVERIFY(definition);
        if (definition->parentKind == ImageDefinition::ParentKind::Workspace)
            QVERIFY(image.parents.contains(definition->parent)
                    || image.externalParents.contains(definition->parent));
    }
    QVERIFY(plan.criticalPath().size() >= 3); // base → runtime → an app
}

QTEST_GUILESS_MAIN(TestBuildPlan)
#include "TestBuildPlan.moc"
