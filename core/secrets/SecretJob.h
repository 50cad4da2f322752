#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

namespace ws {

// One asynchronous keychain operation started by SecretStore: read, write or remove the secret
// stored under a key. Emits finished() exactly once, always from the event loop (never inside
// the SecretStore call that created it); then error(), errorString() and, for a read, secret()
// are valid. Deletes itself after finished() unless setAutoDelete(false).
class SecretJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Remove };
    Q_ENUM(Operation)

    enum class Error {
        None,
        NotFound, // nothing is stored under the key
        AccessDenied, // the keychain is locked, or the user refused
        NoBackend, // no keychain service (gnome-keyring, KWallet) is reachable
        Other,
    };
    Q_ENUM(Error)

    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    QString key() const { return m_key; }
    bool isFinished() const { return m_finished; }

    Error error() const { return m_error; }
    // Translated; says what failed and what to do. Never contains the secret.
    QString errorString() const { return m_errorString; }
    // The secret a successful read returned; empty otherwise.
    QByteArray secret() const { return m_secret; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

Q_SIGNALS:
    void finished();

private:
    friend class SecretStore;

    SecretJob(Operation operation, const QString &key, QObject *parent);
    void start(QKeychain::Job *keychainJob);
    void finishLater(Error error, const QString &detail);
    void finish(Error error, const QString &detail, const QByteArray &secret);

    Operation m_operation;
    QString m_key;
    QKeychain::Job *m_keychainJob = nullptr;
    bool m_finished = false;
    bool m_autoDelete = true;
    Error m_error = Error::None;
    QString m_errorString;
    QByteArray m_secret;
};

} // namespace ws
