#include "workspace/WorkspaceJson.h"
#include "workspace/WorkspaceLoader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>

using ws::WorkspaceJson;

namespace {

ws::Workspace sample()
{
    ws::Workspace w;
    w.root = "/w";
    w.name = "sample";
    w.manifest.path = "/w/whalestack.yaml";
    w.manifest.name = "sample";
    w.manifest.tagPolicy = "git";
    w.manifest.buildArgs = {{"A", "1"}};
    ws::Environment env;
    env.name = "lab";
    env.etcdEndpoints = {"http://127.0.0.1:2379"};
    env.fleetEndpoint = "unix:///var/run/fleet.sock";
    env.services = {{"memcached", "cache", "127.0.0.1:11211", ""}};
    w.manifest.environments = {env};

    ws::ImageDefinition base;
    base.id = "base";
    base.name = "p/base:1";
    base.contextDir = "/w/base";
    base.dockerfilePath = "/w/base/Dockerfile";
    base.dockerfile.stages = {{"scratch", {}, {}, 1, -1, {}}};

    ws::ImageDefinition app;
    app.id = "app";
    app.name = "p/app:1";
    app.contextDir = "/w/app";
    app.dockerfilePath = "/w/app/Dockerfile";
    app.parent = "p/base:1";
    app.parentKind = ws::ImageDefinition::ParentKind::Workspace;
    app.dockerfile.stages = {{"p/base:1", "run", "linux/amd64", 2, -1, {"nginx:1"}}};
    app.dockerfile.exposedPorts = {"80", "53/udp"};
    app.dockerfile.labels = {{"k", "v"}};
    ws::TemplateResource resource;
    resource.path = "/w/app/root/etc/confd/conf.d/app.toml";
    resource.templatePath = "/w/app/root/etc/confd/templates/app.tmpl";
    resource.src = "app.tmpl";
    resource.dest = "/etc/app.conf";
    resource.keys = {"/services/app"};
    resource.reads
        = {{"/services/app/port", "getv", 3, false}, {"/services/app/hosts/*", "gets", 5, true}};
    app.templates = {resource};

    ws::ImageDefinition ext;
    ext.id = "ext";
    ext.name = "p/ext:1";
    ext.parent = "debian:12";
    ext.parentKind = ws::ImageDefinition::ParentKind::External;
    ext.dockerfilePath = "/w/ext/Dockerfile";

    ws::ImageDefinition used;
    used.id = "registrator";
    used.name = "gliderlabs/registrator:latest";

    w.images = {app, base, ext, used};
    w.keyCatalogue = {{"/services/app/hosts/*", true, {"p/app:1"}, {resource.templatePath}},
                      {"/services/app/port", false, {"p/app:1"}, {resource.templatePath}}};

    ws::UnitFile unit;
    unit.path = "/w/units/router@1.service";
    unit.name = "router@1.service";
    unit.kind = ws::UnitFile::Kind::Instance;
    unit.prefix = "router";
    unit.instance = "1";
    unit.type = "service";
    unit.options = {{"Unit", "Description", "Router %i", 2},
                    {"Service", "ExecStart", "/bin/a", 5},
                    {"Unit", "After", "docker.service", 3},
                    {"Service", "ExecStart", "/bin/b", 6}};
    w.units = {unit};
    w.problems
        = {ws::makeProblem("/w/app/Dockerfile", 4, 2, "a message", ws::Problem::Severity::Warning)};
    return w;
}

} // namespace

class TestWorkspaceJson : public QObject
{
    Q_OBJECT

private slots:
    void topLevel();
    void images();
    void keysUnitsProblems();
    void manifest();
    void roundTripsThroughText();
};

void TestWorkspaceJson::topLevel()
{
    const QJsonObject json = WorkspaceJson::toJson(sample());
    QCOMPARE(json.value("root").toString(), QStringLiteral("/w"));
    QCOMPARE(json.value("name").toString(), QStringLiteral("sample"));
    for (const char *key : {"images", "keys", "units", "problems", "external_bases"})
        QVERIFY2(json.value(key).isArray(), key);
    QVERIFY(json.value("manifest").isObject());
    QCOMPARE(json.value("external_bases").toArray(), QJsonArray {"debian:12"});
}

