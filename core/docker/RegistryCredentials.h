#pragma once

#include <QByteArray>
#include <QString>

namespace ws {

// Credentials for one registry, as the engine takes them in X-Registry-Auth (PROTOCOLS.md
// §1.8.2). Anonymous when username, password and identityToken are all empty. Never log these.
struct RegistryCredentials
{
    QString serverAddress; // host[:port], no scheme
    QString username;
    QString password;
    QString identityToken;

    bool isAnonymous() const
    {
        return username.isEmpty() && password.isEmpty() && identityToken.isEmpty();
    }
    // base64url (padded) of the JSON object; "{}" encoded when anonymous.
    QByteArray toRegistryAuthHeader() const;
};

} // namespace ws
