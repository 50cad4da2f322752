#include "EtcdKeyHistory.h"

#include "EtcdJson.h"
#include "EtcdStore.h"

namespace ws {

EtcdKeyHistory::EtcdKeyHistory(EtcdStore *store, const QByteArray &key, QObject *parent)
    : QObject(parent), m_store(store), m_key(key)
{ }

EtcdKeyHistory::~EtcdKeyHistory() = default;

void EtcdKeyHistory::start()
{
    readAt(0);
}

bool EtcdKeyHistory::isCompactedError(const QString &message)
{
    // etcd: "mvcc: required revision has been compacted"; EtcdStore keeps the server's words.
    return message.contains(QLatin1String("compacted"));
}

void EtcdKeyHistory::readAt(qint64 revision)
{
    EtcdRangeJob *job = m_store->range(m_key, false, false, 0, revision);
    connect(job, &ApiJob::finished, this, [this, job, revision]() {
        job->deleteLater();
        if (job->hasError()) {
            if (revision > 0 && isCompactedError(job->errorString())) {
                m_compactedAt = revision;
                return finish(End::Compacted);
            }
            return finish(End::Error, job->errorString());
        }
        const EtcdRange &range = job->result();
        if (range.kvs.isEmpty()) {
            if (revision == 0)
                return finish(End::Missing);
            // Reading just before a mod revision that was not a creation finds the value before
            // it; the key was deleted meanwhile only if another client raced us.
            return searchBefore(revision, m_gapSearch);
        }
        continueFrom(range.kvs.constFirst());
    });
}

void EtcdKeyHistory::continueFrom(const EtcdKeyValue &kv)
{
    add({kv.modRevision, kv.createRevision, kv.version, kv.value, false});
    if (m_revisions.size() >= m_limit)
        return finish(End::Limit);
    if (kv.version == 1 || kv.modRevision <= 1)
        return searchBefore(kv.modRevision - 1, m_gapSearch); // created there
    readAt(kv.modRevision - 1);
}

void EtcdKeyHistory::searchBefore(qint64 revision, int remaining)
{
    // Revisions are global to the store, so nothing tells where an earlier life of the key
    // ended: step back one revision at a time, within the budget.
    if (remaining <= 0 || revision <= 1)
        return finish(End::Created);
    EtcdRangeJob *job = m_store->range(m_key, false, false, 0, revision - 1);
    connect(job, &ApiJob::finished, this, [this, job, revision, remaining]() {
        job->deleteLater();
        if (job->hasError()) {
            if (isCompactedError(job->errorString())) {
                m_compactedAt = revision - 1;
                return finish(End::Compacted);
            }
            return finish(End::Error, job->errorString());
        }
        const EtcdRange &range = job->result();
        if (range.kvs.isEmpty())
            return searchBefore(revision - 1, remaining - 1);
        // The key existed at revision - 1 and not at revision: deleted at `revision`.
        EtcdKeyRevision gap;
        gap.modRevision = revision;
        gap.deleted = true;
        add(gap);
        if (m_revisions.size() >= m_limit)
            return finish(End::Limit);
        continueFrom(range.kvs.constFirst());
    });
}

void EtcdKeyHistory::add(const EtcdKeyRevision &revision)
{
    m_revisions.append(revision);
    Q_EMIT revisionFound(revision);
}

void EtcdKeyHistory::finish(End end, const QString &error)
{
    if (m_end != End::NotFinished)
        return;
    m_end = end;
    m_errorString = error;
    Q_EMIT finished();
}

QString EtcdKeyHistory::endText() const
{
    switch (m_end) {
    case End::NotFinished:
        return tr("Reading the history of %1…").arg(EtcdJson::displayKey(m_key));
    case End::Created:
        return tr("The history goes back to the creation of the key.");
    case End::Compacted:
        return tr("Older revisions were compacted (revision %1 is no longer readable).")
            .arg(m_compactedAt);
    case End::Limit:
        return tr("Showing the last %n value(s); older ones were not read.", nullptr,
                  int(m_revisions.size()));
    case End::Missing:
        return tr("The key %1 does not exist.").arg(EtcdJson::displayKey(m_key));
    case End::Error:
        return m_errorString;
    }
    return {};
}

} // namespace ws
