#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceFile.h"
#include "workspace/WorkspaceLoader.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ws::ImageDefinition;
using ws::Problem;
using ws::Problems;
using ws::Workspace;
using ws::WorkspaceLoader;

namespace {

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write(content) == content.size();
}

// files: path, content, path, content, ...
bool writeFiles(const QString &root, const QStringList &files)
{
    for (qsizetype i = 0; i + 1 < files.size(); i += 2)
        if (!writeFile(root + QLatin1Char('/') + files.at(i), files.at(i + 1).toUtf8()))
            return false;
    return true;
}

QString messages(const Problems &problems)
{
    QStringList out;
    for (const Problem &p : problems)
        out << p.toString();
    return out.join(QLatin1Char('\n'));
}

QString runGit(const QString &dir, const QStringList &args, bool *ok = nullptr)
{
    QProcess git;
    git.setWorkingDirectory(dir);
    git.start(QStringLiteral("git"), args);
    const bool fine = git.waitForFinished(30000) && git.exitStatus() == QProcess::NormalExit
        && git.exitCode() == 0;
    if (ok)
        *ok = fine;
    return QString::fromUtf8(git.readAllStandardOutput()).trimmed();
}

QStringList names(const Workspace &w)
{
    QStringList out;
    for (const ImageDefinition &image : w.images)
        out << image.name;
    return out;
}

QString dataDir()
{
    return qEnvironmentVariable("WHALESTACK_TEST_DATA") + QLatin1String("/workspace");
}

} // namespace

class TestWorkspaceLoader : public QObject
{
    Q_OBJECT

private slots:
    void originalLayout();
    void broken_data();
    void broken();
    void gitBuildTag();
    void outsideGitFallsBackToLatest();
    void parentMatching_data();
    void parentMatching();
    void tagPolicy_data();
    void tagPolicy();
    void buildArgPrecedence();
    void dockerfileWithoutVarsMk();
    void unitsDir();
    void unitsInsideImageRootAreNotFleetUnits();
    void symlinkLoopIsWalkedOnce();
    void hiddenAndBuildFoldersAreSkipped();
    void missingRoot();
    void loadAsyncMatchesLoad();
    void topologicalOrderLeavesCyclesOut();
    void bundledWorkspacePath();
    void bundledWorkspacesLoadCleanly_data();
    void bundledWorkspacesLoadCleanly();
};

