#include "BundledWorkspaces.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace ws {

QStringList BundledWorkspaces::names()
{
    return {QStringLiteral("demo"), QStringLiteral("openstack-kilo")};
}

QString BundledWorkspaces::path(const QString &name)
{
    // A name is one folder name: nothing that walks out of the workspaces folder.
    if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\'))
        || name == QLatin1String(".") || name == QLatin1String(".."))
        return {};
    QStringList candidates;
    const QString dataDir = qEnvironmentVariable("WHALESTACK_DATA_DIR");
    if (!dataDir.isEmpty())
        candidates << dataDir + QLatin1String("/workspaces/") + name;
    const QStringList generic
        = QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    for (const QString &dir : generic)
        candidates << dir + QLatin1String("/whalestack/workspaces/") + name;
    if (QCoreApplication::instance())
        candidates << QCoreApplication::applicationDirPath()
                + QLatin1String("/../share/whalestack/workspaces/") + name;
#ifdef WHALESTACK_SOURCE_DIR
    candidates << QStringLiteral(WHALESTACK_SOURCE_DIR "/resources/workspaces/") + name;
#endif
    for (const QString &candidate : std::as_const(candidates))
        if (QFileInfo(candidate).isDir())
            return QDir::cleanPath(QFileInfo(candidate).absoluteFilePath());
    return {};
}

} // namespace ws
