#include "EtcdClient.h"

#include "EtcdAuth.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTimer>

namespace ws {

EtcdClient::EtcdClient(const EtcdEndpoints &endpoints, QObject *parent)
    : QObject(parent), m_endpoints(endpoints)
{
    for (const Endpoint &endpoint : m_endpoints.endpoints)
        m_clients.push_back(std::make_unique<HttpClient>(endpoint));
    // With nothing configured, requests still fail the usual way: from the event loop, with a
    // message (an invalid endpoint's client does that).
    if (m_clients.empty())
        m_clients.push_back(std::make_unique<HttpClient>(Endpoint()));
}

EtcdClient::~EtcdClient() = default;

const Endpoint &EtcdClient::currentEndpoint() const
{
    return m_clients[size_t(m_current)]->endpoint();
}

bool EtcdClient::isUnreachable(HttpReply::Error error)
{
    switch (error) {
    case HttpReply::Error::ConnectionRefused:
    case HttpReply::Error::NotFound:
    case HttpReply::Error::PermissionDenied:
    case HttpReply::Error::Timeout:
    case HttpReply::Error::Closed:
    case HttpReply::Error::Tls:
    case HttpReply::Error::ProtocolError:
        return true;
    case HttpReply::Error::None:
    case HttpReply::Error::Aborted:
    case HttpReply::Error::HttpStatus:
        break;
    }
    return false;
}

bool EtcdClient::neverArrived(HttpReply::Error error)
{
    return error == HttpReply::Error::ConnectionRefused || error == HttpReply::Error::NotFound
        || error == HttpReply::Error::PermissionDenied || error == HttpReply::Error::Tls;
}

bool EtcdClient::wantsToken(const HttpRequest &request) const
{
    return m_endpoints.hasUser() && !m_authNotEnabled && request.target.startsWith(m_apiPrefix);
}

void EtcdClient::send(const HttpRequest &request, QObject *context, Done done)
{
    if (m_endpoints.hasUser() && request.target.startsWith("/v2/")) {
        HttpRequest withCredentials = request;
        withCredentials.setHeader(
            "Authorization", EtcdAuth::basicAuthorization(m_endpoints.user, m_endpoints.password));
        attempt(withCredentials, context, std::move(done), m_current, 0, {});
        return;
    }
    if (!wantsToken(request)) {
        attempt(request, context, std::move(done), m_current, 0, {});
        return;
    }
    if (m_token.isEmpty()) {
        m_waiting.push_back({request, context, std::move(done), false});
        authenticate();
        return;
    }
    sendWithToken(request, context, std::move(done), false);
}

void EtcdClient::sendWithToken(const HttpRequest &request, QObject *context, Done done,
                               bool retried)
{
    HttpRequest withToken = request;
    withToken.setHeader("Authorization", m_token);
    const QByteArray used = m_token;
    QPointer<QObject> guard(context);
    attempt(withToken, context,
            [this, request, guard, done, retried, used](HttpReply *reply) {
                // A token that expired or died with a restart: sign in again, retry once.
                if (!retried && reply->error() == HttpReply::Error::HttpStatus
                    && EtcdAuth::isTokenRejected(reply->status(), reply->readAll())) {
                    if (m_token == used)
                        m_token.clear();
                    m_waiting.push_back({request, guard, done, true});
                    if (m_token.isEmpty())
                        authenticate();
                    else
                        QTimer::singleShot(0, this, &EtcdClient::authenticate);
                    return;
                }
                done(reply);
            },
            m_current, 0, {});
}

void EtcdClient::authenticate()
{
    if (m_authenticating)
        return;
    if (!m_token.isEmpty() || m_authNotEnabled) {
        // Signed in meanwhile: send what waits.
        std::vector<Waiting> waiting;
        waiting.swap(m_waiting);
        for (Waiting &w : waiting) {
            if (!w.context)
                continue;
            if (m_token.isEmpty())
                attempt(w.request, w.context, std::move(w.done), m_current, 0, {});
            else
                sendWithToken(w.request, w.context, std::move(w.done), w.retried);
        }
        return;
    }
    m_authenticating = true;
    attempt(EtcdAuth::authenticateRequest(m_apiPrefix, m_endpoints.user, m_endpoints.password),
            this,
            [this](HttpReply *reply) {
                m_authenticating = false;
                const QString where = reply->endpoint().toDisplayString();
                const int status = reply->error() == HttpReply::Error::None
                        || reply->error() == HttpReply::Error::HttpStatus
                    ? reply->status()
                    : 0;
                const EtcdAuth::Outcome outcome = EtcdAuth::readAuthenticate(
                    where, m_endpoints.user, status, reply->readAll(), reply->errorString());
                std::vector<Waiting> waiting;
                waiting.swap(m_waiting);
                if (outcome.kind == EtcdAuth::Outcome::Kind::Failed) {
                    // Every waiting request fails with the sign-in's answer, which its
                    // caller turns into the message (wrong password, unreachable, …).
                    for (Waiting &w : waiting)
                        if (w.context)
                            w.done(reply);
                    return;
                }
                if (outcome.kind == EtcdAuth::Outcome::Kind::NotEnabled)
                    m_authNotEnabled = true;
                else
                    m_token = outcome.token;
                if (!m_token.isEmpty())
                    Q_EMIT authenticated();
                for (Waiting &w : waiting) {
                    if (!w.context)
                        continue;
                    if (m_token.isEmpty())
                        attempt(w.request, w.context, std::move(w.done), m_current, 0, {});
                    else
                        sendWithToken(w.request, w.context, std::move(w.done), w.retried);
                }
            },
            m_current, 0, {});
}

void EtcdClient::attempt(const HttpRequest &request, QObject *context, Done done, int index,
                         int tried, QStringList failures)
{
    HttpReply *reply = m_clients[size_t(index)]->send(request);
    QPointer<QObject> guard(context);
    connect(reply, &HttpReply::finished, this, [=, this]() mutable {
        reply->deleteLater();
        if (!guard)
            return;
        // A write is sent to the next server only when it surely never reached this one, so it
        // is never applied twice.
        const bool again
            = request.idempotent ? isUnreachable(reply->error()) : neverArrived(reply->error());
        if (again && tried + 1 < int(m_clients.size())) {
            failures << reply->errorString();
            attempt(request, context, done, (index + 1) % int(m_clients.size()), tried + 1,
                    failures);
            return;
        }
        if (!isUnreachable(reply->error()) && index != m_current) {
            m_current = index;
            Q_EMIT currentEndpointChanged(m_clients[size_t(index)]->endpoint().toDisplayString());
        }
        done(reply);
    });
}

EtcdSignInJob *EtcdClient::signIn()
{
    auto *job = new EtcdSignInJob(this);
    if (!m_endpoints.hasUser()) {
        const QString where = currentEndpoint().toDisplayString();
        QTimer::singleShot(0, job, [job, where]() { job->finishWithResult(false, where); });
        return job;
    }
    attempt(EtcdAuth::authenticateRequest(m_apiPrefix, m_endpoints.user, m_endpoints.password), job,
            [this, job](HttpReply *reply) {
                const QString where = reply->endpoint().toDisplayString();
                const bool answered = reply->error() == HttpReply::Error::None
                    || reply->error() == HttpReply::Error::HttpStatus;
                const EtcdAuth::Outcome outcome = EtcdAuth::readAuthenticate(
                    where, m_endpoints.user, answered ? reply->status() : 0, reply->readAll(),
                    reply->errorString());
                switch (outcome.kind) {
                case EtcdAuth::Outcome::Kind::Failed:
                    return job->finishWithError(answered ? HttpReply::Error::HttpStatus
                                                         : reply->error(),
                                                outcome.error, where);
                case EtcdAuth::Outcome::Kind::NotEnabled:
                    m_authNotEnabled = true;
                    return job->finishWithResult(false, where);
                case EtcdAuth::Outcome::Kind::Token:
                    m_token = outcome.token;
                    Q_EMIT authenticated();
                    return job->finishWithResult(true, where);
                }
            },
            m_current, 0, {});
    return job;
}

EtcdHealthJob *EtcdClient::health()
{
    auto *job = new EtcdHealthJob(this);
    send(HttpRequest::get("/health"), job, [job](HttpReply *reply) {
        const QString where = reply->endpoint().toDisplayString();
        // 503 is an answer: the member is up and says it is unhealthy.
        if (reply->hasError() && reply->status() != 503) {
            job->finishWithError(reply->error(), reply->errorString(), where);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        const QJsonValue health = o.value(QLatin1String("health"));
        if (!health.isString() && !health.isBool()) {
            job->finishWithError(
                HttpReply::Error::ProtocolError,
                EtcdClient::tr("GET /health at %1 answered %2 without a \"health\" "
                               "field. Is this an etcd client URL?")
                    .arg(where)
                    .arg(reply->status()),
                where);
            return;
        }
        EtcdHealth result;
        // etcd sends the string "true"; accept a JSON boolean too rather than misreport.
        result.healthy = reply->status() == 200
            && (health.toString() == QLatin1String("true") || health.toBool());
        result.reason = o.value(QLatin1String("reason")).toString();
        if (!result.healthy && result.reason.isEmpty())
            result.reason = EtcdClient::tr("the member reports itself unhealthy (HTTP %1)")
                                .arg(reply->status());
        job->finishWithResult(result, where);
    });
    return job;
}

EtcdVersionJob *EtcdClient::version()
{
    auto *job = new EtcdVersionJob(this);
    send(HttpRequest::get("/version"), job, [job](HttpReply *reply) {
        const QString where = reply->endpoint().toDisplayString();
        if (reply->hasError()) {
            job->finishWithError(reply->error(), reply->errorString(), where);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        EtcdVersion v;
        v.server = o.value(QLatin1String("etcdserver")).toString();
        v.cluster = o.value(QLatin1String("etcdcluster")).toString();
        if (v.server.isEmpty()) {
            job->finishWithError(
                HttpReply::Error::ProtocolError,
                EtcdClient::tr("GET /version at %1 answered without \"etcdserver\". Is "
                               "this an etcd client URL?")
                    .arg(where),
                where);
            return;
        }
        job->finishWithResult(v, where);
    });
    return job;
}

} // namespace ws
