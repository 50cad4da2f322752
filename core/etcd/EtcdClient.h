#pragma once

#include "EtcdEndpoints.h"
#include "EtcdStatus.h"
#include "http/ApiJob.h"
#include "http/HttpClient.h"

#include <QObject>

#include <functional>
#include <memory>
#include <vector>

namespace ws {

using EtcdHealthJob = ResultJob<EtcdHealth>;
using EtcdVersionJob = ResultJob<EtcdVersion>;

// An etcd cluster reached through its HTTP endpoints. A request goes to the endpoint that
// answered last; when that one cannot be reached (refused, missing, timeout, TLS, cut off) the
// next one is tried, in order, before the request fails. Jobs are children of the client until
// the caller deleteLater()s them in finished().
class EtcdClient : public QObject
{
    Q_OBJECT

public:
    explicit EtcdClient(const EtcdEndpoints &endpoints, QObject *parent = nullptr);
    ~EtcdClient() override;

    const EtcdEndpoints &endpoints() const { return m_endpoints; }
    // The endpoint that answered last (the first one before any request).
    const Endpoint &currentEndpoint() const;

    EtcdHealthJob *health();
    EtcdVersionJob *version();

    // Sends `request` with failover (a request that is not idempotent only when it surely never
    // reached the server); `done` gets the finished reply of the endpoint that
    // answered (or of the last one tried) and runs only while `context` lives. The reply is
    // deleted after `done` returns.
    using Done = std::function<void(HttpReply *reply)>;
    void send(const HttpRequest &request, QObject *context, Done done);

Q_SIGNALS:
    void currentEndpointChanged(const QString &endpoint);

private:
    void attempt(const HttpRequest &request, QObject *context, Done done, int index, int tried,
                 QStringList failures);
    static bool isUnreachable(HttpReply::Error error);
    static bool neverArrived(HttpReply::Error error);

    EtcdEndpoints m_endpoints;
    std::vector<std::unique_ptr<HttpClient>> m_clients;
    int m_current = 0;
};

} // namespace ws
