#include "EtcdKeyTree.h"

#include <algorithm>
#include <cstring>

namespace ws {

namespace {

// Calls `folder(segment)` for every segment but the last and returns the last: "a/b/c" gives
// folders "a", "b" and the key "c"; "/x" the folder "" and the key "x"; "a/" the folder "a" and
// the key "".
template<typename Folder>
QByteArrayView splitKey(QByteArrayView key, Folder folder)
{
    qsizetype start = 0;
    for (;;) {
        const qsizetype slash = key.indexOf('/', start);
        if (slash < 0)
            return key.sliced(start);
        if (!folder(key.sliced(start, slash - start)))
            return {};
        start = slash + 1;
    }
}

int compareBytes(QByteArrayView a, QByteArrayView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    const int c = n ? std::memcmp(a.data(), b.data(), size_t(n)) : 0;
    if (c != 0)
        return c;
    return a.size() < b.size() ? -1 : a.size() > b.size() ? 1 : 0;
}

} // namespace

EtcdKeyTree::EtcdKeyTree()
{
    Node root;
    root.folder = true;
    root.live = true;
    root.children = 0;
    m_nodes.push_back(root);
    m_childLists.emplace_back();
}

EtcdKeyTree EtcdKeyTree::fromKeys(const EtcdKeyValues &kvs)
{
    EtcdKeyTree tree;
    tree.m_nodes.reserve(size_t(kvs.size()) + size_t(kvs.size()) / 8 + 1);
    for (const EtcdKeyValue &kv : kvs)
        tree.insert(kv.key, kv.modRevision, kv.lease);
    tree.m_nodes.shrink_to_fit();
    return tree;
}

QByteArrayView EtcdKeyTree::segment(Id node) const
{
    const Node &n = m_nodes[node];
    return QByteArrayView(m_arena.data() + n.segmentOffset, n.segmentLength);
}

bool EtcdKeyTree::less(Id node, QByteArrayView segment, bool isFolder) const
{
    const int c = compareBytes(this->segment(node), segment);
    if (c != 0)
        return c < 0;
    // A key sorts before the folder of the same name.
    return !m_nodes[node].folder && isFolder;
}

int EtcdKeyTree::lowerBound(Id folder, QByteArrayView segment, bool isFolder) const
{
    const std::vector<Id> &list = m_childLists[size_t(m_nodes[folder].children)];
    // Keys arrive sorted from etcd, so most inserts go at the end: check that first.
    if (list.empty() || less(list.back(), segment, isFolder))
        return int(list.size());
    const auto it = std::lower_bound(list.begin(), list.end(), 0,
                                     [&](Id node, int) { return less(node, segment, isFolder); });
    return int(it - list.begin());
}

EtcdKeyTree::Id EtcdKeyTree::findChild(Id folder, QByteArrayView segment, bool isFolder) const
{
    const std::vector<Id> &list = m_childLists[size_t(m_nodes[folder].children)];
    const int row = lowerBound(folder, segment, isFolder);
    if (row < int(list.size())) {
        const Id node = list[size_t(row)];
        if (m_nodes[node].folder == isFolder && this->segment(node) == segment)
            return node;
    }
    return None;
}

int EtcdKeyTree::childCount(Id node) const
{
    const Node &n = m_nodes[node];
    return n.folder ? int(m_childLists[size_t(n.children)].size()) : 0;
}

EtcdKeyTree::Id EtcdKeyTree::child(Id node, int row) const
{
    const Node &n = m_nodes[node];
    if (!n.folder || row < 0)
        return None;
    const std::vector<Id> &list = m_childLists[size_t(n.children)];
    return row < int(list.size()) ? list[size_t(row)] : None;
}

int EtcdKeyTree::rowOf(Id node) const
{
    const Node &n = m_nodes[node];
    if (n.parent == None)
        return 0;
    return lowerBound(n.parent, segment(node), n.folder);
}

EtcdKeyTree::Id EtcdKeyTree::newNode(Id parent, QByteArrayView segment, bool isFolder)
{
    Id id;
    if (!m_freeNodes.empty()) {
        id = m_freeNodes.back();
        m_freeNodes.pop_back();
    } else {
        id = Id(m_nodes.size());
        m_nodes.emplace_back();
    }
    Node &n = m_nodes[size_t(id)];
    n = Node();
    n.parent = parent;
    n.folder = isFolder;
    n.live = true;
    n.segmentOffset = std::uint32_t(m_arena.size());
    n.segmentLength = std::int32_t(segment.size());
    m_arena.insert(m_arena.end(), segment.begin(), segment.end());
    if (isFolder) {
        if (!m_freeLists.empty()) {
            n.children = m_freeLists.back();
            m_freeLists.pop_back();
        } else {
            n.children = std::int32_t(m_childLists.size());
            m_childLists.emplace_back();
        }
    }
    return id;
}

void EtcdKeyTree::freeNode(Id node)
{
    Node &n = m_nodes[size_t(node)];
    if (n.folder) {
        std::vector<Id> &list = m_childLists[size_t(n.children)];
        for (const Id c : list)
            freeNode(c);
        std::vector<Id>().swap(list);
        m_freeLists.push_back(n.children);
    }
    n.live = false;
    n.children = -1;
    m_freeNodes.push_back(node);
}

EtcdKeyTree::Probe EtcdKeyTree::probe(QByteArrayView key) const
{
    Probe p;
    bool missing = false;
    const QByteArrayView last = splitKey(key, [&](QByteArrayView folder) {
        const Id next = findChild(p.parent, folder, true);
        if (next == None) {
            p.row = lowerBound(p.parent, folder, true);
            missing = true;
            return false;
        }
        p.parent = next;
        return true;
    });
    if (missing)
        return p;
    p.existing = findChild(p.parent, last, false);
    p.row = p.existing == None ? lowerBound(p.parent, last, false) : rowOf(p.existing);
    return p;
}

EtcdKeyTree::Id EtcdKeyTree::insert(QByteArrayView key, qint64 modRevision, qint64 lease)
{
    Id folder = Root;
    const QByteArrayView last = splitKey(key, [&](QByteArrayView segment) {
        const int row = lowerBound(folder, segment, true);
        std::vector<Id> *list = &m_childLists[size_t(m_nodes[folder].children)];
        if (row < int(list->size())) {
            const Id node = (*list)[size_t(row)];
            if (m_nodes[node].folder && this->segment(node) == segment) {
                folder = node;
                return true;
            }
        }
        const Id created = newNode(folder, segment, true);
        list = &m_childLists[size_t(m_nodes[folder].children)]; // newNode may grow the lists
        list->insert(list->begin() + row, created);
        folder = created;
        return true;
    });
    const int row = lowerBound(folder, last, false);
    std::vector<Id> *list = &m_childLists[size_t(m_nodes[folder].children)];
    if (row < int(list->size())) {
        const Id node = (*list)[size_t(row)];
        if (!m_nodes[node].folder && segment(node) == last) {
            setMeta(node, modRevision, lease);
            return node;
        }
    }
    const Id created = newNode(folder, last, false);
    list = &m_childLists[size_t(m_nodes[folder].children)];
    list->insert(list->begin() + row, created);
    Node &n = m_nodes[size_t(created)];
    n.modRevision = modRevision;
    n.lease = lease;
    n.keyCount = 1;
    for (Id up = folder; up != None; up = m_nodes[size_t(up)].parent)
        ++m_nodes[size_t(up)].keyCount;
    return created;
}

void EtcdKeyTree::setMeta(Id node, qint64 modRevision, qint64 lease)
{
    m_nodes[size_t(node)].modRevision = modRevision;
    m_nodes[size_t(node)].lease = lease;
}

EtcdKeyTree::Id EtcdKeyTree::findKey(QByteArrayView key) const
{
    const Probe p = probe(key);
    return p.existing;
}

EtcdKeyTree::Id EtcdKeyTree::findFolder(QByteArrayView prefix) const
{
    if (!prefix.endsWith('/'))
        return None;
    Id folder = Root;
    bool missing = false;
    splitKey(prefix, [&](QByteArrayView segment) {
        folder = findChild(folder, segment, true);
        missing = folder == None;
        return !missing;
    });
    return missing ? None : folder;
}

EtcdKeyTree::Id EtcdKeyTree::removalRoot(QByteArrayView key) const
{
    Id node = findKey(key);
    if (node == None)
        return None;
    while (m_nodes[size_t(node)].parent != Root
           && m_nodes[size_t(m_nodes[size_t(node)].parent)].keyCount == 1)
        node = m_nodes[size_t(node)].parent;
    return node;
}

void EtcdKeyTree::removeSubtree(Id node)
{
    if (node == Root || !isLive(node))
        return;
    const Id parent = m_nodes[size_t(node)].parent;
    const int row = rowOf(node);
    const int count = m_nodes[size_t(node)].keyCount;
    std::vector<Id> &list = m_childLists[size_t(m_nodes[size_t(parent)].children)];
    list.erase(list.begin() + row);
    for (Id up = parent; up != None; up = m_nodes[size_t(up)].parent)
        m_nodes[size_t(up)].keyCount -= count;
    freeNode(node);
}

bool EtcdKeyTree::remove(QByteArrayView key)
{
    const Id node = removalRoot(key);
    if (node == None)
        return false;
    removeSubtree(node);
    return true;
}

QByteArray EtcdKeyTree::key(Id node) const
{
    if (node == Root || !isLive(node))
        return {};
    std::vector<Id> path;
    qsizetype size = 0;
    for (Id n = node; n != Root; n = m_nodes[size_t(n)].parent) {
        path.push_back(n);
        size += m_nodes[size_t(n)].segmentLength + 1;
    }
    QByteArray key;
    key.reserve(size);
    for (auto it = path.rbegin(); it != path.rend(); ++it) {
        key += segment(*it);
        if (m_nodes[size_t(*it)].folder)
            key += '/';
    }
    return key;
}

std::vector<EtcdKeyTree::Id> EtcdKeyTree::keyNodes() const
{
    std::vector<Id> keys;
    keys.reserve(size_t(keyCount()));
    std::vector<std::pair<Id, size_t>> stack {{Root, 0}};
    while (!stack.empty()) {
        auto &[folder, next] = stack.back();
        const std::vector<Id> &list = m_childLists[size_t(m_nodes[size_t(folder)].children)];
        if (next >= list.size()) {
            stack.pop_back();
            continue;
        }
        const Id node = list[next++];
        if (m_nodes[size_t(node)].folder)
            stack.emplace_back(node, 0);
        else
            keys.push_back(node);
    }
    return keys;
}

std::size_t EtcdKeyTree::memoryBytes() const
{
    std::size_t bytes = m_nodes.capacity() * sizeof(Node)
        + m_childLists.capacity() * sizeof(std::vector<Id>) + m_freeNodes.capacity() * sizeof(Id)
        + m_freeLists.capacity() * sizeof(std::int32_t) + m_arena.capacity();
    for (const std::vector<Id> &list : m_childLists)
        bytes += list.capacity() * sizeof(Id);
    return bytes;
}

EtcdEvents EtcdKeyTree::differenceTo(const EtcdKeyTree &from, const EtcdKeyValues &to)
{
    EtcdEvents events;
    const EtcdKeyTree target = fromKeys(to);
    for (const Id node : from.keyNodes()) {
        const QByteArray key = from.key(node);
        if (target.findKey(key) == None) {
            EtcdEvent event;
            event.type = EtcdEvent::Type::Delete;
            event.kv.key = key;
            events.append(event);
        }
    }
    for (const EtcdKeyValue &kv : to) {
        const Id node = from.findKey(kv.key);
        if (node == None || from.modRevision(node) != kv.modRevision
            || from.lease(node) != kv.lease) {
            EtcdEvent event;
            event.kv = kv;
            events.append(event);
        }
    }
    return events;
}

} // namespace ws
