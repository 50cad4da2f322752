#include "WorkspaceLoader.h"

#include "CacheDefeatCheck.h"
#include "DockerfileParser.h"
#include "GitRevision.h"
#include "ImageReference.h"
#include "MakeEvaluator.h"
#include "ManifestParser.h"
#include "WorkspaceFile.h"
#include "confd/TemplateKeyExtractor.h"
#include "confd/TemplateResourceParser.h"
#include "fleet/UnitFileParser.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QMutex>
#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>

namespace ws {

namespace {

constexpr int maxFolderDepth = 32;

struct Folder
{
    QString path;
    bool hasVars = false;
    bool hasDockerfile = false;
};

class Loader
{
    Q_DECLARE_TR_FUNCTIONS(WorkspaceLoader)
public:
    Loader(const QString &root, const WorkspaceLoader::Options &options) : m_options(options)
    {
        m_ws.root = QDir::cleanPath(QDir(root).absolutePath());
    }

    Workspace run();

private:
    void walk(const QString &dir, int depth);
    void readManifest();
    ImageDefinition readImage(const Folder &folder);
    void readTemplates(ImageDefinition *image);
    void resolveParents();
    void reportCycles();
    void readUnits();
    void buildCatalogue();
    void finish();
    MakeEvaluator::GitAnswer git();

