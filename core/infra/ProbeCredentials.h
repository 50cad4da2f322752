#pragma once

#include <QString>

namespace ws {

// What a deeper check needs to log in: read from the keychain entry a target names (its
// secretRef holds {"username","password"} or {"api_key"} JSON), never from the manifest. Probes
// must never copy these into a result, a log line or an error message.
struct ProbeCredentials
{
    QString username;
    QString password;
    QString apiKey;

    bool isEmpty() const { return username.isEmpty() && password.isEmpty() && apiKey.isEmpty(); }
};

} // namespace ws
