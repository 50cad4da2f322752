#include "BuildPlan.h"

#include "workspace/Workspace.h"

#include <QSet>

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

double validEstimate(double estimate)
{
    return std::isfinite(estimate) && estimate > 0 ? estimate : 1.0;
}

// Images of the workspace that `image` needs before it can build: the final stage's base and
// every COPY --from image, when the workspace defines them.
QStringList workspaceDependencies(const Workspace &workspace, const ImageDefinition &image)
{
    QStringList result;
    if (image.parentKind == ImageDefinition::ParentKind::Workspace && !image.parent.isEmpty())
        result << image.parent;
    for (const DockerfileStage &stage : image.dockerfile.stages)
        for (const QString &from : stage.copyFromImages)
            if (from != image.name && workspace.image(from) && !result.contains(from))
                result << from;
    return result;
}

const ImageDefinition *findImage(const Workspace &workspace, const QString &nameOrId)
{
    if (const ImageDefinition *image = workspace.image(nameOrId))
        return image;
    return workspace.imageById(nameOrId);
}

} // namespace

BuildPlan BuildPlan::fromWorkspace(const Workspace &workspace, Scope scope,
                                   const QStringList &names)
{
    Problems problems;
    QSet<QString> selected;

    QHash<QString, QStringList> childrenOf; // every image of the workspace, buildable or not
    for (const ImageDefinition &image : workspace.images)
        for (const QString &parent : workspaceDependencies(workspace, image))
            childrenOf[parent] << image.name;

    const QString where = workspace.root;
    QStringList roots;
    if (scope == Scope::Everything) {
        for (const ImageDefinition &image : workspace.images)
            roots << image.name;
    } else {
        for (const QString &name : names) {
            const ImageDefinition *image = findImage(workspace, name);
            if (!image) {
                problems << makeProblem(where, 0, 0,
                                        tr("There is no image named %1 in this workspace; check "
                                           "the name or reload the workspace.")
                                            .arg(name));
                continue;
            }
            if (!image->buildable() && scope == Scope::Images)
                problems << makeProblem(
                    image->varsFile.isEmpty() ? where : image->varsFile, 0, 0,
                    tr("%1 has no Dockerfile, so there is nothing to build.").arg(image->name),
                    Problem::Severity::Warning);
            roots << image->name;
        }
    }
    if (scope == Scope::ImagesAndDescendants) {
        QStringList pending = roots;
        QSet<QString> seen(roots.cbegin(), roots.cend());
        while (!pending.isEmpty()) {
            const QString next = pending.takeFirst();
            for (const QString &child : childrenOf.value(next))
                if (!seen.contains(child)) {
                    seen.insert(child);
                    roots << child;
                    pending << child;
                }
        }
    }
    for (const QString &name : std::as_const(roots))
        if (const ImageDefinition *image = workspace.image(name); image && image->buildable())
            selected.insert(name);

    QList<Node> nodes;
    QHash<QString, QString> files;
    for (const ImageDefinition &image : workspace.images) {
        if (!selected.contains(image.name))
            continue;
        Node node;
        node.name = image.name;
        files.insert(image.name, image.dockerfilePath);
        if (image.parentKind == ImageDefinition::ParentKind::Workspace && !image.parent.isEmpty()
            && !workspace.image(image.parent)) {
            int line = 0;
            if (!image.dockerfile.stages.isEmpty())
                line = image.dockerfile.stages.constLast().line;
            problems << makeProblem(image.dockerfilePath, line, 0,
                                    tr("%1 builds on %2, which this workspace does not define; "
                                       "add that image or change the FROM line.")
                                        .arg(image.name, image.parent));
        }
        for (const QString &parent : workspaceDependencies(workspace, image)) {
            if (selected.contains(parent))
                node.parents << parent;
            else
                node.externalParents << parent;
        }
        if (image.parentKind == ImageDefinition::ParentKind::External && !image.parent.isEmpty())
            node.externalParents << image.parent;
        // A Dockerfile or vars.mk that did not parse cannot be built: refuse the plan with the
        // loader's own problem, which names the file and line.
        for (const Problem &problem : workspace.problems)
            if (problem.severity == Problem::Severity::Error
                && (problem.file == image.dockerfilePath
                    || (!image.varsFile.isEmpty() && problem.file == image.varsFile))
                && !problems.contains(problem))
                problems << problem;
        nodes << node;
    }
    return resolve(nodes, files, problems);
}

