#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace ws {

// What GET /images/{name}/json tells about a local image (the fields builds and history use).
struct DockerImageInfo
{
    QString id; // "sha256:…"
    QStringList repoTags;
    QMap<QString, QString> labels; // Config.Labels
    qint64 size = 0; // bytes
    QDateTime created; // UTC
};

} // namespace ws
