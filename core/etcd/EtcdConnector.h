#pragma once

#include "EtcdEndpoints.h"
#include "EtcdStore.h"
#include "http/ApiJob.h"

#include <QPointer>

#include <memory>

namespace ws {

class EtcdClient;

// Opens an EtcdStore on a cluster: asks its version (GET /version), picks the API (Auto: v3 for
// etcd 3.x, v2 for 2.x) and, for v3, the gateway prefix of that version (/v3/, /v3beta/,
// /v3alpha/); signs in when a user is set, so a wrong password shows here; for v2 checks that
// the v2 API answers (etcd 3.4 serves it only with --enable-v2). One job: finished() once,
// from the event loop (it starts by itself); then takeStore() hands the store over.
//
//   auto *open = new EtcdConnector(endpoints, EtcdConnector::Preference::Auto, this);
//   connect(open, &ApiJob::finished, this, [=] { ...; store = open->takeStore(); ... });
class EtcdConnector : public ApiJob
{
    Q_OBJECT

public:
    enum class Preference { Auto, V3, V2 };
    Q_ENUM(Preference)

    EtcdConnector(const EtcdEndpoints &endpoints, Preference preference, QObject *parent = nullptr);
    ~EtcdConnector() override;

    // After a successful finish: the store (an EtcdKv or an EtcdV2Store, owning its
    // EtcdClient), now the caller's; null before, after an error, or when taken already.
    std::unique_ptr<EtcdStore> takeStore();
    // The server's version ("3.4.23"), the API in use and, for v3, the gateway prefix.
    QString serverVersion() const { return m_serverVersion; }
    EtcdStore::Api api() const { return m_api; }
    QByteArray apiPrefix() const { return m_apiPrefix; }
    // Why this API: one sentence for a status line or a log ("etcd 3.4.23: v3 API at /v3/").
    QString choice() const { return m_choice; }

    // The choice alone, for a version string: Auto takes v3 from 3.0 on. False (with *error)
    // when the preference cannot be met by that version.
    static bool chooseApi(const QString &serverVersion, Preference preference, EtcdStore::Api *api,
                          QString *error);

private:
    void begin();
    void openV3();
    void openV2();
    void succeed(const QString &endpoint);

    EtcdEndpoints m_endpoints;
    Preference m_preference;
    std::unique_ptr<EtcdStore> m_store;
    EtcdClient *m_client = nullptr; // owned by m_store, or by this until a store exists
    std::unique_ptr<EtcdClient> m_ownClient;
    QString m_serverVersion;
    EtcdStore::Api m_api = EtcdStore::Api::V3;
    QByteArray m_apiPrefix;
    QString m_choice;
};

} // namespace ws
