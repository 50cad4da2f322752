#pragma once

#include "EtcdKeyValue.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QString>

namespace ws {

class EtcdStore;

// One earlier (or the current) state of a key.
struct EtcdKeyRevision
{
    qint64 modRevision = 0; // the revision that wrote this value
    qint64 createRevision = 0;
    qint64 version = 0; // 1: the put that created the key
    QByteArray value;
    // A gap: the key did not exist from this revision on (it was deleted) until it was created
    // again at the revision of the entry before this one; value is empty.
    bool deleted = false;

    friend bool operator==(const EtcdKeyRevision &, const EtcdKeyRevision &) = default;
};

// A job that lists a key's values by revision, newest first: it reads the key as it is now, then
// range(key, revision = modRevision - 1) for the value before, and so on back to the put that
// created the key or to the revision compaction removed ("older revisions were compacted").
// When the key did not exist just before its creation it looks back for an earlier life
// of the key (deleted, then created again) up to `limit()` revisions and shows the deletion as
// a gap. Finishes once, from the event loop; the owner deletes it.
class EtcdKeyHistory : public QObject
{
    Q_OBJECT

public:
    enum class End {
        NotFinished,
        Created, // reached the put that first created the key
        Compacted, // older revisions were compacted
        Limit, // stopped after limit() entries; more may exist
        Missing, // the key does not exist now
        Error,
    };
    Q_ENUM(End)

    EtcdKeyHistory(EtcdStore *store, const QByteArray &key, QObject *parent = nullptr);
    ~EtcdKeyHistory() override;

    QByteArray key() const { return m_key; }
    int limit() const { return m_limit; }
    void setLimit(int entries) { m_limit = std::max(1, entries); }
    // How far before a creation to look for an earlier life of the key, in revisions (each a
    // read). 0: do not look.
    int gapSearch() const { return m_gapSearch; }
    void setGapSearch(int revisions) { m_gapSearch = std::max(0, revisions); }

    void start();

    bool isFinished() const { return m_end != End::NotFinished; }
    End end() const { return m_end; }
    const QList<EtcdKeyRevision> &revisions() const { return m_revisions; }
    // A revision compaction had removed, when that ended the walk.
    qint64 compactedAt() const { return m_compactedAt; }
    QString errorString() const { return m_errorString; }
    // How the walk ended, for a person ("Older revisions were compacted.").
    QString endText() const;

Q_SIGNALS:
    void revisionFound(const EtcdKeyRevision &revision);
    void finished();

private:
    void readAt(qint64 revision);
    void continueFrom(const EtcdKeyValue &kv);
    // The key did not exist at `revision`: look for it before, within `remaining` reads.
    void searchBefore(qint64 revision, int remaining);
    void add(const EtcdKeyRevision &revision);
    void finish(End end, const QString &error = {});
    static bool isCompactedError(const QString &message);

    EtcdStore *m_store;
    QByteArray m_key;
    int m_limit = 100;
    int m_gapSearch = 0;
    End m_end = End::NotFinished;
    QList<EtcdKeyRevision> m_revisions;
    qint64 m_compactedAt = 0;
    QString m_errorString;
};

} // namespace ws
