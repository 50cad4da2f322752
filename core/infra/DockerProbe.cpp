#include "DockerProbe.h"

#include "ProbeEndpoint.h"
#include "docker/DockerEndpoint.h"
#include "http/HttpClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace ws {

DockerProbe::DockerProbe(const ProbeTarget &target, QObject *parent) : Probe(target, parent)
{ }

DockerProbe::~DockerProbe() = default;

void DockerProbe::run()
{
    const QString address = target().endpoint.trimmed();
    DockerEndpoint docker;
    if (address.isEmpty() || address == QLatin1String("default")) {
        docker = DockerEndpoint::fromEnvironment();
    } else {
        QString host = address;
        // The manifest may write a docker host as host:port, which the docker CLI reads as tcp.
        if (!host.startsWith(QLatin1Char('/')) && !host.contains(QLatin1String("://")))
            host.prepend(QLatin1String("tcp://"));
        const QString verify = target().option(QStringLiteral("tlsverify")).toLower();
        docker = DockerEndpoint::fromAddress(
            host, target().option(QStringLiteral("cacert")),
            target().option(QStringLiteral("cert")), target().option(QStringLiteral("key")),
            verify == QLatin1String("true") || verify == QLatin1String("1"),
            tr("the probe target"));
    }
    if (!docker.isValid()) {
        fail(docker.error);
        return;
    }
    m_http = std::make_unique<HttpClient>(docker.endpoint);
    m_pending = 1;
    get("/_ping", &m_answers.ping);
}

void DockerProbe::get(const QByteArray &path, HttpAnswer *into)
{
    HttpReply *reply = m_http->send(ProbeEndpoint::bounded(HttpRequest::get(path), timeout()));
    connect(reply, &HttpReply::finished, this, [this, reply, into] {
        *into = HttpAnswer::from(reply, elapsedMsPrecise());
        reply->deleteLater();
        answered();
    });
}

void DockerProbe::answered()
{
    if (isFinished())
        return;
    if (!m_pinged) {
        m_pinged = true;
        // The ping decides whether the engine is there at all; the rest only when it is.
        if (!m_answers.ping.answered()) {
            fail(evaluate(target().endpoint, m_answers).detail);
            return;
        }
        m_pending = 3;
        get("/version", &m_answers.version);
        get("/info", &m_answers.info);
        get("/containers/json?all=1", &m_answers.containers);
        return;
    }
    if (--m_pending > 0)
        return;
    ProbeResult result = evaluate(target().endpoint, m_answers);
    if (result.status == ProbeStatus::Down)
        fail(result, result.detail);
    else
        succeed(result);
}

void DockerProbe::abort()
{
    m_http.reset();
}

ProbeStatus DockerProbe::containerStatus(const QString &state, const QString &status,
                                         QString *detail)
{
    *detail = status.isEmpty() ? state : status;
    if (state == QLatin1String("running"))
        return ProbeStatus::Up;
    if (state == QLatin1String("restarting") || state == QLatin1String("paused"))
        return ProbeStatus::Degraded;
    if (state == QLatin1String("dead"))
        return ProbeStatus::Down;
    if (state == QLatin1String("exited")) {
        // Status reads "Exited (137) 3 minutes ago": the code is in the parentheses.
        static const QRegularExpression code(QStringLiteral("\\((-?\\d+)\\)"));
        const QRegularExpressionMatch m = code.match(status);
        if (m.hasMatch() && m.captured(1) != QLatin1String("0"))
            return ProbeStatus::Down;
        return ProbeStatus::Unknown;
    }
    return ProbeStatus::Unknown; // created, removing, or a state this build does not know
}

