#pragma once

#include "http/HttpRequest.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ws {

// etcd v3 password authentication (POST <prefix>auth/authenticate): the request, and what its
// answer means. Shared by EtcdClient (unary requests) and EtcdWatch (streams), which hold the
// token and send it as the raw Authorization header. Passwords go into the request body only,
// never into a message.
class EtcdAuth
{
    Q_DECLARE_TR_FUNCTIONS(EtcdAuth)

public:
    struct Outcome
    {
        enum class Kind {
            Token, // signed in: send `token` from now on
            NotEnabled, // the cluster has auth off: go on without a token
            Failed, // `error` says why (wrong password, unreachable, not etcd)
        };
        Kind kind = Kind::Failed;
        QByteArray token;
        QString error;
    };

    static HttpRequest authenticateRequest(const QByteArray &apiPrefix, const QString &user,
                                           const QString &password);
    // The answer to authenticateRequest(): HTTP status (0: none came), body, and the transport's
    // message for when none came.
    static Outcome readAuthenticate(const QString &endpoint, const QString &user, int httpStatus,
                                    const QByteArray &body, const QString &transportError);
    // Whether a refused request failed only because its token expired or was invalidated (etcd
    // restarted): signing in again and retrying once may work.
    static bool isTokenRejected(int httpStatus, const QByteArray &body);
    // HTTP Basic credentials for the v2 API's auth.
    static QByteArray basicAuthorization(const QString &user, const QString &password);
};

} // namespace ws
