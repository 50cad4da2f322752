#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ws {

// One FROM of a Dockerfile.
struct DockerfileStage
{
    QString base; // image reference after ARG expansion: "ubuntu:14.04", "scratch", or a stage name
    QString name; // the AS name, empty if none
    QString platform; // --platform value, empty if none
    int line = 0;
    int baseStage = -1; // index of the earlier stage `base` names, -1 for an image reference
    QStringList copyFromImages; // COPY --from=<image> values naming images, not stages (added)

    friend bool operator==(const DockerfileStage &, const DockerfileStage &) = default;
};

// What Whalestack needs to know of a Dockerfile: its stages and the final stage's metadata.
struct Dockerfile
{
    QString path;
    QChar escape = QLatin1Char('\\');
    QList<QPair<QString, QString>> globalArgs; // ARG before the first FROM: name, effective value
    QList<DockerfileStage> stages;
    QStringList exposedPorts; // final stage, as written after expansion: "5000", "53/udp"
    QList<QPair<QString, QString>> labels; // final stage, in order
    QList<QPair<QString, QString>> env; // final stage, in order

    // The image the final stage builds on, following stage names back to an image reference;
    // empty for "scratch" or when there is no stage.
    QString finalBase() const;
    // Every image reference (not stage name, not scratch) any stage or COPY --from names, unique.
    QStringList externalReferences() const;
};

} // namespace ws