BuildPlan BuildPlan::fromNodes(const QList<Node> &nodes)
{
    return resolve(nodes, {}, {});
}

BuildPlan BuildPlan::resolve(const QList<Node> &nodes, const QHash<QString, QString> &files,
                             Problems problems)
{
    BuildPlan plan;
    QHash<QString, Node> byName;
    QStringList names;
    for (const Node &node : nodes) {
        if (byName.contains(node.name)) {
            problems << makeProblem(files.value(node.name), 0, 0,
                                    tr("%1 is listed twice in the build plan.").arg(node.name));
            continue;
        }
        byName.insert(node.name, node);
        names << node.name;
    }
    std::sort(names.begin(), names.end());

    QHash<QString, QStringList> childrenOf;
    QHash<QString, int> pending;
    for (const QString &name : std::as_const(names)) {
        Node &node = byName[name];
        QStringList parents;
        for (const QString &parent : std::as_const(node.parents)) {
            if (parents.contains(parent))
                continue;
            if (!byName.contains(parent)) {
                problems << makeProblem(
                    files.value(name), 0, 0,
                    tr("%1 builds on %2, which is not in the build plan.").arg(name, parent));
                continue;
            }
            parents << parent;
            childrenOf[parent] << name;
        }
        std::sort(parents.begin(), parents.end());
        node.parents = parents;
        pending[name] = int(parents.size());
    }

    // Kahn's algorithm, smallest name first among the ready ones so the order is stable.
    QStringList ready;
    for (const QString &name : std::as_const(names))
        if (pending.value(name) == 0)
            ready << name;
    while (!ready.isEmpty()) {
        std::sort(ready.begin(), ready.end());
        const QString next = ready.takeFirst();
        plan.m_order << next;
        for (const QString &child : childrenOf.value(next))
            if (--pending[child] == 0)
                ready << child;
    }

    // What Kahn's algorithm left is on a cycle or below one. Name each cycle by walking parents
    // from a leftover image until one repeats.
    QSet<QString> placed(plan.m_order.cbegin(), plan.m_order.cend());
    QSet<QString> reported;
    for (const QString &name : std::as_const(names)) {
        if (placed.contains(name) || reported.contains(name))
            continue;
        QStringList path;
        QString current = name;
        while (!path.contains(current) && !reported.contains(current)) {
            path << current;
            QString next;
            for (const QString &parent : byName.value(current).parents)
                if (!placed.contains(parent)) {
                    next = parent;
                    break;
                }
            if (next.isEmpty())
                break; // cannot happen: a leftover image has a leftover parent
            current = next;
        }
        const qsizetype start = path.indexOf(current);
        if (start < 0)
            continue; // leads into a cycle already reported: below a cycle, not on one
        QStringList cycle = path.mid(start);
        for (const QString &member : std::as_const(cycle))
            reported.insert(member);
        std::reverse(cycle.begin(), cycle.end()); // parent first, as the images build
        // Start at the smallest name so the message does not depend on where the walk began.
        std::rotate(cycle.begin(), std::min_element(cycle.begin(), cycle.end()), cycle.end());
        cycle << cycle.first();
        problems << makeProblem(files.value(cycle.first()), 0, 0,
                                tr("These images build on each other in a cycle, so none of them "
                                   "can be built: %1. Change one of their FROM lines.")
                                    .arg(cycle.join(QStringLiteral(" → "))));
    }
    for (const QString &name : std::as_const(names))
        if (!placed.contains(name) && !reported.contains(name))
            problems << makeProblem(files.value(name), 0, 0,
                                    tr("%1 builds on an image that is part of a cycle.").arg(name));

    for (const QString &name : std::as_const(plan.m_order)) {
        const Node &node = byName[name];
        Image image;
        image.name = name;
        image.parents = node.parents;
        image.externalParents = node.externalParents;
        image.externalParents.removeDuplicates();
        std::sort(image.externalParents.begin(), image.externalParents.end());
        QStringList children = childrenOf.value(name);
        std::sort(children.begin(), children.end());
        image.children = children;
        image.estimate = validEstimate(node.estimate);
        image.file = files.value(name);
        plan.m_index.insert(name, int(plan.m_images.size()));
        plan.m_images << image;
    }
    plan.m_problems = problems;
    plan.computePaths();
    return plan;
}

