#pragma once

#include "EtcdKvResults.h"
#include "EtcdYamlDocument.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ws {

class EtcdStore;

// What an import would do to one key, as seen by the dry run.
struct EtcdImportChange
{
    enum class Kind { Add, Change, Unchanged, Delete };
    Kind kind = Kind::Add;
    QByteArray key;
    QByteArray value; // from the file (empty for Delete)
    QByteArray oldValue; // in the store at the dry run (empty for Add)
    qint64 modRevision = 0; // the key's mod revision at the dry run; 0: it did not exist
};

// How an apply ended. Batches are etcd transactions of at most 128 writes, applied in order,
// each all or nothing (on a v3 store); `appliedBatches` of `batches` went through.
struct EtcdImportResult
{
    bool complete = false; // every change is in the store
    bool atomic = true; // false on a store without transactions (v2): a failed batch may be partial
    int batches = 0;
    int appliedBatches = 0;
    int appliedChanges = 0; // writes known to be applied
    qint64 revision = 0; // store revision after the last applied batch
    QList<QByteArray> conflicts; // keys changed since the dry run (the reason for a refusal)
    QString message; // what happened, for a person
};

// An import of an EtcdYamlDocument into a store, in two steps. dryRun() reads the keys the file
// touches as one snapshot and classifies each (add, change, unchanged and, with prune, delete
// of keys under the scope that the file lacks), keeping the mod revision it saw. apply() writes
// the additions, changes and deletions with guards on those revisions (0 for additions), so a
// key changed by someone else since the dry run is never overwritten: the import is refused
// with the keys. Before writing, the keys are checked once more (checkBeforeApply, on by
// default), so such a refusal normally comes before any batch is applied; the guards still
// hold per transaction when a write lands between that check and the batches.
class EtcdImportPlan : public QObject
{
    Q_OBJECT

public:
    explicit EtcdImportPlan(EtcdStore *store, QObject *parent = nullptr);
    ~EtcdImportPlan() override;

    // Parses the file; false when it is refused (parseResult() says why and where).
    bool setYaml(const QByteArray &yaml);
    const EtcdYamlParseResult &parseResult() const { return m_parsed; }
    void setEntries(const EtcdYamlEntries &entries);
    const EtcdYamlEntries &entries() const { return m_parsed.entries; }

    // With prune, keys under `scope` that the file lacks are deleted. An empty scope means the
    // longest common prefix of the file's keys, up to and with its last '/' (a file exported
    // from /services/ prunes under /services/... or deeper, never wider).
    void setPrune(bool prune, const QByteArray &scope = {});
    bool prune() const { return m_prune; }
    QByteArray pruneScope() const;

    void setCheckBeforeApply(bool check) { m_checkBeforeApply = check; }

    // Reads the store and fills changes(); dryRunFinished() follows, from the event loop.
    void dryRun();
    const QList<EtcdImportChange> &changes() const { return m_changes; }
    qint64 dryRunRevision() const { return m_revision; }
    int count(EtcdImportChange::Kind kind) const;
    bool hasWork() const;
    // "2 to add, 1 to change, 10 unchanged, 0 to delete" and one line per key that changes
    // ("+ key", "~ key", "- key"), at most `maxKeys` of them.
    QString summary(int maxKeys = 200) const;

    // Writes the changes of the last dry run; applyFinished() follows, from the event loop.
    void apply();
    const EtcdImportResult &result() const { return m_result; }

    // A key as text for lists and messages: as it is when it is printable UTF-8, else quoted
    // with escapes.
    static QString keyText(const QByteArray &key);

    // Empty when the last step succeeded.
    QString errorString() const { return m_error; }

Q_SIGNALS:
    void dryRunFinished(bool ok);
    void applyFinished(bool ok);
    void progress(int appliedBatches, int batches);

private:
    QByteArray readScope() const;
    void finishDryRun(const QString &error);
    void finishApply(const QString &error);
    void writeBatches();
    QList<EtcdBatchOp> ops(QList<int> *changeIndex) const;

    QPointer<EtcdStore> m_store;
    EtcdYamlParseResult m_parsed;
    bool m_prune = false;
    QByteArray m_pruneScope;
    bool m_checkBeforeApply = true;
    QList<EtcdImportChange> m_changes;
    qint64 m_revision = 0;
    EtcdImportResult m_result;
    QString m_error;
    bool m_busy = false;
};

} // namespace ws
