#include "DockerClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
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

template<typename Job>
bool DockerClient::failIfInvalid(Job *job)
{
    if (m_endpoint.isValid())
        return false;
    QMetaObject::invokeMethod(
        job,
        [job, why = m_endpoint.error] {
            job->finishWithError(HttpReply::Error::NotFound, why, QString());
        },
        Qt::QueuedConnection);
    return true;
}

template<typename Job, typename Decode>
void DockerClient::getAnswer(const QByteArray &path, Job *job, Decode decode)
{
    HttpReply *reply = send(HttpRequest::get(path));
    connect(reply, &HttpReply::finished, job, [this, job, reply, decode] {
        reply->deleteLater();
        const QString where = m_endpoint.endpoint.toDisplayString();
        if (reply->hasError()) {
            job->finishWithError(reply->error(), reply->errorString(), where);
            return;
        }
        decode(reply->readAll(), where);
    });
}

DockerPingJob *DockerClient::ping()
{
    auto *job = new DockerPingJob(this);
    if (failIfInvalid(job))
        return job;
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
    if (failIfInvalid(job))
        return job;
    getAnswer("/version", job, [job](const QByteArray &body, const QString &where) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
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

DockerInfoJob *DockerClient::info()
{
    auto *job = new DockerInfoJob(this);
    if (failIfInvalid(job))
        return job;
    getAnswer("/info", job, [job](const QByteArray &body, const QString &where) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (!doc.isObject() || !doc.object().value(QLatin1String("NCPU")).isDouble()) {
            job->finishWithError(HttpReply::Error::ProtocolError,
                                 tr("GET /info at %1 did not answer a JSON object with NCPU. Is "
                                    "this a Docker engine?")
                                     .arg(where),
                                 where);
            return;
        }
        const QJsonObject o = doc.object();
        DockerInfo info;
        info.cpus = o.value(QLatin1String("NCPU")).toInt();
        info.memoryBytes = qint64(o.value(QLatin1String("MemTotal")).toDouble());
        info.name = o.value(QLatin1String("Name")).toString();
        info.serverVersion = o.value(QLatin1String("ServerVersion")).toString();
        info.storageDriver = o.value(QLatin1String("Driver")).toString();
        info.images = o.value(QLatin1String("Images")).toInt();
        info.containersRunning = o.value(QLatin1String("ContainersRunning")).toInt();
        job->finishWithResult(info, where);
    });
    return job;
}

} // namespace ws

