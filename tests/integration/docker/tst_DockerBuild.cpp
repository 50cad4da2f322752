// Builds, image calls and pushes against a private dockerd and docker-registry: a FROM scratch
// image with a busybox RUN step (networkmode=none: the engine has no bridge), its ID and labels
// through inspect, a failing RUN, a broken Dockerfile, cancel during a long RUN, a stalled
// stream, an engine that goes away mid-build, and pushes that succeed or fail in the stream.
#include "DockerdFixture.h"
#include "RegistryFixture.h"
#include "docker/DockerClient.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace ws;

namespace {

bool waitJob(ApiJob *job, int ms = 120'000)
{
    if (job->isFinished())
        return true;
    QSignalSpy spy(job, &ApiJob::finished);
    return spy.wait(ms) || job->isFinished();
}

DockerEndpoint endpointFor(const QString &host)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), host);
    return DockerEndpoint::fromEnvironment(env);
}

// A build context folder with busybox and the Dockerfile, packed with tar into context.tar.
class Context
{
public:
    explicit Context(const QByteArray &dockerfile)
    {
        QFile::copy(QStringLiteral("/bin/busybox"), m_dir.filePath(QStringLiteral("busybox")));
        QFile f(m_dir.filePath(QStringLiteral("Dockerfile")));
        if (f.open(QIODevice::WriteOnly))
            f.write(dockerfile);
        f.close();
        // Only the two files go in: the tar itself sits in the same folder.
        const QString tar = m_dir.filePath(QStringLiteral("context.tar"));
        m_ok = QProcess::execute(QStringLiteral("tar"),
                                 {QStringLiteral("-C"), m_dir.path(), QStringLiteral("-cf"), tar,
                                  QStringLiteral("Dockerfile"), QStringLiteral("busybox")})
            == 0;
        m_tar.setFileName(tar);
        m_ok = m_ok && m_tar.open(QIODevice::ReadOnly);
    }
    bool isOk() const { return m_ok; }
    QString dir() const { return m_dir.path(); }
    QIODevice *device() { return &m_tar; }

private:
    QTemporaryDir m_dir;
    QFile m_tar;
    bool m_ok = false;
};

// Kills what a SIGKILLed dockerd left behind: processes whose command line names its folder
// (containerd, the shims), and their children (the container's processes), and its mounts.
// Returns how many processes it killed.
int killLeftovers(const QString &folder)
{
    QSet<qint64> owners;
    QList<QPair<qint64, qint64>> all; // pid, parent pid
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs);
    for (const QString &name : pids) {
        bool isPid = false;
        const qint64 pid = name.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (cmdline.open(QIODevice::ReadOnly) && cmdline.readAll().contains(folder.toUtf8()))
            owners.insert(pid);
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (stat.open(QIODevice::ReadOnly)) {
            const QByteArray text = stat.readAll();
            const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
            if (fields.size() > 1)
                all.append({pid, fields.at(1).toLongLong()});
        }
    }
    int killed = 0;
    for (const auto &[pid, parent] : all) {
        if (owners.contains(parent) && !owners.contains(pid)) {
            ::kill(pid_t(pid), SIGKILL);
            ++killed;
        }
    }
    for (qint64 pid : owners) {
        ::kill(pid_t(pid), SIGKILL);
        ++killed;
    }
    // dockerd's own mounts (its data root, the container's network namespace) stay too.
    QFile mounts(QStringLiteral("/proc/self/mounts"));
    if (mounts.open(QIODevice::ReadOnly)) {
        QStringList points;
        for (const QByteArray &line : mounts.readAll().split('\n')) {
            const QList<QByteArray> fields = line.split(' ');
            if (fields.size() > 1 && fields.at(1).startsWith(folder.toUtf8()))
                points.prepend(QString::fromUtf8(fields.at(1)));
        }
        for (const QString &point : points)
            QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), point});
    }
    return killed;
}

const QByteArray kGood = "FROM scratch\n"
                         "COPY busybox /bin/busybox\n"
                         "ARG GREETING=none\n"
                         "RUN [\"/bin/busybox\", \"sh\", \"-c\", \"/bin/busybox echo said "
                         "$GREETING; /bin/busybox mkdir /x\"]\n"
                         "LABEL org.example.kind=test\n";

