#include "ContextSource.h"

#include "workspace/ImageDefinition.h"
#include "workspace/Manifest.h"

#include <QDir>

namespace ws {

ContextSource ContextSource::forImage(const ImageDefinition &image, const Manifest *manifest)
{
    ContextSource source;
    source.contextDir = image.contextDir;
    source.dockerfile = image.dockerfilePath;
    if (manifest) {
        const ImageOverride *o = manifest->overrideFor(image.id);
        if (!o)
            o = manifest->overrideFor(image.name);
        if (o)
            source.extraFiles = o->extraContextFiles;
    }
    return source;
}

QString ContextSource::dockerfileInArchive() const
{
    const QString inside = dockerfileInContext();
    return inside.isEmpty() ? QString::fromLatin1(outsideDockerfileName) : inside;
}

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
