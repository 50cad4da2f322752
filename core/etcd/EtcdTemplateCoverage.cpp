#include "etcd/EtcdTemplateCoverage.h"

#include "etcd/EtcdGlob.h"

#include <QDir>
#include <QHash>

#include <algorithm>
#include <vector>

namespace ws {

namespace {

// The group of `key`: its first `depth` segments ("/a/b/c/d" at depth 2 is "/a/b"), but never
// more than its parent folder ("/a/b" at depth 3 is "/a"); a key without a parent folder ("/a",
// "a") is its own group.
QByteArray prefixOf(const QByteArray &key, int depth)
{
    const qsizetype lastSlash = key.lastIndexOf('/');
    const QByteArray parent = lastSlash > 0 ? key.first(lastSlash) : key;
    qsizetype from = parent.startsWith('/') ? 1 : 0;
    for (int segment = 0; segment < depth; ++segment) {
        const qsizetype slash = parent.indexOf('/', from);
        if (slash < 0)
            return parent;
        if (segment + 1 == depth)
            return parent.first(slash);
        from = slash + 1;
    }
    return parent;
}

QString displayPath(const QString &root, const QString &path)
{
    if (root.isEmpty() || !path.startsWith(root + QLatin1Char('/')))
        return path;
    return QDir(root).relativeFilePath(path);
}

} // namespace

int EtcdCoverage::missingCount() const
{
    return int(std::count_if(entries.begin(), entries.end(),
                             [](const EtcdCoverageEntry &e) { return e.isMissing(); }));
}

QStringList EtcdCoverage::missingKeys() const
{
    QStringList keys;
    for (const EtcdCoverageEntry &e : entries)
        if (e.isMissing())
            keys << e.key;
    keys.sort();
    return keys;
}

int EtcdCoverage::setCount() const
{
    return int(std::count_if(entries.begin(), entries.end(), [](const EtcdCoverageEntry &e) {
        return e.state == EtcdCoverageEntry::State::Set
            || e.state == EtcdCoverageEntry::State::Folder;
    }));
}

int EtcdCoverage::patternCount() const
{
    return int(std::count_if(entries.begin(), entries.end(), [](const EtcdCoverageEntry &e) {
        return e.state == EtcdCoverageEntry::State::Pattern
            || e.state == EtcdCoverageEntry::State::BadPattern;
    }));
}

int EtcdCoverage::emptyPatternCount() const
{
    return int(std::count_if(entries.begin(), entries.end(), [](const EtcdCoverageEntry &e) {
        return (e.state == EtcdCoverageEntry::State::Pattern && e.matchCount == 0)
            || e.state == EtcdCoverageEntry::State::BadPattern;
    }));
}

const EtcdCoverageEntry *EtcdCoverage::entry(const QString &key) const
{
    const auto it
        = std::lower_bound(entries.begin(), entries.end(), key,
                           [](const EtcdCoverageEntry &e, const QString &k) { return e.key < k; });
    if (it != entries.end() && it->key == key)
        return &*it;
    // Not sorted when built by hand: fall back to a scan.
    for (const EtcdCoverageEntry &e : entries)
        if (e.key == key)
            return &e;
    return nullptr;
}

QList<EtcdKeyGroup> EtcdCoverage::unusedGroups(int depth) const
{
    // `unused` is sorted, so keys of one prefix are adjacent.
    QList<EtcdKeyGroup> groups;
    for (const QByteArray &key : unused) {
        const QByteArray prefix = prefixOf(key, std::max(depth, 1));
        if (groups.isEmpty() || groups.last().prefix != prefix)
            groups.append({prefix, 0});
        ++groups.last().count;
    }
    return groups;
}

QList<EtcdSkeletonEntry> EtcdCoverage::skeleton() const
{
    constexpr int shownReads = 5;
    QList<EtcdSkeletonEntry> result;
    for (const EtcdCoverageEntry &e : entries) {
        if (!e.isMissing())
            continue;
        QStringList lines;
        const bool listedOnly = !e.reads.isEmpty()
            && std::all_of(e.reads.begin(), e.reads.end(), [](const EtcdTemplateRead &read) {
                   return read.function == QLatin1String("ls")
                       || read.function == QLatin1String("lsdir");
               });
        if (listedOnly)
            lines << EtcdTemplateCoverage::tr(
                "A folder: the templates list the keys below it, so add those; a value here "
                "is not read.");
        if (!e.reads.isEmpty()) {
            for (qsizetype i = 0; i < e.reads.size() && i < shownReads; ++i) {
                const EtcdTemplateRead &read = e.reads.at(i);
                lines << EtcdTemplateCoverage::tr("%1:%2 (%3) in %4")
                             .arg(displayPath(root, read.templatePath))
                             .arg(read.line)
                             .arg(read.function, read.image);
            }
            if (e.reads.size() > shownReads)
                lines << EtcdTemplateCoverage::tr("and %n more read(s)", nullptr,
                                                  int(e.reads.size() - shownReads));
        } else {
            for (qsizetype i = 0; i < e.templates.size() && i < shownReads; ++i)
                lines << displayPath(root, e.templates.at(i));
            if (e.templates.size() > shownReads)
                lines << EtcdTemplateCoverage::tr("and %n more template(s)", nullptr,
                                                  int(e.templates.size() - shownReads));
            if (!e.images.isEmpty())
                lines << EtcdTemplateCoverage::tr("images: %1")
                             .arg(e.images.join(QLatin1String(", ")));
        }
        result.append({e.key.toUtf8(), QByteArray(), lines.join(QLatin1Char('\n'))});
    }
    return result;
}

QString EtcdCoverage::skeletonHeader(const QString &workspaceName) const
{
    return EtcdTemplateCoverage::tr(
               "Keys the templates of workspace \"%1\" read that the store lacks (%n key(s)).\n"
               "Fill in each value, then import this file. Each comment names the templates "
               "that read the key.",
               nullptr, missingCount())
        .arg(workspaceName);
}

QByteArray EtcdCoverage::skeletonYaml(const QString &workspaceName) const
{
    return EtcdYamlDocument::write(skeleton(), skeletonHeader(workspaceName));
}

EtcdCoverage EtcdTemplateCoverage::compute(const QList<KeyUse> &catalogue,
                                           const QList<QByteArray> &storedKeys)
{
    return compute(catalogue, storedKeys, QSet<QByteArray>());
}

EtcdCoverage EtcdTemplateCoverage::compute(const QList<KeyUse> &catalogue,
                                           const QList<QByteArray> &storedKeys,
                                           const QSet<QByteArray> &leasedKeys)
{
    // One sorted copy of the keys (QByteArray copies share their data), then every catalogue key
    // looks at its own range only: an exact key by binary search, a folder by its "key/" range,
    // a pattern by the range of its literal prefix. `covered` marks what some template reads.
    std::vector<QByteArray> keys(storedKeys.begin(), storedKeys.end());
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    std::vector<char> covered(keys.size(), 0);
    const auto isLeased = [&leasedKeys](const QByteArray &key) {
        return !leasedKeys.isEmpty() && leasedKeys.contains(key);
    };

    EtcdCoverage result;
    result.storedCount = int(keys.size());
    result.entries.reserve(catalogue.size());
    for (const KeyUse &use : catalogue) {
        EtcdCoverageEntry entry;
        entry.key = use.key;
        entry.templates = use.templates;
        entry.images = use.images;
        const QByteArray key = use.key.toUtf8();
        const bool isGlob = use.pattern || EtcdGlob::isPattern(key);

        if (isGlob) {
            if (!EtcdGlob::isValid(key)) {
                entry.state = EtcdCoverageEntry::State::BadPattern;
                result.entries.append(entry);
                continue;
            }
            entry.state = EtcdCoverageEntry::State::Pattern;
            const QByteArray literal = EtcdGlob::literalPrefix(key);
            // '*' and '?' never match '/', so without a class a match has as many '/' as the
            // pattern: a cheap test before the full match.
            const bool slashesFixed = !key.contains('[');
            const qsizetype slashes = key.count('/');
            for (auto it = std::lower_bound(keys.begin(), keys.end(), literal);
                 it != keys.end() && it->startsWith(literal); ++it) {
                if (slashesFixed && it->count('/') != slashes)
                    continue;
                if (!EtcdGlob::match(key, *it))
                    continue;
                ++entry.matchCount;
                if (isLeased(*it))
                    ++entry.leasedCount;
                covered[size_t(it - keys.begin())] = 1;
            }
            result.entries.append(entry);
            continue;
        }

        const auto exact = std::lower_bound(keys.begin(), keys.end(), key);
        const bool stored = exact != keys.end() && *exact == key;
        if (stored) {
            covered[size_t(exact - keys.begin())] = 1;
            entry.state = EtcdCoverageEntry::State::Set;
            entry.matchCount = 1;
            entry.leasedCount = isLeased(key) ? 1 : 0;
        }
        // Everything below a plain key is read too: `ls`/`lsdir` list it and confd fetches a
        // resource's keys recursively.
        const QByteArray folder = key.endsWith('/') ? key : key + '/';
        int below = 0;
        int leasedBelow = 0;
        for (auto it = std::lower_bound(keys.begin(), keys.end(), folder);
             it != keys.end() && it->startsWith(folder); ++it) {
            covered[size_t(it - keys.begin())] = 1;
            ++below;
            if (isLeased(*it))
                ++leasedBelow;
        }
        if (!stored && below > 0) {
            entry.state = EtcdCoverageEntry::State::Folder;
            entry.matchCount = below;
            entry.leasedCount = leasedBelow;
        } else if (!stored) {
            entry.state = EtcdCoverageEntry::State::Missing;
        }
        result.entries.append(entry);
    }
    std::sort(result.entries.begin(), result.entries.end(),
              [](const EtcdCoverageEntry &a, const EtcdCoverageEntry &b) { return a.key < b.key; });

    for (size_t i = 0; i < keys.size(); ++i) {
        if (covered[i])
            continue;
        if (isLeased(keys[i]))
            result.clusterOwned.append(keys[i]);
        else
            result.unused.append(keys[i]);
    }
    return result;
}

EtcdCoverage EtcdTemplateCoverage::compute(const Workspace &workspace,
                                           const QList<QByteArray> &storedKeys,
                                           const QSet<QByteArray> &leasedKeys)
{
    EtcdCoverage result = compute(workspace.keyCatalogue, storedKeys, leasedKeys);
    result.root = workspace.root;
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < result.entries.size(); ++i)
        index.insert(result.entries.at(i).key, i);
    for (const ImageDefinition &image : workspace.images) {
        for (const TemplateResource &resource : image.templates) {
            for (const TemplateKey &read : resource.reads) {
                const auto it = index.constFind(read.key);
                if (it == index.constEnd())
                    continue;
                result.entries[*it].reads.append(
                    {resource.templatePath, read.line, read.function, image.name});
            }
        }
    }
    for (EtcdCoverageEntry &entry : result.entries) {
        std::sort(entry.reads.begin(), entry.reads.end(),
                  [](const EtcdTemplateRead &a, const EtcdTemplateRead &b) {
                      if (a.templatePath != b.templatePath)
                          return a.templatePath < b.templatePath;
                      if (a.line != b.line)
                          return a.line < b.line;
                      return a.image < b.image;
                  });
        entry.reads.erase(std::unique(entry.reads.begin(), entry.reads.end()), entry.reads.end());
    }
    return result;
}

QString EtcdTemplateCoverage::stateText(const EtcdCoverageEntry &entry)
{
    switch (entry.state) {
    case EtcdCoverageEntry::State::Set:
        return tr("set");
    case EtcdCoverageEntry::State::Folder:
        return tr("folder of %n key(s)", nullptr, entry.matchCount);
    case EtcdCoverageEntry::State::Missing:
        return tr("missing");
    case EtcdCoverageEntry::State::Pattern:
        return tr("pattern: %n match(es)", nullptr, entry.matchCount);
    case EtcdCoverageEntry::State::BadPattern:
        return tr("malformed pattern");
    }
    return {};
}

} // namespace ws
