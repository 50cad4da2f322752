// ContextArchive: the tar it streams is valid (read back with libarchive), reproducible byte for
// byte, keeps modes and symlinks, applies .dockerignore like Docker, adds extra files, stays
// bounded in memory, and fails with the file's name when a file changes under it.
#include "build/ContextArchive.h"
#include "TestTree.h"
#include "workspace/ImageDefinition.h"
#include "workspace/Manifest.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <unistd.h>

using testtree::TarEntry;
using ws::ContextArchive;
using ws::ContextSource;

namespace {

const auto exec = QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
    | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther;

bool makeTree(const QString &root)
{
    return testtree::write(root + "/Dockerfile", "FROM scratch\nCOPY . /ctx\n")
        && testtree::write(root + "/a.txt", "hello\n")
        && testtree::write(root + "/bin/run.sh", "#!/bin/sh\necho hi\n", exec)
        && testtree::write(root + "/sub/dir/deep.txt", "deep")
        && testtree::write(root + "/empty-file", "") && QDir(root).mkpath("empty")
        && QFile::link("a.txt", root + "/link");
}

QByteArray archiveBytes(const ContextSource &source, bool *ok)
{
    ContextArchive archive(source);
    *ok = archive.open(QIODevice::ReadOnly);
    if (!*ok)
        return {};
    const QByteArray bytes = testtree::drain(&archive);
    *ok = archive.isFinished() && !archive.hasFailed();
    return bytes;
}

QStringList paths(const QList<TarEntry> &entries)
{
    QStringList out;
    for (const TarEntry &e : entries)
        out.append(e.path);
    return out;
}

const TarEntry *find(const QList<TarEntry> &entries, const QString &path)
{
    for (const TarEntry &e : entries)
        if (e.path == path)
            return &e;
    return nullptr;
}

} // namespace

class ContextArchiveTest : public QObject
{
    Q_OBJECT

private slots:
    void validTarWithEverything();
    void reproducible();
    void dockerIgnoreWithExceptions();
    void extraFiles();
    void extraFileMissing();
    void predictedSizeIsExact();
    void boundedMemory();
    void brokenDockerIgnoreRefused();
    void missingContextRefused();
    void unreadableFileRefused();
    void vanishedFileFails();
    void grownFileFails();
    void endSignalled();
    void dockerfileOutsideContext();
    void sourceForImage();
};

void ContextArchiveTest::validTarWithEverything()
{
    QTemporaryDir dir;
    QVERIFY(makeTree(dir.path()));
    bool ok = false;
    const QByteArray tar = archiveBytes({dir.path(), {}, {}}, &ok);
    QVERIFY(ok);
    const QList<TarEntry> entries = testtree::readTar(tar, &ok);
    QVERIFY(ok);
    const QStringList expected {"Dockerfile", "a.txt", "bin", "bin/run.sh", "empty",
                                "empty-file", "link",  "sub", "sub/dir",    "sub/dir/deep.txt"};
    QCOMPARE(paths(entries), expected);
    for (const TarEntry &e : entries) {
        QCOMPARE(e.mtime, 0);
        QCOMPARE(e.uid, 0);
        QCOMPARE(e.gid, 0);
        QVERIFY(e.uname.isEmpty());
    }
    QCOMPARE(find(entries, "bin/run.sh")->perm, 0755);
    QCOMPARE(find(entries, "bin/run.sh")->content, QByteArray("#!/bin/sh\necho hi\n"));
    QCOMPARE(find(entries, "a.txt")->perm, 0644);
    QCOMPARE(find(entries, "link")->type, int(AE_IFLNK));
    QCOMPARE(find(entries, "link")->symlink, QStringLiteral("a.txt"));
    QCOMPARE(find(entries, "empty")->type, int(AE_IFDIR));
    QCOMPARE(find(entries, "empty-file")->size, 0);
    QCOMPARE(find(entries, "sub/dir/deep.txt")->content, QByteArray("deep"));
}