const QByteArray kFailing = "FROM scratch\n"
                            "COPY busybox /bin/busybox\n"
                            "RUN [\"/bin/busybox\", \"sh\", \"-c\", \"/bin/busybox echo failing "
                            "now; exit 3\"]\n"
                            "LABEL never=reached\n";

const QByteArray kLong = "FROM scratch\n"
                         "COPY busybox /bin/busybox\n"
                         "RUN [\"/bin/busybox\", \"sh\", \"-c\", \"/bin/busybox echo started; "
                         "/bin/busybox sleep 120\"]\n";

} // namespace

class tst_DockerBuild : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void buildImage();
    void streamedContext();
    void failingRun();
    void brokenDockerfile();
    void noContext();
    void cancelDuringRun();
    void stalledStream();
    void inspectMissing();
    void tagPushAndRemove();
    void pushFailsInStream();
    void engineGoesAway();
    void engineKilled();

private:
    QJsonArray runningContainers(DockerClient *client);

    ws::test::DockerdFixture m_dockerd;
    ws::test::RegistryFixture m_registry;
    std::unique_ptr<DockerClient> m_client;
};

void tst_DockerBuild::initTestCase()
{
    QVERIFY2(m_dockerd.start(), qPrintable(m_dockerd.failureReason()));
    QVERIFY2(m_registry.start(), qPrintable(m_registry.failureReason()));
    m_client = std::make_unique<DockerClient>(endpointFor(m_dockerd.hostUrl()));
    DockerPingJob *ping = m_client->ping();
    QVERIFY(waitJob(ping));
    QVERIFY2(!ping->hasError(), qPrintable(ping->errorString()));
}

