#include "ProbeCredentialSource.h"

#include "secrets/SecretStore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace ws {

ProbeCredentialSource::ProbeCredentialSource(SecretStore *store, QObject *parent)
    : QObject(parent), m_store(store)
{ }

ProbeCredentialSource::~ProbeCredentialSource() = default;

bool ProbeCredentialSource::parse(const QByteArray &entry, const QString &secretRef,
                                  ProbeCredentials *out, QString *error)
{
    // Never quote the entry in a message: it holds a secret, perhaps in a shape we do not know.
    const auto malformed = [&] {
        *error = tr("The keychain entry \"%1\" is not a JSON object with "
                    "\"username\" and \"password\", or \"api_key\". Store it again in that form.")
                     .arg(secretRef);
        return false;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(entry, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return malformed();
    const QJsonObject o = document.object();
    const QJsonValue username = o.value(QLatin1String("username"));
    const QJsonValue password = o.value(QLatin1String("password"));
    const QJsonValue apiKey = o.value(QLatin1String("api_key"));
    for (const QJsonValue &v : {username, password, apiKey})
        if (!v.isUndefined() && !v.isString())
            return malformed();
    ProbeCredentials c;
    c.username = username.toString();
    c.password = password.toString();
    c.apiKey = apiKey.toString();
    const bool login = !c.username.isEmpty();
    if (!login && c.apiKey.isEmpty())
        return malformed();
    if (!login && !c.password.isEmpty())
        return malformed(); // a password without a user is a typo, not a login
    *out = c;
    return true;
}

void ProbeCredentialSource::lookup(const QString &secretRef, QObject *context, Callback callback)
{
    const auto later = [context = QPointer<QObject>(context), callback](const Answer &a) {
        if (context)
            QTimer::singleShot(0, context.data(),
                               [callback, a] { callback(a.credentials, a.error); });
    };
    if (secretRef.isEmpty() || !m_store) {
        later(Answer {});
        return;
    }
    const auto cached = m_cache.constFind(secretRef);
    if (cached != m_cache.cend() && cached->expires > QDateTime::currentDateTimeUtc()) {
        later(*cached);
        return;
    }
    std::vector<Waiter> &waiters = m_waiting[secretRef];
    waiters.push_back({context, std::move(callback)});
    if (waiters.size() > 1)
        return; // a read of this entry is on its way

    SecretJob *job = m_store->read(secretRef);
    connect(job, &SecretJob::finished, this, [this, job, secretRef] {
        Answer a;
        switch (job->error()) {
        case SecretJob::Error::None:
            parse(job->secret(), secretRef, &a.credentials, &a.error);
            break;
        case SecretJob::Error::NotFound:
        case SecretJob::Error::NoBackend:
            break; // the probe runs without credentials
        case SecretJob::Error::AccessDenied:
        case SecretJob::Error::Other:
            a.error = tr("Could not read the keychain entry \"%1\": %2")
                          .arg(secretRef, job->errorString());
            break;
        }
        answer(secretRef, a);
    });
}

void ProbeCredentialSource::answer(const QString &secretRef, const Answer &given)
{
    Answer a = given;
    a.expires = QDateTime::currentDateTimeUtc().addMSecs(m_lifetimeMs);
    if (m_lifetimeMs > 0)
        m_cache.insert(secretRef, a);
    const std::vector<Waiter> waiters = m_waiting.take(secretRef);
    for (const Waiter &w : waiters)
        if (w.context)
            w.callback(a.credentials, a.error);
}

} // namespace ws
