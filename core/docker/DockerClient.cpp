#include "DockerClient.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QVersionNumber>

namespace ws {

DockerClient::DockerClient(const DockerEndpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_http(endpoint.endpoint, this),
      m_apiVersion(endpoint.apiVersion)
{ }

QByteArray DockerClient::versionedPath(const QByteArray &path) const
{
    if (m_apiVersion.isEmpty())
        return path;
    return "/v" + m_apiVersion.toLatin1() + path;
}

HttpReply *DockerClient::send(HttpRequest request)
{
    request.target = versionedPath(request.target);
    return m_http.send(request);
}

void DockerClient::negotiate(const QString &serverVersion)
{
    if (!m_endpoint.apiVersion.isEmpty())
        return; // pinned by DOCKER_API_VERSION
    const QVersionNumber ours = QVersionNumber::fromString(QLatin1String(kMaxApiVersion));
    const QVersionNumber theirs = QVersionNumber::fromString(serverVersion);
    const QString chosen = (theirs.isNull() || ours < theirs) ? ours.toString() : theirs.toString();
    if (chosen == m_apiVersion)
        return;
    m_apiVersion = chosen;
    Q_EMIT apiVersionNegotiated(m_apiVersion);
}

DockerPingJob *DockerClient::ping()
{
    auto *job = new DockerPingJob(this);
    if (!m_endpoint.isValid()) {
        QMetaObject::invokeMethod(
            job,
            [job, why = m_endpoint.error] {
                job->finishWithError(HttpReply::Error::NotFound, why, QString());
            },
            Qt::QueuedConnection);
        return job;
    }
    pingWith(job, "HEAD");
    return job;
}

void DockerClient::pingWith(DockerPingJob *job, const QByteArray &method)
{
    HttpRequest request(method, "/_ping");
    request.firstByteTimeoutMs = 10'000;
    HttpReply *reply = m_http.send(request);
    connect(reply, &HttpReply::finished, job, [this, job, reply, method] {
        reply->deleteLater();
        // Like Docker's client: an engine (or proxy) that refuses HEAD gets a GET.
        if (reply->error() == HttpReply::Error::HttpStatus && method == "HEAD") {
            pingWith(job, "GET");
            return;
        }
        if (reply->hasError()) {
            job->finishWithError(reply->error(), reply->errorString(),
                                 m_endpoint.endpoint.toDisplayString());
            return;
        }
        DockerPing ping;
        ping.apiVersion = QString::fromLatin1(reply->header("API-Version"));
        if (ping.apiVersion.isEmpty())
            ping.apiVersion = QStringLiteral("1.24"); // engines before 1.25 did not send it
        ping.osType = QString::fromLatin1(reply->header("OSType"));
        ping.experimental = reply->header("Docker-Experimental") == "true";
        negotiate(ping.apiVersion);
        job->finishWithResult(ping, m_endpoint.endpoint.toDisplayString());
    });
}

DockerVersionJob *DockerClient::version()
{
    auto *job = new DockerVersionJob(this);
    if (!m_endpoint.isValid()) {
        QMetaObject::invokeMethod(
            job,
            [job, why = m_endpoint.error] {
                job->finishWithError(HttpReply::Error::NotFound, why, QString());
            },
            Qt::QueuedConnection);
        return job;
    }
    HttpReply *reply = send(HttpRequest::get("/version"));
    connect(reply, &HttpReply::finished, job, [this, job, reply] {
        reply->deleteLater();
        const QString where = m_endpoint.endpoint.toDisplayString();
        if (reply->hasError()) {
            job->finishWithError(reply->error(), reply->errorString(), where);
            return;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll(), &parseError);
        if (!doc.isObject()) {
            job->finishWithError(
                HttpReply::Error::ProtocolError,
                tr("GET /version at %1 did not answer a JSON object (%2). Is this a "
                   "Docker engine?")
                    .arg(where, parseError.errorString()),
                where);
            return;
        }
        const QJsonObject o = doc.object();
        const auto text = [&o](const char *key) {
            return o.value(QLatin1String(key)).toString();
        };
        DockerVersion v;
        v.version = text("Version");
        v.apiVersion = text("ApiVersion");
        v.minApiVersion = text("MinAPIVersion");
        v.os = text("Os");
        v.arch = text("Arch");
        v.kernelVersion = text("KernelVersion");
        v.gitCommit = text("GitCommit");
        v.goVersion = text("GoVersion");
        if (v.version.isEmpty() || v.apiVersion.isEmpty()) {
            job->finishWithError(
                HttpReply::Error::ProtocolError,
                tr("GET /version at %1 answered without Version and ApiVersion. Is "
                   "this a Docker engine?")
                    .arg(where),
                where);
            return;
        }
        job->finishWithResult(v, where);
    });
    return job;
}

} // namespace ws
