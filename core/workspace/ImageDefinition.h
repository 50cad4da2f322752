#pragma once

#include "Dockerfile.h"
#include "confd/TemplateResource.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// One image of a workspace: a folder with a vars.mk and (usually) a Dockerfile.
struct ImageDefinition
{
    enum class ParentKind { None, Workspace, External };

    QString id; // folder relative to the workspace root: "openstack/keystone"
    QString name; // full name IMAGE_PREFIX/DISTR-COMPONENT:BUILD_TAG
    QString contextDir; // absolute path of the build context
    QString dockerfilePath; // absolute; empty for an image the workspace uses but does not build
    QString varsFile; // absolute path of vars.mk, empty if none
    QHash<QString, QString> makeVariables; // IMAGE_PREFIX, DISTR, COMPONENT, BUILD_TAG, ...

    Dockerfile dockerfile; // empty when not buildable
    QString parent; // full name of the image the final stage builds on; empty for scratch
    ParentKind parentKind = ParentKind::None;

    QList<TemplateResource> templates; // root/etc/confd/conf.d/*.toml, sorted by path

    bool buildable() const { return !dockerfilePath.isEmpty(); }
    QStringList keys() const; // sorted, unique: every key this image's templates read
};

} // namespace ws
