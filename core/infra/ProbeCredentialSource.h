#pragma once

#include "ProbeCredentials.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <vector>

namespace ws {

class SecretStore;

// Reads the credentials a probe target names (its secretRef) from the system keychain through
// core/secrets: an entry holding {"username": …, "password": …} or {"api_key": …} as JSON.
// Asynchronous; the callback runs from the event loop. No entry (or no keychain at all) is not
// an error: the probe runs without credentials. A locked keychain or an entry of another shape
// is an error that names the entry, never its contents. Answers are kept for a minute, and
// lookups of one entry that overlap are asked once, so a scheduler may ask before every probe.
class ProbeCredentialSource : public QObject
{
    Q_OBJECT

public:
    // The answer: credentials (empty when none), or an error (translated) and no credentials.
    using Callback = std::function<void(const ProbeCredentials &credentials, const QString &error)>;

    // `store` is not owned; null means no keychain (every lookup gives no credentials).
    explicit ProbeCredentialSource(SecretStore *store, QObject *parent = nullptr);
    ~ProbeCredentialSource() override;

    // How long an answer is reused, in ms (default 60 s; 0: ask the keychain every time).
    void setCacheLifetime(int ms) { m_lifetimeMs = ms; }
    // Forgets every kept answer (after the user stored new credentials).
    void clear() { m_cache.clear(); }

    // Calls `callback` once, from the event loop, while `context` lives.
    void lookup(const QString &secretRef, QObject *context, Callback callback);

    // Pure: the credentials in an entry's bytes, or false with *error naming `secretRef`.
    static bool parse(const QByteArray &entry, const QString &secretRef, ProbeCredentials *out,
                      QString *error);

private:
    struct Answer
    {
        ProbeCredentials credentials;
        QString error;
        QDateTime expires;
    };
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void answer(const QString &secretRef, const Answer &answer);

    QPointer<SecretStore> m_store;
    int m_lifetimeMs = 60'000;
    QHash<QString, Answer> m_cache;
    QHash<QString, std::vector<Waiter>> m_waiting;
};

} // namespace ws
