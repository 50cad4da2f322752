#include "ContextDigest.h"

#include "ContextArchive.h"

#include <QCryptographicHash>
#include <QFile>
#include <QPromise>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ws {

namespace {

// Every part goes in with its length, so no two different inputs give the same byte sequence.
void addField(QCryptographicHash &hash, const char *name, const QByteArray &value)
{
    hash.addData(QByteArray(name) + ' ' + QByteArray::number(value.size()) + '\n');
    hash.addData(value);
}

} // namespace

ContextDigest::Result ContextDigest::compute(const ContextDigestInput &input,
                                             const std::function<bool()> &isCanceled)
{
    Result result;
    const auto canceled = [&] {
        if (isCanceled && isCanceled()) {
            result.canceled = true;
            return true;
        }
        return false;
    };

    const QString dockerfilePath = input.source.dockerfilePath();
    QFile dockerfile(dockerfilePath);
    if (!dockerfile.open(QIODevice::ReadOnly)) {
        result.problems.append(
            makeProblem(dockerfilePath, 0, 0,
                        tr("cannot read the Dockerfile: %1").arg(dockerfile.errorString())));
        return result;
    }
    const QByteArray dockerfileBytes = dockerfile.readAll();

    ContextArchive archive(input.source);
    if (!archive.open(QIODevice::ReadOnly)) {
        result.problems = archive.problems();
        if (result.problems.isEmpty())
            result.problems.append(
                makeProblem(input.source.contextDir, 0, 0, archive.errorString()));
        return result;
    }
    result.problems = archive.problems();

    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(QByteArrayLiteral("whalestack context digest v1\n"));
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    qint64 total = 0;
    for (;;) {
        if (canceled())
            return result;
        const qint64 n = archive.read(buffer.data(), buffer.size());
        if (n <= 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), n));
        total += n;
    }
    if (archive.hasFailed() || !archive.isFinished()) {
        result.problems.append(makeProblem(input.source.contextDir, 0, 0, archive.errorString()));
        return result;
    }
    hash.addData(QByteArrayLiteral("context ") + QByteArray::number(total) + '\n');
    addField(hash, "dockerfile", dockerfileBytes);

    QStringList names = input.buildArgs.keys();
    std::sort(names.begin(), names.end());
    hash.addData(QByteArrayLiteral("args ") + QByteArray::number(names.size()) + '\n');
    for (const QString &name : std::as_const(names)) {
        addField(hash, "name", name.toUtf8());
        addField(hash, "value", input.buildArgs.value(name).toUtf8());
    }
    addField(hash, "parent", input.parentImageId.toUtf8());
    result.digest = "sha256:" + hash.result().toHex();
    return result;
}

QFuture<ContextDigest::Result> ContextDigest::computeAsync(const ContextDigestInput &input,
                                                           QThreadPool *pool)
{
    return QtConcurrent::run(pool ? pool : QThreadPool::globalInstance(),
                             [input](QPromise<Result> &promise) {
                                 Result r = compute(input, [&] { return promise.isCanceled(); });
                                 promise.addResult(std::move(r));
                             });
}

} // namespace ws
