// whalestack-cli build against a private dockerd: the demo workspace builds end to end with the
// context-digest label on every image; a second build sends nothing; a changed file rebuilds
// exactly its image and the images below it; a failing RUN fails its image and blocks its
// children (never sent) while the rest builds; a broken Dockerfile is refused before anything
// is sent.
#include "DockerdFixture.h"
#include "RegistryFixture.h"
#include "build/ContextDigest.h"
#include "docker/DockerClient.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>

using namespace ws;

namespace {

struct CliRun
{
    int exitCode = -1;
    QJsonObject json;
    QByteArray out;
    QByteArray err;
    QHash<QString, QString> states; // short name ("web") -> state id
    QHash<QString, QString> details;
};

// "whalestack/demo-web:1.0" -> "web"
QString shortName(const QString &image)
{
    QString name = image.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), 0, 0);
    if (name.startsWith(QLatin1String("demo-")))
        name = name.mid(5);
    return name;
}

bool appendTo(const QString &path, const QByteArray &text)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append))
        return false;
    return f.write(text) == text.size();
}

} // namespace

class CliBuildTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildsTheDemo();
    void secondBuildSendsNothing();
    void pushesEveryImage();
    void pushToAbsentRegistryFails();
    void profileChoosesTheEngine();
    void changedWebFileRebuildsOnlyWeb();
    void changedRuntimeFileRebuildsItsSubtree();
    void failingRunBlocksChildren();
    void brokenDockerfileIsRefused();
    void missingExternalBaseFailsWithoutBuild();
    void interruptCancelsTheQueue();

private:
    CliRun build(const QStringList &extra = {}, const QProcessEnvironment &overrides = {});
    QString path(const QString &relative) const { return m_workspace.filePath(relative); }

    QJsonObject registryGet(const QString &path);

    test::DockerdFixture m_dockerd;
    test::RegistryFixture m_registry;
    QTemporaryDir m_dir;
    QDir m_workspace;
    std::unique_ptr<DockerClient> m_client;
};

void CliBuildTest::initTestCase()
{
    QVERIFY2(m_dockerd.start(), qPrintable(m_dockerd.failureReason()));
    QVERIFY2(m_registry.start(), qPrintable(m_registry.failureReason()));
    QVERIFY(m_dir.isValid());
    const QString target = m_dir.filePath(QStringLiteral("demo"));
    QCOMPARE(QProcess::execute(QStringLiteral("cp"),
                               {QStringLiteral("-a"),
                                QStringLiteral(WHALESTACK_RESOURCES "/workspaces/demo"), target}),
             0);
    m_workspace = QDir(target);
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), m_dockerd.hostUrl());
    m_client = std::make_unique<DockerClient>(DockerEndpoint::fromEnvironment(env));
}