void TestWorkspaceLoader::originalLayout()
{
    const QString root = dataDir() + QLatin1String("/original");
    bool inGit = false;
    const QString hash = runGit(root, {"rev-parse", "--short", "HEAD"}, &inGit);
    const QString gitTag = inGit ? QStringLiteral("git-") + hash : QStringLiteral("latest");

    const Workspace w = WorkspaceLoader::load(root);
    if (inGit)
        QVERIFY2(w.problems.isEmpty(), qPrintable(messages(w.problems)));
    QCOMPARE(w.root, QDir::cleanPath(root));
    QCOMPARE(w.name, QStringLiteral("original"));
    QCOMPARE(
        names(w),
        (QStringList {"2gis/openstack-kilo-apache2:latest", "2gis/openstack-kilo-base:latest",
                      "2gis/openstack-kilo-keystone:" + gitTag,
                      "2gis/openstack-kilo-router:" + gitTag, "gliderlabs/registrator:latest"}));

    const ImageDefinition *base = w.image("2gis/openstack-kilo-base:latest");
    QVERIFY(base);
    QCOMPARE(base->id, QStringLiteral("openstack/base/ubuntu"));
    QCOMPARE(base->contextDir, root + QLatin1String("/openstack/base/ubuntu"));
    QCOMPARE(base->dockerfilePath, root + QLatin1String("/openstack/base/ubuntu/Dockerfile"));
    QCOMPARE(base->varsFile, root + QLatin1String("/openstack/base/ubuntu/vars.mk"));
    QCOMPARE(base->parent, QStringLiteral("ubuntu:trusty"));
    QCOMPARE(base->parentKind, ImageDefinition::ParentKind::External);
    QCOMPARE(base->makeVariables.value("COMPONENT"), QStringLiteral("base"));
    QCOMPARE(base->makeVariables.value("DGIS_DISTR"), QStringLiteral("openstack-kilo"));
    QCOMPARE(base->dockerfile.env.size(), 3);
    QCOMPARE(base->templates.size(), 1);
    QCOMPARE(base->keys(),
             (QStringList {"/services/keystone/config/admin-password",
                           "/services/keystone/config/admin-user",
                           "/services/keystone/config/public-host"}));

    const ImageDefinition *apache = w.imageById("openstack/base/apache2");
    QVERIFY(apache);
    QCOMPARE(apache->parent, base->name); // FROM 2gis/openstack-kilo-base means :latest
    QCOMPARE(apache->parentKind, ImageDefinition::ParentKind::Workspace);

    const ImageDefinition *keystone = w.imageById("openstack/keystone/keystone");
    QVERIFY(keystone);
    QCOMPARE(keystone->parent, apache->name);
    QCOMPARE(keystone->parentKind, ImageDefinition::ParentKind::Workspace);
    QCOMPARE(keystone->dockerfile.exposedPorts, (QStringList {"5000", "35357"}));
    QCOMPARE(keystone->makeVariables.value("SERVICE"), QStringLiteral("keystone"));
    QCOMPARE(keystone->makeVariables.value("BUILD_TAG"), gitTag);
    QCOMPARE(keystone->templates.size(), 1);
    QCOMPARE(keystone->templates.first().prefix, QStringLiteral("/services/keystone"));
    QVERIFY(keystone->keys().contains("/services/keystone/config/admin-token"));
    QVERIFY(keystone->keys().contains("/services/keystone/config/memcached/*"));

    const ImageDefinition *registrator = w.imageById("infrastructure/registrator");
    QVERIFY(registrator);
    QVERIFY(!registrator->buildable());
    QCOMPARE(registrator->parentKind, ImageDefinition::ParentKind::None);
    QVERIFY(registrator->parent.isEmpty());

    const ImageDefinition *router = w.imageById("infrastructure/router");
    QVERIFY(router);
    QCOMPARE(router->parent, QStringLiteral("haproxy:1.5"));
    QCOMPARE(router->parentKind, ImageDefinition::ParentKind::External);
    QVERIFY(router->keys().contains("/services/router/backend"));

    QCOMPARE(w.externalBases(), (QStringList {"haproxy:1.5", "ubuntu:trusty"}));
    QCOMPARE(w.children(base->name), QStringList {apache->name});
    QCOMPARE(w.children(apache->name), QStringList {keystone->name});
    QVERIFY(w.children("ubuntu:trusty").isEmpty()); // external parents have no workspace children
    const QStringList order = w.topologicalOrder();
    QCOMPARE(order.size(), 5);
    QVERIFY(order.indexOf(base->name) < order.indexOf(apache->name));
    QVERIFY(order.indexOf(apache->name) < order.indexOf(keystone->name));

    // The key catalogue: sorted, each key with its readers.
    QVERIFY(!w.keyCatalogue.isEmpty());
    for (qsizetype i = 1; i < w.keyCatalogue.size(); ++i)
        QVERIFY(w.keyCatalogue.at(i - 1).key < w.keyCatalogue.at(i).key);
    const auto admin
        = std::find_if(w.keyCatalogue.cbegin(), w.keyCatalogue.cend(), [](const ws::KeyUse &k) {
              return k.key == "/services/keystone/config/admin-token";
          });
    QVERIFY(admin != w.keyCatalogue.cend());
    QCOMPARE(admin->images, QStringList {keystone->name});
    QCOMPARE(
        admin->templates,
        QStringList {root
                     + "/openstack/keystone/keystone/root/etc/confd/templates/keystone.conf.tmpl"});
    QVERIFY(!admin->pattern);
    const auto memcached
        = std::find_if(w.keyCatalogue.cbegin(), w.keyCatalogue.cend(), [](const ws::KeyUse &k) {
              return k.key == "/services/keystone/config/memcached/*";
          });
    QVERIFY(memcached != w.keyCatalogue.cend());
    QVERIFY(memcached->pattern);

    QCOMPARE(w.units.size(), 3);
    QCOMPARE(w.units.at(0).name, QStringLiteral("keystone.service"));
    QCOMPARE(w.units.at(0).kind, ws::UnitFile::Kind::Plain);
    QCOMPARE(w.units.at(1).name, QStringLiteral("router@.service"));
    QCOMPARE(w.units.at(1).kind, ws::UnitFile::Kind::Template);
    QCOMPARE(w.units.at(2).name, QStringLiteral("router@1.service"));
    QCOMPARE(w.units.at(2).kind, ws::UnitFile::Kind::Instance);
    QCOMPARE(w.units.at(2).templateName(), QStringLiteral("router@.service"));
    QCOMPARE(w.units.at(0).values("X-Fleet", "Conflicts"), QStringList {"keystone*.service"});
}

