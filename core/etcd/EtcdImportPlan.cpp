#include "etcd/EtcdImportPlan.h"

#include "etcd/EtcdJson.h"
#include "etcd/EtcdStore.h"

#include <QHash>
#include <QTimer>

namespace ws {

namespace {

// etcd's default --max-txn-ops: EtcdKv splits a batch into transactions of this many ops.
constexpr int OpsPerBatch = 128;

QByteArray commonPrefix(const QByteArray &a, const QByteArray &b)
{
    qsizetype n = 0;
    const qsizetype max = qMin(a.size(), b.size());
    while (n < max && a.at(n) == b.at(n))
        ++n;
    return a.left(n);
}

} // namespace

EtcdImportPlan::EtcdImportPlan(EtcdStore *store, QObject *parent) : QObject(parent), m_store(store)
{ }

EtcdImportPlan::~EtcdImportPlan() = default;

bool EtcdImportPlan::setYaml(const QByteArray &yaml)
{
    m_parsed = EtcdYamlDocument::parse(yaml);
    m_changes.clear();
    m_revision = 0;
    return m_parsed.ok();
}

void EtcdImportPlan::setEntries(const EtcdYamlEntries &entries)
{
    m_parsed = EtcdYamlParseResult();
    m_parsed.entries = entries;
    m_changes.clear();
    m_revision = 0;
}

void EtcdImportPlan::setPrune(bool prune, const QByteArray &scope)
{
    m_prune = prune;
    m_pruneScope = scope;
}

QByteArray EtcdImportPlan::pruneScope() const
{
    if (!m_pruneScope.isEmpty())
        return m_pruneScope;
    const EtcdYamlEntries &entries = m_parsed.entries;
    if (entries.isEmpty())
        return {};
    QByteArray prefix = entries.front().key;
    for (const EtcdYamlEntry &e : entries)
        prefix = commonPrefix(prefix, e.key);
    return prefix.left(prefix.lastIndexOf('/') + 1);
}

// The keys the dry run must see: everything under the common prefix of the file's keys and,
// with prune, of the prune scope. Read as one rangeAll, so all of it is one snapshot.
QByteArray EtcdImportPlan::readScope() const
{
    const EtcdYamlEntries &entries = m_parsed.entries;
    QByteArray scope = entries.isEmpty() ? pruneScope() : entries.front().key;
    for (const EtcdYamlEntry &e : entries)
        scope = commonPrefix(scope, e.key);
    if (m_prune)
        scope = commonPrefix(scope, pruneScope());
    return scope;
}

void EtcdImportPlan::dryRun()
{
    if (m_busy)
        return;
    m_changes.clear();
    m_revision = 0;
    m_result = EtcdImportResult();
    if (!m_parsed.ok()) {
        QTimer::singleShot(0, this, [this] { finishDryRun(m_parsed.errorString()); });
        return;
    }
    if (!m_store) {
        QTimer::singleShot(0, this, [this] { finishDryRun(tr("No etcd connection.")); });
        return;
    }
    if (m_parsed.entries.isEmpty() && (!m_prune || pruneScope().isEmpty())) {
        // Nothing to compare; never read the whole store for an empty file.
        QTimer::singleShot(0, this, [this] { finishDryRun({}); });
        return;
    }
    m_busy = true;
    const QByteArray scope = readScope();
    EtcdRangeAllJob *job = m_store->rangeAll(scope, false);
    connect(job, &ApiJob::finished, this, [this, job, scope] {
        job->deleteLater();
        if (job->hasError()) {
            finishDryRun(tr("Could not read the keys under %1 for the dry run: %2")
                             .arg(EtcdJson::displayKey(scope), job->errorString()));
            return;
        }
        const EtcdRange &range = job->result();
        m_revision = range.revision;
        QHash<QByteArray, const EtcdKeyValue *> stored;
        stored.reserve(range.kvs.size());
        for (const EtcdKeyValue &kv : range.kvs)
            stored.insert(kv.key, &kv);
        QSet<QByteArray> inFile;
        m_changes.reserve(m_parsed.entries.size());
        for (const EtcdYamlEntry &e : std::as_const(m_parsed.entries)) {
            inFile.insert(e.key);
            EtcdImportChange change;
            change.key = e.key;
            change.value = e.value;
            const EtcdKeyValue *kv = stored.value(e.key);
            if (!kv) {
                change.kind = EtcdImportChange::Kind::Add;
            } else {
                change.oldValue = kv->value;
                change.modRevision = kv->modRevision;
                change.kind = kv->value == e.value ? EtcdImportChange::Kind::Unchanged
                                                   : EtcdImportChange::Kind::Change;
            }
            m_changes.append(std::move(change));
        }
        if (m_prune) {
            const QByteArray scopeToPrune = pruneScope();
            for (const EtcdKeyValue &kv : range.kvs) {
                if (!kv.key.startsWith(scopeToPrune) || inFile.contains(kv.key))
                    continue;
                EtcdImportChange change;
                change.kind = EtcdImportChange::Kind::Delete;
                change.key = kv.key;
                change.oldValue = kv.value;
                change.modRevision = kv.modRevision;
                m_changes.append(std::move(change));
            }
        }
        finishDryRun({});
    });
}

void EtcdImportPlan::finishDryRun(const QString &error)
{
    m_busy = false;
    m_error = error;
    Q_EMIT dryRunFinished(error.isEmpty());
}

QString EtcdImportPlan::keyText(const QByteArray &key)
{
    if (EtcdYamlDocument::isBinary(key))
        return EtcdJson::displayKey(key);
    for (char c : key) {
        if ((uchar(c) < 0x20 || c == 0x7f))
            return EtcdJson::displayKey(key);
    }
    return QString::fromUtf8(key);
}

int EtcdImportPlan::count(EtcdImportChange::Kind kind) const
{
    int n = 0;
    for (const EtcdImportChange &c : m_changes)
        n += c.kind == kind ? 1 : 0;
    return n;
}

bool EtcdImportPlan::hasWork() const
{
    for (const EtcdImportChange &c : m_changes) {
        if (c.kind != EtcdImportChange::Kind::Unchanged)
            return true;
    }
    return false;
}

QString EtcdImportPlan::summary(int maxKeys) const
{
    using Kind = EtcdImportChange::Kind;
    QStringList lines;
    lines << tr("%n to add", nullptr, count(Kind::Add)) + QLatin1String(", ")
            + tr("%n to change", nullptr, count(Kind::Change)) + QLatin1String(", ")
            + tr("%n unchanged", nullptr, count(Kind::Unchanged)) + QLatin1String(", ")
            + tr("%n to delete", nullptr, count(Kind::Delete))
            + tr(" (store revision %1)").arg(m_revision);
    int shown = 0;
    int hidden = 0;
    for (const EtcdImportChange &c : m_changes) {
        if (c.kind == Kind::Unchanged)
            continue;
        if (shown >= maxKeys) {
            ++hidden;
            continue;
        }
        ++shown;
        const QString key = keyText(c.key);
        switch (c.kind) {
        case Kind::Add:
            lines << QLatin1String("+ ") + key;
            break;
        case Kind::Change:
            lines << QLatin1String("~ ") + key;
            break;
        case Kind::Delete:
            lines << QLatin1String("- ") + key;
            break;
        case Kind::Unchanged:
            break;
        }
    }
    if (hidden > 0)
        lines << tr("… and %n more", nullptr, hidden);
    return lines.join(QLatin1Char('\n'));
}

QList<EtcdBatchOp> EtcdImportPlan::ops(QList<int> *changeIndex) const
{
    QList<EtcdBatchOp> out;
    for (int i = 0; i < m_changes.size(); ++i) {
        const EtcdImportChange &c = m_changes.at(i);
        switch (c.kind) {
        case EtcdImportChange::Kind::Add:
            out.append(EtcdBatchOp::put(c.key, c.value, 0));
            break;
        case EtcdImportChange::Kind::Change:
            out.append(EtcdBatchOp::put(c.key, c.value, c.modRevision));
            break;
        case EtcdImportChange::Kind::Delete:
            out.append(EtcdBatchOp::remove(c.key, false, c.modRevision));
            break;
        case EtcdImportChange::Kind::Unchanged:
            continue;
        }
        changeIndex->append(i);
    }
    return out;
}

void EtcdImportPlan::apply()
{
    if (m_busy)
        return;
    m_result = EtcdImportResult();
    if (!m_store) {
        QTimer::singleShot(0, this, [this] { finishApply(tr("No etcd connection.")); });
        return;
    }
    m_result.atomic = m_store->atomicBatches();
    if (!hasWork()) {
        m_result.complete = true;
        m_result.revision = m_revision;
        m_result.message = tr("Nothing to import: the store already holds the file's values.");
        QTimer::singleShot(0, this, [this] { finishApply({}); });
        return;
    }
    m_busy = true;
    if (!m_checkBeforeApply) {
        writeBatches();
        return;
    }
    // One more keys-only read: a key changed since the dry run refuses the import before
    // anything is written.
    const QByteArray scope = readScope();
    EtcdRangeAllJob *job = m_store->rangeAll(scope, true);
    connect(job, &ApiJob::finished, this, [this, job, scope] {
        job->deleteLater();
        if (job->hasError()) {
            finishApply(tr("Could not check the keys under %1 before importing: %2")
                            .arg(EtcdJson::displayKey(scope), job->errorString()));
            return;
        }
        QHash<QByteArray, qint64> now;
        for (const EtcdKeyValue &kv : job->result().kvs)
            now.insert(kv.key, kv.modRevision);
        for (const EtcdImportChange &c : std::as_const(m_changes)) {
            if (c.kind != EtcdImportChange::Kind::Unchanged && now.value(c.key, 0) != c.modRevision)
                m_result.conflicts.append(c.key);
        }
        if (!m_result.conflicts.isEmpty()) {
            QStringList keys;
            for (const QByteArray &k : std::as_const(m_result.conflicts)
                                           .first(qMin<qsizetype>(20, m_result.conflicts.size())))
                keys << keyText(k);
            m_result.message
                = tr("The import was refused and nothing was written: %n key(s) changed in the "
                     "store since the dry run: %1. Run the dry run again to see the new values.",
                     nullptr, int(m_result.conflicts.size()))
                      .arg(keys.join(QLatin1String(", ")));
            finishApply(m_result.message);
            return;
        }
        writeBatches();
    });
}

void EtcdImportPlan::writeBatches()
{
    QList<int> changeIndex;
    const QList<EtcdBatchOp> batch = ops(&changeIndex);
    EtcdBatchJob *job = m_store->applyBatch(batch);
    connect(job, &EtcdBatchJob::progress, this, &EtcdImportPlan::progress);
    connect(job, &ApiJob::finished, this, [this, job, batch] {
        job->deleteLater();
        const EtcdBatchResult &r = job->result();
        m_result.batches = r.txns;
        m_result.appliedBatches = r.appliedTxns;
        m_result.revision = r.revision;
        m_result.complete = !job->hasError() && r.complete();
        m_result.appliedChanges = m_result.complete
            ? int(batch.size())
            : (r.failedFirstOp >= 0 ? r.failedFirstOp
                                    : qMin(int(batch.size()), r.appliedTxns * OpsPerBatch));
        for (const EtcdKeyValue &kv : r.conflicts)
            m_result.conflicts.append(kv.key);
        const QString notAtomic = m_result.atomic
            ? QString()
            : tr(" This store has no transactions (etcd v2): the import is not atomic, and the "
                 "batch that failed may be partly written.");
        if (m_result.complete) {
            m_result.message = tr("Imported %n change(s)", nullptr, int(batch.size()))
                + tr(" in %n transaction(s), store revision %1.", nullptr, r.txns).arg(r.revision);
            finishApply({});
            return;
        }
        QString why;
        if (!m_result.conflicts.isEmpty()) {
            QStringList keys;
            for (const QByteArray &k : std::as_const(m_result.conflicts))
                keys << keyText(k);
            why = tr("%n key(s) changed since the dry run: %1", nullptr,
                     int(m_result.conflicts.size()))
                      .arg(keys.join(QLatin1String(", ")));
        } else {
            why = job->hasError() ? job->errorString() : r.failure;
        }
        QString applied;
        if (m_result.appliedChanges > 0)
            applied = tr("Batches 1 to %1 of %2 were applied (keys %3 to %4); the rest were not.")
                          .arg(r.appliedTxns)
                          .arg(r.txns)
                          .arg(keyText(batch.front().key),
                               keyText(batch.at(m_result.appliedChanges - 1).key));
        else
            applied = tr("No batch was applied.");
        m_result.message = tr("The import stopped at batch %1 of %2: %3. %4")
                               .arg(r.appliedTxns + 1)
                               .arg(r.txns)
                               .arg(why, applied)
            + notAtomic;
        finishApply(m_result.message);
    });
}

void EtcdImportPlan::finishApply(const QString &error)
{
    m_busy = false;
    m_error = error;
    if (m_result.message.isEmpty())
        m_result.message = error;
    Q_EMIT applyFinished(error.isEmpty());
}

} // namespace ws
