#pragma once

#include "common/Problem.h"
#include "settings/ConnectionProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ws {

// The connection profiles of the user, in a YAML file, by default
// $XDG_CONFIG_HOME/Whalestack/whalestack/profiles.yaml (QStandardPaths::AppConfigLocation of
// the application). Loading reports every broken entry as a Problem with line and column and
// still loads the others; keys it does not know are reported as warnings and kept, so a save
// does not drop them. Saving is atomic and keeps the previous file as profiles.yaml.bak (and a
// file that could not be read at all as profiles.yaml.broken).
//
// The file (schema version 1; tests/data/settings/profiles.yaml is a complete example):
//   version: 1
//   profiles:
//     - name: production etcd        # required, unique
//       kind: etcd                   # required: docker, etcd, fleet or registry
//       endpoints: [https://10.0.0.1:2379, https://10.0.0.2:2379]   # or one string
//       ca_file: /etc/ssl/etcd/ca.pem
//       cert_file: /etc/ssl/etcd/client.pem
//       key_file: /etc/ssl/etcd/client-key.pem
//       verify_tls: true             # default true
//       username: root
//       secret_ref: profiles/production-etcd   # the keychain key (SecretStore), never a password
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ws::ProfileStore)

public:
    static constexpr int SchemaVersion = 1;

    // What a profiles file holds; the result of parse().
    struct Contents
    {
        QList<ConnectionProfile> profiles;
        // Top-level keys other than "version" and "profiles", as YAML text, kept for saving.
        QList<std::pair<QString, QByteArray>> unknownFields;
        Problems problems;
        // False when nothing could be read (not YAML, or not a mapping at the top).
        bool readable = true;
    };

    ProfileStore(); // defaultFilePath()
    explicit ProfileStore(const QString &filePath);

    static QString defaultFilePath();
    QString filePath() const { return m_filePath; }
    QString backupFilePath() const; // filePath() + ".bak"
    // filePath() + ".broken": where save() keeps a file that load() could not read at all, so
    // that what the user wrote there survives later saves.
    QString brokenFilePath() const;

    // Reads filePath(). A missing file is an empty store, not a problem. Returns false when an
    // error (not a warning) was found; problems() says what and where, profiles() has the rest.
    bool load();
    // Writes every profile to filePath() through a temporary file that replaces it only once
    // fully written, after copying the old file to backupFilePath(). Returns std::nullopt on
    // success, or what failed; the previous file is then unchanged.
    std::optional<Problem> save();

    const QList<ConnectionProfile> &profiles() const { return m_contents.profiles; }
    const Problems &problems() const { return m_contents.problems; }
    std::optional<ConnectionProfile> profile(const QString &name) const;
    // Replaces the profile of the same name, or appends it.
    void setProfile(const ConnectionProfile &profile);
    bool removeProfile(const QString &name);
    void setProfiles(const QList<ConnectionProfile> &profiles);

    // The parser and writer on their own (used by load/save, the fuzz target and tests).
    // fileName only labels the problems.
    static Contents parse(const QByteArray &yaml, const QString &fileName);
    static QByteArray serialize(const QList<ConnectionProfile> &profiles,
                                const QList<std::pair<QString, QByteArray>> &unknownFields = {});

private:
    QString m_filePath;
    Contents m_contents;
};

} // namespace ws
