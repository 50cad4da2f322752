#include "EtcdTreeModel.h"

#include <QMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

namespace ws {

using Id = EtcdKeyTree::Id;

namespace {

constexpr int RecentTickMs = 500;

// Nodes whose rows changed, as one dataChanged per parent over the rows between the first and
// the last: a burst of changes in one folder is one signal, not thousands.
template<typename Emit>
void emitGrouped(const EtcdKeyTree &tree, const QSet<Id> &nodes, Emit emitRange)
{
    QHash<Id, std::pair<int, int>> ranges;
    for (const Id node : nodes) {
        if (node == EtcdKeyTree::Root || !tree.isLive(node))
            continue;
        const int row = tree.rowOf(node);
        auto it = ranges.find(tree.parent(node));
        if (it == ranges.end())
            ranges.insert(tree.parent(node), {row, row});
        else
            *it = {std::min(it->first, row), std::max(it->second, row)};
    }
    for (auto it = ranges.cbegin(); it != ranges.cend(); ++it)
        emitRange(it.key(), it->first, it->second);
}

} // namespace

bool EtcdTreeModel::Matcher::matches(const QByteArray &key) const
{
    if (!active)
        return true;
    if (keys)
        return keys->contains(key);
    if (!needle.isEmpty() || !regex.isValid() || regex.pattern().isEmpty())
        return key.toLower().contains(needle);
    return regex.match(QString::fromUtf8(key)).hasMatch();
}

EtcdTreeModel::EtcdTreeModel(QObject *parent) : QAbstractItemModel(parent)
{
    m_clock.start();
    m_recentTimer.setInterval(RecentTickMs);
    connect(&m_recentTimer, &QTimer::timeout, this, &EtcdTreeModel::expireRecent);
    connect(&m_filterWatcher, &QFutureWatcher<FilterResult>::finished, this, [this] {
        if (m_filterWatcher.future().resultCount() > 0)
            applyFilterResult(m_filterWatcher.result());
    });
    m_leafMatch.resize(size_t(m_tree.idLimit()));
    m_matchCount.resize(size_t(m_tree.idLimit()));
}

EtcdTreeModel::~EtcdTreeModel()
{
    if (m_filterWatcher.isRunning()) // one without a future would wait forever (Qt 6.4)
        m_filterWatcher.waitForFinished();
}

void EtcdTreeModel::setTree(EtcdKeyTree tree, qint64 revision)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_revision = revision;
    m_loaded = true;
    m_recent.clear();
    m_leafMatch.assign(size_t(m_tree.idLimit()), 0);
    m_matchCount.assign(size_t(m_tree.idLimit()), 0);
    const Matcher filter = m_filter;
    if (filter.active) {
        // Match synchronously once so that the view never shows the unfiltered tree.
        for (const Id leaf : m_tree.keyNodes())
            m_leafMatch[size_t(leaf)] = filter.matches(m_tree.key(leaf));
        recountMatches();
    }
    endResetModel();
}

QModelIndex EtcdTreeModel::indexOf(Id node) const
{
    if (node == EtcdKeyTree::Root || !m_tree.isLive(node))
        return {};
    return createIndex(m_tree.rowOf(node), 0, quintptr(node));
}

Id EtcdTreeModel::nodeOf(const QModelIndex &index) const
{
    return index.isValid() ? Id(index.internalId()) : EtcdKeyTree::Root;
}

QModelIndex EtcdTreeModel::indexForKey(const QByteArray &key) const
{
    // A key of that name wins over a folder of that prefix ("a/" can be both).
    Id node = m_tree.findKey(key);
    if (node == EtcdKeyTree::None)
        node = m_tree.findFolder(key);
    return node == EtcdKeyTree::None ? QModelIndex() : indexOf(node);
}

QModelIndex EtcdTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    const Id node = m_tree.child(nodeOf(parent), row);
    return node == EtcdKeyTree::None ? QModelIndex() : createIndex(row, 0, quintptr(node));
}

QModelIndex EtcdTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexOf(m_tree.parent(nodeOf(child)));
}

int EtcdTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return m_tree.childCount(nodeOf(parent));
}

int EtcdTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

