#include "RabbitmqManagementAnswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::RabbitmqManagementAnswer", text);
}

bool parseJson(const QByteArray &json, QJsonDocument *doc, const char *what, QString *error)
{
    QJsonParseError parseError;
    *doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("%1 is not JSON (%2 at offset %3)")
                     .arg(QString::fromLatin1(what), parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    return true;
}

// Copies the numeric members that are there (the plugin leaves some out while it gathers).
QVariantMap numbers(const QJsonObject &object, std::initializer_list<const char *> keys)
{
    QVariantMap out;
    for (const char *key : keys) {
        const QJsonValue value = object.value(QLatin1String(key));
        if (value.isDouble())
            out.insert(QString::fromLatin1(key), value.toVariant());
    }
    return out;
}

} // namespace

bool RabbitmqManagementAnswer::parseOverview(const QByteArray &json, QVariantMap *facts,
                                             QString *error)
{
    QJsonDocument doc;
    if (!parseJson(json, &doc, "/api/overview", error))
        return false;
    if (!doc.isObject()) {
        *error = tr("/api/overview is not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    if (!o.value(QLatin1String("rabbitmq_version")).isString()) {
        *error = tr("/api/overview has no rabbitmq_version: not RabbitMQ's management API");
        return false;
    }
    QVariantMap out;
    for (const char *key :
         {"rabbitmq_version", "erlang_version", "cluster_name", "management_version", "node"}) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isString())
            out.insert(QString::fromLatin1(key), value.toString());
    }
    const QVariantMap objects
        = numbers(o.value(QLatin1String("object_totals")).toObject(),
                  {"connections", "channels", "exchanges", "queues", "consumers"});
    if (!objects.isEmpty())
        out.insert(QStringLiteral("object_totals"), objects);
    const QVariantMap queues = numbers(o.value(QLatin1String("queue_totals")).toObject(),
                                       {"messages", "messages_ready", "messages_unacknowledged"});
    if (!queues.isEmpty())
        out.insert(QStringLiteral("queue_totals"), queues);
    *facts = std::move(out);
    return true;
}

bool RabbitmqManagementAnswer::parseNodes(const QByteArray &json, QList<ProbeElement> *nodes,
                                          QString *error)
{
    QJsonDocument doc;
    if (!parseJson(json, &doc, "/api/nodes", error))
        return false;
    if (!doc.isArray()) {
        *error = tr("/api/nodes is not a JSON array");
        return false;
    }
    QList<ProbeElement> out;
    for (const QJsonValue &entry : doc.array()) {
        const QJsonObject n = entry.toObject();
        const QString name = n.value(QLatin1String("name")).toString();
        if (name.isEmpty()) {
            *error = tr("/api/nodes has an entry without a name");
            return false;
        }
        ProbeElement node;
        node.name = name;
        node.role = QStringLiteral("node");
        // A node the cluster knows but that is stopped is listed with running=false and
        // without its counters.
        const bool running = n.value(QLatin1String("running")).toBool(false);
        const bool memAlarm = n.value(QLatin1String("mem_alarm")).toBool(false);
        const bool diskAlarm = n.value(QLatin1String("disk_free_alarm")).toBool(false);
        QStringList partitions;
        for (const QJsonValue &p : n.value(QLatin1String("partitions")).toArray())
            partitions << p.toString();
        node.facts = numbers(n,
                             {"mem_used", "mem_limit", "disk_free", "disk_free_limit", "fd_used",
                              "fd_total", "uptime"});
        node.facts.insert(QStringLiteral("running"), running);
        node.facts.insert(QStringLiteral("mem_alarm"), memAlarm);
        node.facts.insert(QStringLiteral("disk_free_alarm"), diskAlarm);
        node.facts.insert(QStringLiteral("partitions"), partitions);
        QStringList problems;
        if (!running) {
            node.status = ProbeStatus::Down;
            problems << tr("not running");
        } else {
            node.status = ProbeStatus::Up;
            if (memAlarm)
                problems << tr("memory alarm (publishers are blocked)");
            if (diskAlarm)
                problems << tr("disk free alarm (publishers are blocked)");
            if (!partitions.isEmpty())
                problems << tr("partitioned from %1").arg(partitions.join(QStringLiteral(", ")));
            if (!problems.isEmpty())
                node.status = ProbeStatus::Degraded;
        }
        node.detail
            = problems.isEmpty() ? tr("running, no alarms") : problems.join(QStringLiteral("; "));
        out.append(node);
    }
    *nodes = std::move(out);
    return true;
}

} // namespace ws