ProbeResult DockerProbe::evaluate(const QString &endpoint, const Answers &a)
{
    ProbeResult r;
    if (!a.ping.answered()) {
        r.status = ProbeStatus::Down;
        r.detail = a.ping.error.isEmpty()
            ? tr("The Docker engine at %1 did not answer GET /_ping. Check the address and "
                 "that dockerd runs.")
                  .arg(endpoint)
            : a.ping.error;
        return r;
    }
    const QByteArray apiHeader = a.ping.header("Api-Version");
    const bool pingOk = a.ping.status == 200 && a.ping.body.trimmed() == "OK";
    if (!pingOk && apiHeader.isEmpty()) {
        r.status = ProbeStatus::Down;
        r.detail = tr("%1 answered GET /_ping with HTTP %2 but not as a Docker engine does. Is "
                      "this the engine's address?")
                       .arg(endpoint)
                       .arg(a.ping.status);
        return r;
    }
    // Only an answer from Docker has a latency; Down results have none.
    r.latencyMs = a.ping.atMs;
    if (!apiHeader.isEmpty())
        r.facts.insert(QStringLiteral("api_version"), QString::fromLatin1(apiHeader));

    const QJsonObject version
        = a.version.ok() ? QJsonDocument::fromJson(a.version.body).object() : QJsonObject();
    r.version = version.value(QLatin1String("Version")).toString().trimmed();
    if (version.contains(QLatin1String("ApiVersion")))
        r.facts.insert(QStringLiteral("api_version"),
                       version.value(QLatin1String("ApiVersion")).toString());

    const QJsonObject info
        = a.info.ok() ? QJsonDocument::fromJson(a.info.body).object() : QJsonObject();
    static const char *const counters[][2] = {
        {"Containers", "containers"}, {"ContainersRunning", "containers_running"},
        {"Images", "images"},         {"NCPU", "cpus"},
        {"MemTotal", "memory_bytes"},
    };
    for (const auto &c : counters) {
        const QJsonValue v = info.value(QLatin1String(c[0]));
        if (v.isDouble())
            r.facts.insert(QLatin1String(c[1]), qint64(v.toDouble()));
    }
    const QString serverVersion = info.value(QLatin1String("ServerVersion")).toString();
    if (!serverVersion.isEmpty())
        r.facts.insert(QStringLiteral("server_version"), serverVersion);
    if (r.version.isEmpty())
        r.version = serverVersion.trimmed();
    const QString name = info.value(QLatin1String("Name")).toString();
    if (!name.isEmpty())
        r.facts.insert(QStringLiteral("host_name"), name);

    int running = 0;
    const QJsonArray containers
        = a.containers.ok() ? QJsonDocument::fromJson(a.containers.body).array() : QJsonArray();
    for (const QJsonValue &v : containers) {
        const QJsonObject c = v.toObject();
        ProbeElement e;
        e.role = QStringLiteral("container");
        const QJsonArray names = c.value(QLatin1String("Names")).toArray();
        e.name = names.isEmpty() ? c.value(QLatin1String("Id")).toString().left(12)
                                 : names.first().toString();
        if (e.name.startsWith(QLatin1Char('/')))
            e.name.remove(0, 1);
        const QString state = c.value(QLatin1String("State")).toString();
        const QString status = c.value(QLatin1String("Status")).toString();
        e.status = containerStatus(state, status, &e.detail);
        running += state == QLatin1String("running") ? 1 : 0;
        e.facts.insert(QStringLiteral("id"), c.value(QLatin1String("Id")).toString());
        e.facts.insert(QStringLiteral("image"), c.value(QLatin1String("Image")).toString());
        e.facts.insert(QStringLiteral("state"), state);
        e.facts.insert(QStringLiteral("status"), status);
        QStringList published;
        for (const QJsonValue &p : c.value(QLatin1String("Ports")).toArray()) {
            const QJsonObject port = p.toObject();
            const int publicPort = port.value(QLatin1String("PublicPort")).toInt();
            if (publicPort <= 0)
                continue;
            QString ip = port.value(QLatin1String("IP")).toString();
            if (ip.isEmpty())
                ip = QStringLiteral("0.0.0.0");
            // An IPv6 address in brackets, as registrator and URLs write it.
            const QString host
                = ip.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(ip) : ip;
            const QString entry = host + QLatin1Char(':') + QString::number(publicPort);
            if (!published.contains(entry))
                published << entry;
        }
        e.facts.insert(QStringLiteral("published"), published);
        r.elements.append(e);
    }

    if (!pingOk) {
        r.status = ProbeStatus::Degraded;
        r.detail = tr("The Docker engine answers but reports a problem (GET /_ping: HTTP %1).")
                       .arg(a.ping.status);
        return r;
    }
    r.status = ProbeStatus::Up;
    r.detail = a.containers.ok()
        ? tr("%n container(s) running", nullptr, running)
            + tr(", %n in all", nullptr, int(containers.size()))
        : tr("answers; the container list failed: %1")
              .arg(a.containers.error.isEmpty() ? tr("HTTP %1").arg(a.containers.status)
                                                : a.containers.error);
    return r;
}

} // namespace ws
