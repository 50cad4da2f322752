#pragma once

#include "EtcdKeyTree.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTimer>

#include <memory>
#include <vector>

namespace ws {

// The keys of etcd as a tree for views: one column, folders "name (count)" before nothing,
// keys with their mod revision and lease. Rows come straight from an EtcdKeyTree, so nothing
// is allocated per row. After the first load it changes only through applyEvents(): rows are
// inserted and removed, ancestors' counts change through dataChanged, and it never resets, so
// selection and expansion survive. A filter (substring, regex or a set of keys) is matched off
// the UI thread; isAccepted() answers for EtcdTreeFilterModel, the proxy that hides rows.
class EtcdTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Role {
        KeyRole = Qt::UserRole + 1, // QByteArray: the key, or a folder's prefix ending in '/'
        IsFolderRole,
        HasValueRole,
        KeyCountRole, // keys under a folder; 1 for a key
        ModRevisionRole,
        LeaseRole, // lease id; > 0: owned by the cluster (goes away with the lease)
        RecentlyChangedRole, // changed live in the last RecentMs
    };
    static constexpr int RecentMs = 3000;

    explicit EtcdTreeModel(QObject *parent = nullptr);
    ~EtcdTreeModel() override;

    // The first load (a reset); later loads go through applyEvents with the difference.
    void setTree(EtcdKeyTree tree, qint64 revision);
    const EtcdKeyTree &tree() const { return m_tree; }
    qint64 revision() const { return m_revision; }
    bool isLoaded() const { return m_loaded; }
    // The store revision the tree reflects (a reload sets it; events advance it).
    void setRevision(qint64 revision) { m_revision = revision; }

    // Applies a watch's changes in order with row inserts/removes and dataChanged.
    void applyEvents(const EtcdEvents &events, bool highlight = true);

    QModelIndex indexForKey(const QByteArray &key) const;
    EtcdKeyTree::Id nodeOf(const QModelIndex &index) const;

    // Shows only keys whose text contains `text` (case-insensitive) or matches the regex, and
    // the folders holding them; an empty text shows everything. Matching runs off the UI
    // thread; filterApplied() follows. Returns an error for an invalid regex (the filter is
    // then left as it was).
    QString setFilter(const QString &text, bool regex);
    // Shows only these keys (the result of a search in values).
    void setKeyFilter(const QList<QByteArray> &keys);
    bool isFiltering() const { return m_filter.active; }
    // Whether a row passes the filter: a key that matches, a folder holding one.
    bool isAccepted(EtcdKeyTree::Id node) const;
    int matchCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    // A filter's matches are in place (the proxy re-filters on it).
    void filterApplied(int matches);

private:
    struct Matcher
    {
        bool active = false;
        QByteArray needle; // lower-case substring
        QRegularExpression regex;
        std::shared_ptr<const QSet<QByteArray>> keys;
        bool matches(const QByteArray &key) const;
    };
    struct FilterResult
    {
        std::vector<std::uint8_t> leafMatch;
        quint64 serial = 0;
    };

    QModelIndex indexOf(EtcdKeyTree::Id node) const;
    void startFilter(Matcher matcher);
    void applyFilterResult(FilterResult result);
    void recountMatches();
    void markMatch(EtcdKeyTree::Id leaf, bool match);
    void unmarkSubtree(EtcdKeyTree::Id node);
    void put(const EtcdKeyValue &kv, bool highlight, QSet<EtcdKeyTree::Id> *changed);
    void remove(const QByteArray &key, QSet<EtcdKeyTree::Id> *changed);
    void expireRecent();

    EtcdKeyTree m_tree;
    qint64 m_revision = 0;
    bool m_loaded = false;

    Matcher m_filter; // the filter the matches below belong to
    Matcher m_pending; // the filter being computed
    std::vector<std::uint8_t> m_leafMatch; // per node id
    std::vector<std::int32_t> m_matchCount; // per node id: matching keys at or below
    std::vector<EtcdKeyTree::Id> m_touched; // keys put while a filter is being computed
    quint64 m_filterSerial = 0;
    QFutureWatcher<FilterResult> m_filterWatcher;

    QHash<EtcdKeyTree::Id, qint64> m_recent; // node → when it changed (m_clock)
    QElapsedTimer m_clock;
    QTimer m_recentTimer;
};

} // namespace ws
