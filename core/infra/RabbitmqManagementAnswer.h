#pragma once

#include "ProbeResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace ws {

// Reads the two answers of RabbitMQ's management API that the probe asks for:
// GET /api/overview (versions, cluster name, object and queue totals) and GET /api/nodes
// (one object per node: running, memory and disk alarms, partitions). Errors are values: false
// with a translated *error for JSON that is not what the plugin sends.
class RabbitmqManagementAnswer
{
public:
    // facts: rabbitmq_version, erlang_version, cluster_name, management_version, node,
    // object_totals {connections, channels, exchanges, queues, consumers},
    // queue_totals {messages, messages_ready, messages_unacknowledged} (those present).
    static bool parseOverview(const QByteArray &json, QVariantMap *facts, QString *error);

    // One element per node, role "node": Down when not running, Degraded with a memory or
    // disk alarm or partitions, else Up; facts: running, mem_alarm, disk_free_alarm,
    // partitions, mem_used, mem_limit, disk_free, disk_free_limit, fd_used, fd_total, uptime.
    static bool parseNodes(const QByteArray &json, QList<ProbeElement> *nodes, QString *error);
};

} // namespace ws
