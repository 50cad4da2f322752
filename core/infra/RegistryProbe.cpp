#include "RegistryProbe.h"

#include "ProbeEndpoint.h"
#include "http/HttpClient.h"

namespace ws {

RegistryProbe::RegistryProbe(const ProbeTarget &target, QObject *parent) : Probe(target, parent)
{ }

RegistryProbe::~RegistryProbe() = default;

void RegistryProbe::run()
{
    QString error;
    const Endpoint endpoint = ProbeEndpoint::http(target(), &error);
    if (!endpoint.isValid()) {
        fail(error);
        return;
    }
    m_http = std::make_unique<HttpClient>(endpoint);
    HttpRequest request = ProbeEndpoint::bounded(HttpRequest::get("/v2/"), timeout());
    const bool withLogin = !credentials().username.isEmpty();
    if (withLogin)
        request.setHeader("Authorization",
                          "Basic "
                              + (credentials().username + QLatin1Char(':') + credentials().password)
                                    .toUtf8()
                                    .toBase64());
    HttpReply *reply = m_http->send(request);
    connect(reply, &HttpReply::finished, this, [this, reply, withLogin] {
        reply->deleteLater();
        ProbeResult result
            = evaluate(target().endpoint, HttpAnswer::from(reply, elapsedMsPrecise()), withLogin);
        if (result.status == ProbeStatus::Down)
            fail(result, result.detail);
        else
            succeed(result);
    });
}

void RegistryProbe::abort()
{
    m_http.reset();
}

ProbeResult RegistryProbe::evaluate(const QString &endpoint, const HttpAnswer &a, bool withLogin)
{
    ProbeResult r;
    if (!a.answered()) {
        r.status = ProbeStatus::Down;
        r.detail = a.error.isEmpty()
            ? tr("The registry at %1 did not answer GET /v2/. Check the address and that the "
                 "registry runs.")
                  .arg(endpoint)
            : a.error;
        return r;
    }
    const QString api = QString::fromLatin1(a.header("Docker-Distribution-Api-Version")).trimmed();
    if (!api.isEmpty()) {
        r.version = api;
        r.facts.insert(QStringLiteral("api_version"), api);
    }
    r.facts.insert(QStringLiteral("http_status"), a.status);
    r.latencyMs = a.atMs;
    const QByteArray challenge = a.header("WWW-Authenticate");
    if (a.status == 200) {
        r.status = ProbeStatus::Up;
        r.detail = withLogin ? tr("answers; the login was accepted") : tr("answers");
        if (api.isEmpty()) {
            r.status = ProbeStatus::Degraded;
            r.detail = tr("%1 answers GET /v2/ but without a Docker-Distribution-Api-Version "
                          "header: it may not be a Docker registry.")
                           .arg(endpoint);
        }
        return r;
    }
    if (a.status == 401 && !challenge.isEmpty()) {
        // Only the scheme and realm: they say where to log in and hold no secret.
        r.facts.insert(QStringLiteral("auth"), QString::fromLatin1(challenge.left(200)));
        if (withLogin) {
            r.status = ProbeStatus::Degraded;
            r.detail = tr("answers, but refused the login of the keychain entry. Store the "
                          "right credentials again.");
        } else {
            r.status = ProbeStatus::Up;
            r.detail = tr("answers; needs a login");
        }
        return r;
    }
    r.status = ProbeStatus::Down;
    r.latencyMs = -1; // what answered is not a registry
    r.detail = tr("%1 answered GET /v2/ with HTTP %2, not as a Docker registry (v2) does. Check "
                  "the address.")
                   .arg(endpoint)
                   .arg(a.status);
    return r;
}

} // namespace ws
