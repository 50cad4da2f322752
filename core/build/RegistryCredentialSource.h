#pragma once

#include "PushQueue.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QString>

namespace ws {

class SecretStore;

// Finds the credentials for a registry the way a user expects: first the system keychain (an
// entry "registry/<host>" holding {"username": …, "password": …} or {"identitytoken": …}, as
// the profiles' secrets are kept), then the user's Docker configuration (~/.docker/config.json:
// credHelpers, credsStore, auths; see RegistryAuth). No entry anywhere means anonymous. A locked
// keychain or a broken config.json is an error that says what to do; a keychain that is not
// there at all is not (most workstations without one still have config.json).
class RegistryCredentialSource : public QObject
{
    Q_OBJECT

public:
    // `store` may be null (no keychain lookup); it is not owned.
    explicit RegistryCredentialSource(SecretStore *store,
                                      const QProcessEnvironment &env
                                      = QProcessEnvironment::systemEnvironment(),
                                      QObject *parent = nullptr);

    // The keychain key for `registry` ("registry/host:port").
    static QString keyFor(const QString &registry);

    void lookup(const QString &registry, PushQueue::CredentialsCallback callback);
    // A lookup function for PushQueue::setCredentialsLookup; safe after this object is gone
    // (then anonymous).
    PushQueue::CredentialsLookup function();

private:
    void fromDockerConfig(const QString &registry, PushQueue::CredentialsCallback callback);

    QPointer<SecretStore> m_store;
    QProcessEnvironment m_env;
};

} // namespace ws
