#include "etcd/EtcdExportJob.h"

#include "etcd/EtcdJson.h"
#include "etcd/EtcdStore.h"

#include <QSaveFile>
#include <QtConcurrent/QtConcurrentRun>

#include <limits>

namespace ws {

EtcdExportJob::EtcdExportJob(EtcdStore *store, const QByteArray &prefix, QObject *parent)
    : ResultJob<EtcdExportResult>(parent), m_store(store), m_prefix(prefix)
{
    connect(&m_writer, &QFutureWatcher<Written>::finished, this, &EtcdExportJob::onWritten);
}

// A worker still writing is not waited for: it only touches its own copies, and its result is
// dropped with the watcher.
EtcdExportJob::~EtcdExportJob() = default;

QString EtcdExportJob::headerFor(const QString &endpoint, qint64 revision, const QByteArray &prefix,
                                 qint64 keys)
{
    return tr("whalestack etcd export — endpoint %1, revision %2, prefix %3, %n key(s)", nullptr,
              int(qMin<qint64>(keys, std::numeric_limits<int>::max())))
        .arg(endpoint)
        .arg(revision)
        .arg(prefix.isEmpty() ? QStringLiteral("(all keys)") : EtcdJson::displayKey(prefix));
}

void EtcdExportJob::start()
{
    if (!m_store) {
        finishWithError(HttpReply::Error::ProtocolError, tr("Export: no etcd connection."), {});
        return;
    }
    EtcdRangeAllJob *listing = m_store->rangeAll(m_prefix, false);
    m_listing = listing;
    connect(listing, &EtcdRangeAllJob::progress, this, &EtcdExportJob::progress);
    connect(listing, &ApiJob::finished, this, &EtcdExportJob::onListed);
}

void EtcdExportJob::cancel()
{
    if (isFinished())
        return;
    m_cancelled = true;
    if (m_listing) {
        m_listing->disconnect(this);
        m_listing->deleteLater();
    }
    finishWithError(HttpReply::Error::Aborted, tr("The export was cancelled."), endpoint());
}

void EtcdExportJob::onListed()
{
    auto *listing = qobject_cast<EtcdRangeAllJob *>(sender());
    if (!listing)
        return;
    listing->deleteLater();
    if (m_cancelled)
        return;
    if (listing->hasError()) {
        finishWithError(listing->error(),
                        tr("Could not read the keys under %1 to export them: %2")
                            .arg(EtcdJson::displayKey(m_prefix), listing->errorString()),
                        listing->endpoint());
        return;
    }
    const EtcdRange range = listing->result();
    m_pending.prefix = m_prefix;
    m_pending.revision = range.revision;
    m_pending.keys = range.kvs.size();
    m_pending.endpoint = listing->endpoint();
    m_pending.fileName = m_fileName;
    const QString header
        = headerFor(m_endpointLabel.isEmpty() ? listing->endpoint() : m_endpointLabel,
                    range.revision, m_prefix, range.kvs.size());
    const QString fileName = m_fileName;
    // Everything the worker needs is copied into the lambda: it shares nothing with this job.
    m_writer.setFuture(QtConcurrent::run([range, header, fileName]() {
        Written out;
        EtcdYamlEntries entries;
        entries.reserve(range.kvs.size());
        for (const EtcdKeyValue &kv : range.kvs)
            entries.append({kv.key, kv.value, {}});
        out.yaml = EtcdYamlDocument::write(entries, header);
        if (!fileName.isEmpty()) {
            QSaveFile file(fileName);
            if (!file.open(QIODevice::WriteOnly) || file.write(out.yaml) != out.yaml.size()
                || !file.commit())
                out.error = EtcdExportJob::tr("Could not save the export to %1: %2")
                                .arg(fileName, file.errorString());
        }
        return out;
    }));
}

void EtcdExportJob::onWritten()
{
    if (m_cancelled || isFinished())
        return;
    Written written = m_writer.result();
    if (!written.error.isEmpty()) {
        finishWithError(HttpReply::Error::ProtocolError, written.error, m_pending.endpoint);
        return;
    }
    m_pending.yaml = std::move(written.yaml);
    finishWithResult(m_pending, m_pending.endpoint);
}

} // namespace ws