void TestWorkspaceLoader::broken_data()
{
    QTest::addColumn<QStringList>("files");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("file"); // suffix of the problem's file
    QTest::addColumn<QStringList>("images"); // what still loads

    const QString okVars = QStringLiteral("COMPONENT=ok\nBUILD_TAG=1\n");
    const QString okDocker = QStringLiteral("FROM scratch\n");

    QTest::newRow("FROM missing") << QStringList {"ok/vars.mk",     okVars,
                                                  "ok/Dockerfile",  okDocker,
                                                  "bad/vars.mk",    "COMPONENT=bad\nBUILD_TAG=1\n",
                                                  "bad/Dockerfile", "RUN make\n"}
                                  << "no FROM"
                                  << "bad/Dockerfile" << QStringList {"bad:1", "ok:1"};
    QTest::newRow("stage missing")
        << QStringList {"ok/vars.mk", okVars, "ok/Dockerfile",
                        "FROM scratch AS a\nFROM scratch\nCOPY --from=4 /x /y\n"}
        << "does not exist"
        << "ok/Dockerfile" << QStringList {"ok:1"};
    QTest::newRow("cycle between two images")
        << QStringList {"a/vars.mk",     "COMPONENT=a\nBUILD_TAG=1\n",
                        "a/Dockerfile",  "FROM b:1\n",
                        "b/vars.mk",     "COMPONENT=b\nBUILD_TAG=1\n",
                        "b/Dockerfile",  "FROM a:1\n",
                        "ok/vars.mk",    okVars,
                        "ok/Dockerfile", okDocker}
        << "a:1 → b:1 → a:1"
        << "a/Dockerfile" << QStringList {"a:1", "b:1", "ok:1"};
    QTest::newRow("image on itself")
        << QStringList {"a/vars.mk", "COMPONENT=a\nBUILD_TAG=1\n", "a/Dockerfile", "FROM a:1\n"}
        << "a:1 → a:1"
        << "a/Dockerfile" << QStringList {"a:1"};
    QTest::newRow("include missing")
        << QStringList {"ok/vars.mk", "include ../globals.mk\n" + okVars, "ok/Dockerfile", okDocker}
        << "Cannot include ../globals.mk"
        << "ok/vars.mk" << QStringList {"ok:1"};
    QTest::newRow("include cycle")
        << QStringList {"globals.mk",    "include vars.mk\n",
                        "ok/vars.mk",    "include ../globals.mk\n" + okVars,
                        "ok/Dockerfile", okDocker}
        << "Include cycle"
        << "globals.mk" << QStringList {"ok:1"};
    QTest::newRow("unterminated continuation")
        << QStringList {"ok/vars.mk", okVars, "ok/Dockerfile", "FROM scratch\nRUN a \\\n"}
        << "line continuation"
        << "ok/Dockerfile" << QStringList {"ok:1"};
    QTest::newRow("no COMPONENT") << QStringList {"x/vars.mk", "IMAGE_PREFIX=p\n", "x/Dockerfile",
                                                  okDocker}
                                  << "COMPONENT is not set"
                                  << "x/vars.mk" << QStringList {"x:latest"};
    QTest::newRow("YAML syntax error")
        << QStringList {"whalestack.yaml", "name: [oops\n", "ok/vars.mk", okVars,
                        "ok/Dockerfile",   okDocker}
        << "YAML syntax error"
        << "whalestack.yaml" << QStringList {"ok:1"};
    QTest::newRow("manifest wrong type") << QStringList {"whalestack.yaml", "build_args: [a]\n",
                                                         "ok/vars.mk",      okVars,
                                                         "ok/Dockerfile",   okDocker}
                                         << "must be a mapping"
                                         << "whalestack.yaml" << QStringList {"ok:1"};
    QTest::newRow("manifest unknown key")
        << QStringList {"whalestack.yaml", "colour: blue\n", "ok/vars.mk", okVars,
                        "ok/Dockerfile",   okDocker}
        << "Unknown key 'colour'"
        << "whalestack.yaml" << QStringList {"ok:1"};
    QTest::newRow("override names no image")
        << QStringList {"whalestack.yaml", "images:\n  nothere:\n    tag: x\n",
                        "ok/vars.mk",      okVars,
                        "ok/Dockerfile",   okDocker}
        << "names no image"
        << "whalestack.yaml" << QStringList {"ok:1"};
    QTest::newRow("binary Dockerfile") << QStringList {"ok/vars.mk", okVars, "ok/Dockerfile",
                                                       QString::fromLatin1("FROM a\n\x7f"
                                                                           "ELF",
                                                                           10)
                                                           + QChar(0)}
                                       << "binary"
                                       << "ok/Dockerfile" << QStringList {"ok:1"};
    QTest::newRow("binary vars.mk")
        << QStringList {"ok/vars.mk", QStringLiteral("COMPONENT=x") + QChar(0), "ok/Dockerfile",
                        okDocker}
        << "binary"
        << "ok/vars.mk" << QStringList {"ok:latest"};
    QTest::newRow("binary manifest")
        << QStringList {"whalestack.yaml", QStringLiteral("a") + QChar(0),
                        "ok/vars.mk",      okVars,
                        "ok/Dockerfile",   okDocker}
        << "binary"
        << "whalestack.yaml" << QStringList {"ok:1"};
    QTest::newRow("duplicate image names")
        << QStringList {"a/vars.mk", okVars, "a/Dockerfile", okDocker,
                        "b/vars.mk", okVars, "b/Dockerfile", okDocker}
        << "like the image in a"
        << "b/vars.mk" << QStringList {"ok:1", "ok:1"};
    QTest::newRow("template missing")
        << QStringList {"ok/vars.mk",
                        okVars,
                        "ok/Dockerfile",
                        okDocker,
                        "ok/root/etc/confd/conf.d/x.toml",
                        "[template]\nsrc = \"nothere.tmpl\"\ndest = \"/x\"\nkeys = [\"/x\"]\n"}
        << "does not exist"
        << "ok/root/etc/confd/conf.d/x.toml" << QStringList {"ok:1"};
    QTest::newRow("units_dir missing") << QStringList {"whalestack.yaml", "units_dir: units\n",
                                                       "ok/vars.mk",      okVars,
                                                       "ok/Dockerfile",   okDocker}
                                       << "not a folder"
                                       << "whalestack.yaml" << QStringList {"ok:1"};
}