void TestWorkspaceJson::images()
{
    const QJsonArray images = WorkspaceJson::toJson(sample()).value("images").toArray();
    QCOMPARE(images.size(), 4);
    const QJsonObject app = images.at(0).toObject();
    QCOMPARE(app.value("id").toString(), QStringLiteral("app"));
    QCOMPARE(app.value("name").toString(), QStringLiteral("p/app:1"));
    QCOMPARE(app.value("context").toString(), QStringLiteral("/w/app"));
    QCOMPARE(app.value("dockerfile").toString(), QStringLiteral("/w/app/Dockerfile"));
    QCOMPARE(app.value("buildable").toBool(), true);
    QCOMPARE(app.value("parent").toString(), QStringLiteral("p/base:1"));
    QCOMPARE(app.value("parent_kind").toString(), QStringLiteral("workspace"));
    QCOMPARE(app.value("exposed_ports").toArray(), (QJsonArray {"80", "53/udp"}));
    QCOMPARE(app.value("labels").toObject().value("k").toString(), QStringLiteral("v"));
    const QJsonObject stage = app.value("stages").toArray().at(0).toObject();
    QCOMPARE(stage.value("base").toString(), QStringLiteral("p/base:1"));
    QCOMPARE(stage.value("name").toString(), QStringLiteral("run"));
    QCOMPARE(stage.value("platform").toString(), QStringLiteral("linux/amd64"));
    QCOMPARE(stage.value("line").toInt(), 2);
    QCOMPARE(stage.value("base_stage").toInt(), -1);
    QCOMPARE(stage.value("copy_from").toArray(), QJsonArray {"nginx:1"});
    const QJsonObject tmpl = app.value("templates").toArray().at(0).toObject();
    QCOMPARE(tmpl.value("resource").toString(),
             QStringLiteral("/w/app/root/etc/confd/conf.d/app.toml"));
    QCOMPARE(tmpl.value("template").toString(),
             QStringLiteral("/w/app/root/etc/confd/templates/app.tmpl"));
    QCOMPARE(tmpl.value("dest").toString(), QStringLiteral("/etc/app.conf"));
    QCOMPARE(tmpl.value("keys").toArray(), QJsonArray {"/services/app"});
    const QJsonArray reads = tmpl.value("reads").toArray();
    QCOMPARE(reads.size(), 2);
    QCOMPARE(reads.at(1).toObject().value("key").toString(),
             QStringLiteral("/services/app/hosts/*"));
    QCOMPARE(reads.at(1).toObject().value("function").toString(), QStringLiteral("gets"));
    QCOMPARE(reads.at(1).toObject().value("line").toInt(), 5);
    QCOMPARE(reads.at(1).toObject().value("pattern").toBool(), true);
    QCOMPARE(app.value("keys").toArray(),
             (QJsonArray {"/services/app/hosts/*", "/services/app/port"}));

    QCOMPARE(images.at(1).toObject().value("parent_kind").toString(), QStringLiteral("none"));
    QCOMPARE(images.at(2).toObject().value("parent_kind").toString(), QStringLiteral("external"));
    QCOMPARE(images.at(2).toObject().value("parent").toString(), QStringLiteral("debian:12"));
    QCOMPARE(images.at(3).toObject().value("buildable").toBool(), false);
    QCOMPARE(images.at(3).toObject().value("dockerfile").toString(), QString());
}

