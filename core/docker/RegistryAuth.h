#pragma once

#include "RegistryCredentials.h"
#include "http/ApiJob.h"

#include <QObject>
#include <QProcessEnvironment>

namespace ws {

using RegistryCredentialsJob = ResultJob<RegistryCredentials>;

// Credentials for a registry from the user's Docker configuration, as the docker CLI finds
// them: $DOCKER_CONFIG/config.json or ~/.docker/config.json; `credHelpers` for that registry,
// then `credsStore`, then `auths` (a base64 "user:password" `auth`, or username/password).
// Helpers (docker-credential-<name> get) run asynchronously with a timeout. No configuration,
// or no entry for the registry, gives anonymous credentials; a broken file or a failing helper
// is an error that names the file or the helper and what to do. Secrets never appear in errors.
class RegistryAuth : public QObject
{
    Q_OBJECT

public:
    explicit RegistryAuth(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                          QObject *parent = nullptr);

    QString configPath() const;
    void setHelperTimeoutMs(int ms) { m_helperTimeoutMs = ms; }

    // "host[:port]" for a registry given as a host, URL or image name's first part; Docker
    // Hub's names ("docker.io", "index.docker.io", "registry-1.docker.io") become
    // "https://index.docker.io/v1/", the key Docker keeps it under.
    static QString normalizeRegistry(const QString &registry);

    RegistryCredentialsJob *credentialsFor(const QString &registry);

private:
    void runHelper(RegistryCredentialsJob *job, const QString &helper, const QString &registry,
                   const RegistryCredentials &fallback);

    QProcessEnvironment m_env;
    int m_helperTimeoutMs = 30'000;
};

} // namespace ws
