#pragma once

#include "fleet/UnitFile.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// Where a unit reads the image it runs from: the original units do
//   IMAGE=$(etcdctl get /services/SERVICE/config/COMPONENT-image-name) && docker run … $IMAGE
// in ExecStart (and ExecStartPre for the pull), so pointing that etcd key at another image and
// restarting the unit deploys it. Found by the key's pattern in the unit's text; a key in
// ExecStart wins over one in ExecStartPre, which wins over one anywhere else.
struct UnitImageLink
{
    QString key; // "/services/glance/config/glance-api-image-name"
    QString service; // "glance"
    QString component; // "glance-api"
    int line = 0; // 1-based line of the option it was found in; 0 when unknown
    QStringList otherKeys; // further distinct image keys in the same unit, in order

    bool isValid() const { return !key.isEmpty(); }

    // From a unit file's text (what a workspace file or fleet's serialized unit holds).
    static UnitImageLink fromText(const QString &text);
    // From a unit's options (parsed file, or fleet's API).
    static UnitImageLink fromOptions(const QList<UnitOption> &options);
    // Every distinct image key in `text`, in order of appearance.
    static QStringList keysIn(const QString &text);
    // "/services/SERVICE/config/COMPONENT-image-name".
    static QString keyFor(const QString &service, const QString &component);
};

} // namespace ws