void TestWorkspaceJson::keysUnitsProblems()
{
    const QJsonObject json = WorkspaceJson::toJson(sample());
    const QJsonArray keys = json.value("keys").toArray();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0).toObject().value("key").toString(),
             QStringLiteral("/services/app/hosts/*"));
    QCOMPARE(keys.at(0).toObject().value("pattern").toBool(), true);
    QCOMPARE(keys.at(0).toObject().value("images").toArray(), QJsonArray {"p/app:1"});
    QCOMPARE(keys.at(1).toObject().value("templates").toArray(),
             QJsonArray {"/w/app/root/etc/confd/templates/app.tmpl"});

    const QJsonObject unit = json.value("units").toArray().at(0).toObject();
    QCOMPARE(unit.value("name").toString(), QStringLiteral("router@1.service"));
    QCOMPARE(unit.value("path").toString(), QStringLiteral("/w/units/router@1.service"));
    QCOMPARE(unit.value("kind").toString(), QStringLiteral("instance"));
    QCOMPARE(unit.value("template").toString(), QStringLiteral("router@.service"));
    QCOMPARE(unit.value("instance").toString(), QStringLiteral("1"));
    const QJsonArray sections = unit.value("sections").toArray();
    QCOMPARE(sections.size(), 2); // grouped, in first-seen order
    QCOMPARE(sections.at(0).toObject().value("name").toString(), QStringLiteral("Unit"));
    const QJsonArray unitOptions = sections.at(0).toObject().value("options").toArray();
    QCOMPARE(unitOptions.size(), 2);
    QCOMPARE(unitOptions.at(0).toObject().value("value").toString(), QStringLiteral("Router %i"));
    QCOMPARE(unitOptions.at(1).toObject().value("line").toInt(), 3);
    const QJsonArray service = sections.at(1).toObject().value("options").toArray();
    QCOMPARE(service.size(), 2); // repeated options stay separate, in order
    QCOMPARE(service.at(0).toObject().value("value").toString(), QStringLiteral("/bin/a"));
    QCOMPARE(service.at(1).toObject().value("value").toString(), QStringLiteral("/bin/b"));

    const QJsonObject problem = json.value("problems").toArray().at(0).toObject();
    QCOMPARE(problem.value("severity").toString(), QStringLiteral("warning"));
    QCOMPARE(problem.value("file").toString(), QStringLiteral("/w/app/Dockerfile"));
    QCOMPARE(problem.value("line").toInt(), 4);
    QCOMPARE(problem.value("column").toInt(), 2);
    QCOMPARE(problem.value("message").toString(), QStringLiteral("a message"));
}

void TestWorkspaceJson::manifest()
{
    const QJsonObject m = WorkspaceJson::toJson(sample()).value("manifest").toObject();
    QCOMPARE(m.value("path").toString(), QStringLiteral("/w/whalestack.yaml"));
    QCOMPARE(m.value("version").toInt(), 1);
    QCOMPARE(m.value("tag_policy").toString(), QStringLiteral("git"));
    QCOMPARE(m.value("build_args").toObject().value("A").toString(), QStringLiteral("1"));
    const QJsonObject env = m.value("environments").toArray().at(0).toObject();
    QCOMPARE(env.value("name").toString(), QStringLiteral("lab"));
    QCOMPARE(env.value("etcd").toObject().value("endpoints").toArray(),
             QJsonArray {"http://127.0.0.1:2379"});
    QCOMPARE(env.value("fleet").toObject().value("endpoint").toString(),
             QStringLiteral("unix:///var/run/fleet.sock"));
    QCOMPARE(env.value("services").toArray().at(0).toObject().value("kind").toString(),
             QStringLiteral("memcached"));
}

void TestWorkspaceJson::roundTripsThroughText()
{
    // What the CLI prints must parse back to the same object.
    const QString root
        = qEnvironmentVariable("WHALESTACK_TEST_DATA") + QLatin1String("/workspace/original");
    const QJsonObject json = WorkspaceJson::toJson(ws::WorkspaceLoader::load(root));
    const QByteArray text = QJsonDocument(json).toJson();
    QJsonParseError error;
    const QJsonDocument back = QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(back.object(), json);
    QCOMPARE(json.value("images").toArray().size(), 5);
    QCOMPARE(json.value("units").toArray().size(), 3);
}

QTEST_GUILESS_MAIN(TestWorkspaceJson)
#include "TestWorkspaceJson.moc"
