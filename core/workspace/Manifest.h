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
    // What its probe needs beyond the endpoint: rabbitmq's "management" URL, pdns's "dns" and
    // "zone", haproxy's "socket", ... (ProbeTarget::options).
    QHash<QString, QString> options;

    friend bool operator==(const ServiceEndpoint &, const ServiceEndpoint &) = default;
};

// A host of the cluster named in the manifest, for clusters fleet does not describe (or to give
// a fleet machine its Docker engine and a name). Discovery merges it with fleet's machine of the
// same id or address.
struct ClusterHost
{
    QString name; // label on the map; empty: the machine id's first 8, or the address
    QString address; // public IP (fleet's PublicIP), also what registrator's keys hold
    QString dockerEndpoint; // "tcp://10.0.0.11:2376", "unix:///var/run/docker.sock"; may be empty
    QString machineId; // fleet's machine id; may be empty

    friend bool operator==(const ClusterHost &, const ClusterHost &) = default;
};

struct Environment
{
    QString name;
    QStringList etcdEndpoints;
    QString fleetEndpoint;
    QString fleetTunnel;
    QStringList dockerHosts;
    QList<ClusterHost> hosts;
    QList<ServiceEndpoint> services;

    friend bool operator==(const Environment &, const Environment &) = default;
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
