#pragma once

#include <QString>
#include <QStringList>

namespace ws {

// Finds the workspaces that ship with Whalestack ("demo", "openstack-kilo") in an installed tree
// or, for a build that is not installed, in the source tree.
class BundledWorkspaces
{
public:
    // The folder of bundled workspace `name`, looked up in order in
    //   $WHALESTACK_DATA_DIR/workspaces/NAME,
    //   <each GenericDataLocation>/whalestack/workspaces/NAME,
    //   <application dir>/../share/whalestack/workspaces/NAME (when a QCoreApplication exists),
    //   <source tree>/resources/workspaces/NAME;
    // empty when none exists.
    static QString path(const QString &name);
    static QStringList names(); // "demo", "openstack-kilo"
};

} // namespace ws