    WorkspaceLoader::Options m_options;
    Workspace m_ws;
    QList<Folder> m_folders;
    QStringList m_unitFiles;
    QSet<QString> m_visited; // canonical folders, so a symlink loop is walked once
    QString m_canonicalRoot;
    QSet<QString> m_usedOverrides; // manifest images: keys that named an image
    std::optional<MakeEvaluator::GitAnswer> m_git;
};

MakeEvaluator::GitAnswer Loader::git()
{
    if (!m_git)
        m_git = GitRevision::shortHead(m_ws.root);
    return *m_git;
}

void Loader::walk(const QString &dir, int depth)
{
    const QString canonical = QFileInfo(dir).canonicalFilePath();
    if (canonical.isEmpty() || m_visited.contains(canonical))
        return;
    m_visited.insert(canonical);
    if (depth > maxFolderDepth) {
        m_ws.problems << makeProblem(dir, 0, 0,
                                     tr("Folders are nested more than %1 deep here; deeper "
                                        "folders are not read.")
                                         .arg(maxFolderDepth),
                                     Problem::Severity::Warning);
        return;
    }
    QDir d(dir);
    if (!QFileInfo(dir).isReadable()) {
        m_ws.problems << makeProblem(dir, 0, 0, tr("Cannot read this folder; it is skipped."),
                                     Problem::Severity::Warning);
        return;
    }
    const QFileInfoList entries = d.entryInfoList(
        QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
    Folder folder;
    folder.path = dir;
    QStringList subfolders;
    for (const QFileInfo &entry : entries) {
        const QString name = entry.fileName();
        if (entry.isDir()) {
            // Hidden folders (.git, .cache, ...) and CMake build folders are not workspace content.
            if (name.startsWith(QLatin1Char('.')))
                continue;
            if (QFileInfo::exists(entry.filePath() + QLatin1String("/CMakeCache.txt")))
                continue;
            // A link to a folder outside the workspace (to / or $HOME) would walk the disk.
            if (entry.isSymLink()) {
                const QString target = entry.canonicalFilePath();
                if (target != m_canonicalRoot
                    && !target.startsWith(m_canonicalRoot + QLatin1Char('/')))
                    continue;
            }
            subfolders << entry.filePath();
        } else if (name == QLatin1String("vars.mk")) {
            folder.hasVars = true;
        } else if (name == QLatin1String("Dockerfile")) {
            folder.hasDockerfile = true;
        } else if (name.endsWith(QLatin1String(".service"))
                   || name.endsWith(QLatin1String(".socket"))
                   || name.endsWith(QLatin1String(".timer"))) {
            m_unitFiles << entry.filePath();
        }
    }
    if (folder.hasVars || folder.hasDockerfile)
        m_folders << folder;
    for (const QString &sub : std::as_const(subfolders))
        walk(sub, depth + 1);
}

void Loader::readManifest()
{
    const QString path = m_ws.root + QLatin1String("/whalestack.yaml");
    m_ws.manifest.tagPolicy = QStringLiteral("git");
    if (!QFileInfo::exists(path))
        return;
    QByteArray data;
    if (!WorkspaceFile::read(path, &data, &m_ws.problems)) {
        m_ws.manifest.path = path;
        return;
    }
    m_ws.manifest = ManifestParser::parse(data, path, &m_ws.problems);
}

ImageDefinition Loader::readImage(const Folder &folder)
{
    ImageDefinition image;
    const QString relative = QDir(m_ws.root).relativeFilePath(folder.path);
    image.id = relative.isEmpty() ? QStringLiteral(".") : relative;
    image.contextDir = folder.path;

    QString name;
    if (folder.hasVars) {
        image.varsFile = folder.path + QLatin1String("/vars.mk");
        MakeEvaluator evaluator;
        evaluator.setGitProvider([this] { return git(); });
        evaluator.evaluateFile(image.varsFile, &m_ws.problems);
        image.makeVariables = evaluator.values(&m_ws.problems);
        name = evaluator.imageName(image.varsFile, &m_ws.problems);
    }
    if (name.isEmpty()) {
        // Without a vars.mk (or without COMPONENT) the folder's name stands in, as the component.
        QString component = QFileInfo(folder.path).fileName().toLower();
        component.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
        if (component.isEmpty())
            component = QStringLiteral("image");
        name = component + QLatin1String(":latest");
        if (!folder.hasVars)
            m_ws.problems << makeProblem(
                folder.path + QLatin1String("/Dockerfile"), 0, 0,
                tr("This Dockerfile has no vars.mk beside it, so the image "
                   "is named '%1' after its folder. Add a vars.mk with "
                   "COMPONENT (and IMAGE_PREFIX, DISTR, BUILD_TAG) to name it.")
                    .arg(name),
                Problem::Severity::Warning);
    }

    // The manifest's tag policy, then a per-image tag, replace the tag vars.mk gives.
    const Manifest &manifest = m_ws.manifest;
    const ImageOverride *byId = manifest.overrideFor(image.id);
    const ImageOverride *byName = manifest.overrideFor(name);
    if (byId)
        m_usedOverrides.insert(byId->image);
    if (byName)
        m_usedOverrides.insert(byName->image);
    QString tag;
    if (manifest.tagPolicy == QLatin1String("fixed") && !manifest.tag.isEmpty())
        tag = manifest.tag;
    else if (manifest.tagPolicy == QLatin1String("latest"))
        tag = QStringLiteral("latest");
    if (byId && !byId->tag.isEmpty())
        tag = byId->tag;
    if (byName && !byName->tag.isEmpty())
        tag = byName->tag;
    if (!tag.isEmpty())
        name = ImageReference::repository(name) + QLatin1Char(':') + tag;
    image.name = name;

    if (folder.hasDockerfile) {
        image.dockerfilePath = folder.path + QLatin1String("/Dockerfile");
        QHash<QString, QString> args = manifest.buildArgs;
        for (const ImageOverride *o : {byId, byName})
            if (o)
                for (auto it = o->buildArgs.cbegin(); it != o->buildArgs.cend(); ++it)
                    args.insert(it.key(), it.value());
        for (auto it = m_options.buildArgs.cbegin(); it != m_options.buildArgs.cend(); ++it)
            args.insert(it.key(), it.value());
        QByteArray data;
        if (WorkspaceFile::read(image.dockerfilePath, &data, &m_ws.problems))
            image.dockerfile
                = DockerfileParser::parse(data, image.dockerfilePath, args, &m_ws.problems);
        else
            image.dockerfile.path = image.dockerfilePath;
    }
    readTemplates(&image);
    return image;
}

void Loader::readTemplates(ImageDefinition *image)
{
    const QDir confDir(image->contextDir + QLatin1String("/root/etc/confd/conf.d"));
    if (!confDir.exists())
        return;
    const QFileInfoList tomls
        = confDir.entryInfoList({QStringLiteral("*.toml")}, QDir::Files | QDir::Hidden, QDir::Name);
    for (const QFileInfo &toml : tomls) {
        QByteArray data;
        if (!WorkspaceFile::read(toml.filePath(), &data, &m_ws.problems))
            continue;
        TemplateResource resource
            = TemplateResourceParser::parse(data, toml.filePath(), &m_ws.problems);
        if (resource.path.isEmpty())
            resource.path = toml.filePath();
        if (resource.templatePath.isEmpty() && !resource.src.isEmpty())
            resource.templatePath = QDir::cleanPath(
                toml.absolutePath() + QLatin1String("/../templates/") + resource.src);
        if (!resource.templatePath.isEmpty()) {
            if (!QFileInfo::exists(resource.templatePath)) {
                m_ws.problems << makeProblem(toml.filePath(), 0, 0,
                                             tr("The template %1 that src names does not exist.")
                                                 .arg(resource.templatePath));
            } else {
                QByteArray text;
                if (WorkspaceFile::read(resource.templatePath, &text, &m_ws.problems)) {
                    resource.reads = TemplateKeyExtractor::extract(text, resource.templatePath,
                                                                   resource.prefix, &m_ws.problems);
                    // confd only fetches what `keys` lists: a read outside it renders as missing.
                    TemplateResourceParser::checkReadsAreFetched(resource, &m_ws.problems);
                }
            }
        }
        image->templates << resource;
    }
}

void Loader::resolveParents()
{
    QHash<QString, int> byName;
    QHash<QString, QList<int>> byRepository;
    for (int i = 0; i < m_ws.images.size(); ++i) {
        const ImageDefinition &image = m_ws.images.at(i);
        if (byName.contains(image.name)) {
            const ImageDefinition &first = m_ws.images.at(byName.value(image.name));
            m_ws.problems << makeProblem(
                image.varsFile.isEmpty() ? image.dockerfilePath : image.varsFile, 0, 0,
                tr("This image is named %1, like the image in %2. Give "
                   "one of them another COMPONENT.")
                    .arg(image.name, first.id));
            continue;
        }
        byName.insert(image.name, i);
        byRepository[ImageReference::repository(image.name)] << i;
    }
    const QString registry = m_ws.manifest.registry;
    for (ImageDefinition &image : m_ws.images) {
        image.parent.clear();
        image.parentKind = ImageDefinition::ParentKind::None;
        if (!image.buildable())
            continue;
        const QString base = image.dockerfile.finalBase();
        if (base.isEmpty())
            continue;
        QStringList candidates {base, ImageReference::normalized(base)};
        if (!registry.isEmpty() && base.startsWith(registry + QLatin1Char('/'))) {
            const QString local = base.mid(registry.size() + 1);
            candidates << local << ImageReference::normalized(local);
        }
        int match = -1;
        for (const QString &candidate : std::as_const(candidates)) {
            if (byName.contains(candidate)) {
                match = byName.value(candidate);
                break;
            }
        }
        // An untagged FROM of a repository the workspace builds under another tag (a git tag,
        // a fixed tag policy) still means that image when exactly one image has the repository.
        if (match < 0 && !ImageReference::hasTagOrDigest(base)) {
            for (const QString &candidate : std::as_const(candidates)) {
                const QList<int> same = byRepository.value(ImageReference::repository(candidate));
                if (same.size() == 1) {
                    match = same.first();
                    break;
                }
            }
        }
        if (match >= 0) {
            image.parent = m_ws.images.at(match).name;
            image.parentKind = ImageDefinition::ParentKind::Workspace;
        } else {
            image.parent = ImageReference::normalized(base);
            image.parentKind = ImageDefinition::ParentKind::External;
        }
    }
}

void Loader::reportCycles()
{
    QHash<QString, const ImageDefinition *> byName;
    for (const ImageDefinition &image : std::as_const(m_ws.images))
        if (!byName.contains(image.name))
            byName.insert(image.name, &image);
    QSet<QString> done;
    for (const ImageDefinition &start : std::as_const(m_ws.images)) {
        QStringList path;
        QString current = start.name;
        while (!current.isEmpty() && !done.contains(current)) {
            const qsizetype seen = path.indexOf(current);
            if (seen >= 0) {
                QStringList cycle = path.mid(seen);
                cycle << current;
                const ImageDefinition *first = byName.value(cycle.first());
                int line = 0;
                if (first && !first->dockerfile.stages.isEmpty())
                    line = first->dockerfile.stages.last().line;
                m_ws.problems << makeProblem(first ? first->dockerfilePath : QString(), line, 0,
                                             tr("These images build on each other in a cycle, so "
                                                "none of them can be built: %1. Change one FROM.")
                                                 .arg(cycle.join(QStringLiteral(" → "))));
                break;
            }
            path << current;
            const ImageDefinition *image = byName.value(current);
            if (!image || image->parentKind != ImageDefinition::ParentKind::Workspace)
                break;
            current = image->parent;
        }
        for (const QString &name : std::as_const(path))
            done.insert(name);
    }
}

void Loader::readUnits()
{
    QStringList files = m_unitFiles;
    const QString unitsDir = m_ws.manifest.unitsDir;
    if (!unitsDir.isEmpty()) {
        const QString dir = QDir::cleanPath(QDir(m_ws.root).absoluteFilePath(unitsDir));
        if (!QFileInfo(dir).isDir()) {
            m_ws.problems << makeProblem(m_ws.manifest.path, 0, 0,
                                         tr("units_dir names %1, which is not a folder.").arg(dir));
            files.clear();
        } else {
            files.erase(std::remove_if(files.begin(), files.end(),
                                       [&dir](const QString &f) {
                                           return !f.startsWith(dir + QLatin1Char('/'));
                                       }),
                        files.end());
        }
    } else {
        // Files under an image's root/ are part of that image's file system, not fleet units.
        QStringList roots;
        for (const ImageDefinition &image : std::as_const(m_ws.images))
            roots << image.contextDir + QLatin1String("/root/");
        files.erase(std::remove_if(files.begin(), files.end(),
                                   [&roots](const QString &f) {
                                       return std::any_of(
                                           roots.begin(), roots.end(),
                                           [&f](const QString &r) { return f.startsWith(r); });
                                   }),
                    files.end());
    }
    for (const QString &file : std::as_const(files)) {
        QByteArray data;
        if (!WorkspaceFile::read(file, &data, &m_ws.problems))
            continue;
        m_ws.units << UnitFileParser::parse(data, file, &m_ws.problems);
    }
}

void Loader::buildCatalogue()
{
    // Tens of thousands of reads in a large workspace: index by key; reads of one image and one
    // template come together, so comparing with the last entry drops most repeats, and a sort
    // and unique at the end drops the rest.
    QHash<QString, qsizetype> index;
    for (const ImageDefinition &image : std::as_const(m_ws.images)) {
        for (const TemplateResource &resource : image.templates) {
            for (const TemplateKey &read : resource.reads) {
                auto it = index.find(read.key);
                if (it == index.end()) {
                    it = index.insert(read.key, m_ws.keyCatalogue.size());
                    KeyUse use;
                    use.key = read.key;
                    m_ws.keyCatalogue << use;
                }
                KeyUse &use = m_ws.keyCatalogue[*it];
                use.pattern = use.pattern || read.pattern;
                if (use.images.isEmpty() || use.images.last() != image.name)
                    use.images << image.name;
                if (use.templates.isEmpty() || use.templates.last() != resource.templatePath)
                    use.templates << resource.templatePath;
            }
        }
    }
    for (KeyUse &use : m_ws.keyCatalogue) {
        for (QStringList *list : {&use.images, &use.templates}) {
            std::sort(list->begin(), list->end());
            list->erase(std::unique(list->begin(), list->end()), list->end());
        }
    }
    std::sort(m_ws.keyCatalogue.begin(), m_ws.keyCatalogue.end(),
              [](const KeyUse &a, const KeyUse &b) { return a.key < b.key; });
}

void Loader::finish()
{
    std::sort(m_ws.images.begin(), m_ws.images.end(),
              [](const ImageDefinition &a, const ImageDefinition &b) {
                  return a.name != b.name ? a.name < b.name : a.id < b.id;
              });
    std::sort(m_ws.units.begin(), m_ws.units.end(), [](const UnitFile &a, const UnitFile &b) {
        return a.name != b.name ? a.name < b.name : a.path < b.path;
    });
    // The same globals.mk is read for every image: its problems are reported once.
    Problems unique;
    QSet<QString> seen;
    for (const Problem &p : std::as_const(m_ws.problems)) {
        const QString key = p.toString() + QLatin1Char('|') + QString::number(int(p.severity));
        if (seen.contains(key))
            continue;
        seen.insert(key);
        unique << p;
    }
    std::stable_sort(unique.begin(), unique.end(), [](const Problem &a, const Problem &b) {
        if (a.file != b.file)
            return a.file < b.file;
        if (a.line != b.line)
            return a.line < b.line;
        return a.column < b.column;
    });
    m_ws.problems = unique;
}

Workspace Loader::run()
{
    const QFileInfo rootInfo(m_ws.root);
    m_ws.name = rootInfo.fileName();
    if (!rootInfo.isDir()) {
        m_ws.problems << makeProblem(m_ws.root, 0, 0,
                                     rootInfo.exists()
                                         ? tr("This is a file; a workspace is a folder.")
                                         : tr("This folder does not exist."));
        return m_ws;
    }
    m_canonicalRoot = rootInfo.canonicalFilePath();
    readManifest();
    if (!m_ws.manifest.name.isEmpty())
        m_ws.name = m_ws.manifest.name;
    walk(m_ws.root, 0);
    for (const Folder &folder : std::as_const(m_folders))
        m_ws.images << readImage(folder);
    for (const ImageOverride &o : std::as_const(m_ws.manifest.images)) {
        if (!m_usedOverrides.contains(o.image))
            m_ws.problems << makeProblem(m_ws.manifest.path, 0, 0,
                                         tr("images: %1 names no image of this workspace (neither "
                                            "a folder nor a full image name).")
                                             .arg(o.image),
                                         Problem::Severity::Warning);
    }
    resolveParents();
    reportCycles();
    readUnits();
    buildCatalogue();
    for (const Problems &warnings : CacheDefeatCheck::check(m_ws))
        m_ws.problems << warnings;
    finish();
    return m_ws;
}

} // namespace

Workspace WorkspaceLoader::load(const QString &root, const Options &options)
{
    Loader loader(root, options);
    return loader.run();
}

QFuture<Workspace> WorkspaceLoader::loadAsync(const QString &root, const Options &options)
{
    return QtConcurrent::run([root, options] { return load(root, options); });
}

} // namespace ws
