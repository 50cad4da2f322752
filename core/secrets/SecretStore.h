#pragma once

#include "secrets/SecretJob.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace ws {

// The one way into the system keychain (Secret Service: gnome-keyring, KWallet; Keychain on
// macOS; Credential Manager on Windows), through QtKeychain. Secrets are stored under the
// service "whalestack" and a key such as a ConnectionProfile's secretRef. Every call is
// asynchronous and returns a job, owned by this store, that reports when it is done. There is
// no fallback to a plain file: without a keychain service a job fails with Error::NoBackend.
class SecretStore : public QObject
{
    Q_OBJECT

public:
    explicit SecretStore(QObject *parent = nullptr);
    // Another service name, so that tests do not touch the user's own entries.
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    ~SecretStore() override;

    static QString defaultService(); // "whalestack"
    QString service() const { return m_service; }

    SecretJob *read(const QString &key);
    SecretJob *write(const QString &key, const QByteArray &secret);
    SecretJob *remove(const QString &key);

private:
    QString m_service;
};

} // namespace ws
