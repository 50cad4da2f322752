#pragma once

#include "ImageDefinition.h"
#include "Manifest.h"
#include "common/Problem.h"
#include "fleet/UnitFile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// One key of the catalogue: a key (or glob pattern) some template reads, and who reads it.
struct KeyUse
{
    QString key;
    bool pattern = false;
    QStringList images; // full image names, sorted
    QStringList templates; // absolute template paths, sorted

    friend bool operator==(const KeyUse &, const KeyUse &) = default;
};

// A workspace folder, read whole: a value type, cheap to copy, safe to hand between threads.
class Workspace
{
public:
    QString root; // absolute path
    QString name; // manifest name, else the folder's name
    Manifest manifest;
    QList<ImageDefinition> images; // sorted by name
    QList<UnitFile> units; // sorted by name
    QList<KeyUse> keyCatalogue; // sorted by key
    Problems problems; // every file that did not parse, with file:line

    const ImageDefinition *image(const QString &name) const; // by full name, or nullptr
    const ImageDefinition *imageById(const QString &id) const;
    QStringList children(const QString &name) const; // images whose parent is `name`, sorted
    QStringList externalBases() const; // parents outside the workspace, sorted, unique
    // Images in an order where every parent comes before its children; images that are part of a
    // cycle are left out (the loader reports the cycle as a problem).
    QStringList topologicalOrder() const;
};

} // namespace ws
