#include "EtcdConnector.h"

#include "EtcdClient.h"
#include "EtcdJson.h"
#include "EtcdKv.h"
#include "EtcdV2Store.h"

#include <QTimer>
#include <QVersionNumber>

namespace ws {

EtcdConnector::EtcdConnector(const EtcdEndpoints &endpoints, Preference preference, QObject *parent)
    : ApiJob(parent), m_endpoints(endpoints), m_preference(preference)
{
    m_ownClient = std::make_unique<EtcdClient>(m_endpoints);
    m_client = m_ownClient.get();
    QTimer::singleShot(0, this, &EtcdConnector::begin);
}

EtcdConnector::~EtcdConnector() = default;

std::unique_ptr<EtcdStore> EtcdConnector::takeStore()
{
    return std::move(m_store);
}

bool EtcdConnector::chooseApi(const QString &serverVersion, Preference preference,
                              EtcdStore::Api *api, QString *error)
{
    const int major = QVersionNumber::fromString(serverVersion).majorVersion();
    switch (preference) {
    case Preference::V2:
        *api = EtcdStore::Api::V2;
        return true;
    case Preference::V3:
        if (major < 3) {
            *error = tr("etcd %1 has no v3 API; connect with the v2 API (or Auto).")
                         .arg(serverVersion);
            return false;
        }
        *api = EtcdStore::Api::V3;
        return true;
    case Preference::Auto:
        *api = major >= 3 ? EtcdStore::Api::V3 : EtcdStore::Api::V2;
        return true;
    }
    return false;
}

void EtcdConnector::begin()
{
    EtcdVersionJob *version = m_client->version();
    connect(version, &ApiJob::finished, this, [this, version]() {
        version->deleteLater();
        if (version->hasError())
            return finishWithError(version->error(), version->errorString(), version->endpoint());
        m_serverVersion = version->result().server;
        QString error;
        if (!chooseApi(m_serverVersion, m_preference, &m_api, &error))
            return finishWithError(HttpReply::Error::ProtocolError,
                                   tr("%1 at %2").arg(error, version->endpoint()),
                                   version->endpoint());
        if (m_api == EtcdStore::Api::V3)
            openV3();
        else
            openV2();
    });
}

void EtcdConnector::openV3()
{
    m_apiPrefix = EtcdJson::apiPrefixFor(m_serverVersion);
    auto kv = std::make_unique<EtcdKv>(m_client);
    kv->setApiPrefix(m_apiPrefix);
    m_client->setParent(kv.get());
    m_ownClient.release();
    m_store = std::move(kv);
    m_choice = tr("etcd %1: v3 API at %2").arg(m_serverVersion, QString::fromLatin1(m_apiPrefix));
    EtcdSignInJob *signIn = m_client->signIn();
    connect(signIn, &ApiJob::finished, this, [this, signIn]() {
        signIn->deleteLater();
        if (signIn->hasError()) {
            // The job finishing here is a child of the store's client: delete it later.
            m_store.release()->deleteLater();
            m_client = nullptr;
            return finishWithError(signIn->error(), signIn->errorString(), signIn->endpoint());
        }
        if (m_endpoints.hasUser())
            m_choice += signIn->result()
                ? tr(", signed in as %1").arg(m_endpoints.user)
                : tr(", authentication is not enabled (going on without a token)");
        succeed(signIn->endpoint());
    });
}

void EtcdConnector::openV2()
{
    auto v2 = std::make_unique<EtcdV2Store>(m_client);
    m_client->setParent(v2.get());
    m_ownClient.release();
    EtcdV2Store *store = v2.get();
    m_store = std::move(v2);
    m_choice = tr("etcd %1: v2 keys API").arg(m_serverVersion);
    // Reading the root directory tells whether the v2 API is there (and lets us in).
    EtcdRangeJob *probe = store->range("/");
    connect(probe, &ApiJob::finished, this, [this, probe]() {
        probe->deleteLater();
        if (probe->hasError()) {
            // The job finishing here is a child of the store's client: delete it later.
            m_store.release()->deleteLater();
            m_client = nullptr;
            return finishWithError(probe->error(), probe->errorString(), probe->endpoint());
        }
        succeed(probe->endpoint());
    });
}

void EtcdConnector::succeed(const QString &endpoint)
{
    setEndpoint(endpoint);
    finish();
}

} // namespace ws
