// Issue 3, benchmark 3: sending a 300 MB build context. Time from the start of the request until
// the engine reports its first step ("Step 1/…", which the classic builder prints only once it
// has read the whole context), ours (ContextArchive streamed through DockerClient::build) against
// the Debian docker CLI (`docker build`, DOCKER_BUILDKIT=0) on the same private dockerd and the
// same folder. Rounds alternate, one warm-up each, then the medians and ours/cli (target <= 1.0).
// Asserts only that every build reached its first step and finished.
#include "DockerdFixture.h"
#include "build/ContextArchive.h"
#include "build/ContextSource.h"
#include "docker/DockerClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

constexpr int files = 300;
constexpr qint64 fileSize = 1024 * 1024;
constexpr int rounds = 5;
constexpr int waitMs = 600'000;
const char *const cli = "/usr/bin/docker"; // Debian's docker.io, not a /usr/local one

// Incompressible content, so neither side gains from compression it might do.
bool generate(const QString &root)
{
    QRandomGenerator random(20261125);
    QByteArray block(fileSize, Qt::Uninitialized);
    for (int f = 0; f < files; ++f) {
        random.fillRange(reinterpret_cast<quint32 *>(block.data()),
                         qsizetype(block.size() / sizeof(quint32)));
        const QString dir = root + QStringLiteral("/part%1").arg(f % 10);
        QDir().mkpath(dir);
        QFile file(dir + QStringLiteral("/blob%1.bin").arg(f));
        if (!file.open(QIODevice::WriteOnly) || file.write(block) != block.size())
            return false;
    }
    // The second step is cheap, so a build ends soon after the first step and rounds stay
    // independent; the first step is what is timed.
    QFile dockerfile(root + QStringLiteral("/Dockerfile"));
    return dockerfile.open(QIODevice::WriteOnly)
        && dockerfile.write("FROM scratch\nCOPY Dockerfile /Dockerfile\n") > 0;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

} // namespace

class BenchContextSend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void timeToFirstStep();

private:
    // Milliseconds to the first step, or -1 (with a failure recorded) when it did not come.
    double ours(const QString &tag);
    double dockerCli(const QString &tag);

    ws::test::DockerdFixture m_dockerd;
    QTemporaryDir m_context;
    std::unique_ptr<ws::DockerClient> m_client;
};

void BenchContextSend::initTestCase()
{
    QVERIFY2(QFile::exists(QLatin1String(cli)), "the docker.io package is not installed");
    QVERIFY2(m_dockerd.start(), qPrintable(m_dockerd.failureReason()));
    QVERIFY(m_context.isValid());
    QVERIFY(generate(m_context.path()));
    QProcessEnvironment env;
    env.insert(QStringLiteral("DOCKER_HOST"), m_dockerd.hostUrl());
    m_client = std::make_unique<ws::DockerClient>(ws::DockerEndpoint::fromEnvironment(env));
}

double BenchContextSend::ours(const QString &tag)
{
    QElapsedTimer timer;
    timer.start();
    ws::ContextSource source;
    source.contextDir = m_context.path();
    ws::ContextArchive archive(source);
    if (!archive.open(QIODevice::ReadOnly)) {
        qWarning("cannot list the context");
        return -1;
    }
    ws::BuildRequest request;
    request.tag = tag;
    request.networkMode = QStringLiteral("none");
    request.context = &archive;
    ws::DockerBuildJob *job = m_client->build(request);
    qint64 firstStep = -1;
    connect(job, &ws::DockerBuildJob::stepStarted, this, [&](int step) {
        if (step == 1 && firstStep < 0)
            firstStep = timer.nsecsElapsed();
    });
    QSignalSpy finished(job, &ws::ApiJob::finished);
    const bool done = job->isFinished() || finished.wait(waitMs);
    const bool ok = done && !job->hasError();
    if (!ok)
        qWarning("our build failed: %s", qPrintable(job->errorString()));
    delete job;
    return ok && firstStep >= 0 ? double(firstStep) / 1e6 : -1;
}

double BenchContextSend::dockerCli(const QString &tag)
{
    QProcess docker;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DOCKER_BUILDKIT"), QStringLiteral("0"));
    env.remove(QStringLiteral("DOCKER_HOST"));
    env.insert(QStringLiteral("DOCKER_CONFIG"), m_dockerd.dir() + QStringLiteral("/cli-config"));
    docker.setProcessEnvironment(env);
    docker.setProcessChannelMode(QProcess::MergedChannels);
    QByteArray output;
    qint64 firstStep = -1;
    QElapsedTimer timer;
    connect(&docker, &QProcess::readyReadStandardOutput, this, [&] {
        output += docker.readAllStandardOutput();
        if (firstStep < 0 && output.contains("Step 1/"))
            firstStep = timer.nsecsElapsed();
    });
    QSignalSpy finished(&docker, &QProcess::finished);
    timer.start();
    docker.start(QLatin1String(cli),
                 {QStringLiteral("-H"), m_dockerd.hostUrl(), QStringLiteral("build"),
                  QStringLiteral("--network"), QStringLiteral("none"), QStringLiteral("-t"), tag,
                  m_context.path()});
    const bool done = finished.wait(waitMs);
    const bool ok = done && docker.exitStatus() == QProcess::NormalExit && docker.exitCode() == 0;
    if (!ok)
        qWarning("docker build failed: %s", output.right(2000).constData());
    return ok && firstStep >= 0 ? double(firstStep) / 1e6 : -1;
}

void BenchContextSend::timeToFirstStep()
{
    // Warm-up: the page cache holds the files, the client has negotiated its API version.
    QVERIFY(ours(QStringLiteral("bench/send:warm-ours")) > 0);
    QVERIFY(dockerCli(QStringLiteral("bench/send:warm-cli")) > 0);

    QList<double> oursMs, cliMs;
    for (int round = 0; round < rounds; ++round) {
        // Alternate which goes first, so neither always follows the other's cleanup.
        const bool oursFirst = round % 2 == 0;
        for (int i = 0; i < 2; ++i) {
            const QString tag = QStringLiteral("bench/send:r%1").arg(round);
            double ms = 0;
            if ((i == 0) == oursFirst) {
                ms = ours(tag + QStringLiteral("-ours"));
                QVERIFY2(ms > 0, "our build did not reach its first step");
                oursMs << ms;
            } else {
                ms = dockerCli(tag + QStringLiteral("-cli"));
                QVERIFY2(ms > 0, "docker build did not reach its first step");
                cliMs << ms;
            }
        }
    }
    const double mbytes = double(files * fileSize) / (1024 * 1024);
    const double o = median(oursMs);
    const double c = median(cliMs);
    qInfo("send %.0f MB context, time to first step: ours %.0f ms (%.0f MB/s), docker CLI %.0f ms "
          "(%.0f MB/s), ratio ours/cli %.2f (target <= 1.0)",
          mbytes, o, mbytes / o * 1000, c, mbytes / c * 1000, o / c);
    QStringList rows;
    for (int i = 0; i < rounds; ++i)
        rows << QStringLiteral("%1/%2").arg(oursMs.at(i), 0, 'f', 0).arg(cliMs.at(i), 0, 'f', 0);
    qInfo("rounds (ours/cli ms): %s", qPrintable(rows.join(QStringLiteral(" "))));
}

QTEST_GUILESS_MAIN(BenchContextSend)
#include "BenchContextSend.moc"