void ContextArchiveTest::reproducible()
{
    QTemporaryDir one, two;
    QVERIFY(makeTree(one.path()));
    QVERIFY(makeTree(two.path()));
    bool ok = false;
    const QByteArray first = archiveBytes({one.path(), {}, {}}, &ok);
    QVERIFY(ok);
    QCOMPARE(archiveBytes({one.path(), {}, {}}, &ok), first);
    QCOMPARE(archiveBytes({two.path(), {}, {}}, &ok), first); // another folder, same content

    QFile touched(one.path() + "/a.txt");
    QVERIFY(touched.open(QIODevice::ReadWrite));
    QVERIFY(touched.setFileTime(QDateTime::currentDateTimeUtc().addDays(-3),
                                QFileDevice::FileModificationTime));
    touched.close();
    QCOMPARE(archiveBytes({one.path(), {}, {}}, &ok), first);

    QVERIFY(testtree::write(one.path() + "/a.txt", "hellO\n"));
    QVERIFY(archiveBytes({one.path(), {}, {}}, &ok) != first);
    QVERIFY(testtree::write(one.path() + "/a.txt", "hello\n"));
    QCOMPARE(archiveBytes({one.path(), {}, {}}, &ok), first);

    QVERIFY(QFile::setPermissions(one.path() + "/a.txt",
                                  QFile::permissions(one.path() + "/a.txt") | QFile::ExeOwner));
    QVERIFY(archiveBytes({one.path(), {}, {}}, &ok) != first);
}

void ContextArchiveTest::dockerIgnoreWithExceptions()
{
    QTemporaryDir dir;
    QVERIFY(makeTree(dir.path()));
    QVERIFY(testtree::write(dir.path() + "/x.log", "log"));
    QVERIFY(testtree::write(dir.path() + "/build/out.o", "obj"));
    QVERIFY(testtree::write(dir.path() + "/build/keep.txt", "keep"));
    QVERIFY(testtree::write(dir.path() + "/.dockerignore",
                            "# build output\n*.log\nbuild\n!build/keep.txt\nsub/**/*.txt\n"
                            "Dockerfile\n.dockerignore\n"));
    bool ok = false;
    const QList<TarEntry> entries = testtree::readTar(archiveBytes({dir.path(), {}, {}}, &ok), &ok);
    QVERIFY(ok);
    const QStringList got = paths(entries);
    QVERIFY(!got.contains("x.log"));
    QVERIFY(!got.contains("build/out.o"));
    QVERIFY(!got.contains("build")); // Docker sends the kept file, not its excluded folder
    QVERIFY(got.contains("build/keep.txt"));
    QVERIFY(!got.contains("sub/dir/deep.txt"));
    QVERIFY(got.contains("sub/dir"));
    QVERIFY(got.contains("Dockerfile")); // always sent, as the docker CLI does
    QVERIFY(got.contains(".dockerignore"));
}

void ContextArchiveTest::extraFiles()
{
    QTemporaryDir dir, host;
    QVERIFY(makeTree(dir.path()));
    QVERIFY(testtree::write(host.path() + "/tool",
                            "\x7f"
                            "ELF",
                            exec));
    QVERIFY(testtree::write(host.path() + "/conf", "new a"));
    ContextSource source {dir.path(),
                          {},
                          {host.path() + "/tool:busybox", host.path() + "/conf:/a.txt",
                           host.path() + "/conf:etc/deep/conf"}};
    bool ok = false;
    const QList<TarEntry> entries = testtree::readTar(archiveBytes(source, &ok), &ok);
    QVERIFY(ok);
    QCOMPARE(find(entries, "busybox")->perm, 0755);
    QCOMPARE(find(entries, "busybox")->content,
             QByteArray("\x7f"
                        "ELF"));
    QCOMPARE(find(entries, "a.txt")->content, QByteArray("new a")); // replaces the context's
    QVERIFY(find(entries, "etc/deep/conf"));
    QCOMPARE(paths(entries).count("a.txt"), 1);
    QStringList sorted = paths(entries);
    std::sort(sorted.begin(), sorted.end());
    QCOMPARE(paths(entries), sorted);
}

void ContextArchiveTest::extraFileMissing()
{
    QTemporaryDir dir;
    QVERIFY(makeTree(dir.path()));
    ContextArchive archive(ContextSource {dir.path(), {}, {dir.path() + "/nope:x", "no-colon"}});
    QVERIFY(!archive.open(QIODevice::ReadOnly));
    QCOMPARE(archive.problems().size(), 2);
    QVERIFY(archive.problems().at(0).file.endsWith("/nope"));
    QVERIFY(archive.problems().at(1).message.contains("no-colon"));
}