bool EtcdTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant EtcdTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Id node = nodeOf(index);
    if (!m_tree.isLive(node))
        return {};
    const bool folder = m_tree.isFolder(node);
    switch (role) {
    case Qt::DisplayRole: {
        QString name = QString::fromUtf8(m_tree.segment(node));
        if (name.isEmpty())
            name = folder && m_tree.parent(node) == EtcdKeyTree::Root ? QStringLiteral("/")
                                                                      : tr("(empty)");
        if (folder)
            return tr("%1 (%2)").arg(name).arg(m_tree.keyCountOf(node));
        return name;
    }
    case Qt::ToolTipRole:
    case Qt::StatusTipRole:
        return QString::fromUtf8(m_tree.key(node));
    case KeyRole:
        return m_tree.key(node);
    case IsFolderRole:
        return folder;
    case HasValueRole:
        return !folder;
    case KeyCountRole:
        return m_tree.keyCountOf(node);
    case ModRevisionRole:
        return folder ? QVariant() : QVariant(m_tree.modRevision(node));
    case LeaseRole:
        return folder ? QVariant() : QVariant(m_tree.lease(node));
    case RecentlyChangedRole: {
        const auto it = m_recent.constFind(node);
        return it != m_recent.cend() && m_clock.elapsed() - *it < RecentMs;
    }
    default:
        return {};
    }
}

QVariant EtcdTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section == 0 && orientation == Qt::Horizontal && role == Qt::DisplayRole)
        return tr("Key");
    return {};
}

QHash<int, QByteArray> EtcdTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(IsFolderRole, "isFolder");
    names.insert(HasValueRole, "hasValue");
    names.insert(KeyCountRole, "keyCount");
    names.insert(ModRevisionRole, "modRevision");
    names.insert(LeaseRole, "lease");
    names.insert(RecentlyChangedRole, "recentlyChanged");
    return names;
}

void EtcdTreeModel::applyEvents(const EtcdEvents &events, bool highlight)
{
    QSet<Id> changed;
    for (const EtcdEvent &event : events) {
        if (event.type == EtcdEvent::Type::Put)
            put(event.kv, highlight, &changed);
        else
            remove(event.kv.key, &changed);
        m_revision = std::max(m_revision, event.kv.modRevision);
    }
    emitGrouped(m_tree, changed, [this](Id parent, int first, int last) {
        const QModelIndex p = indexOf(parent);
        Q_EMIT dataChanged(index(first, 0, p), index(last, 0, p));
    });
    if (!m_recent.isEmpty() && !m_recentTimer.isActive())
        m_recentTimer.start();
}

void EtcdTreeModel::put(const EtcdKeyValue &kv, bool highlight, QSet<Id> *changed)
{
    const EtcdKeyTree::Probe probe = m_tree.probe(kv.key);
    Id node = probe.existing;
    if (node != EtcdKeyTree::None) {
        m_tree.setMeta(node, kv.modRevision, kv.lease);
        changed->insert(node);
    } else {
        beginInsertRows(indexOf(probe.parent), probe.row, probe.row);
        node = m_tree.insert(kv.key, kv.modRevision, kv.lease);
        const size_t limit = size_t(m_tree.idLimit());
        if (m_leafMatch.size() < limit) {
            m_leafMatch.resize(limit);
            m_matchCount.resize(limit);
        }
        // Ids are reused: clear what a removed node left behind on the new chain.
        for (Id n = node; n != probe.parent; n = m_tree.parent(n)) {
            m_leafMatch[size_t(n)] = 0;
            m_matchCount[size_t(n)] = 0;
        }
        if (m_filter.active)
            markMatch(node, m_filter.matches(kv.key));
        if (m_filterWatcher.isRunning())
            m_touched.push_back(node);
        endInsertRows();
    }
    for (Id up = probe.parent; up != EtcdKeyTree::Root; up = m_tree.parent(up))
        changed->insert(up);
    if (highlight)
        m_recent.insert(node, m_clock.elapsed());
}

void EtcdTreeModel::remove(const QByteArray &key, QSet<Id> *changed)
{
    const Id root = m_tree.removalRoot(key);
    if (root == EtcdKeyTree::None)
        return;
    const Id parent = m_tree.parent(root);
    const int row = m_tree.rowOf(root);
    beginRemoveRows(indexOf(parent), row, row);
    unmarkSubtree(root);
    m_tree.removeSubtree(root);
    endRemoveRows();
    for (Id up = parent; up != EtcdKeyTree::Root; up = m_tree.parent(up))
        changed->insert(up);
}

void EtcdTreeModel::markMatch(Id leaf, bool match)
{
    if (bool(m_leafMatch[size_t(leaf)]) == match)
        return;
    m_leafMatch[size_t(leaf)] = match;
    const int delta = match ? 1 : -1;
    for (Id n = leaf; n != EtcdKeyTree::None; n = m_tree.parent(n))
        m_matchCount[size_t(n)] += delta;
}

