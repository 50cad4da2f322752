#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace ws {

struct EtcdEndpoints;

// An unsaved edit of one key: what the user typed, and what it was typed against (the key's
// mod revision and value when the edit started), so it can be offered back after a crash or a
// lost connection and saved with a compare-and-swap against that revision.
struct EtcdDraft
{
    QString cluster; // EtcdDraftStore::clusterId() of the endpoint set
    QByteArray key;
    qint64 baseModRevision = 0; // 0: the key did not exist when the edit started
    QByteArray baseValue;
    QByteArray text; // the draft itself
    QDateTime savedAt; // UTC

    friend bool operator==(const EtcdDraft &, const EtcdDraft &) = default;
};

// Drafts on disk: one JSON file a draft in a folder ($WHALESTACK_DATA_DIR/drafts when set, else
// the application data folder's drafts/), named after the cluster and the key. Each save
// replaces its file atomically (QSaveFile): a crash leaves the old draft or the new one, never
// half of one. Debouncing is the caller's business. A file that cannot be read back is moved
// aside (renamed *.damaged) and reported, never deleted.
class EtcdDraftStore
{
    Q_DECLARE_TR_FUNCTIONS(EtcdDraftStore)

public:
    // `cluster` identifies the endpoint set (clusterId()); `folder` empty: defaultFolder().
    explicit EtcdDraftStore(const QString &cluster, const QString &folder = {});

    // The same string for the same endpoints in any order.
    static QString clusterId(const EtcdEndpoints &endpoints);
    static QString defaultFolder();

    QString cluster() const { return m_cluster; }
    QString folder() const { return m_folder; }

    // The drafts of this cluster, by key. Damaged files are moved aside; `problems` gets a
    // message for each.
    QList<EtcdDraft> list(QStringList *problems = nullptr) const;
    // The draft of `key`, if there is one. A damaged file is moved aside and *error says so.
    std::optional<EtcdDraft> load(const QByteArray &key, QString *error = nullptr) const;
    // Writes `draft` (its cluster is set to this store's); false and *error when it cannot.
    bool save(const EtcdDraft &draft, QString *error = nullptr) const;
    // Removes the draft of `key`; true when there is none afterwards.
    bool discard(const QByteArray &key, QString *error = nullptr) const;

    // The file that holds the draft of `key`.
    QString filePath(const QByteArray &key) const;

private:
    std::optional<EtcdDraft> read(const QString &path, QString *error) const;
    QString moveAside(const QString &path) const;

    QString m_cluster;
    QString m_folder;
};

} // namespace ws