void ContextArchiveTest::predictedSizeIsExact()
{
    QTemporaryDir dir;
    QVERIFY(makeTree(dir.path()));
    QVERIFY(testtree::write(dir.path() + "/big.bin", QByteArray(300'001, 'x')));
    QVERIFY(testtree::write(dir.path() + "/" + QString(120, u'n') + "/" + QString(90, u'f'),
                            "long name needs a pax header"));
    QVERIFY(testtree::write(dir.path() + QStringLiteral("/файл"), "non-ascii"));
    const ContextSource source {dir.path(), {}, {}};
    ws::Problems problems;
    const qint64 predicted = ContextArchive::predictSize(source, &problems);
    QVERIFY(problems.isEmpty());
    bool ok = false;
    const QByteArray tar = archiveBytes(source, &ok);
    QVERIFY(ok);
    QCOMPARE(predicted, qint64(tar.size()));
    const QList<TarEntry> entries = testtree::readTar(tar, &ok);
    QVERIFY(ok);
    QVERIFY(find(entries, QString(120, u'n') + "/" + QString(90, u'f')));
    QVERIFY(find(entries, QStringLiteral("файл")));
}

void ContextArchiveTest::boundedMemory()
{
    QTemporaryDir dir;
    QByteArray big(16 * 1024 * 1024, Qt::Uninitialized);
    for (qsizetype i = 0; i < big.size(); ++i)
        big[i] = char(i * 7 % 251);
    QVERIFY(testtree::write(dir.path() + "/big.bin", big));
    ContextArchive archive(ContextSource {dir.path(), {}, {}});
    QVERIFY(archive.open(QIODevice::ReadOnly));
    qint64 maxBuffered = 0;
    const QByteArray tar = testtree::drain(&archive, &maxBuffered);
    QVERIFY(archive.isFinished());
    QVERIFY2(maxBuffered < 2 * 1024 * 1024, qPrintable(QString::number(maxBuffered)));
    bool ok = false;
    const QList<TarEntry> entries = testtree::readTar(tar, &ok);
    QVERIFY(ok);
    QCOMPARE(entries.size(), 1);
    QVERIFY(entries.first().content == big);
}

void ContextArchiveTest::brokenDockerIgnoreRefused()
{
    QTemporaryDir dir;
    QVERIFY(makeTree(dir.path()));
    QVERIFY(testtree::write(dir.path() + "/.dockerignore", "ok\nfile[\n"));
    ContextArchive archive(ContextSource {dir.path(), {}, {}});
    QVERIFY(!archive.open(QIODevice::ReadOnly));
    QCOMPARE(archive.problems().size(), 1);
    QCOMPARE(archive.problems().first().file, dir.path() + "/.dockerignore");
    QCOMPARE(archive.problems().first().line, 2);
    QVERIFY(!archive.errorString().isEmpty());
}

void ContextArchiveTest::missingContextRefused()
{
    ContextArchive archive(ContextSource {"/nonexistent/whalestack/context", {}, {}});
    QVERIFY(!archive.open(QIODevice::ReadOnly));
    QCOMPARE(archive.problems().size(), 1);
    QCOMPARE(ContextArchive::predictSize(ContextSource {"/nonexistent/x", {}, {}}), -1);
}

void ContextArchiveTest::unreadableFileRefused()
{
    if (::geteuid() == 0)
        QSKIP("root reads every file; the vanished and grown cases cover read failures");
    QTemporaryDir dir;
    QVERIFY(makeTree(dir.path()));
    QVERIFY(testtree::write(dir.path() + "/secret", "x", QFile::WriteOwner));
    ContextArchive archive(ContextSource {dir.path(), {}, {}});
    QVERIFY(!archive.open(QIODevice::ReadOnly));
    QCOMPARE(archive.problems().first().file, dir.path() + "/secret");
}

void ContextArchiveTest::vanishedFileFails()
{
    QTemporaryDir dir;
    QVERIFY(makeTree(dir.path()));
    QVERIFY(testtree::write(dir.path() + "/zz-big", QByteArray(200'000, 'z')));
    ContextArchive archive(ContextSource {dir.path(), {}, {}});
    QSignalSpy failed(&archive, &ContextArchive::failed);
    QVERIFY(archive.open(QIODevice::ReadOnly));
    QVERIFY(QFile::remove(dir.path() + "/zz-big"));
    (void)testtree::drain(&archive);
    QVERIFY(archive.hasFailed());
    QVERIFY(!archive.isFinished());
    QVERIFY2(archive.errorString().contains("zz-big"), qPrintable(archive.errorString()));
    QVERIFY(failed.wait());
    QVERIFY(failed.first().first().toString().contains("zz-big"));
}

void ContextArchiveTest::grownFileFails()
{
    QTemporaryDir dir;
    QVERIFY(testtree::write(dir.path() + "/a", "small"));
    QVERIFY(testtree::write(dir.path() + "/b", QByteArray(100'000, 'b')));
    ContextArchive archive(ContextSource {dir.path(), {}, {}});
    QVERIFY(archive.open(QIODevice::ReadOnly));
    QVERIFY(testtree::write(dir.path() + "/b", QByteArray(100'001, 'b')));
    (void)testtree::drain(&archive);
    QVERIFY(archive.hasFailed());
    QVERIFY2(archive.errorString().contains(dir.path() + "/b"), qPrintable(archive.errorString()));

    // A file that shrank is caught too, and an empty file that appeared with content.
    QVERIFY(testtree::write(dir.path() + "/b", QByteArray(100'000, 'b')));
    QVERIFY(testtree::write(dir.path() + "/c", ""));
    ContextArchive second(ContextSource {dir.path(), {}, {}});
    QVERIFY(second.open(QIODevice::ReadOnly));
    QVERIFY(testtree::write(dir.path() + "/c", "now with data"));
    (void)testtree::drain(&second);
    QVERIFY(second.hasFailed());
    QVERIFY(second.errorString().contains(dir.path() + "/c"));
}

void ContextArchiveTest::endSignalled()
{
    QTemporaryDir dir;
    QVERIFY(makeTree(dir.path()));
    ContextArchive archive(ContextSource {dir.path(), {}, {}});
    QSignalSpy finished(&archive, &QIODevice::readChannelFinished);
    QSignalSpy ready(&archive, &QIODevice::readyRead);
    QVERIFY(archive.open(QIODevice::ReadOnly));
    QVERIFY(archive.isSequential());
    QVERIFY(ready.wait());
    const QByteArray tar = testtree::drain(&archive);
    QVERIFY(archive.atEnd());
    QVERIFY(finished.wait());
    QCOMPARE(archive.bytesAvailable(), 0);
    QVERIFY(archive.predictedSize() == tar.size());
}

void ContextArchiveTest::dockerfileOutsideContext()
{
    QTemporaryDir dir, elsewhere;
    QVERIFY(testtree::write(dir.path() + "/a", "a"));
    QVERIFY(testtree::write(elsewhere.path() + "/web.Dockerfile", "FROM scratch\n"));
    ContextSource source {dir.path(), elsewhere.path() + "/web.Dockerfile", {}};
    QCOMPARE(source.dockerfileInContext(), QString());
    QCOMPARE(source.dockerfileInArchive(), QStringLiteral(".whalestack.Dockerfile"));
    bool ok = false;
    const QList<TarEntry> entries = testtree::readTar(archiveBytes(source, &ok), &ok);
    QVERIFY(ok);
    QCOMPARE(paths(entries), QStringList({".whalestack.Dockerfile", "a"}));
    QCOMPARE(entries.first().content, QByteArray("FROM scratch\n"));

    source.dockerfile = elsewhere.path() + "/missing";
    ContextArchive missing(source);
    QVERIFY(!missing.open(QIODevice::ReadOnly));
    QCOMPARE(missing.problems().first().file, elsewhere.path() + "/missing");

    source.dockerfile = "sub/Dockerfile"; // relative: inside the context
    QCOMPARE(source.dockerfileInArchive(), QStringLiteral("sub/Dockerfile"));
}

void ContextArchiveTest::sourceForImage()
{
    ws::ImageDefinition image;
    image.id = "openstack/keystone";
    image.name = "reg/kilo-keystone:1";
    image.contextDir = "/ws/openstack/keystone";
    image.dockerfilePath = "/ws/openstack/keystone/Dockerfile";
    ws::Manifest manifest;
    ws::ImageOverride o;
    o.image = "openstack/keystone";
    o.extraContextFiles = {"/bin/busybox:busybox"};
    manifest.images.append(o);
    ContextSource source = ContextSource::forImage(image, &manifest);
    QCOMPARE(source.contextDir, image.contextDir);
    QCOMPARE(source.dockerfilePath(), image.dockerfilePath);
    QCOMPARE(source.dockerfileInContext(), QStringLiteral("Dockerfile"));
    QCOMPARE(source.extraFiles, QStringList {"/bin/busybox:busybox"});
    manifest.images.first().image = image.name; // by full name too
    QCOMPARE(ContextSource::forImage(image, &manifest).extraFiles.size(), 1);
    QVERIFY(ContextSource::forImage(image).extraFiles.isEmpty());
}

QTEST_GUILESS_MAIN(ContextArchiveTest)
#include "ContextArchiveTest.moc"
