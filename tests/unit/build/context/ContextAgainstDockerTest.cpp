// The same context with a tricky .dockerignore, sent twice to a private dockerd: once as
// ContextArchive's tar through DockerClient::build, once by the docker CLI (which applies
// .dockerignore itself). A RUN lists what arrived; both lists must be the same.
#include "DockerdFixture.h"
#include "TestTree.h"
#include "build/ContextArchive.h"
#include "docker/DockerClient.h"

#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace ws;

namespace {

const QByteArray kDockerfile = "FROM scratch\n"
                               "COPY busybox /bin/busybox\n"
                               "COPY . /ctx\n"
                               "RUN [\"/bin/busybox\", \"find\", \"/ctx\"]\n";

QStringList ctxLines(const QStringList &lines)
{
    QStringList out;
    for (const QString &line : lines) {
        const QString l = line.trimmed();
        if (l.startsWith(QLatin1String("/ctx")))
            out.append(l);
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

class ContextAgainstDockerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameFilesAsDockerCli();

private:
    test::DockerdFixture m_dockerd;
};

void ContextAgainstDockerTest::initTestCase()
{
    QVERIFY2(m_dockerd.start(), qPrintable(m_dockerd.failureReason()));
}

void ContextAgainstDockerTest::sameFilesAsDockerCli()
{
    QTemporaryDir dir;
    const QString root = dir.path();
    QVERIFY(QFile::copy("/bin/busybox", root + "/busybox"));
    QVERIFY(testtree::write(root + "/Dockerfile", kDockerfile));
    for (const char *file : {"a.log", "keep.log", "docs/x.md", "docs/keep/y.md", "vendor/lib/z.go",
                             "vendor/keep.txt", "src/main.go", "src/gen/out.go", "src/a/gen/b",
                             "tmp/t", "sub/tmp/t", "sp ace.txt", "file1", "fileX", "x/y/z.md"})
        QVERIFY(testtree::write(root + "/" + file, file));
    QVERIFY(testtree::write(root + "/.dockerignore",
                            "# tricky rules\n*.log\n!keep.log\ndocs\n!docs/keep\nvendor\n"
                            "!vendor/keep.txt\n**/gen\n/tmp\nfile[0-9]\n*/*/*.md\n"
                            "Dockerfile\n"));

    // Ours.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("DOCKER_HOST", m_dockerd.hostUrl());
    DockerClient client(DockerEndpoint::fromEnvironment(env));
    ContextArchive archive(ContextSource {root, {}, {}});
    QVERIFY2(archive.open(QIODevice::ReadOnly), qPrintable(archive.errorString()));
    BuildRequest request;
    request.tag = "ws-test/context:ours";
    request.networkMode = "none";
    request.noCache = true;
    request.context = &archive;
    DockerBuildJob *job = client.build(request);
    QSignalSpy lines(job, &DockerBuildJob::logLine);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(180'000));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    QStringList oursText;
    for (const QList<QVariant> &l : std::as_const(lines))
        oursText.append(l.at(0).toString());
    const QStringList ours = ctxLines(oursText);

    // The docker CLI, legacy builder so the RUN output is plain text.
    QProcess cli;
    env.insert("DOCKER_BUILDKIT", "0");
    cli.setProcessEnvironment(env);
    cli.setProcessChannelMode(QProcess::MergedChannels);
    QSignalSpy cliDone(&cli, &QProcess::finished);
    cli.start("docker",
              {"build", "--no-cache", "--network", "none", "-t", "ws-test/context:cli", root});
    QVERIFY(cliDone.wait(180'000));
    const QString cliText = QString::fromUtf8(cli.readAll());
    QVERIFY2(cli.exitCode() == 0, qPrintable(cliText));
    const QStringList theirs = ctxLines(cliText.split(u'\n'));

    // The engine itself drops an excluded Dockerfile after reading it; the rest is the rules.
    QVERIFY2(ours.contains("/ctx/keep.log"), qPrintable(ours.join('\n')));
    QVERIFY(ours.contains("/ctx/vendor/keep.txt"));
    QVERIFY(!ours.contains("/ctx/a.log"));
    QCOMPARE(ours, theirs);
}

QTEST_GUILESS_MAIN(ContextAgainstDockerTest)
#include "ContextAgainstDockerTest.moc"
