#pragma once

#include "ContextSource.h"
#include "common/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QString>

#include <functional>

class QThreadPool;

namespace ws {

// What decides whether an image is up to date: its context, its Dockerfile, its build args and
// the image ID of its parent.
struct ContextDigestInput
{
    ContextSource source;
    QHash<QString, QString> buildArgs;
    QString parentImageId; // "sha256:..." of the parent as built; empty for scratch or external
};

// The value of the label org.whalestack.context-digest: SHA-256 over the context tar exactly as
// ContextArchive streams it (so it changes iff the tar does), the Dockerfile's bytes, the build
// args sorted by name and the parent's image ID.
class ContextDigest
{
    Q_DECLARE_TR_FUNCTIONS(ContextDigest)

public:
    struct Result
    {
        QByteArray digest; // "sha256:<64 hex>"; empty on error or cancel
        Problems problems; // why there is no digest (and warnings from the listing)
        bool canceled = false;
        bool ok() const { return !digest.isEmpty(); }
    };

    static constexpr const char *label = "org.whalestack.context-digest";

    // Blocking: reads every file of the context. isCanceled is polled between chunks.
    static Result compute(const ContextDigestInput &input,
                          const std::function<bool()> &isCanceled = {});
    // compute() on a pool thread (the global one when pool is null); QFuture::cancel() stops it
    // and the result then has canceled set.
    static QFuture<Result> computeAsync(const ContextDigestInput &input,
                                        QThreadPool *pool = nullptr);
};

} // namespace ws
