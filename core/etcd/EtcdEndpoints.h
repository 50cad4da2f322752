#pragma once

#include "http/Endpoint.h"

#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace ws {

// The etcd cluster's client URLs, resolved from the environment as etcdctl does:
// ETCDCTL_ENDPOINTS (comma-separated), ETCDCTL_CACERT / ETCDCTL_CERT / ETCDCTL_KEY for https;
// otherwise http://127.0.0.1:2379. ETCDCTL_USER ("name:password" or "name") and
// ETCDCTL_PASSWORD give the user to sign in as.
struct EtcdEndpoints
{
    Q_DECLARE_TR_FUNCTIONS(EtcdEndpoints)

public:
    QList<Endpoint> endpoints; // in the order given: tried in that order
    QString source; // "ETCDCTL_ENDPOINTS" or "default"
    QString error; // entries of ETCDCTL_ENDPOINTS that could not be used
    QString user; // empty: no authentication
    QString password; // never shown or logged

    bool hasUser() const { return !user.isEmpty(); }

    bool isValid() const { return !endpoints.isEmpty(); }
    QString toDisplayString() const; // "http://a:2379, http://b:2379"

    static constexpr const char *kDefaultEndpoint = "http://127.0.0.1:2379";
    static EtcdEndpoints fromEnvironment(const QProcessEnvironment &env
                                         = QProcessEnvironment::systemEnvironment());
    // The same from explicit values (a connection profile), with the same defaults.
    static EtcdEndpoints fromList(const QString &commaSeparated, const QString &caFile = {},
                                  const QString &certFile = {}, const QString &keyFile = {},
                                  const QString &user = {}, const QString &password = {});
};

} // namespace ws
