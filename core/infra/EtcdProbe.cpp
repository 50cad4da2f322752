#include "EtcdProbe.h"

#include "ProbeEndpoint.h"
#include "etcd/EtcdClient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

namespace {

QJsonObject objectOf(const HttpAnswer &a)
{
    return a.ok() ? QJsonDocument::fromJson(a.body).object() : QJsonObject();
}

// The v3 gateway writes 64-bit numbers as JSON strings ("12345"); older versions wrote numbers.
QString numberText(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(qint64(v.toDouble()));
    return QString();
}

} // namespace

EtcdProbe::EtcdProbe(const ProbeTarget &target, QObject *parent) : Probe(target, parent)
{ }

EtcdProbe::~EtcdProbe() = default;

void EtcdProbe::run()
{
    QString error;
    const Endpoint endpoint = ProbeEndpoint::http(target(), &error);
    if (!endpoint.isValid()) {
        fail(error);
        return;
    }
    EtcdEndpoints endpoints;
    endpoints.endpoints = {endpoint};
    endpoints.source = QStringLiteral("probe");
    endpoints.user = credentials().username;
    endpoints.password = credentials().password;
    m_client = std::make_unique<EtcdClient>(endpoints);

    m_pending = 5;
    request(HttpRequest::get("/health"), &m_answers.health);
    request(HttpRequest::get("/version"), &m_answers.version);
    HttpRequest members = HttpRequest::post("/v3/cluster/member/list", "{}");
    members.idempotent = true;
    request(members, &m_answers.members);
    HttpRequest status = HttpRequest::post("/v3/maintenance/status", "{}");
    status.idempotent = true;
    request(status, &m_answers.status);
    HttpRequest alarms = HttpRequest::post("/v3/maintenance/alarm", R"({"action":"GET"})");
    alarms.idempotent = true;
    request(alarms, &m_answers.alarms);
}

void EtcdProbe::request(const HttpRequest &request, HttpAnswer *into)
{
    m_client->send(ProbeEndpoint::bounded(request, timeout()), this,
                   [this, into](HttpReply *reply) {
                       *into = HttpAnswer::from(reply, elapsedMsPrecise());
                       answered();
                   });
}

