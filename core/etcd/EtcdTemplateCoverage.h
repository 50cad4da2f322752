#pragma once

#include "etcd/EtcdYamlDocument.h"
#include "workspace/Workspace.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace ws {

// Where a template reads a catalogue key (known when coverage is computed from a Workspace).
struct EtcdTemplateRead
{
    QString templatePath; // absolute
    int line = 0; // 1-based
    QString function; // getv, gets, ls, ...
    QString image; // full name of the image that holds the template

    friend bool operator==(const EtcdTemplateRead &, const EtcdTemplateRead &) = default;
};

// One catalogue key against the store.
struct EtcdCoverageEntry
{
    enum class State {
        Set, // the key itself is stored
        Folder, // not stored itself, but keys below it are (what `ls`/`lsdir` and a resource's
                // recursive fetch see)
        Missing, // neither the key nor anything below it is stored
        Pattern, // a glob: matchCount says how many stored keys it matches (0 is allowed by confd)
        BadPattern, // a glob confd cannot parse: matches nothing
    };

    QString key;
    State state = State::Missing;
    int matchCount = 0; // Set: 1; Folder: keys below; Pattern: keys matched; else 0
    int leasedCount = 0; // of those, keys with a lease (written by registrator: the cluster's)
    QStringList templates; // absolute template paths, sorted
    QStringList images; // full image names, sorted
    QList<EtcdTemplateRead> reads; // file:line of each read; empty unless computed from a Workspace

    bool isMissing() const { return state == State::Missing; }
};

// A stored key no template reads, counted per prefix.
struct EtcdKeyGroup
{
    QByteArray prefix; // "/services/keystone/config" (no trailing '/'), or the key itself
    int count = 0;

    friend bool operator==(const EtcdKeyGroup &, const EtcdKeyGroup &) = default;
};

// One line of the "fill missing keys" skeleton: the YAML export format's entry (key, empty value,
// the comment written above it).
using EtcdSkeletonEntry = EtcdYamlEntry;

// The result: every catalogue key's state, and the stored keys no template reads.
class EtcdCoverage
{
public:
    QList<EtcdCoverageEntry> entries; // in catalogue order (sorted by key)
    // Stored keys without a lease that no catalogue key covers: not an exact key, not below a
    // plain catalogue key, not matched by a pattern. Sorted.
    QList<QByteArray> unused;
    // Stored keys with a lease that no catalogue key covers: written by the cluster (registrator
    // and the like), so not reported as unused noise. Sorted.
    QList<QByteArray> clusterOwned;
    int storedCount = 0; // distinct stored keys
    QString root; // the workspace's folder, when known: comments show paths relative to it

    int missingCount() const;
    QStringList missingKeys() const; // sorted
    int setCount() const; // Set and Folder
    int patternCount() const;
    int emptyPatternCount() const; // patterns that match no stored key
    const EtcdCoverageEntry *entry(const QString &key) const; // nullptr when not in the catalogue
    // `unused` counted per prefix of at most `depth` segments and at most the key's parent
    // folder ("/a/b/c/d" at depth 2 is "/a/b"; "/a/b" is "/a"; "/a" is itself).
    QList<EtcdKeyGroup> unusedGroups(int depth = 3) const;
    // One entry a missing key, value empty, the comment naming the templates (file:line when
    // known) and images that read it. Import it once filled in and missingCount() drops to 0.
    QList<EtcdSkeletonEntry> skeleton() const;
    // The header comment for the skeleton file.
    QString skeletonHeader(const QString &workspaceName) const;
    // The skeleton as the YAML that import reads (EtcdYamlDocument's format).
    QByteArray skeletonYaml(const QString &workspaceName) const;
};

// Computes the template catalogue's coverage of the stored keys. Pure and thread-safe: run it
// with QtConcurrent for a big store (100k keys take tens of milliseconds).
class EtcdTemplateCoverage
{
    Q_DECLARE_TR_FUNCTIONS(EtcdTemplateCoverage)
public:
    static EtcdCoverage compute(const QList<KeyUse> &catalogue,
                                const QList<QByteArray> &storedKeys);
    // `leasedKeys`: the stored keys that carry a lease (or a v2 TTL).
    static EtcdCoverage compute(const QList<KeyUse> &catalogue, const QList<QByteArray> &storedKeys,
                                const QSet<QByteArray> &leasedKeys);
    // The same, with each entry's reads (template file:line, function, image) filled in from the
    // workspace's template resources.
    static EtcdCoverage compute(const Workspace &workspace, const QList<QByteArray> &storedKeys,
                                const QSet<QByteArray> &leasedKeys = {});

    // How a state reads in a list: "set", "missing", "3 keys", ...
    static QString stateText(const EtcdCoverageEntry &entry);
};

} // namespace ws
