#include "ContextSource.h"

#include <QDir>

namespace ws {

QString ContextSource::dockerfilePath() const
{
    const QString name = dockerfile.isEmpty() ? QStringLiteral("Dockerfile") : dockerfile;
    return QDir::cleanPath(QDir(contextDir).absoluteFilePath(name));
}

QString ContextSource::dockerfileInContext() const
{
    const QString relative = QDir(QDir::cleanPath(contextDir)).relativeFilePath(dockerfilePath());
    if (relative.startsWith(QLatin1String("../")) || relative == QLatin1String("..")
        || QDir::isAbsolutePath(relative))
        return {};
    return relative;
}

} // namespace ws
