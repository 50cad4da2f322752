#include "etcd/EtcdKeyChain.h"

#include "etcd/EtcdGlob.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace ws {

namespace {

bool isExecOption(const UnitOption &option)
{
    return option.section == QLatin1String("Service")
        && option.name.startsWith(QLatin1String("Exec"));
}

// "/services/<S>/config/<C>-image-name": the key the original's units read their image from.
const QRegularExpression &imageKeyPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("^/services/([^/]+)/config/([^/]+)-image-name$"));
    return pattern;
}

bool lessByName(const EtcdChainUnit &a, const EtcdChainUnit &b)
{
    return a.name != b.name ? a.name < b.name : a.line < b.line;
}

// The repository part of an image name: "registry:5000/a/b:tag" → "registry:5000/a/b". The tag
// is what follows the last ':' after the last '/'.
QString withoutTag(const QString &name)
{
    const qsizetype slash = name.lastIndexOf(QLatin1Char('/'));
    const qsizetype colon = name.lastIndexOf(QLatin1Char(':'));
    return colon > slash ? name.left(colon) : name;
}

} // namespace

QStringList EtcdKeyChains::unitNames() const
{
    QStringList names;
    for (const EtcdChainLink &link : links)
        for (const EtcdChainImage &image : link.images)
            for (const EtcdChainUnit &unit : image.units)
                names << unit.name;
    for (const EtcdChainUnit &unit : directUnits)
        names << unit.name;
    names.sort();
    names.removeDuplicates();
    return names;
}

QStringList EtcdKeyChains::imageNames() const
{
    QStringList names;
    for (const EtcdChainLink &link : links)
        for (const EtcdChainImage &image : link.images)
            names << image.name;
    names.sort();
    names.removeDuplicates();
    return names;
}

QList<QPair<QString, int>> EtcdKeyChain::keysReadBy(const UnitFile &unit)
{
    // The unit files are shell lines: `etcdctl get KEY`, possibly with --options before `get`,
    // inside $(...) or quotes. A regular expression over the joined line is enough here: the key
    // is one shell word without expansions.
    static const QRegularExpression etcdctlGet(
        QStringLiteral(R"(etcdctl\s+(?:--?[\w-]+(?:=\S+)?\s+)*get\s+["']?([^\s"'$();|&`\\]+))"));
    QList<QPair<QString, int>> keys;
    for (const UnitOption &option : unit.options) {
        if (!isExecOption(option))
            continue;
        auto it = etcdctlGet.globalMatch(option.value);
        while (it.hasNext())
            keys.append({it.next().captured(1), option.line});
    }
    return keys;
}

QList<EtcdChainUnit> EtcdKeyChain::unitsOf(const Workspace &workspace, const ImageDefinition &image)
{
    const QString component = image.makeVariables.value(QStringLiteral("COMPONENT"));
    const QString service = image.makeVariables.value(QStringLiteral("SERVICE"));
    const QString repository = withoutTag(image.name);
    const QRegularExpression namesImage(
        QStringLiteral(R"((?:^|[\s"'=])%1(?::[\w][\w.-]*)?(?=$|[\s"';)]))")
            .arg(QRegularExpression::escape(repository)));

    QList<EtcdChainUnit> units;
    for (const UnitFile &unit : workspace.units) {
        bool linked = false;
        if (!component.isEmpty()) {
            for (const auto &[key, line] : keysReadBy(unit)) {
                const QRegularExpressionMatch m = imageKeyPattern().match(key);
                if (!m.hasMatch() || m.captured(2) != component)
                    continue;
                if (!service.isEmpty() && m.captured(1) != service)
                    continue;
                units.append(
                    {unit.name, unit.path, line, EtcdChainUnit::Reason::ReadsImageKey, key});
                linked = true;
                break;
            }
        }
        if (linked || repository.isEmpty())
            continue;
        for (const UnitOption &option : unit.options) {
            if (!isExecOption(option))
                continue;
            const QRegularExpressionMatch m = namesImage.match(option.value);
            if (m.hasMatch()) {
                units.append({unit.name, unit.path, option.line, EtcdChainUnit::Reason::NamesImage,
                              image.name});
                break;
            }
        }
    }
    std::sort(units.begin(), units.end(), lessByName);
    return units;
}

bool EtcdKeyChain::reads(const QString &readKey, bool pattern, const QByteArray &key)
{
    const QByteArray read = readKey.toUtf8();
    if (read == key)
        return true;
    if (pattern || EtcdGlob::isPattern(read))
        return EtcdGlob::match(read, key);
    const QByteArray folder = read.endsWith('/') ? read : read + '/';
    return key.startsWith(folder);
}

EtcdKeyChains EtcdKeyChain::chains(const Workspace &workspace, const QByteArray &key)
{
    EtcdKeyChains result;
    result.key = key;

    // Units per image and descendants per image, worked out once per call.
    QHash<QString, QList<EtcdChainUnit>> unitsByImage;
    auto unitsFor = [&](const ImageDefinition &image) {
        auto it = unitsByImage.find(image.name);
        if (it == unitsByImage.end())
            it = unitsByImage.insert(image.name, unitsOf(workspace, image));
        return *it;
    };
    auto imagesFrom = [&](const ImageDefinition &holder) {
        QList<EtcdChainImage> images {{holder.name, QString(), unitsFor(holder)}};
        QStringList queue = workspace.children(holder.name);
        QSet<QString> seen {holder.name};
        QList<EtcdChainImage> inherited;
        while (!queue.isEmpty()) {
            const QString name = queue.takeFirst();
            if (seen.contains(name))
                continue;
            seen.insert(name);
            if (const ImageDefinition *child = workspace.image(name)) {
                inherited.append({name, holder.name, unitsFor(*child)});
                queue << workspace.children(name);
            }
        }
        std::sort(inherited.begin(), inherited.end(),
                  [](const EtcdChainImage &a, const EtcdChainImage &b) { return a.name < b.name; });
        return images + inherited;
    };

    for (const ImageDefinition &image : workspace.images) {
        for (const TemplateResource &resource : image.templates) {
            for (const TemplateKey &read : resource.reads) {
                if (!reads(read.key, read.pattern, key))
                    continue;
                EtcdChainLink link;
                link.readKey = read.key;
                link.function = read.function;
                link.templatePath = resource.templatePath;
                link.line = read.line;
                link.resourcePath = resource.path;
                link.dest = resource.dest;
                link.checkCmd = resource.checkCmd;
                link.reloadCmd = resource.reloadCmd;
                link.images = imagesFrom(image);
                result.links.append(link);
            }
        }
    }
    std::sort(result.links.begin(), result.links.end(),
              [](const EtcdChainLink &a, const EtcdChainLink &b) {
                  if (a.templatePath != b.templatePath)
                      return a.templatePath < b.templatePath;
                  return a.line < b.line;
              });
    result.links.erase(std::unique(result.links.begin(), result.links.end()), result.links.end());

    const QString keyText = QString::fromUtf8(key);
    for (const UnitFile &unit : workspace.units)
        for (const auto &[read, line] : keysReadBy(unit))
            if (read == keyText) {
                result.directUnits.append(
                    {unit.name, unit.path, line, EtcdChainUnit::Reason::ReadsKey, read});
                break;
            }
    std::sort(result.directUnits.begin(), result.directUnits.end(), lessByName);
    return result;
}

} // namespace ws