QJsonArray tst_DockerBuild::runningContainers(DockerClient *client)
{
    HttpReply *reply = client->send(HttpRequest::get("/containers/json"));
    QSignalSpy spy(reply, &HttpReply::finished);
    if (!spy.wait(30'000) || reply->hasError())
        return {QStringLiteral("unknown")};
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).array();
}

void tst_DockerBuild::buildImage()
{
    Context context(kGood);
    QVERIFY(context.isOk());
    BuildRequest request;
    request.tag = QStringLiteral("ws-test/good:1");
    request.labels.insert(QStringLiteral("org.whalestack.context-digest"),
                          QStringLiteral("sha256:abc{}\"+ &="));
    request.buildArgs.insert(QStringLiteral("GREETING"), QStringLiteral("hello+world & more"));
    request.networkMode = QStringLiteral("none");
    request.context = context.device();
    DockerBuildJob *job = m_client->build(request);
    QSignalSpy steps(job, &DockerBuildJob::stepStarted);
    QSignalSpy lines(job, &DockerBuildJob::logLine);
    QVERIFY(waitJob(job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QVERIFY(job->result().imageId.startsWith(QLatin1String("sha256:")));
    // Five instructions, and the engine adds a LABEL step for the labels of the request.
    QCOMPARE(job->result().stepsTotal, 6);
    QCOMPARE(steps.count(), 6);
    QCOMPARE(steps.at(3).at(0).toInt(), 4);
    QCOMPARE(steps.at(3).at(1).toInt(), 6);
    QVERIFY(steps.at(3).at(2).toString().startsWith(QLatin1String("RUN ")));
    QStringList text;
    for (const QList<QVariant> &l : lines)
        text.append(l.at(0).toString());
    QVERIFY2(text.contains(QLatin1String("said hello+world & more")), qPrintable(text.join('\n')));

    DockerImageJob *inspect = m_client->inspectImage(request.tag);
    QVERIFY(waitJob(inspect));
    QVERIFY2(!inspect->hasError(), qPrintable(inspect->errorString()));
    QCOMPARE(inspect->result().id, job->result().imageId);
    QCOMPARE(inspect->result().labels.value(QStringLiteral("org.whalestack.context-digest")),
             QStringLiteral("sha256:abc{}\"+ &="));
    QCOMPARE(inspect->result().labels.value(QStringLiteral("org.example.kind")),
             QStringLiteral("test"));
    QVERIFY(inspect->result().repoTags.contains(request.tag));
    QVERIFY(inspect->result().size > 500'000); // busybox is in it
    QVERIFY(inspect->result().created.isValid());

    // The same again: every step after FROM comes from the cache, same image.
    context.device()->seek(0);
    DockerBuildJob *again = m_client->build(request);
    QSignalSpy hits(again, &DockerBuildJob::cacheHit);
    QVERIFY(waitJob(again));
    QVERIFY2(!again->hasError(), qPrintable(again->errorString()));
    QCOMPARE(again->result().imageId, job->result().imageId);
    QCOMPARE(again->result().cacheHits, 5);
    QCOMPARE(hits.count(), 5);

    // nocache: no hits.
    context.device()->seek(0);
    request.noCache = true;
    DockerBuildJob *fresh = m_client->build(request);
    QVERIFY(waitJob(fresh));
    QVERIFY2(!fresh->hasError(), qPrintable(fresh->errorString()));
    QCOMPARE(fresh->result().cacheHits, 0);
}

void tst_DockerBuild::streamedContext()
{
    // A sequential body (tar writing to a pipe) goes chunked: never the whole tar in memory.
    Context context(kGood);
    QVERIFY(context.isOk());
    QProcess tar;
    tar.setProgram(QStringLiteral("tar"));
    tar.setArguments({QStringLiteral("-C"), context.dir(), QStringLiteral("-cf"),
                      QStringLiteral("-"), QStringLiteral("Dockerfile"),
                      QStringLiteral("busybox")});
    tar.start(QIODevice::ReadOnly);
    BuildRequest request;
    request.tag = QStringLiteral("ws-test/streamed:1");
    request.networkMode = QStringLiteral("none");
    request.context = &tar;
    DockerBuildJob *job = m_client->build(request);
    QVERIFY(waitJob(job));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QVERIFY(job->result().imageId.startsWith(QLatin1String("sha256:")));
    QVERIFY(tar.state() == QProcess::NotRunning || tar.waitForFinished(30'000));
}

void tst_DockerBuild::failingRun()
{
    Context context(kFailing);
    QVERIFY(context.isOk());
    BuildRequest request;
    request.tag = QStringLiteral("ws-test/failing:1");
    request.networkMode = QStringLiteral("none");
    request.context = context.device();
    DockerBuildJob *job = m_client->build(request);
    QVERIFY(waitJob(job));
    QVERIFY(job->hasError());
    QVERIFY(!job->wasCancelled());
    QVERIFY(job->result().imageId.isEmpty());
    QCOMPARE(job->result().lastStep, 3);
    const QString error = job->errorString();
    QVERIFY2(error.contains(QLatin1String("step 3/4")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("returned a non-zero code: 3")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("failing now")), qPrintable(error)); // the output tail
    DockerImageJob *inspect = m_client->inspectImage(request.tag);
    QVERIFY(waitJob(inspect));
    QCOMPARE(inspect->error(), HttpReply::Error::HttpStatus);
}

void tst_DockerBuild::brokenDockerfile()
{
    Context context("FROM scratch\nFROBNICATE everything\n");
    QVERIFY(context.isOk());
    BuildRequest request;
    request.tag = QStringLiteral("ws-test/broken:1");
    request.context = context.device();
    DockerBuildJob *job = m_client->build(request);
    QSignalSpy steps(job, &DockerBuildJob::stepStarted);
    QVERIFY(waitJob(job));
    QCOMPARE(job->error(), HttpReply::Error::HttpStatus);
    QVERIFY2(job->errorString().contains(QLatin1String("unknown instruction")),
             qPrintable(job->errorString()));
    QVERIFY2(job->errorString().contains(QLatin1String("refused the build before it started")),
             qPrintable(job->errorString()));
    QCOMPARE(steps.count(), 0);
}

void tst_DockerBuild::noContext()
{
    BuildRequest request;
    DockerBuildJob *job = m_client->build(request);
    QVERIFY(!job->isFinished());
    QVERIFY(waitJob(job));
    QVERIFY(job->hasError());
}

void tst_DockerBuild::cancelDuringRun()
{
    Context context(kLong);
    QVERIFY(context.isOk());
    BuildRequest request;
    request.tag = QStringLiteral("ws-test/long:1");
    request.networkMode = QStringLiteral("none");
    request.context = context.device();
    DockerBuildJob *job = m_client->build(request);
    connect(job, &DockerBuildJob::logLine, job, [job](const QString &line) {
        if (line == QLatin1String("started"))
            job->abort();
    });
    QVERIFY(waitJob(job, 25'000)); // well before the RUN's 120 s
    QVERIFY(job->wasCancelled());
    QCOMPARE(job->error(), HttpReply::Error::Aborted);
    QVERIFY2(job->errorString().contains(QLatin1String("cancelled")),
             qPrintable(job->errorString()));
    QCOMPARE(job->result().lastStep, 3);
    // The engine stops the build container once it sees the connection gone (and the job kills
    // it too). On a loaded machine that has been seen to take ~20 s; the bound stays well below
    // the RUN's 120 s, so a container still there at the end was really not stopped.
    const bool gone
        = QTest::qWaitFor([this] { return runningContainers(m_client.get()).isEmpty(); }, 60'000);
    QVERIFY2(gone, QJsonDocument(runningContainers(m_client.get())).toJson().constData());
}

void tst_DockerBuild::stalledStream()
{
    Context context(kLong);
    QVERIFY(context.isOk());
    BuildRequest request;
    request.tag = QStringLiteral("ws-test/stalled:1");
    request.networkMode = QStringLiteral("none");
    request.context = context.device();
    request.noCache = true;
    request.idleTimeoutMs = 3000; // the RUN is silent for 120 s
    DockerBuildJob *job = m_client->build(request);
    QVERIFY(waitJob(job, 25'000));
    QCOMPARE(job->error(), HttpReply::Error::Timeout);
    QVERIFY2(job->errorString().contains(QLatin1String("stalled")), qPrintable(job->errorString()));
    QVERIFY(!job->wasCancelled());
    QTRY_COMPARE_WITH_TIMEOUT(runningContainers(m_client.get()).size(), 0, 20'000);
}

void tst_DockerBuild::inspectMissing()
{
    DockerImageJob *job = m_client->inspectImage(QStringLiteral("ws-test/nope:1"));
    QVERIFY(waitJob(job));
    QCOMPARE(job->error(), HttpReply::Error::HttpStatus);
    QVERIFY2(job->errorString().contains(QLatin1String("No such image")),
             qPrintable(job->errorString()));
}

void tst_DockerBuild::tagPushAndRemove()
{
    Context context(kGood);
    QVERIFY(context.isOk());
    BuildRequest request;
    request.tag = QStringLiteral("ws-test/pushme:1");
    request.networkMode = QStringLiteral("none");
    request.context = context.device();
    DockerBuildJob *build = m_client->build(request);
    QVERIFY(waitJob(build));
    QVERIFY2(!build->hasError(), qPrintable(build->errorString()));

    const QString repository = m_registry.hostPort() + QLatin1String("/team/pushme");
    DockerActionJob *tag = m_client->tagImage(request.tag, repository, QStringLiteral("2.0"));
    QVERIFY(waitJob(tag));
    QVERIFY2(!tag->hasError(), qPrintable(tag->errorString()));

    DockerPushJob *push = m_client->push(repository, QStringLiteral("2.0"));
    QSignalSpy layers(push, &DockerPushJob::layerProgress);
    QVERIFY(waitJob(push));
    QVERIFY2(!push->hasError(), qPrintable(push->errorString()));
    QCOMPARE(push->result().tag, QStringLiteral("2.0"));
    QVERIFY(push->result().digest.startsWith(QLatin1String("sha256:")));
    QVERIFY(push->result().size > 0);
    QVERIFY(layers.count() >= 2);
    bool pushed = false;
    for (const QList<QVariant> &l : layers)
        pushed = pushed || l.at(1).toString() == QLatin1String("Pushed");
    QVERIFY(pushed);

    QByteArray body;
    QUrl catalog = m_registry.url();
    catalog.setPath(QStringLiteral("/v2/_catalog"));
    QCOMPARE(ws::test::ServerProcess::httpGetStatus(catalog, 10'000, &body), 200);
    QVERIFY2(QJsonDocument::fromJson(body)
                 .object()
                 .value(QLatin1String("repositories"))
                 .toArray()
                 .contains(QStringLiteral("team/pushme")),
             body.constData());
    QUrl tags = m_registry.url();
    tags.setPath(QStringLiteral("/v2/team/pushme/tags/list"));
    QCOMPARE(ws::test::ServerProcess::httpGetStatus(tags, 10'000, &body), 200);
    QVERIFY2(QJsonDocument::fromJson(body)
                 .object()
                 .value(QLatin1String("tags"))
                 .toArray()
                 .contains(QStringLiteral("2.0")),
             body.constData());

    DockerActionJob *remove = m_client->removeImage(repository + QLatin1String(":2.0"));
    QVERIFY(waitJob(remove));
    QVERIFY2(!remove->hasError(), qPrintable(remove->errorString()));
    DockerImageJob *gone = m_client->inspectImage(repository + QLatin1String(":2.0"));
    QVERIFY(waitJob(gone));
    QCOMPARE(gone->error(), HttpReply::Error::HttpStatus);
}

void tst_DockerBuild::pushFailsInStream()
{
    // Nothing listens on that port: the engine answers 200 and reports the error in the stream.
    const quint16 closed = ws::test::ServerProcess::freeTcpPort();
    const QString repository = QStringLiteral("127.0.0.1:%1/team/nowhere").arg(closed);
    Context context(kGood);
    QVERIFY(context.isOk());
    BuildRequest request;
    request.tag = repository + QLatin1String(":1");
    request.networkMode = QStringLiteral("none");
    request.context = context.device();
    DockerBuildJob *build = m_client->build(request);
    QVERIFY(waitJob(build));
    QVERIFY2(!build->hasError(), qPrintable(build->errorString()));

    RegistryCredentials credentials;
    credentials.serverAddress = QStringLiteral("127.0.0.1:%1").arg(closed);
    credentials.username = QStringLiteral("user");
    credentials.password = QStringLiteral("pa55-do-not-show");
    DockerPushJob *push = m_client->push(repository, QStringLiteral("1"), credentials);
    QSignalSpy lines(push, &DockerPushJob::logLine);
    QVERIFY(waitJob(push));
    QVERIFY(push->hasError());
    QVERIFY(push->result().digest.isEmpty());
    QVERIFY2(push->errorString().contains(QLatin1String("connection refused")),
             qPrintable(push->errorString()));
    QVERIFY(!push->errorString().contains(credentials.password));
    for (const QList<QVariant> &l : lines)
        QVERIFY(!l.at(0).toString().contains(credentials.password));
}

void tst_DockerBuild::engineGoesAway()
{
    ws::test::DockerdFixture dockerd;
    QVERIFY2(dockerd.start(), qPrintable(dockerd.failureReason()));
    DockerClient client(endpointFor(dockerd.hostUrl()));
    Context context(kLong);
    QVERIFY(context.isOk());
    BuildRequest request;
    request.tag = QStringLiteral("ws-test/orphan:1");
    request.networkMode = QStringLiteral("none");
    request.context = context.device();
    DockerBuildJob *job = client.build(request);
    const qint64 pid = dockerd.pid();
    connect(job, &DockerBuildJob::logLine, job, [pid](const QString &line) {
        if (line == QLatin1String("started"))
            ::kill(pid_t(pid), SIGTERM); // the engine shuts down mid-RUN
    });
    QVERIFY(waitJob(job, 60'000));
    QVERIFY(job->hasError());
    QVERIFY(!job->wasCancelled());
    QVERIFY(job->result().imageId.isEmpty());
    QCOMPARE(job->result().lastStep, 3);
    QVERIFY2(job->errorString().contains(QLatin1String("step 3/3")),
             qPrintable(job->errorString()));
}

void tst_DockerBuild::engineKilled()
{
    // SIGKILL: no goodbye in the stream, the connection just drops. The killed engine leaves the
    // build container's shim and process behind; the test ends them itself.
    ws::test::DockerdFixture dockerd;
    QVERIFY2(dockerd.start(), qPrintable(dockerd.failureReason()));
    DockerClient client(endpointFor(dockerd.hostUrl()));
    Context context(kLong);
    QVERIFY(context.isOk());
    BuildRequest request;
    request.tag = QStringLiteral("ws-test/killed:1");
    request.networkMode = QStringLiteral("none");
    request.context = context.device();
    DockerBuildJob *job = client.build(request);
    const qint64 pid = dockerd.pid();
    connect(job, &DockerBuildJob::logLine, job, [pid](const QString &line) {
        if (line == QLatin1String("started"))
            ::kill(pid_t(pid), SIGKILL);
    });
    QVERIFY(waitJob(job, 60'000));
    QCOMPARE(job->error(), HttpReply::Error::Closed);
    QVERIFY2(job->errorString().contains(QLatin1String("closed the connection")),
             qPrintable(job->errorString()));
    QVERIFY2(job->errorString().contains(QLatin1String("step 3/3")),
             qPrintable(job->errorString()));
    QVERIFY(job->result().imageId.isEmpty());
    killLeftovers(dockerd.dir());
}

QTEST_GUILESS_MAIN(tst_DockerBuild)
#include "tst_DockerBuild.moc"
