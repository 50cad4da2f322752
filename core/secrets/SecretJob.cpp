#include "secrets/SecretJob.h"

#include <qt6keychain/keychain.h>

#include <QMetaObject>

#ifdef WS_SECRETS_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#endif

namespace ws {

namespace {

SecretJob::Error fromKeychain(QKeychain::Error error)
{
    switch (error) {
    case QKeychain::NoError:
        return SecretJob::Error::None;
    case QKeychain::EntryNotFound:
        return SecretJob::Error::NotFound;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretJob::Error::AccessDenied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretJob::Error::NoBackend;
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::OtherError:
        break;
    }
    return SecretJob::Error::Other;
}

// QtKeychain's Secret Service backend reports a missing session bus or keychain daemon as
// OtherError ("Cannot autolaunch D-Bus", "Could not connect"). Asked only after a failure, so
// the working path never waits on the bus: is there any keychain service to talk to at all?
bool keychainServiceReachable()
{
#ifdef WS_SECRETS_SECRET_SERVICE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return false;
    QDBusConnectionInterface *dbus = bus.interface();
    if (!dbus)
        return false;
    const QStringList activatable = dbus->activatableServiceNames().value();
    for (const char *name : {"org.freedesktop.secrets", "org.kde.kwalletd5", "org.kde.kwalletd6"}) {
        const QString service = QString::fromLatin1(name);
        if (dbus->isServiceRegistered(service).value() || activatable.contains(service))
            return true;
    }
    return false;
#else
    return true;
#endif
}

} // namespace

SecretJob::SecretJob(Operation operation, const QString &key, QObject *parent)
    : QObject(parent), m_operation(operation), m_key(key)
{ }

SecretJob::~SecretJob()
{
    // A keychain job still running may call back into itself (libsecret's async callbacks hold
    // its address), so it must outlive us: hand it to QtKeychain's own deleteLater on finish.
    if (m_keychainJob && !m_finished) {
        QObject::disconnect(m_keychainJob, nullptr, this, nullptr);
        m_keychainJob->setParent(nullptr);
        m_keychainJob->setAutoDelete(true);
    }
    // Best effort: do not leave the secret in freed memory when no one else shares our copy.
    if (m_secret.isDetached())
        m_secret.fill('\0');
}

void SecretJob::start(QKeychain::Job *keychainJob)
{
    m_keychainJob = keychainJob;
    keychainJob->setParent(this);
    keychainJob->setAutoDelete(false);
    // Never: it would store the secret in a plain settings file when no keychain is running.
    keychainJob->setInsecureFallback(false);
    keychainJob->setKey(m_key);
    connect(keychainJob, &QKeychain::Job::finished, this, [this](QKeychain::Job *job) {
        QByteArray secret;
        if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(job);
            read && job->error() == QKeychain::NoError)
            secret = read->binaryData();
        Error error = fromKeychain(job->error());
        if (error == Error::Other && !keychainServiceReachable())
            error = Error::NoBackend;
        finish(error, job->errorString(), secret);
    });
    // QtKeychain queues the work and reports from the event loop.
    keychainJob->start();
}

void SecretJob::finishLater(Error error, const QString &detail)
{
    QMetaObject::invokeMethod(
        this, [this, error, detail] { finish(error, detail, {}); }, Qt::QueuedConnection);
}

void SecretJob::finish(Error error, const QString &detail, const QByteArray &secret)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_secret = secret;
    switch (error) {
    case Error::None:
        break;
    case Error::NotFound:
        m_errorString = tr("Nothing is stored in the system keychain under “%1”: enter the "
                           "password or token again.")
                            .arg(m_key);
        break;
    case Error::AccessDenied:
        m_errorString = tr("The system keychain refused access to “%1”: unlock the keychain, or "
                           "allow Whalestack when it asks, and try again (%2).")
                            .arg(m_key, detail);
        break;
    case Error::NoBackend:
        m_errorString = tr("No keychain service is running: start gnome-keyring or KWallet, "
                           "then try again (%1).")
                            .arg(detail);
        break;
    case Error::Other:
        m_errorString = tr("The system keychain failed on “%1”: %2").arg(m_key, detail);
        break;
    }
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace ws
