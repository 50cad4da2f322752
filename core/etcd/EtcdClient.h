#pragma once

#include "EtcdEndpoints.h"
#include "EtcdStatus.h"
#include "http/ApiJob.h"
#include "http/HttpClient.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace ws {

using EtcdHealthJob = ResultJob<EtcdHealth>;
using EtcdVersionJob = ResultJob<EtcdVersion>;
// true: signed in and holding a token; false: no user set, or the cluster has auth off.
using EtcdSignInJob = ResultJob<bool>;

// An etcd cluster reached through its HTTP endpoints. A request goes to the endpoint that
// answered last; when that one cannot be reached (refused, missing, timeout, TLS, cut off) the
// next one is tried, in order, before the request fails. Jobs are children of the client until
// the caller deleteLater()s them in finished().
//
// With a user in the endpoints, requests to the v3 API (apiPrefix()) carry an auth token: the
// client signs in before the first such request, and once more when the server rejects the
// token (etcd's simple tokens expire 5 minutes after their last use, and die with a restart),
// then retries that request once. Requests to the v2 API carry HTTP Basic credentials.
class EtcdClient : public QObject
{
    Q_OBJECT

public:
    explicit EtcdClient(const EtcdEndpoints &endpoints, QObject *parent = nullptr);
    ~EtcdClient() override;

    const EtcdEndpoints &endpoints() const { return m_endpoints; }
    // The endpoint that answered last (the first one before any request).
    const Endpoint &currentEndpoint() const;

    // The v3 API prefix that auth/authenticate goes to and whose requests carry the token
    // ("/v3/" unless set; EtcdKv::setApiPrefix() sets it too).
    QByteArray apiPrefix() const { return m_apiPrefix; }
    void setApiPrefix(const QByteArray &prefix) { m_apiPrefix = prefix; }
    // The token in use; empty before signing in, without a user, or when auth is off.
    QByteArray authToken() const { return m_token; }
    // Whether the cluster answered that authentication is not enabled.
    bool authNotEnabled() const { return m_authNotEnabled; }

    EtcdHealthJob *health();
    EtcdVersionJob *version();
    // Signs in now rather than before the first request, to tell a wrong password at once.
    EtcdSignInJob *signIn();

    // Sends `request` with failover (a request that is not idempotent only when it surely never
    // reached the server); `done` gets the finished reply of the endpoint that
    // answered (or of the last one tried) and runs only while `context` lives. The reply is
    // deleted after `done` returns.
    using Done = std::function<void(HttpReply *reply)>;
    void send(const HttpRequest &request, QObject *context, Done done);

Q_SIGNALS:
    void currentEndpointChanged(const QString &endpoint);
    // Signed in (the first time or again after the token was rejected).
    void authenticated();

private:
    struct Waiting
    {
        HttpRequest request;
        QPointer<QObject> context;
        Done done;
        bool retried = false;
    };
    bool wantsToken(const HttpRequest &request) const;
    void sendWithToken(const HttpRequest &request, QObject *context, Done done, bool retried);
    void authenticate();

    void attempt(const HttpRequest &request, QObject *context, Done done, int index, int tried,
                 QStringList failures);
    static bool isUnreachable(HttpReply::Error error);
    static bool neverArrived(HttpReply::Error error);

    EtcdEndpoints m_endpoints;
    std::vector<std::unique_ptr<HttpClient>> m_clients;
    int m_current = 0;
    QByteArray m_apiPrefix = "/v3/";
    QByteArray m_token;
    bool m_authNotEnabled = false;
    bool m_authenticating = false;
    std::vector<Waiting> m_waiting; // requests held until signing in ends
};

} // namespace ws
