// ContextDigest: stable for the same inputs, and different when the context's content or modes,
// the Dockerfile, a build arg or the parent's image ID changes; asynchronous and cancellable.
#include "build/ContextDigest.h"
#include "TestTree.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ws::ContextDigest;
using ws::ContextDigestInput;

class ContextDigestTest : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void stableAndSensitive();
    void dockerfileOutsideContext();
    void missingDockerfile();
    void asyncMatchesSync();
    void cancel();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    ContextDigestInput m_input;
};

void ContextDigestTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    const QString root = m_dir->path();
    QVERIFY(testtree::write(root + "/Dockerfile", "FROM base\nARG V\n"));
    QVERIFY(testtree::write(root + "/app/main.sh", "echo hi\n"));
    QVERIFY(testtree::write(root + "/.dockerignore", "*.tmp\n"));
    m_input = {};
    m_input.source.contextDir = root;
    m_input.buildArgs = {{"V", "1"}, {"W", "2"}};
    m_input.parentImageId = "sha256:parent";
}

void ContextDigestTest::stableAndSensitive()
{
    const ContextDigest::Result first = ContextDigest::compute(m_input);
    QVERIFY(first.ok());
    QVERIFY(first.digest.startsWith("sha256:"));
    QCOMPARE(first.digest.size(), 7 + 64);
    QCOMPARE(ContextDigest::compute(m_input).digest, first.digest);

    // Ignored files do not count.
    QVERIFY(testtree::write(m_dir->path() + "/scratch.tmp", "noise"));
    QCOMPARE(ContextDigest::compute(m_input).digest, first.digest);

    ContextDigestInput other = m_input;
    other.buildArgs["V"] = "9";
    QVERIFY(ContextDigest::compute(other).digest != first.digest);
    other = m_input;
    other.buildArgs.insert("X", "");
    QVERIFY(ContextDigest::compute(other).digest != first.digest);
    other = m_input;
    other.parentImageId = "sha256:other";
    QVERIFY(ContextDigest::compute(other).digest != first.digest);

    QVERIFY(testtree::write(m_dir->path() + "/app/main.sh", "echo ho\n"));
    const QByteArray changed = ContextDigest::compute(m_input).digest;
    QVERIFY(changed != first.digest);
    QVERIFY(testtree::write(m_dir->path() + "/app/main.sh", "echo hi\n"));
    QCOMPARE(ContextDigest::compute(m_input).digest, first.digest);

    QVERIFY(QFile::setPermissions(m_dir->path() + "/app/main.sh",
                                  QFile::permissions(m_dir->path() + "/app/main.sh")
                                      | QFile::ExeOwner));
    QVERIFY(ContextDigest::compute(m_input).digest != first.digest);
}

void ContextDigestTest::dockerfileOutsideContext()
{
    QTemporaryDir elsewhere;
    QVERIFY(testtree::write(elsewhere.path() + "/Dockerfile.web", "FROM a\n"));
    ContextDigestInput input = m_input;
    input.source.dockerfile = elsewhere.path() + "/Dockerfile.web";
    const QByteArray first = ContextDigest::compute(input).digest;
    QVERIFY(!first.isEmpty());
    QVERIFY(testtree::write(elsewhere.path() + "/Dockerfile.web", "FROM b\n"));
    QVERIFY(ContextDigest::compute(input).digest != first);
}

void ContextDigestTest::missingDockerfile()
{
    ContextDigestInput input = m_input;
    input.source.dockerfile = "Nope";
    const ContextDigest::Result r = ContextDigest::compute(input);
    QVERIFY(!r.ok());
    QCOMPARE(r.problems.size(), 1);
    QVERIFY(r.problems.first().file.endsWith("/Nope"));
}

void ContextDigestTest::asyncMatchesSync()
{
    QFutureWatcher<ContextDigest::Result> watcher;
    QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(ContextDigest::computeAsync(m_input));
    QVERIFY(done.wait());
    QCOMPARE(watcher.result().digest, ContextDigest::compute(m_input).digest);
}

void ContextDigestTest::cancel()
{
    const ContextDigest::Result r = ContextDigest::compute(m_input, [] { return true; });
    QVERIFY(r.canceled);
    QVERIFY(!r.ok());

    QFutureWatcher<ContextDigest::Result> watcher;
    QSignalSpy done(&watcher, &QFutureWatcherBase::finished);
    QFuture<ContextDigest::Result> future = ContextDigest::computeAsync(m_input);
    future.cancel();
    watcher.setFuture(future);
    QTRY_VERIFY(future.isFinished());
    QVERIFY(future.isCanceled());
}

QTEST_GUILESS_MAIN(ContextDigestTest)
#include "ContextDigestTest.moc"
