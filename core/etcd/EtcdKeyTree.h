#pragma once

#include "EtcdKeyValue.h"

#include <QByteArray>
#include <QByteArrayView>

#include <cstdint>
#include <vector>

namespace ws {

// The keys of an etcd prefix as a tree split on '/', kept compact for 100k+ keys: the segments
// live in one byte arena, nodes in one flat array addressed by int32 ids, each folder's children
// in a sorted id list. A folder and a key of the same name are two nodes ("/a" the key and
// "/a/" the folder holding "/a/b"). Keys need not start with '/'; empty segments ("a//b", "/x")
// are folders with an empty name. Every folder knows how many keys it holds. A plain value:
// copy it to work on it off the UI thread. Node ids stay stable while the node lives; removed
// ids are reused.
class EtcdKeyTree
{
public:
    using Id = std::int32_t;
    static constexpr Id Root = 0;
    static constexpr Id None = -1;

    EtcdKeyTree();

    // Builds the tree of a listing (keys-only is enough; modRevision and lease are kept).
    static EtcdKeyTree fromKeys(const EtcdKeyValues &kvs);

    // Where the key would go: the key's node when it exists, else the deepest existing folder
    // on its path and the row at which the first missing node would be inserted there.
    struct Probe
    {
        Id existing = None;
        Id parent = Root;
        int row = 0;
    };
    Probe probe(QByteArrayView key) const;

    // Adds the key (and the folders on its path) or updates it; returns its node.
    Id insert(QByteArrayView key, qint64 modRevision = 0, qint64 lease = 0);
    // The node to remove to take `key` away together with the folders it alone fills
    // (None: no such key).
    Id removalRoot(QByteArrayView key) const;
    // Removes a node and everything below it; ancestors' counts follow.
    void removeSubtree(Id node);
    // Removes one key and the folders left empty. False: there was no such key.
    bool remove(QByteArrayView key);

    Id findKey(QByteArrayView key) const;
    // The folder whose prefix is `prefix` (ending with '/'); None when absent.
    Id findFolder(QByteArrayView prefix) const;

    int keyCount() const { return m_nodes[Root].keyCount; }
    // Ids are below this; per-node side tables are this long.
    Id idLimit() const { return Id(m_nodes.size()); }
    bool isLive(Id node) const { return node >= 0 && node < idLimit() && m_nodes[node].live; }

    Id parent(Id node) const { return m_nodes[node].parent; }
    int childCount(Id node) const;
    Id child(Id node, int row) const;
    int rowOf(Id node) const; // within its parent
    bool isFolder(Id node) const { return m_nodes[node].folder; }
    QByteArrayView segment(Id node) const;
    int keyCountOf(Id node) const { return m_nodes[node].keyCount; } // a key: 1
    qint64 modRevision(Id node) const { return m_nodes[node].modRevision; }
    qint64 lease(Id node) const { return m_nodes[node].lease; }
    void setMeta(Id node, qint64 modRevision, qint64 lease);
    // The full key; a folder's prefix ends with '/'.
    QByteArray key(Id node) const;

    // Every key in sorted tree order (ids of key nodes).
    std::vector<Id> keyNodes() const;

    // Bytes held by the structure (capacity of its arrays), for the benchmarks.
    std::size_t memoryBytes() const;

    // Events that turn `from` into the listing `to` (deletes of keys gone, puts of keys new or
    // with another mod revision), as if a watch had seen them.
    static EtcdEvents differenceTo(const EtcdKeyTree &from, const EtcdKeyValues &to);

private:
    struct Node
    {
        qint64 modRevision = 0;
        qint64 lease = 0;
        Id parent = None;
        std::uint32_t segmentOffset = 0;
        std::int32_t segmentLength = 0;
        std::int32_t keyCount = 0;
        std::int32_t children = -1; // index into m_childLists (folders)
        bool folder = false;
        bool live = false;
    };

    int lowerBound(Id folder, QByteArrayView segment, bool isFolder) const;
    Id findChild(Id folder, QByteArrayView segment, bool isFolder) const;
    Id newNode(Id parent, QByteArrayView segment, bool isFolder);
    void freeNode(Id node);
    bool less(Id node, QByteArrayView segment, bool isFolder) const;

    std::vector<Node> m_nodes;
    std::vector<std::vector<Id>> m_childLists;
    std::vector<Id> m_freeNodes;
    std::vector<std::int32_t> m_freeLists;
    std::vector<char> m_arena;
};

} // namespace ws
