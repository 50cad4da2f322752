#include "RegistryCredentialSource.h"

#include "docker/RegistryAuth.h"
#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

RegistryCredentialSource::RegistryCredentialSource(SecretStore *store,
                                                   const QProcessEnvironment &env, QObject *parent)
    : QObject(parent), m_store(store), m_env(env)
{ }

QString RegistryCredentialSource::keyFor(const QString &registry)
{
    return QStringLiteral("registry/") + RegistryAuth::normalizeRegistry(registry);
}

PushQueue::CredentialsLookup RegistryCredentialSource::function()
{
    return [self = QPointer<RegistryCredentialSource>(this)](
               const QString &registry, PushQueue::CredentialsCallback callback) {
        if (self)
            self->lookup(registry, std::move(callback));
        else
            callback(RegistryCredentials {registry, {}, {}, {}}, {});
    };
}

void RegistryCredentialSource::lookup(const QString &registry,
                                      PushQueue::CredentialsCallback callback)
{
    if (!m_store) {
        fromDockerConfig(registry, std::move(callback));
        return;
    }
    SecretJob *job = m_store->read(keyFor(registry));
    connect(job, &SecretJob::finished, this, [this, job, registry, callback] {
        switch (job->error()) {
        case SecretJob::Error::None:
            break;
        case SecretJob::Error::NotFound:
        case SecretJob::Error::NoBackend:
            fromDockerConfig(registry, callback);
            return;
        case SecretJob::Error::AccessDenied:
        case SecretJob::Error::Other:
            callback({},
                     tr("Could not read the credentials for %1 from the keychain: %2")
                         .arg(registry, job->errorString()));
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(job->secret()).object();
        RegistryCredentials credentials;
        credentials.serverAddress = RegistryAuth::normalizeRegistry(registry);
        credentials.username = o.value(QLatin1String("username")).toString();
        credentials.password = o.value(QLatin1String("password")).toString();
        credentials.identityToken = o.value(QLatin1String("identitytoken")).toString();
        if (credentials.isAnonymous()) {
            // Never quote the entry: it may hold a secret in a shape we do not know.
            callback({},
                     tr("The keychain entry %1 of the service \"whalestack\" is not a JSON "
                        "object with username and password. Store it again with "
                        "whalestack-cli login %2.")
                         .arg(keyFor(registry), registry));
            return;
        }
        callback(credentials, {});
    });
}

void RegistryCredentialSource::fromDockerConfig(const QString &registry,
                                                PushQueue::CredentialsCallback callback)
{
    auto *auth = new RegistryAuth(m_env, this);
    RegistryCredentialsJob *job = auth->credentialsFor(registry);
    connect(job, &ApiJob::finished, this, [auth, job, callback] {
        job->deleteLater();
        auth->deleteLater();
        if (job->hasError())
            callback({}, job->errorString());
        else
            callback(job->result(), {});
    });
}

} // namespace ws