bool BuildPlan::isValid() const
{
    return std::none_of(m_problems.cbegin(), m_problems.cend(), [](const Problem &problem) {
        return problem.severity == Problem::Severity::Error;
    });
}

const BuildPlan::Image *BuildPlan::image(const QString &name) const
{
    const auto it = m_index.constFind(name);
    return it == m_index.cend() ? nullptr : &m_images.at(*it);
}

QStringList BuildPlan::descendants(const QString &name) const
{
    QSet<QString> below;
    const auto it = m_index.constFind(name);
    if (it == m_index.cend())
        return {};
    // Children come after their parents in order(), so one pass from the image down finds all.
    below.insert(name);
    QStringList result;
    for (qsizetype i = *it + 1; i < m_images.size(); ++i) {
        const Image &image = m_images.at(i);
        for (const QString &parent : image.parents)
            if (below.contains(parent)) {
                below.insert(image.name);
                result << image.name;
                break;
            }
    }
    return result;
}

void BuildPlan::setEstimate(const QString &name, double estimate)
{
    if (const auto it = m_index.constFind(name); it != m_index.cend()) {
        m_images[*it].estimate = validEstimate(estimate);
        computePaths();
    }
}

void BuildPlan::setEstimates(const QHash<QString, double> &estimates)
{
    for (auto it = estimates.cbegin(); it != estimates.cend(); ++it)
        if (const auto index = m_index.constFind(it.key()); index != m_index.cend())
            m_images[*index].estimate = validEstimate(it.value());
    computePaths();
}

void BuildPlan::setOnlyIfStale(const QString &name, bool onlyIfStale)
{
    if (const auto it = m_index.constFind(name); it != m_index.cend())
        m_images[*it].onlyIfStale = onlyIfStale;
}

void BuildPlan::setAllOnlyIfStale(bool onlyIfStale)
{
    for (Image &image : m_images)
        image.onlyIfStale = onlyIfStale;
}

void BuildPlan::computePaths()
{
    for (qsizetype i = m_images.size() - 1; i >= 0; --i) {
        Image &image = m_images[i];
        double below = 0;
        for (const QString &child : std::as_const(image.children))
            below = std::max(below, m_images.at(m_index.value(child)).remainingPath);
        image.remainingPath = image.estimate + below;
    }
}

double BuildPlan::criticalPathLength() const
{
    double longest = 0;
    for (const Image &image : m_images)
        longest = std::max(longest, image.remainingPath);
    return longest;
}

QStringList BuildPlan::criticalPath() const
{
    QStringList path;
    const Image *current = nullptr;
    for (const Image &image : m_images)
        if (image.parents.isEmpty() && (!current || image.remainingPath > current->remainingPath))
            current = &image;
    while (current) {
        path << current->name;
        const Image *next = nullptr;
        for (const QString &child : current->children) {
            const Image *candidate = image(child);
            if (!next || candidate->remainingPath > next->remainingPath)
                next = candidate;
        }
        current = next;
    }
    return path;
}

double BuildPlan::totalWork() const
{
    double total = 0;
    for (const Image &image : m_images)
        total += image.estimate;
    return total;
}

} // namespace ws
