#pragma once

#include "BuildRequest.h"
#include "DockerBuildJob.h"
#include "DockerEndpoint.h"
#include "DockerImageInfo.h"
#include "DockerPushJob.h"
#include "DockerVersion.h"
#include "RegistryCredentials.h"
#include "http/ApiJob.h"
#include "http/HttpClient.h"

#include <QObject>

namespace ws {

using DockerPingJob = ResultJob<DockerPing>;
using DockerVersionJob = ResultJob<DockerVersion>;
using DockerInfoJob = ResultJob<DockerInfo>;
using DockerImageJob = ResultJob<DockerImageInfo>;
using DockerActionJob = ResultJob<bool>; // true on success; for calls that return nothing

// The Docker Engine API at one endpoint. Negotiates the API version the way Docker's own client
// does (PROTOCOLS.md §1.3): the first ping reads API-Version and later requests use
// min(what we speak, what the engine speaks), unless DOCKER_API_VERSION pins it.
// Jobs are children of the client until the caller deleteLater()s them in finished().
class DockerClient : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *kMaxApiVersion = "1.41"; // what this client is written against

    explicit DockerClient(const DockerEndpoint &endpoint, QObject *parent = nullptr);

    const DockerEndpoint &endpoint() const { return m_endpoint; }
    HttpClient *http() { return &m_http; }

    // Empty until negotiated (or pinned).
    QString apiVersion() const { return m_apiVersion; }
    // "/v1.41" + path when a version is known, path alone otherwise (the engine's default).
    QByteArray versionedPath(const QByteArray &path) const;

    // HEAD /_ping (GET when HEAD fails with a status); negotiates the API version.
    DockerPingJob *ping();
    // GET /version.
    DockerVersionJob *version();
    // GET /info.
    DockerInfoJob *info();

    // POST /build with the request's context streamed as the body (see DockerBuildJob).
    DockerBuildJob *build(const BuildRequest &request);

    // GET /images/{name}/json. A missing image fails with HttpStatus and status 404 in
    // errorString ("No such image").
    DockerImageJob *inspectImage(const QString &name);
    // POST /images/{source}/tag?repo=&tag=.
    DockerActionJob *tagImage(const QString &source, const QString &repository, const QString &tag);
    // DELETE /images/{name}.
    DockerActionJob *removeImage(const QString &name, bool force = false);
    // POST /images/{repository}/push?tag= with X-Registry-Auth from the credentials (anonymous:
    // "{}"). The image must already be tagged repository:tag.
    DockerPushJob *push(const QString &repository, const QString &tag,
                        const RegistryCredentials &credentials = {});

    // "/images/" + name with the name's / and : left as they are (the engine's router wants
    // them so) and everything else percent-encoded.
    static QByteArray imagePath(const QString &name);

    // A raw request with the versioned path, for the other parts of the API.
    HttpReply *send(HttpRequest request);

Q_SIGNALS:
    void apiVersionNegotiated(const QString &version);

private:
    void pingWith(DockerPingJob *job, const QByteArray &method);
    void negotiate(const QString &serverVersion);
    template<typename Job>
    bool failIfInvalid(Job *job);
    // GETs `path`; a transport or HTTP error finishes `job` with it, an answer's body goes to
    // `decode(body, where)`, which finishes the job.
    template<typename Job, typename Decode>
    void getAnswer(const QByteArray &path, Job *job, Decode decode);

    DockerEndpoint m_endpoint;
    HttpClient m_http;
    QString m_apiVersion;
};

} // namespace ws