CliRun CliBuildTest::build(const QStringList &extra, const QProcessEnvironment &overrides)
{
    QProcess process;
    process.setProgram(QStringLiteral(WHALESTACK_CLI));
    process.setArguments(
        QStringList {QStringLiteral("build"), m_workspace.path(), QStringLiteral("--network"),
                     QStringLiteral("none"), QStringLiteral("--logs"),
                     m_dir.filePath(QStringLiteral("logs")), QStringLiteral("--json")}
        + extra);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), m_dockerd.hostUrl());
    // The history (estimates) and the Docker configuration (push credentials) of this run
    // only: never the user's.
    env.insert(QStringLiteral("WHALESTACK_HISTORY"),
               m_dir.filePath(QStringLiteral("history.sqlite")));
    env.insert(QStringLiteral("DOCKER_CONFIG"), m_dir.filePath(QStringLiteral("docker-config")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    for (const QString &key : overrides.keys())
        env.insert(key, overrides.value(key));
    process.setProcessEnvironment(env);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    CliRun run;
    if (!finished.wait(20 * 60 * 1000)) {
        process.kill();
        return run;
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.json = QJsonDocument::fromJson(run.out).object();
    for (const QJsonValue &v : run.json.value(QLatin1String("images")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = shortName(o.value(QLatin1String("name")).toString());
        run.states.insert(name, o.value(QLatin1String("state")).toString());
        run.details.insert(name, o.value(QLatin1String("detail")).toString());
    }
    return run;
}

void CliBuildTest::buildsTheDemo()
{
    const CliRun run = build();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QJsonArray images = run.json.value(QLatin1String("images")).toArray();
    QCOMPARE(images.size(), 7);
    for (const QJsonValue &v : images) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("built"));
        QCOMPARE(o.value(QLatin1String("pushed")).toBool(true), false);
        const QString id = o.value(QLatin1String("image_id")).toString();
        QVERIFY2(id.startsWith(QLatin1String("sha256:")), qPrintable(name));

        DockerImageJob *job = m_client->inspectImage(name);
        QSignalSpy done(job, &ApiJob::finished);
        QVERIFY(job->isFinished() || done.wait(60'000));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        QCOMPARE(job->result().id, id);
        QVERIFY(job->result()
                    .labels.value(QLatin1String(ContextDigest::label))
                    .startsWith(QLatin1String("sha256:")));
        job->deleteLater();
    }
    QCOMPARE(run.json.value(QLatin1String("builds_sent")).toInt(), 7);
    QVERIFY(!run.json.value(QLatin1String("critical_path")).toArray().isEmpty());
    // The slot count comes from the engine's CPUs (at least two) when --jobs is not given.
    QCOMPARE(run.json.value(QLatin1String("jobs")).toInt(), qMax(2, QThread::idealThreadCount()));
    for (const QJsonValue &v : images) {
        QVERIFY(v.toObject().value(QLatin1String("size")).toDouble() > 0);
        QVERIFY(QFile::exists(v.toObject().value(QLatin1String("log")).toString()));
    }
    QVERIFY(run.err.contains("Step 1/"));
}

void CliBuildTest::secondBuildSendsNothing()
{
    const CliRun run = build();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.states.size(), 7);
    for (auto it = run.states.cbegin(); it != run.states.cend(); ++it)
        QVERIFY2(it.value() == QLatin1String("up-to-date"), qPrintable(it.key()));
    QCOMPARE(run.json.value(QLatin1String("builds_sent")).toInt(), 0);
}

QJsonObject CliBuildTest::registryGet(const QString &path)
{
    QNetworkAccessManager network;
    QNetworkRequest request(m_registry.url().resolved(QUrl(path)));
    request.setTransferTimeout(30'000);
    QNetworkReply *reply = network.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished() && !done.wait(60'000))
        return {};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

void CliBuildTest::pushesEveryImage()
{
    const CliRun run = build({QStringLiteral("--push"), m_registry.hostPort()});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.json.value(QLatin1String("registry")).toString(), m_registry.hostPort());
    QCOMPARE(
        run.json.value(QLatin1String("totals")).toObject().value(QLatin1String("pushed")).toInt(),
        7);
    QStringList repositories;
    for (const QJsonValue &v : run.json.value(QLatin1String("images")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        QVERIFY2(o.value(QLatin1String("pushed")).toBool(), qPrintable(name));
        QCOMPARE(o.value(QLatin1String("push_state")).toString(), QStringLiteral("pushed"));
        QVERIFY(o.value(QLatin1String("digest")).toString().startsWith(QLatin1String("sha256:")));
        QCOMPARE(o.value(QLatin1String("remote")).toString(), m_registry.hostPort() + '/' + name);
        repositories << name.section(QLatin1Char(':'), 0, 0);
    }
    // The registry itself has every repository, with the workspace's tag.
    const QJsonObject catalog = registryGet(QStringLiteral("/v2/_catalog"));
    const QStringList inRegistry
        = catalog.value(QLatin1String("repositories")).toVariant().toStringList();
    for (const QString &repository : repositories) {
        QVERIFY2(inRegistry.contains(repository), qPrintable(repository));
        const QJsonObject tags = registryGet(QStringLiteral("/v2/%1/tags/list").arg(repository));
        QVERIFY2(tags.value(QLatin1String("tags"))
                     .toVariant()
                     .toStringList()
                     .contains(QStringLiteral("1.0")),
                 qPrintable(repository));
    }
    QVERIFY(run.err.contains("Pushed 7 of 7"));
}

void CliBuildTest::pushToAbsentRegistryFails()
{
    // Nothing listens on port 1: every push fails, the builds themselves are up to date, and
    // the run says so with a failing exit code.
    const CliRun run = build({QStringLiteral("--push"), QStringLiteral("127.0.0.1:1")});
    QCOMPARE(run.exitCode, 1);
    const QJsonArray images = run.json.value(QLatin1String("images")).toArray();
    QCOMPARE(images.size(), 7);
    for (const QJsonValue &v : images) {
        const QJsonObject o = v.toObject();
        QCOMPARE(o.value(QLatin1String("state")).toString(), QStringLiteral("up-to-date"));
        QCOMPARE(o.value(QLatin1String("pushed")).toBool(true), false);
        QCOMPARE(o.value(QLatin1String("push_state")).toString(), QStringLiteral("failed"));
        QVERIFY(!o.value(QLatin1String("push_error")).toString().isEmpty());
    }
    QCOMPARE(run.json.value(QLatin1String("succeeded")).toBool(true), false);
}

void CliBuildTest::profileChoosesTheEngine()
{
    const QString folder = m_dir.filePath(QStringLiteral("config/Whalestack/whalestack"));
    QVERIFY(QDir().mkpath(folder));
    QFile profiles(folder + QStringLiteral("/profiles.yaml"));
    QVERIFY(profiles.open(QIODevice::WriteOnly));
    profiles.write("version: 1\nprofiles:\n  - name: lab\n    kind: docker\n    endpoints: "
                   + m_dockerd.hostUrl().toUtf8() + "\n");
    profiles.close();
    // DOCKER_HOST points nowhere: only the profile can reach the engine.
    QProcessEnvironment nowhere;
    nowhere.insert(QStringLiteral("DOCKER_HOST"),
                   QStringLiteral("unix:///nonexistent/docker.sock"));
    const CliRun run = build({QStringLiteral("--profile"), QStringLiteral("lab")}, nowhere);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.states.size(), 7);
    QCOMPARE(run.json.value(QLatin1String("builds_sent")).toInt(), 0);

    const CliRun missing = build({QStringLiteral("--profile"), QStringLiteral("nope")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("profiles.yaml") && missing.err.contains("nope"),
             missing.err.constData());
}

void CliBuildTest::changedWebFileRebuildsOnlyWeb()
{
    QVERIFY(appendTo(path(QStringLiteral("apps/web/site/whalestack-test.txt")), "changed\n"));
    const CliRun run = build();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(run.states.size(), 7);
    for (auto it = run.states.cbegin(); it != run.states.cend(); ++it) {
        const char *expected = it.key() == QLatin1String("web") ? "built" : "up-to-date";
        QVERIFY2(it.value() == QLatin1String(expected), qPrintable(it.key() + ": " + it.value()));
    }
    // The first build is in the history: the rebuild of web shows its usual duration.
    QVERIFY2(run.err.contains("usually"), run.err.constData());
    QCOMPARE(run.json.value(QLatin1String("builds_sent")).toInt(), 1);
}

void CliBuildTest::changedRuntimeFileRebuildsItsSubtree()
{
    QVERIFY(appendTo(path(QStringLiteral("runtime/root/whalestack-test.txt")), "changed\n"));
    const CliRun run = build();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    const QStringList rebuilt {QStringLiteral("runtime"), QStringLiteral("web"),
                               QStringLiteral("api"), QStringLiteral("worker")};
    QCOMPARE(run.states.size(), 7);
    for (auto it = run.states.cbegin(); it != run.states.cend(); ++it) {
        const char *expected = rebuilt.contains(it.key()) ? "built" : "up-to-date";
        QVERIFY2(it.value() == QLatin1String(expected), qPrintable(it.key() + ": " + it.value()));
    }
    QCOMPARE(run.json.value(QLatin1String("builds_sent")).toInt(), 4);
}

void CliBuildTest::failingRunBlocksChildren()
{
    const QString dockerfile = path(QStringLiteral("runtime/Dockerfile"));
    QFile f(dockerfile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    QVERIFY(appendTo(dockerfile, "RUN echo whalestack-fails-here && false\n"));
    // A new file in a sibling's context: it must still build while runtime fails.
    QVERIFY(appendTo(path(QStringLiteral("infra/cache/root/whalestack-test.txt")), "changed\n"));
    const CliRun run = build();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.states.value(QStringLiteral("runtime")), QStringLiteral("failed"));
    QVERIFY2(!run.details.value(QStringLiteral("runtime")).isEmpty(), run.err.constData());
    for (const char *child : {"web", "api", "worker"}) {
        QCOMPARE(run.states.value(QLatin1String(child)), QStringLiteral("blocked"));
        QVERIFY(run.details.value(QLatin1String(child)).contains(QLatin1String("runtime")));
    }
    QCOMPARE(run.states.value(QStringLiteral("cache")), QStringLiteral("built"));
    QCOMPARE(run.states.value(QStringLiteral("router")), QStringLiteral("up-to-date"));
    QCOMPARE(run.states.value(QStringLiteral("base")), QStringLiteral("up-to-date"));
    // runtime and cache only: the blocked images never reached the engine.
    QCOMPARE(run.json.value(QLatin1String("builds_sent")).toInt(), 2);
    // The logs: runtime's names the failing step's output; a blocked image's says by what.
    const QDir logs(m_dir.filePath(QStringLiteral("logs")));
    const auto lastLog = [&logs](const char *prefix) {
        const QStringList files = logs.entryList({QLatin1String(prefix) + QStringLiteral("*.log")},
                                                 QDir::Files, QDir::Name);
        QFile log(files.isEmpty() ? QString() : logs.filePath(files.constLast()));
        return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
    };
    QVERIFY(lastLog("whalestack_demo-runtime_1.0-").contains("whalestack-fails-here"));
    const QByteArray webLog = lastLog("whalestack_demo-web_1.0-");
    QVERIFY2(webLog.contains("runtime"), webLog.constData());

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(original);
    f.close();
}

void CliBuildTest::brokenDockerfileIsRefused()
{
    const QString dockerfile = path(QStringLiteral("apps/worker/Dockerfile"));
    QFile f(dockerfile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("FROM\nNOSUCHINSTRUCTION x\n");
    f.close();
    const CliRun run = build();
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.out.isEmpty()); // no summary: no queue ran
    QVERIFY(run.err.contains("Dockerfile"));

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(original);
    f.close();
}

void CliBuildTest::missingExternalBaseFailsWithoutBuild()
{
    const QString dockerfile = path(QStringLiteral("infra/router/Dockerfile"));
    QFile f(dockerfile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    QByteArray changed = original;
    changed.replace("FROM whalestack/demo-base:1.0", "FROM whalestack/not-on-this-engine:1.0");
    QVERIFY(changed != original);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(changed);
    f.close();

    const CliRun run = build();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.states.value(QStringLiteral("router")), QStringLiteral("failed"));
    QVERIFY2(run.details.value(QStringLiteral("router"))
                 .contains(QLatin1String("whalestack/not-on-this-engine:1.0")),
             run.err.constData());
    QCOMPARE(run.json.value(QLatin1String("builds_sent")).toInt(), 0);

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(original);
    f.close();
}

void CliBuildTest::interruptCancelsTheQueue()
{
    // A long RUN in cache: SIGINT while it runs cancels it; the engine ends the build.
    const QString dockerfile = path(QStringLiteral("infra/cache/Dockerfile"));
    QFile f(dockerfile);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray original = f.readAll();
    f.close();
    QVERIFY(appendTo(dockerfile, "RUN echo whalestack-long-step && sleep 300\n"));

    QProcess process;
    process.setProgram(QStringLiteral(WHALESTACK_CLI));
    process.setArguments({QStringLiteral("build"), m_workspace.path(), QStringLiteral("--network"),
                          QStringLiteral("none"), QStringLiteral("--logs"),
                          m_dir.filePath(QStringLiteral("logs")), QStringLiteral("--json")});
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_HOST"), m_dockerd.hostUrl());
    // The history (estimates) and the Docker configuration (push credentials) of this run
    // only: never the user's.
    env.insert(QStringLiteral("WHALESTACK_HISTORY"),
               m_dir.filePath(QStringLiteral("history.sqlite")));
    env.insert(QStringLiteral("DOCKER_CONFIG"), m_dir.filePath(QStringLiteral("docker-config")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    process.setProcessEnvironment(env);
    QByteArray err;
    connect(&process, &QProcess::readyReadStandardError, this,
            [&] { err += process.readAllStandardError(); });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start();
    QTRY_VERIFY_WITH_TIMEOUT(err.contains("whalestack-long-step") || !finished.isEmpty(), 600'000);
    QVERIFY2(finished.isEmpty(), err.constData());
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(finished.wait(300'000) || !finished.isEmpty());
    err += process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    const QJsonObject json = QJsonDocument::fromJson(process.readAllStandardOutput()).object();
    QString cacheState;
    for (const QJsonValue &v : json.value(QLatin1String("images")).toArray()) {
        if (shortName(v.toObject().value(QLatin1String("name")).toString())
            == QLatin1String("cache"))
            cacheState = v.toObject().value(QLatin1String("state")).toString();
    }
    QVERIFY2(cacheState == QLatin1String("cancelled"), err.constData());

    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(original);
    f.close();
}

QTEST_GUILESS_MAIN(CliBuildTest)
#include "tst_CliBuild.moc"