namespace ws {

namespace {

QByteArray queryValue(const QString &value)
{
    // Every JSON-valued parameter must be encoded as a whole, { } " : + included.
    return QUrl::toPercentEncoding(value);
}

QByteArray jsonMap(const QMap<QString, QString> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QByteArray DockerClient::imagePath(const QString &name)
{
    return "/images/" + QUrl::toPercentEncoding(name, "/:@");
}

DockerBuildJob *DockerClient::build(const BuildRequest &r)
{
    QByteArray query = "rm=1&forcerm=1";
    const auto add = [&query](const char *key, const QString &value) {
        query += '&';
        query += key;
        query += '=';
        query += queryValue(value);
    };
    if (!r.tag.isEmpty())
        add("t", r.tag);
    for (const QString &t : r.extraTags)
        add("t", t);
    if (!r.dockerfile.isEmpty())
        add("dockerfile", r.dockerfile);
    if (!r.labels.isEmpty())
        add("labels", QString::fromUtf8(jsonMap(r.labels)));
    if (!r.buildArgs.isEmpty())
        add("buildargs", QString::fromUtf8(jsonMap(r.buildArgs)));
    if (r.noCache)
        query += "&nocache=1";
    if (r.pull)
        query += "&pull=1";
    if (!r.networkMode.isEmpty())
        add("networkmode", r.networkMode);

    HttpRequest request("POST", "/build?" + query);
    request.setHeader("Content-Type", "application/x-tar");
    request.bodyDevice = r.context;
    // The engine answers only once it has read the whole context; then it streams steps.
    request.firstByteTimeoutMs = r.idleTimeoutMs;
    request.idleTimeoutMs = r.idleTimeoutMs;
    request.accumulateBody = false; // logs can be large; the job streams them out
    const QString where = m_endpoint.endpoint.toDisplayString();
    if (!r.context) {
        auto *job = new DockerBuildJob(nullptr, where, this);
        QMetaObject::invokeMethod(
            job,
            [job] {
                job->finishWithError(HttpReply::Error::ProtocolError,
                                     tr("The build has no context to send."), QString());
            },
            Qt::QueuedConnection);
        return job;
    }
    auto *job = new DockerBuildJob(send(request), where, this);
    return job;
}

DockerImageJob *DockerClient::inspectImage(const QString &name)
{
    auto *job = new DockerImageJob(this);
    if (failIfInvalid(job))
        return job;
    getAnswer(imagePath(name) + "/json", job,
              [job, name](const QByteArray &body, const QString &where) {
                  const QJsonObject o = QJsonDocument::fromJson(body).object();
                  DockerImageInfo info;
                  info.id = o.value(QLatin1String("Id")).toString();
                  for (const QJsonValue &t : o.value(QLatin1String("RepoTags")).toArray())
                      info.repoTags.append(t.toString());
                  const QJsonObject labels = o.value(QLatin1String("Config"))
                                                 .toObject()
                                                 .value(QLatin1String("Labels"))
                                                 .toObject();
                  for (auto it = labels.begin(); it != labels.end(); ++it)
                      info.labels.insert(it.key(), it.value().toString());
                  info.size = qint64(o.value(QLatin1String("Size")).toDouble());
                  info.created = QDateTime::fromString(o.value(QLatin1String("Created")).toString(),
                                                       Qt::ISODateWithMs);
                  if (info.id.isEmpty()) {
                      job->finishWithError(
                          HttpReply::Error::ProtocolError,
                          tr("The engine at %1 described image %2 without an ID.").arg(where, name),
                          where);
                      return;
                  }
                  job->finishWithResult(info, where);
              });
    return job;
}

DockerActionJob *DockerClient::tagImage(const QString &source, const QString &repository,
                                        const QString &tag)
{
    auto *job = new DockerActionJob(this);
    if (failIfInvalid(job))
        return job;
    HttpRequest request("POST",
                        imagePath(source) + "/tag?repo=" + queryValue(repository)
                            + "&tag=" + queryValue(tag));
    HttpReply *reply = send(request);
    connect(reply, &HttpReply::finished, job, [this, job, reply] {
        reply->deleteLater();
        const QString where = m_endpoint.endpoint.toDisplayString();
        if (reply->hasError())
            job->finishWithError(reply->error(), reply->errorString(), where);
        else
            job->finishWithResult(true, where);
    });
    return job;
}

DockerActionJob *DockerClient::removeImage(const QString &name, bool force)
{
    auto *job = new DockerActionJob(this);
    if (failIfInvalid(job))
        return job;
    HttpReply *reply
        = send(HttpRequest("DELETE", imagePath(name) + (force ? "?force=1" : "?force=0")));
    connect(reply, &HttpReply::finished, job, [this, job, reply] {
        reply->deleteLater();
        const QString where = m_endpoint.endpoint.toDisplayString();
        if (reply->hasError())
            job->finishWithError(reply->error(), reply->errorString(), where);
        else
            job->finishWithResult(true, where);
    });
    return job;
}

DockerPushJob *DockerClient::push(const QString &repository, const QString &tag,
                                  const RegistryCredentials &credentials)
{
    HttpRequest request("POST", imagePath(repository) + "/push?tag=" + queryValue(tag));
    request.setHeader("X-Registry-Auth", credentials.toRegistryAuthHeader());
    request.firstByteTimeoutMs = 120'000;
    request.idleTimeoutMs = 300'000;
    request.accumulateBody = false;
    HttpReply *reply = send(request);
    const QString image = tag.isEmpty() ? repository : repository + QLatin1Char(':') + tag;
    return new DockerPushJob(reply, image, m_endpoint.endpoint.toDisplayString(), this);
}

} // namespace ws
