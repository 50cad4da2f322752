// The bundled demo workspace really builds offline: every image, in the loader's dependency
// order, with the docker CLI against a private dockerd and `--network none`; the images docker
// made carry the ports and labels the loader read from the Dockerfiles; and the containers run.
// This is the promise the app makes on a fresh machine, checked end to end with the real tools.

#include "DockerdFixture.h"
#include "workspace/WorkspaceLoader.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    bool finished = false;
    int exitCode = -1;
    QByteArray output; // stdout and stderr, merged
};

// Copies a folder tree, keeping file permissions (run scripts must stay executable).
bool copyTree(const QString &from, const QString &to)
{
    if (!QDir().mkpath(to))
        return false;
    QDirIterator it(from, QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = to + QLatin1Char('/') + QDir(from).relativeFilePath(path);
        if (it.fileInfo().isDir()) {
            if (!QDir().mkpath(target))
                return false;
        } else if (!QFile::copy(path, target)) {
            return false;
        }
    }
    return true;
}

} // namespace

class DemoBuildTest : public QObject
{
    Q_OBJECT

private:
    ws::test::DockerdFixture m_dockerd;
    ws::Workspace m_workspace;
    QTemporaryDir m_contexts;

    // Runs the docker CLI against the private daemon; waits through the event loop.
    Result docker(const QStringList &arguments, int timeoutMs = 600000)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("DOCKER_HOST"), m_dockerd.hostUrl());
        // The classic builder: it needs no buildx plugin and runs RUN steps with --network none.
        env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
        env.insert(QStringLiteral("DOCKER_CONFIG"), m_contexts.path() + QLatin1String("/.docker"));
        process.setProcessEnvironment(env);
        process.setProcessChannelMode(QProcess::MergedChannels);
        QSignalSpy finished(&process, &QProcess::finished);
        process.start(QStringLiteral("docker"), arguments);
        Result result;
        if (finished.wait(timeoutMs) || !finished.isEmpty()) {
            result.finished = true;
            result.exitCode
                = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        } else {
            process.kill();
            QSignalSpy(&process, &QProcess::finished).wait(10000);
        }
        result.output = process.readAll();
        if (process.error() == QProcess::FailedToStart)
            result.output = "cannot start the docker CLI: " + process.errorString().toUtf8();
        return result;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_contexts.isValid(), qPrintable(m_contexts.errorString()));
        QVERIFY2(m_dockerd.start(), qPrintable(m_dockerd.failureReason()));
        m_workspace = ws::WorkspaceLoader::load(qEnvironmentVariable("WHALESTACK_SOURCE_DIR")
                                                + QLatin1String("/resources/workspaces/demo"));
        QStringList problems;
        for (const ws::Problem &p : m_workspace.problems)
            problems << p.toString();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
        QCOMPARE(m_workspace.topologicalOrder().size(), m_workspace.images.size());
    }

    // Builds each image after its parent, with the context files and build arguments the
    // manifest names, then asks docker what it built.
    void buildsEveryImageOffline()
    {
        const QStringList order = m_workspace.topologicalOrder();
        QVERIFY(order.size() >= 7);
        for (const QString &name : order) {
            const ws::ImageDefinition *image = m_workspace.image(name);
            QVERIFY2(image && image->buildable(), qPrintable(name));

            const QString context = m_contexts.path() + QLatin1Char('/') + image->id;
            QVERIFY2(copyTree(image->contextDir, context), qPrintable(context));
            const ws::ImageOverride *extra = m_workspace.manifest.overrideFor(image->id);
            for (const QString &file : extra ? extra->extraContextFiles : QStringList()) {
                const QString source = file.section(QLatin1Char(':'), 0, 0);
                const QString target
                    = context + QLatin1Char('/') + file.section(QLatin1Char(':'), 1);
                QVERIFY2(QFile::exists(source),
                         qPrintable(source + QLatin1String(" is missing: install busybox-static")));
                QVERIFY2(QFile::copy(source, target), qPrintable(target));
                QFile(target).setPermissions(QFile(source).permissions());
            }

            QStringList arguments = {QStringLiteral("build"), QStringLiteral("--network"),
                                     QStringLiteral("none"), QStringLiteral("-t"), name};
            // The manifest's build arguments, then the image's own over them.
            QHash<QString, QString> buildArgs = m_workspace.manifest.buildArgs;
            if (extra)
                buildArgs.insert(extra->buildArgs);
            for (auto it = buildArgs.cbegin(); it != buildArgs.cend(); ++it)
                arguments << QStringLiteral("--build-arg")
                          << it.key() + QLatin1Char('=') + it.value();
            arguments << context;
            const Result build = docker(arguments);
            QVERIFY2(build.finished && build.exitCode == 0,
                     qPrintable(name + QLatin1String(":\n") + QString::fromUtf8(build.output)));

            const Result inspect
                = docker({QStringLiteral("image"), QStringLiteral("inspect"),
                          QStringLiteral("--format"), QStringLiteral("{{json .Config}}"), name});
            QVERIFY2(inspect.exitCode == 0, inspect.output.constData());
            const QJsonObject config = QJsonDocument::fromJson(inspect.output).object();
            const QJsonObject ports = config.value(QLatin1String("ExposedPorts")).toObject();
            for (QString port : image->dockerfile.exposedPorts) {
                if (!port.contains(QLatin1Char('/')))
                    port += QLatin1String("/tcp");
                QVERIFY2(ports.contains(port), qPrintable(name + QLatin1String(": ") + port));
            }
            QCOMPARE(ports.size(), image->dockerfile.exposedPorts.size());
            const QJsonObject labels = config.value(QLatin1String("Labels")).toObject();
            for (const auto &[key, value] : image->dockerfile.labels)
                QCOMPARE(labels.value(key).toString(), value);
        }
    }

    void containersRun_data()
    {
        QTest::addColumn<QString>("image");
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("worker self-test") << "whalestack/demo-worker:1.0"
                                          << "cat /usr/share/worker/selftest.result"
                                          << "ok";
        QTest::newRow("web pages")
            << "whalestack/demo-web:1.0"
            << "httpd -p 8080 -h /srv/www && wget -qO- http://127.0.0.1:8080/"
            << "version 1.0";
        QTest::newRow("api health") << "whalestack/demo-api:1.0"
                                    << "httpd -p 8081 -h /srv/api -u app && "
                                       "wget -qO- http://127.0.0.1:8081/cgi-bin/health"
                                    << "\"status\":\"ok\"";
        QTest::newRow("runtime env") << "whalestack/demo-runtime:1.0"
                                     << "app-env"
                                     << "APP_HOME=/srv/app";
    }
    void containersRun()
    {
        QFETCH(QString, image);
        QFETCH(QString, command);
        QFETCH(QString, expected);
        // ws-init runs the command after its start-up scripts, as `docker run IMAGE cmd` would.
        // --pull never: an image the build did not make must fail here, not be looked up in a
        // public registry (this machine has no network, and must not try).
        const Result run
            = docker({QStringLiteral("run"), QStringLiteral("--rm"), QStringLiteral("--pull"),
                      QStringLiteral("never"), QStringLiteral("--network"), QStringLiteral("none"),
                      image, QStringLiteral("/bin/sh"), QStringLiteral("-c"), command},
                     120000);
        QVERIFY2(run.finished && run.exitCode == 0, run.output.constData());
        QVERIFY2(run.output.contains(expected.toUtf8()), run.output.constData());
    }

    void cleanupTestCase() { m_dockerd.stop(); }
};

QTEST_GUILESS_MAIN(DemoBuildTest)
#include "DemoBuildTest.moc"
