#include "Workspace.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace ws {

const ImageDefinition *Workspace::image(const QString &name) const
{
    for (const ImageDefinition &image : images)
        if (image.name == name)
            return &image;
    return nullptr;
}

const ImageDefinition *Workspace::imageById(const QString &id) const
{
    for (const ImageDefinition &image : images)
        if (image.id == id)
            return &image;
    return nullptr;
}

QStringList Workspace::children(const QString &name) const
{
    QStringList result;
    for (const ImageDefinition &image : images)
        if (image.parent == name && !image.parent.isEmpty()
            && image.parentKind == ImageDefinition::ParentKind::Workspace)
            result << image.name;
    std::sort(result.begin(), result.end());
    return result;
}

QStringList Workspace::externalBases() const
{
    QStringList result;
    for (const ImageDefinition &image : images)
        if (image.parentKind == ImageDefinition::ParentKind::External
            && !result.contains(image.parent))
            result << image.parent;
    std::sort(result.begin(), result.end());
    return result;
}

QStringList Workspace::topologicalOrder() const
{
    // Kahn's algorithm over the parent edges inside the workspace, taking names in sorted order
    // at each step so the order is stable. Images on a cycle never reach in-degree 0.
    QHash<QString, QStringList> childrenOf;
    QHash<QString, int> pending;
    QStringList names;
    for (const ImageDefinition &image : images) {
        names << image.name;
        const bool internal = image.parentKind == ImageDefinition::ParentKind::Workspace
            && this->image(image.parent) != nullptr;
        pending[image.name] += internal ? 1 : 0;
        if (internal)
            childrenOf[image.parent] << image.name;
    }
    std::sort(names.begin(), names.end());
    QStringList ready;
    for (const QString &name : std::as_const(names))
        if (pending.value(name) == 0)
            ready << name;
    QStringList order;
    QSet<QString> done;
    while (!ready.isEmpty()) {
        std::sort(ready.begin(), ready.end());
        const QString next = ready.takeFirst();
        if (done.contains(next))
            continue;
        done.insert(next);
        order << next;
        for (const QString &child : childrenOf.value(next))
            if (--pending[child] == 0)
                ready << child;
    }
    return order;
}

} // namespace ws