void TestWorkspaceLoader::broken()
{
    QFETCH(QStringList, files);
    QFETCH(QString, message);
    QFETCH(QString, file);
    QFETCH(QStringList, images);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(writeFiles(dir.path(), files));
    const Workspace w = WorkspaceLoader::load(dir.path());
    const auto it = std::find_if(w.problems.cbegin(), w.problems.cend(),
                                 [&](const Problem &p) { return p.message.contains(message); });
    QVERIFY2(
        it != w.problems.cend(),
        qPrintable(
            QStringLiteral("no problem with '%1' in:\n%2").arg(message, messages(w.problems))));
    QVERIFY2(it->file.endsWith(QLatin1Char('/') + file), qPrintable(it->toString()));
    QCOMPARE(names(w), images);
}

void TestWorkspaceLoader::gitBuildTag()
{
    QTemporaryDir dir;
    QVERIFY(writeFiles(
        dir.path(),
        {"globals.mk", "git_sha=$(shell git rev-parse --short HEAD)\nBUILD_TAG=git-$(git_sha)\n",
         "nova/api/vars.mk", "include ../../globals.mk\nIMAGE_PREFIX=2gis\nCOMPONENT=nova-api\n",
         "nova/api/Dockerfile", "FROM scratch\n"}));
    bool ok = false;
    runGit(dir.path(), {"init", "-q"}, &ok);
    QVERIFY(ok);
    runGit(dir.path(), {"add", "."}, &ok);
    QVERIFY(ok);
    runGit(
        dir.path(),
        {"-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "init"},
        &ok);
    QVERIFY(ok);
    const QString hash = runGit(dir.path(), {"rev-parse", "--short", "HEAD"}, &ok);
    QVERIFY(ok);
    const Workspace w = WorkspaceLoader::load(dir.path());
    QVERIFY2(w.problems.isEmpty(), qPrintable(messages(w.problems)));
    QCOMPARE(names(w), QStringList {"2gis/nova-api:git-" + hash});
    QCOMPARE(w.images.first().makeVariables.value("BUILD_TAG"), QStringLiteral("git-") + hash);
}

void TestWorkspaceLoader::outsideGitFallsBackToLatest()
{
    QTemporaryDir dir;
    QVERIFY(writeFiles(
        dir.path(),
        {"globals.mk", "git_sha=$(shell git rev-parse --short HEAD)\nBUILD_TAG=git-$(git_sha)\n",
         "a/vars.mk", "include ../globals.mk\nCOMPONENT=a\n", "a/Dockerfile", "FROM scratch\n",
         "b/vars.mk", "include ../globals.mk\nCOMPONENT=b\n", "b/Dockerfile", "FROM a\n"}));
    const Workspace w = WorkspaceLoader::load(dir.path());
    QCOMPARE(names(w), (QStringList {"a:latest", "b:latest"}));
    QCOMPARE(w.problems.size(), 1); // reported once, though both images read globals.mk
    QCOMPARE(w.problems.first().severity, Problem::Severity::Warning);
    QCOMPARE(w.problems.first().file, dir.filePath("globals.mk"));
    QCOMPARE(w.problems.first().line, 1);
    QVERIFY(w.problems.first().message.contains("falls back to 'latest'"));
    QCOMPARE(w.image("b:latest")->parent, QStringLiteral("a:latest"));
}

void TestWorkspaceLoader::parentMatching_data()
{
    QTest::addColumn<QString>("manifest");
    QTest::addColumn<QString>("parentVars");
    QTest::addColumn<QString>("childFrom");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<bool>("inWorkspace");

    QTest::newRow("exact") << ""
                           << "IMAGE_PREFIX=p\nCOMPONENT=base\nBUILD_TAG=1\n"
                           << "FROM p/base:1"
                           << "p/base:1" << true;
    QTest::newRow("implicit latest") << ""
                                     << "IMAGE_PREFIX=p\nCOMPONENT=base\nBUILD_TAG=latest\n"
                                     << "FROM p/base"
                                     << "p/base:latest" << true;
    QTest::newRow("untagged, one image of that repository")
        << ""
        << "IMAGE_PREFIX=p\nCOMPONENT=base\nBUILD_TAG=git-abc\n"
        << "FROM p/base"
        << "p/base:git-abc" << true;
    QTest::newRow("other tag is external") << ""
                                           << "IMAGE_PREFIX=p\nCOMPONENT=base\nBUILD_TAG=1\n"
                                           << "FROM p/base:2"
                                           << "p/base:2" << false;
    QTest::newRow("registry prefix") << "registry: reg.example.org:5000/\n"
                                     << "IMAGE_PREFIX=p\nCOMPONENT=base\nBUILD_TAG=1\n"
                                     << "FROM reg.example.org:5000/p/base:1"
                                     << "p/base:1" << true;
    QTest::newRow("external normalised") << ""
                                         << "COMPONENT=base\nBUILD_TAG=1\n"
                                         << "FROM debian"
                                         << "debian:latest" << false;
    QTest::newRow("build arg in FROM") << "build_args:\n  BASE: p/base:1\n"
                                       << "IMAGE_PREFIX=p\nCOMPONENT=base\nBUILD_TAG=1\n"
                                       << "ARG BASE\nFROM $BASE"
                                       << "p/base:1" << true;
    QTest::newRow("multi-stage final base")
        << ""
        << "IMAGE_PREFIX=p\nCOMPONENT=base\nBUILD_TAG=1\n"
        << "FROM golang AS build\nFROM p/base:1 AS run\nCOPY --from=build /a /a\nFROM run"
        << "p/base:1" << true;
}

void TestWorkspaceLoader::parentMatching()
{
    QFETCH(QString, manifest);
    QFETCH(QString, parentVars);
    QFETCH(QString, childFrom);
    QFETCH(QString, parent);
    QFETCH(bool, inWorkspace);
    QTemporaryDir dir;
    QStringList files {"base/vars.mk",     parentVars,      "base/Dockerfile",
                       "FROM scratch\n",   "child/vars.mk", "COMPONENT=child\nBUILD_TAG=1\n",
                       "child/Dockerfile", childFrom + "\n"};
    if (!manifest.isEmpty())
        files << "whalestack.yaml" << manifest;
    QVERIFY(writeFiles(dir.path(), files));
    const Workspace w = WorkspaceLoader::load(dir.path());
    QVERIFY2(w.problems.isEmpty(), qPrintable(messages(w.problems)));
    const ImageDefinition *child = w.imageById("child");
    QVERIFY(child);
    QCOMPARE(child->parent, parent);
    QCOMPARE(child->parentKind,
             inWorkspace ? ImageDefinition::ParentKind::Workspace
                         : ImageDefinition::ParentKind::External);
    QCOMPARE(w.imageById("base")->parentKind, ImageDefinition::ParentKind::None);
}

void TestWorkspaceLoader::tagPolicy_data()
{
    QTest::addColumn<QString>("manifest");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("git (vars.mk)") << "tag_policy: git\n" << QStringList {"p/a:1", "p/b:2"};
    QTest::newRow("latest") << "tag_policy: latest\n" << QStringList {"p/a:latest", "p/b:latest"};
    QTest::newRow("fixed") << "tag_policy: fixed\ntag: v9\n" << QStringList {"p/a:v9", "p/b:v9"};
    QTest::newRow("per image by id")
        << "tag_policy: fixed\ntag: v9\nimages:\n  b:\n    tag: special\n"
        << QStringList {"p/a:v9", "p/b:special"};
    QTest::newRow("per image by name") << "images:\n  p/a:1:\n    tag: named\n"
                                       << QStringList {"p/a:named", "p/b:2"};
}

void TestWorkspaceLoader::tagPolicy()
{
    QFETCH(QString, manifest);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    QVERIFY(writeFiles(dir.path(),
                       {"whalestack.yaml", manifest, "a/vars.mk",
                        "IMAGE_PREFIX=p\nCOMPONENT=a\nBUILD_TAG=1\n", "a/Dockerfile",
                        "FROM scratch\n", "b/vars.mk", "IMAGE_PREFIX=p\nCOMPONENT=b\nBUILD_TAG=2\n",
                        "b/Dockerfile", "FROM p/a\n"}));
    const Workspace w = WorkspaceLoader::load(dir.path());
    QVERIFY2(w.problems.isEmpty(), qPrintable(messages(w.problems)));
    QCOMPARE(names(w), expected);
    // b's untagged FROM p/a still finds a, whatever its tag.
    QCOMPARE(w.imageById("b")->parent, w.imageById("a")->name);
}

void TestWorkspaceLoader::buildArgPrecedence()
{
    QTemporaryDir dir;
    QVERIFY(writeFiles(
        dir.path(),
        {"whalestack.yaml",
         "build_args:\n  A: manifest\n  B: manifest\n  C: manifest\n  D: manifest\n"
         "images:\n  x:\n    build_args:\n      B: by-id\n      C: by-id\n      D: by-id\n"
         "  x:latest:\n    build_args:\n      C: by-name\n      D: by-name\n",
         "x/vars.mk", "COMPONENT=x\nBUILD_TAG=latest\n", "x/Dockerfile",
         "ARG A\nARG B\nARG C\nARG D\nARG E=default\nFROM scratch\n"}));
    WorkspaceLoader::Options options;
    options.buildArgs = {{"D", "command-line"}};
    const Workspace w = WorkspaceLoader::load(dir.path(), options);
    QVERIFY2(w.problems.isEmpty(), qPrintable(messages(w.problems)));
    const auto &args = w.images.first().dockerfile.globalArgs;
    QCOMPARE(args.size(), 5);
    QCOMPARE(args.at(0).second, QStringLiteral("manifest"));
    QCOMPARE(args.at(1).second, QStringLiteral("by-id"));
    QCOMPARE(args.at(2).second, QStringLiteral("by-name"));
    QCOMPARE(args.at(3).second, QStringLiteral("command-line"));
    QCOMPARE(args.at(4).second, QStringLiteral("default"));
}

void TestWorkspaceLoader::dockerfileWithoutVarsMk()
{
    QTemporaryDir dir;
    QVERIFY(writeFiles(dir.path(), {"tools/My Tool/Dockerfile", "FROM alpine:3\n"}));
    const Workspace w = WorkspaceLoader::load(dir.path());
    QCOMPARE(names(w), QStringList {"my-tool:latest"});
    QVERIFY(w.images.first().buildable());
    QVERIFY(w.images.first().varsFile.isEmpty());
    QCOMPARE(w.problems.size(), 1);
    QCOMPARE(w.problems.first().severity, Problem::Severity::Warning);
    QVERIFY(w.problems.first().message.contains("no vars.mk"));
}

void TestWorkspaceLoader::unitsDir()
{
    QTemporaryDir dir;
    QVERIFY(writeFiles(dir.path(),
                       {"whalestack.yaml", "units_dir: units\n", "units/a.service",
                        "[Service]\nExecStart=/bin/true\n", "other/b.service",
                        "[Service]\nExecStart=/bin/true\n", "units/sub/c@.timer",
                        "[Timer]\nOnCalendar=daily\n"}));
    const Workspace w = WorkspaceLoader::load(dir.path());
    QVERIFY2(w.problems.isEmpty(), qPrintable(messages(w.problems)));
    QCOMPARE(w.units.size(), 2);
    QCOMPARE(w.units.at(0).name, QStringLiteral("a.service"));
    QCOMPARE(w.units.at(1).name, QStringLiteral("c@.timer"));
    QCOMPARE(w.units.at(1).type, QStringLiteral("timer"));
}

void TestWorkspaceLoader::unitsInsideImageRootAreNotFleetUnits()
{
    QTemporaryDir dir;
    QVERIFY(
        writeFiles(dir.path(),
                   {"a/vars.mk", "COMPONENT=a\nBUILD_TAG=1\n", "a/Dockerfile", "FROM scratch\n",
                    "a/root/etc/systemd/system/inside.service", "[Service]\nExecStart=/bin/true\n",
                    "units/outside.socket", "[Socket]\nListenStream=80\n"}));
    const Workspace w = WorkspaceLoader::load(dir.path());
    QVERIFY2(w.problems.isEmpty(), qPrintable(messages(w.problems)));
    QCOMPARE(w.units.size(), 1);
    QCOMPARE(w.units.first().name, QStringLiteral("outside.socket"));
}

void TestWorkspaceLoader::symlinkLoopIsWalkedOnce()
{
    QTemporaryDir dir;
    QVERIFY(writeFiles(
        dir.path(), {"a/vars.mk", "COMPONENT=a\nBUILD_TAG=1\n", "a/Dockerfile", "FROM scratch\n"}));
    QVERIFY(QFile::link(dir.path(), dir.filePath("a/loop")));
    QVERIFY(QFile::link(dir.filePath("a/loop"), dir.filePath("a/loop2")));
    QVERIFY(QFile::link(dir.filePath("nothere"), dir.filePath("dangling.service")));
    QTemporaryDir outside;
    QVERIFY(writeFiles(outside.path(),
                       {"x/vars.mk", "COMPONENT=outside\n", "x/Dockerfile", "FROM scratch\n"}));
    QVERIFY(QFile::link(outside.path(), dir.filePath("elsewhere")));
    const Workspace w = WorkspaceLoader::load(dir.path());
    QCOMPARE(names(w), QStringList {"a:1"});
    // The dangling unit-file link is reported, not a crash.
    QCOMPARE(w.problems.size(), 1);
    QCOMPARE(w.problems.first().file, dir.filePath("dangling.service"));
}

void TestWorkspaceLoader::hiddenAndBuildFoldersAreSkipped()
{
    QTemporaryDir dir;
    QVERIFY(writeFiles(dir.path(),
                       {"a/vars.mk", "COMPONENT=a\nBUILD_TAG=1\n", "a/Dockerfile", "FROM scratch\n",
                        ".hidden/vars.mk", "COMPONENT=hidden\n", "build/CMakeCache.txt", "",
                        "build/x/vars.mk", "COMPONENT=built\n", ".git/x.service", "[Unit]\n"}));
    const Workspace w = WorkspaceLoader::load(dir.path());
    QVERIFY2(w.problems.isEmpty(), qPrintable(messages(w.problems)));
    QCOMPARE(names(w), QStringList {"a:1"});
    QVERIFY(w.units.isEmpty());
}

void TestWorkspaceLoader::missingRoot()
{
    QTemporaryDir dir;
    const Workspace w = WorkspaceLoader::load(dir.filePath("nothere"));
    QCOMPARE(w.problems.size(), 1);
    QVERIFY(w.problems.first().message.contains("does not exist"));
    QVERIFY(w.images.isEmpty());
    QVERIFY(writeFile(dir.filePath("file"), "x"));
    const Workspace f = WorkspaceLoader::load(dir.filePath("file"));
    QCOMPARE(f.problems.size(), 1);
    QVERIFY(f.problems.first().message.contains("a workspace is a folder"));
}

void TestWorkspaceLoader::loadAsyncMatchesLoad()
{
    const QString root = dataDir() + QLatin1String("/original");
    QFutureWatcher<Workspace> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcher<Workspace>::finished);
    watcher.setFuture(WorkspaceLoader::loadAsync(root));
    QVERIFY(finished.wait(60000));
    const Workspace async = watcher.result();
    const Workspace sync = WorkspaceLoader::load(root);
    QCOMPARE(names(async), names(sync));
    QCOMPARE(async.keyCatalogue, sync.keyCatalogue);
    QCOMPARE(async.problems, sync.problems);
}

