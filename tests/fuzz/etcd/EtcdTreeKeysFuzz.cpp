// EtcdKeyTree on arbitrary keys: the input is a list of operations (one line each: '+' key to
// insert, '-' key to remove). After each, the tree must agree with a plain map of the keys and
// every folder's count must add up. Keys are arbitrary bytes (etcd promises no encoding).
#include "etcd/EtcdKeyTree.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <map>

namespace {

int check(const ws::EtcdKeyTree &tree, ws::EtcdKeyTree::Id folder)
{
    int total = 0;
    for (int row = 0; row < tree.childCount(folder); ++row) {
        const ws::EtcdKeyTree::Id child = tree.child(folder, row);
        if (tree.parent(child) != folder || tree.rowOf(child) != row)
            std::abort();
        total += tree.isFolder(child) ? check(tree, child) : 1;
    }
    if (total != tree.keyCountOf(folder))
        std::abort();
    return total;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    ws::EtcdKeyTree tree;
    std::map<QByteArray, bool> reference;
    for (const QByteArray &line : input.split('\n')) {
        if (line.isEmpty())
            continue;
        const QByteArray key = line.mid(1);
        if (line[0] == '-') {
            if (tree.remove(key) != (reference.erase(key) > 0))
                std::abort();
        } else {
            const ws::EtcdKeyTree::Id node = tree.insert(key, 1);
            reference[key] = true;
            if (tree.key(node) != key)
                std::abort();
        }
        if (tree.keyCount() != int(reference.size()))
            std::abort();
    }
    check(tree, ws::EtcdKeyTree::Root);
    for (const auto &entry : reference)
        if (tree.findKey(entry.first) == ws::EtcdKeyTree::None)
            std::abort();
    return 0;
}
