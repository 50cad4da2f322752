#include "secrets/SecretStore.h"

#include <qt6keychain/keychain.h>

namespace ws {

SecretStore::SecretStore(QObject *parent) : SecretStore(defaultService(), parent)
{ }

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service)
{ }

SecretStore::~SecretStore() = default;

QString SecretStore::defaultService()
{
    return QStringLiteral("whalestack");
}

SecretJob *SecretStore::read(const QString &key)
{
    auto *job = new SecretJob(SecretJob::Operation::Read, key, this);
    if (key.isEmpty())
        job->finishLater(SecretJob::Error::Other, tr("the key is empty"));
    else
        job->start(new QKeychain::ReadPasswordJob(m_service));
    return job;
}

SecretJob *SecretStore::write(const QString &key, const QByteArray &secret)
{
    auto *job = new SecretJob(SecretJob::Operation::Write, key, this);
    if (key.isEmpty()) {
        job->finishLater(SecretJob::Error::Other, tr("the key is empty"));
        return job;
    }
    auto *keychainJob = new QKeychain::WritePasswordJob(m_service);
    keychainJob->setBinaryData(secret);
    job->start(keychainJob);
    return job;
}

SecretJob *SecretStore::remove(const QString &key)
{
    auto *job = new SecretJob(SecretJob::Operation::Remove, key, this);
    if (key.isEmpty())
        job->finishLater(SecretJob::Error::Other, tr("the key is empty"));
    else
        job->start(new QKeychain::DeletePasswordJob(m_service));
    return job;
}

} // namespace ws
