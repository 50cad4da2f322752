#include "EtcdAuth.h"

#include "EtcdJson.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

HttpRequest EtcdAuth::authenticateRequest(const QByteArray &apiPrefix, const QString &user,
                                          const QString &password)
{
    const QJsonObject body {{QLatin1String("name"), user}, {QLatin1String("password"), password}};
    HttpRequest request = HttpRequest::post(apiPrefix + "auth/authenticate",
                                            QJsonDocument(body).toJson(QJsonDocument::Compact));
    // Signing in twice does no harm: it may fail over like a read.
    request.idempotent = true;
    return request;
}

EtcdAuth::Outcome EtcdAuth::readAuthenticate(const QString &endpoint, const QString &user,
                                             int httpStatus, const QByteArray &body,
                                             const QString &transportError)
{
    Outcome out;
    if (httpStatus == 0) {
        out.error
            = tr("Signing in to etcd at %1 as %2 failed: %3").arg(endpoint, user, transportError);
        return out;
    }
    if (httpStatus >= 400) {
        const QString detail = EtcdJson::readError(body).message;
        if (detail.contains(QLatin1String("authentication is not enabled"))) {
            out.kind = Outcome::Kind::NotEnabled;
            return out;
        }
        if (detail.contains(QLatin1String("authentication failed"))
            || detail.contains(QLatin1String("invalid user ID or password"))) {
            out.error = tr("etcd at %1 refused to sign in user %2: wrong user name or password. "
                           "Check the user and password of the connection (ETCDCTL_USER).")
                            .arg(endpoint, user);
            return out;
        }
        out.error = EtcdJson::errorMessage(tr("Signing in as %1").arg(user), endpoint, httpStatus,
                                           body, transportError);
        return out;
    }
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QString token = o.value(QLatin1String("token")).toString();
    if (token.isEmpty()) {
        out.error = tr("Signing in to etcd at %1 as %2: the answer has no token. Is this an etcd "
                       "v3 client URL?")
                        .arg(endpoint, user);
        return out;
    }
    out.kind = Outcome::Kind::Token;
    out.token = token.toUtf8();
    return out;
}

bool EtcdAuth::isTokenRejected(int httpStatus, const QByteArray &body)
{
    if (httpStatus == 401)
        return true;
    if (httpStatus < 400)
        return false;
    const QString detail = EtcdJson::readError(body).message;
    return detail.contains(QLatin1String("invalid auth token"))
        || detail.contains(QLatin1String("user name is empty"));
}

QByteArray EtcdAuth::basicAuthorization(const QString &user, const QString &password)
{
    return "Basic " + (user + QLatin1Char(':') + password).toUtf8().toBase64();
}

} // namespace ws