void EtcdTreeModel::unmarkSubtree(Id node)
{
    const int matches = m_matchCount[size_t(node)];
    if (matches != 0)
        for (Id n = m_tree.parent(node); n != EtcdKeyTree::None; n = m_tree.parent(n))
            m_matchCount[size_t(n)] -= matches;
    m_matchCount[size_t(node)] = 0;
    m_leafMatch[size_t(node)] = 0;
}

void EtcdTreeModel::recountMatches()
{
    std::fill(m_matchCount.begin(), m_matchCount.end(), 0);
    for (const Id leaf : m_tree.keyNodes()) {
        if (!m_leafMatch[size_t(leaf)])
            continue;
        for (Id n = leaf; n != EtcdKeyTree::None; n = m_tree.parent(n))
            ++m_matchCount[size_t(n)];
    }
}

bool EtcdTreeModel::isAccepted(Id node) const
{
    return !m_filter.active
        || (size_t(node) < m_matchCount.size() && m_matchCount[size_t(node)] > 0);
}

int EtcdTreeModel::matchCount() const
{
    return m_filter.active ? m_matchCount[EtcdKeyTree::Root] : m_tree.keyCount();
}

QString EtcdTreeModel::setFilter(const QString &text, bool regex)
{
    Matcher matcher;
    matcher.active = !text.isEmpty();
    if (matcher.active && regex) {
        matcher.regex.setPattern(text);
        if (!matcher.regex.isValid())
            return tr("The regular expression is not valid at character %1: %2")
                .arg(matcher.regex.patternErrorOffset() + 1)
                .arg(matcher.regex.errorString());
        matcher.regex.optimize();
    } else if (matcher.active) {
        matcher.needle = text.toUtf8().toLower();
    }
    startFilter(std::move(matcher));
    return {};
}

void EtcdTreeModel::setKeyFilter(const QList<QByteArray> &keys)
{
    Matcher matcher;
    matcher.active = true;
    matcher.keys = std::make_shared<const QSet<QByteArray>>(keys.cbegin(), keys.cend());
    startFilter(std::move(matcher));
}

void EtcdTreeModel::startFilter(Matcher matcher)
{
    const quint64 serial = ++m_filterSerial;
    m_touched.clear();
    if (!matcher.active) {
        m_pending = {};
        m_filter = {};
        Q_EMIT filterApplied(m_tree.keyCount());
        return;
    }
    m_pending = matcher;
    // The worker gets its own copies: the tree as it is now, and a regex of its own (a
    // QRegularExpression shares its compiled pattern between copies).
    Matcher worker = matcher;
    if (!matcher.needle.isEmpty() || matcher.keys)
        worker.regex = {};
    else
        worker.regex = QRegularExpression(matcher.regex.pattern(), matcher.regex.patternOptions());
    m_filterWatcher.setFuture(QtConcurrent::run([tree = m_tree, worker, serial] {
        FilterResult result;
        result.serial = serial;
        result.leafMatch.assign(size_t(tree.idLimit()), 0);
        for (const Id leaf : tree.keyNodes())
            result.leafMatch[size_t(leaf)] = worker.matches(tree.key(leaf));
        return result;
    }));
}

void EtcdTreeModel::applyFilterResult(FilterResult result)
{
    if (result.serial != m_filterSerial)
        return; // a newer filter is on its way
    m_filter = m_pending;
    m_leafMatch = std::move(result.leafMatch);
    m_leafMatch.resize(std::max(m_leafMatch.size(), size_t(m_tree.idLimit())));
    m_matchCount.resize(m_leafMatch.size());
    // Keys put while the worker ran were not in its copy of the tree.
    for (const Id node : m_touched)
        if (m_tree.isLive(node) && !m_tree.isFolder(node))
            m_leafMatch[size_t(node)] = m_filter.matches(m_tree.key(node));
    m_touched.clear();
    recountMatches();
    Q_EMIT filterApplied(m_matchCount[EtcdKeyTree::Root]);
}

void EtcdTreeModel::expireRecent()
{
    const qint64 now = m_clock.elapsed();
    QSet<Id> expired;
    for (auto it = m_recent.begin(); it != m_recent.end();) {
        if (now - *it >= RecentMs) {
            expired.insert(it.key());
            it = m_recent.erase(it);
        } else {
            ++it;
        }
    }
    emitGrouped(m_tree, expired, [this](Id parent, int first, int last) {
        const QModelIndex p = indexOf(parent);
        Q_EMIT dataChanged(index(first, 0, p), index(last, 0, p), {RecentlyChangedRole});
    });
    if (m_recent.isEmpty())
        m_recentTimer.stop();
}

} // namespace ws
