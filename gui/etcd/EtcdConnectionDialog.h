#pragma once

#include "settings/ConnectionProfile.h"

#include <QByteArray>
#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace ws {

class ProfileStore;
class SecretStore;

// Where the etcd view connects: an etcd connection profile, or the ETCDCTL_* environment, with
// its endpoints, TLS files, user and API. The password is read from the keychain entry the
// profile names and, when "Remember" is ticked, written back there — never into the profile.
class EtcdConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    // Which etcd API to speak: what the server offers (v3 for etcd 3.x, v2 for 2.x), or one the
    // user forces — etcd 3.x keeps a separate v2 keyspace that legacy confd and registrator use.
    enum class Api { Auto, V3, V2 };

    // `profiles` and `secrets` must outlive the dialog; `secrets` may be null (no keychain).
    EtcdConnectionDialog(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~EtcdConnectionDialog() override;

    // The connection as filled in; its name is empty for the environment's.
    ConnectionProfile profile() const;
    QByteArray password() const;
    Api api() const;
    void setApi(Api api);

    // Selects a profile by name ("" for the environment) and fills the fields from it.
    void selectProfile(const QString &name);

    // Saves the fields as the profile named in the "Save as" field (and the password in the
    // keychain when "Remember" is ticked). Returns an error to show, or "" on success. Called on
    // OK; public for tests.
    QString saveProfile();

private:
    void fillFrom(const ConnectionProfile &profile);
    void readPassword(const QString &secretRef);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    QComboBox *m_profileBox = nullptr;
    QLineEdit *m_endpoints = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certFile = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QCheckBox *m_remember = nullptr;
    QComboBox *m_api = nullptr;
    QLineEdit *m_saveAs = nullptr;
    QLabel *m_status = nullptr;
    QString m_secretRef;
    int m_readGeneration = 0;
};

} // namespace ws
