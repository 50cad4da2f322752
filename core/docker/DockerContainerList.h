#pragma once

#include "http/ApiJob.h"

#include <QCoreApplication>

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ws {

class DockerClient;

// One port of a container as GET /containers/json lists it (PROTOCOLS.md §1.6.1).
struct DockerContainerPort
{
    QString ip; // the host address it is published on; empty when only exposed
    int privatePort = 0;
    int publicPort = 0; // 0 when not published
    QString type; // "tcp", "udp", "sctp"

    friend bool operator==(const DockerContainerPort &, const DockerContainerPort &) = default;
};

// One container of the list (ContainerSummary).
struct DockerContainerSummary
{
    QString id;
    QStringList names; // as the engine gives them, each with its leading "/"
    QString image;
    QString state; // lower-case: "running", "exited", "created", ...
    QString status; // "Up 3 hours", "Exited (1) 2 minutes ago"
    QList<DockerContainerPort> ports;
    QVariantMap labels;

    // The first name without its "/".
    QString name() const;

    friend bool operator==(const DockerContainerSummary &, const DockerContainerSummary &)
        = default;
};

using DockerContainerListJob = ResultJob<QList<DockerContainerSummary>>;

// GET /containers/json of one engine. Kept beside DockerClient (not in it) so the client's
// header stays as it is while the infrastructure work adds this.
class DockerContainerList
{
    Q_DECLARE_TR_FUNCTIONS(DockerContainerList)

public:
    // Every container (all=1) or only running ones. The job is a child of `client`; it fails
    // with the engine's error, or when no answer came within `timeoutMs` (0: the request's
    // defaults).
    static DockerContainerListJob *list(DockerClient *client, bool all = true, int timeoutMs = 0);

    // Reads the JSON array the engine answers. False with *error (translated, naming `where`)
    // for anything else; unknown fields are ignored, missing ones left empty.
    static bool parse(const QByteArray &body, const QString &where,
                      QList<DockerContainerSummary> *out, QString *error);
};

} // namespace ws