void TestWorkspaceLoader::topologicalOrderLeavesCyclesOut()
{
    QTemporaryDir dir;
    QVERIFY(writeFiles(dir.path(),
                       {"a/vars.mk", "COMPONENT=a\nBUILD_TAG=1\n", "a/Dockerfile", "FROM b:1\n",
                        "b/vars.mk", "COMPONENT=b\nBUILD_TAG=1\n", "b/Dockerfile", "FROM a:1\n",
                        "c/vars.mk", "COMPONENT=c\nBUILD_TAG=1\n", "c/Dockerfile", "FROM a:1\n",
                        "d/vars.mk", "COMPONENT=d\nBUILD_TAG=1\n", "d/Dockerfile", "FROM debian\n",
                        "e/vars.mk", "COMPONENT=e\nBUILD_TAG=1\n", "e/Dockerfile", "FROM d:1\n"}));
    const Workspace w = WorkspaceLoader::load(dir.path());
    QCOMPARE(w.topologicalOrder(), (QStringList {"d:1", "e:1"}));
    const auto cycles = std::count_if(w.problems.cbegin(), w.problems.cend(),
                                      [](const Problem &p) { return p.message.contains("cycle"); });
    QCOMPARE(cycles, 1);
}

void TestWorkspaceLoader::bundledWorkspacePath()
{
    QTemporaryDir dir;
    QVERIFY(QDir().mkpath(dir.filePath("workspaces/demo")));
    qputenv("WHALESTACK_DATA_DIR", dir.path().toUtf8());
    QCOMPARE(ws::BundledWorkspaces::path("demo"), dir.filePath("workspaces/demo"));
    QVERIFY(ws::BundledWorkspaces::path("../demo").isEmpty());
    QVERIFY(ws::BundledWorkspaces::path("").isEmpty());
    QVERIFY(ws::BundledWorkspaces::path("no-such-workspace").isEmpty());
    qunsetenv("WHALESTACK_DATA_DIR");
    QCOMPARE(ws::BundledWorkspaces::names(), (QStringList {"demo", "openstack-kilo"}));
    // Without an installed copy, the source tree is the last place looked in.
    const QString source = qEnvironmentVariable("WHALESTACK_SOURCE_DIR")
        + QLatin1String("/resources/workspaces/demo");
    if (QFileInfo(source).isDir())
        QCOMPARE(ws::BundledWorkspaces::path("demo"), QDir::cleanPath(source));
}

