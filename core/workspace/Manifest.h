#pragma once

#include "common/Problem.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// A backing service of an environment: RabbitMQ, MySQL, Memcached, PowerDNS, HAProxy, Ceph, ...
struct ServiceEndpoint
{
    QString kind; // "rabbitmq", "mysql", "memcached", "pdns", "haproxy", "ceph", "etcd",
                  // "registry", "docker"
    QString name;
    QString endpoint; // "127.0.0.1:11211", "http://127.0.0.1:8404/stats", ...
    QString secretRef; // keychain reference for credentials; never the secret itself
};

struct Environment
{
    QString name;
    QStringList etcdEndpoints;
    QString fleetEndpoint;
    QString fleetTunnel;
    QStringList dockerHosts;
    QList<ServiceEndpoint> services;
};

// Per-image settings the workspace's files cannot say.
struct ImageOverride
{
    QString image; // image id (folder) or full name
    QHash<QString, QString> buildArgs;
    QStringList extraContextFiles; // host files added to the image's context: "src:dest"
    QString tag;
};

// whalestack.yaml, schema version 1 (docs/manifest.md). Everything is optional.
struct Manifest
{
    QString path; // empty when the workspace has no manifest
    int schemaVersion = 1;
    QString name;
    QString registry;
    QString tagPolicy; // "git" (default: BUILD_TAG from vars.mk), "fixed", "latest"
    QString tag; // with tagPolicy "fixed"
    QHash<QString, QString> buildArgs;
    QList<ImageOverride> images;
    QString unitsDir; // relative to the root; empty: unit files are found anywhere
    QList<Environment> environments;

    const ImageOverride *overrideFor(const QString &idOrName) const;
};

} // namespace ws
