#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace ws {

// How to reach one server the application talks to: a Docker engine, an etcd cluster, a fleet
// API or a registry. A value type; ProfileStore reads and writes a list of them. It has no
// password field on purpose: secretRef names an entry in the system keychain (SecretStore),
// so a profile can be saved, logged or shown without leaking a credential.
struct ConnectionProfile
{
    enum class Kind { Docker, Etcd, Fleet, Registry };

    QString name; // unique within the store; what the user picks in the UI
    Kind kind = Kind::Docker;
    QStringList
        endpoints; // "unix:///run/docker.sock", "https://10.0.0.1:2379", ...; empty: the default
    QString caFile; // PEM files for TLS; empty: the system's trust store / no client cert
    QString certFile;
    QString keyFile;
    bool verifyTls = true;
    QString username;
    QString secretRef; // keychain key of the password or token; never the secret itself

    // Keys of the profile this version does not know, kept as YAML text so that saving the
    // file does not drop what a newer version (or the user) wrote. In file order.
    QList<std::pair<QString, QByteArray>> unknownFields;

    // "docker", "etcd", "fleet", "registry": the spelling used in profiles.yaml.
    static QString kindName(Kind kind);
    static std::optional<Kind> kindFromName(const QString &name);
    static QStringList kindNames();

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace ws