void TestWorkspaceLoader::bundledWorkspacesLoadCleanly_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("minimumImages");
    QTest::addColumn<QStringList>("externalBases");
    QTest::newRow("demo") << "demo" << 7 << QStringList {};
    QTest::newRow("openstack-kilo")
        << "openstack-kilo" << 31 << QStringList {"haproxy:1.5", "ubuntu:14.04"};
}

void TestWorkspaceLoader::bundledWorkspacesLoadCleanly()
{
    QFETCH(QString, name);
    QFETCH(int, minimumImages);
    QFETCH(QStringList, externalBases);
    const QString root = ws::BundledWorkspaces::path(name);
    QVERIFY2(!root.isEmpty(), qPrintable("resources/workspaces/" + name + " is missing"));
    const Workspace w = WorkspaceLoader::load(root);
    QVERIFY2(w.problems.isEmpty(), qPrintable(messages(w.problems)));
    QVERIFY(w.images.size() >= minimumImages);
    QCOMPARE(w.externalBases(), externalBases);
    // Every buildable image has a parent inside the workspace, except the roots: FROM scratch
    // (demo) or an external base (kilo). Nothing is left out of the build order by a cycle.
    for (const ImageDefinition &image : w.images) {
        if (!image.buildable() || image.parentKind != ImageDefinition::ParentKind::Workspace)
            continue;
        QVERIFY2(w.image(image.parent), qPrintable(image.name));
    }
    QCOMPARE(w.topologicalOrder().size(), w.images.size());
    QVERIFY(!w.keyCatalogue.isEmpty());
    QVERIFY(!w.units.isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspaceLoader)
#include "TestWorkspaceLoader.moc"