void EtcdProbe::answered()
{
    if (isFinished())
        return;
    // /health decides: when it failed, the rest need not be waited for.
    if (m_answers.health.done && !m_answers.health.answered()) {
        fail(evaluate(target().endpoint, m_answers).detail);
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

void EtcdProbe::abort()
{
    // Deleting the client deletes its replies, which never call back afterwards.
    m_client.reset();
}

ProbeResult EtcdProbe::evaluate(const QString &endpoint, const Answers &a)
{
    ProbeResult r;
    if (!a.health.answered()) {
        r.status = ProbeStatus::Down;
        r.detail = a.health.error.isEmpty()
            ? tr("etcd at %1 did not answer GET /health. Check the address and that etcd runs.")
                  .arg(endpoint)
            : a.health.error;
        return r;
    }
    const QJsonObject health = QJsonDocument::fromJson(a.health.body).object();
    const QJsonValue healthValue = health.value(QLatin1String("health"));
    if (!healthValue.isString() && !healthValue.isBool()) {
        r.status = ProbeStatus::Down;
        r.detail = tr("%1 answered GET /health with HTTP %2 but not as etcd does (no \"health\" "
                      "field). Is this an etcd client URL (port 2379)?")
                       .arg(endpoint)
                       .arg(a.health.status);
        return r;
    }
    r.latencyMs = a.health.atMs;
    // etcd sends the string "true"; a JSON boolean is accepted rather than misreported.
    const bool healthy = a.health.status == 200
        && (healthValue.toString() == QLatin1String("true") || healthValue.toBool());
    QStringList problems;
    if (!healthy) {
        const QString reason = health.value(QLatin1String("reason")).toString();
        problems << (reason.isEmpty()
                         ? tr("the member reports itself unhealthy (HTTP %1)").arg(a.health.status)
                         : tr("the member reports itself unhealthy: %1").arg(reason));
    }

    const QJsonObject version = objectOf(a.version);
    r.version = version.value(QLatin1String("etcdserver")).toString().trimmed();
    if (version.contains(QLatin1String("etcdcluster")))
        r.facts.insert(QStringLiteral("cluster_version"),
                       version.value(QLatin1String("etcdcluster")).toString());

    const QJsonObject status = objectOf(a.status);
    const QString leader = numberText(status.value(QLatin1String("leader")));
    const QString self = numberText(
        status.value(QLatin1String("header")).toObject().value(QLatin1String("member_id")));
    if (!status.isEmpty()) {
        r.facts.insert(QStringLiteral("leader"), leader);
        r.facts.insert(QStringLiteral("member_id"), self);
        r.facts.insert(QStringLiteral("db_size"),
                       numberText(status.value(QLatin1String("dbSize"))).toLongLong());
        r.facts.insert(QStringLiteral("raft_index"),
                       numberText(status.value(QLatin1String("raftIndex"))).toLongLong());
        r.facts.insert(QStringLiteral("raft_term"),
                       numberText(status.value(QLatin1String("raftTerm"))).toLongLong());
        if (r.version.isEmpty())
            r.version = status.value(QLatin1String("version")).toString().trimmed();
        if (leader.isEmpty() || leader == QLatin1String("0"))
            problems << tr("the cluster has no leader (lost quorum?)");
        QStringList errors;
        for (const QJsonValue &e : status.value(QLatin1String("errors")).toArray())
            errors << e.toString();
        if (!errors.isEmpty())
            problems << tr("the member reports: %1").arg(errors.join(QLatin1String("; ")));
    } else if (a.status.answered() || !a.status.error.isEmpty()) {
        r.facts.insert(QStringLiteral("status_error"),
                       a.status.error.isEmpty() ? tr("HTTP %1").arg(a.status.status)
                                                : a.status.error);
    }

    QString leaderName;
    const QJsonObject members = objectOf(a.members);
    for (const QJsonValue &v : members.value(QLatin1String("members")).toArray()) {
        const QJsonObject m = v.toObject();
        ProbeElement e;
        e.role = QStringLiteral("member");
        const QString id = numberText(m.value(QLatin1String("ID")));
        e.name = m.value(QLatin1String("name")).toString();
        QStringList clientUrls;
        for (const QJsonValue &u : m.value(QLatin1String("clientURLs")).toArray())
            clientUrls << u.toString();
        QStringList peerUrls;
        for (const QJsonValue &u : m.value(QLatin1String("peerURLs")).toArray())
            peerUrls << u.toString();
        e.facts.insert(QStringLiteral("id"), id);
        e.facts.insert(QStringLiteral("client_urls"), clientUrls);
        e.facts.insert(QStringLiteral("peer_urls"), peerUrls);
        const bool isLeader = !leader.isEmpty() && id == leader;
        e.facts.insert(QStringLiteral("leader"), isLeader);
        if (m.value(QLatin1String("isLearner")).toBool())
            e.facts.insert(QStringLiteral("learner"), true);
        if (e.name.isEmpty()) {
            // A member added to the cluster that has not started yet has no name.
            e.name = id;
            e.status = ProbeStatus::Degraded;
            e.detail = tr("added but not started");
        } else {
            e.status = ProbeStatus::Up;
            e.detail = isLeader ? tr("leader") : tr("follower");
        }
        if (isLeader)
            leaderName = e.name;
        r.elements.append(e);
    }
    if (!leaderName.isEmpty())
        r.facts.insert(QStringLiteral("leader_name"), leaderName);

    QStringList alarms;
    for (const QJsonValue &v : objectOf(a.alarms).value(QLatin1String("alarms")).toArray()) {
        const QString alarm = v.toObject().value(QLatin1String("alarm")).toString();
        if (!alarm.isEmpty() && alarm != QLatin1String("NONE"))
            alarms << alarm;
    }
    if (!alarms.isEmpty()) {
        r.facts.insert(QStringLiteral("alarms"), alarms);
        problems << tr("alarm %1 is raised (NOSPACE: compact and defragment, then disarm)")
                        .arg(alarms.join(QLatin1String(", ")));
    }

    if (!problems.isEmpty()) {
        r.status = ProbeStatus::Degraded;
        r.detail = tr("etcd answers, but %1.").arg(problems.join(QLatin1String("; ")));
        return r;
    }
    r.status = ProbeStatus::Up;
    const int n = int(r.elements.size());
    r.detail = leaderName.isEmpty()
        ? tr("healthy, %n member(s)", nullptr, n)
        : tr("healthy, %n member(s), leader %1", nullptr, n).arg(leaderName);
    return r;
}

} // namespace ws
