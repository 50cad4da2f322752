#include "ProbeResult.h"

#include <QJsonArray>
#include <QJsonValue>

namespace ws {

QJsonObject ProbeResult::toJson() const
{
    QJsonArray parts;
    for (const ProbeElement &e : elements)
        parts.append(QJsonObject {
            {QStringLiteral("name"), e.name},
            {QStringLiteral("role"), e.role},
            {QStringLiteral("status"), probeStatusName(e.status)},
            {QStringLiteral("detail"), e.detail},
            {QStringLiteral("facts"), QJsonObject::fromVariantMap(e.facts)},
        });
    return QJsonObject {
        {QStringLiteral("kind"), kind},
        {QStringLiteral("name"), name},
        {QStringLiteral("endpoint"), endpoint},
        {QStringLiteral("status"), probeStatusName(status)},
        {QStringLiteral("latency_ms"), latencyMs < 0 ? QJsonValue() : QJsonValue(latencyMs)},
        {QStringLiteral("version"), version},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("checked_at"), checkedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("facts"), QJsonObject::fromVariantMap(facts)},
        {QStringLiteral("elements"), parts},
    };
}

ProbeResult ProbeResult::fromJson(const QJsonObject &o)
{
    ProbeResult r;
    r.kind = o.value(QLatin1String("kind")).toString();
    r.name = o.value(QLatin1String("name")).toString();
    r.endpoint = o.value(QLatin1String("endpoint")).toString();
    r.status = probeStatusFromName(o.value(QLatin1String("status")).toString());
    const QJsonValue latency = o.value(QLatin1String("latency_ms"));
    r.latencyMs = latency.isDouble() ? latency.toDouble() : -1;
    r.version = o.value(QLatin1String("version")).toString();
    r.detail = o.value(QLatin1String("detail")).toString();
    r.checkedAt
        = QDateTime::fromString(o.value(QLatin1String("checked_at")).toString(), Qt::ISODateWithMs);
    r.facts = o.value(QLatin1String("facts")).toObject().toVariantMap();
    for (const QJsonValue &v : o.value(QLatin1String("elements")).toArray()) {
        const QJsonObject e = v.toObject();
        r.elements.append(ProbeElement {
            e.value(QLatin1String("name")).toString(),
            e.value(QLatin1String("role")).toString(),
            probeStatusFromName(e.value(QLatin1String("status")).toString()),
            e.value(QLatin1String("detail")).toString(),
            e.value(QLatin1String("facts")).toObject().toVariantMap(),
        });
    }
    return r;
}

} // namespace ws
