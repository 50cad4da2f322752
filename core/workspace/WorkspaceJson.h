#pragma once

#include "Workspace.h"

#include <QJsonObject>

namespace ws {

// The workspace model as JSON, for `whalestack-cli workspace PATH --json` and scripts.
// Shape:
// {"root","name","images":[...],"keys":[...],"units":[...],"problems":[...],"manifest":{...}}
// (docs/manifest.md shows an example).
class WorkspaceJson
{
public:
    static QJsonObject toJson(const Workspace &workspace);
    static QJsonObject toJson(const ImageDefinition &image);
    static QJsonObject toJson(const UnitFile &unit);
    static QJsonObject toJson(const Problem &problem);
    static QJsonObject toJson(const Manifest &manifest);
};

} // namespace ws
