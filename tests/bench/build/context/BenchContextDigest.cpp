// The up-to-date check's cost: ContextDigest over 100 unchanged image contexts, against the
// floor measured in the same run — hashing the same files' bytes alone with QCryptographicHash.
// Prints the ratio (issue 3 targets <= 1.3); asserts only that every digest was computed.
#include "build/ContextDigest.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

namespace {

constexpr int images = 100;
constexpr int filesPerImage = 30;
constexpr int runs = 3;

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

// An image folder like the original's: a Dockerfile, a .dockerignore, confd templates and
// scripts in a few folders, sizes from a few bytes to 64 KiB.
bool generate(const QString &root)
{
    for (int i = 0; i < images; ++i) {
        const QString dir = root + QStringLiteral("/image%1").arg(i);
        if (!writeFile(dir + "/Dockerfile", "FROM base\nCOPY root /\nRUN true\n")
            || !writeFile(dir + "/.dockerignore", "*.swp\n.git\n"))
            return false;
        for (int f = 0; f < filesPerImage; ++f) {
            const int size = (f * 2111 + i * 97) % (64 * 1024);
            QByteArray content(size, Qt::Uninitialized);
            for (int b = 0; b < size; ++b)
                content[b] = char((b * 31 + f + i) & 0x7f);
            if (!writeFile(dir + QStringLiteral("/root/etc/part%1/file%2").arg(f % 5).arg(f),
                           content))
                return false;
        }
    }
    return true;
}

QByteArray hashOnly(const QString &dir)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            hash.addData(&file);
    }
    return hash.result();
}

} // namespace

class BenchContextDigest : public QObject
{
    Q_OBJECT

private slots:
    void upToDateCheck();
};

void BenchContextDigest::upToDateCheck()
{
    QTemporaryDir root;
    QVERIFY(generate(root.path()));

    qint64 ours = std::numeric_limits<qint64>::max();
    qint64 reference = std::numeric_limits<qint64>::max();
    int computed = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer timer;
        timer.start();
        for (int i = 0; i < images; ++i)
            QVERIFY(!hashOnly(root.path() + QStringLiteral("/image%1").arg(i)).isEmpty());
        reference = std::min(reference, timer.nsecsElapsed());

        timer.restart();
        computed = 0;
        for (int i = 0; i < images; ++i) {
            ws::ContextDigestInput input;
            input.source.contextDir = root.path() + QStringLiteral("/image%1").arg(i);
            input.buildArgs = {{"DISTR", "kilo"}};
            input.parentImageId = "sha256:0123";
            computed += ws::ContextDigest::compute(input).ok() ? 1 : 0;
        }
        ours = std::min(ours, timer.nsecsElapsed());
    }
    QCOMPARE(computed, images);
    const double oursMs = double(ours) / 1e6;
    const double refMs = double(reference) / 1e6;
    qInfo("up-to-date check: %.1f ms for %d images (%.2f ms/image), hash-only reference %.1f ms, "
          "ratio %.2f",
          oursMs, images, oursMs / images, refMs, oursMs / refMs);
}

QTEST_GUILESS_MAIN(BenchContextDigest)
#include "BenchContextDigest.moc"
