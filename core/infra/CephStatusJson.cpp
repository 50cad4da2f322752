#include "CephStatusJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

bool CephStatusJson::parse(const QByteArray &json, CephStatusJson *out, QString *error)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ws::CephStatusJson", text);
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = tr("`ceph status` did not print a JSON object (%1)")
                     .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                       : tr("another JSON value"));
        return false;
    }
    const QJsonObject o = doc.object();
    const QJsonObject health = o.value(QLatin1String("health")).toObject();
    CephStatusJson status;
    status.health = health.value(QLatin1String("status")).toString();
    if (status.health.isEmpty())
        status.health = health.value(QLatin1String("overall_status")).toString();
    if (status.health.isEmpty()) {
        *error = tr("`ceph status` has neither health.status nor health.overall_status");
        return false;
    }
    const QJsonObject checks = health.value(QLatin1String("checks")).toObject();
    for (auto it = checks.begin(); it != checks.end(); ++it) {
        const QString message = it.value()
                                    .toObject()
                                    .value(QLatin1String("summary"))
                                    .toObject()
                                    .value(QLatin1String("message"))
                                    .toString();
        status.checks << (message.isEmpty() ? it.key() : it.key() + QStringLiteral(": ") + message);
    }
    status.fsid = o.value(QLatin1String("fsid")).toString();
    for (const QJsonValue &name : o.value(QLatin1String("quorum_names")).toArray())
        status.quorumNames << name.toString();
    QJsonObject osdmap = o.value(QLatin1String("osdmap")).toObject();
    // Before Octopus the counters sat one level deeper, in osdmap.osdmap.
    if (osdmap.contains(QLatin1String("osdmap")))
        osdmap = osdmap.value(QLatin1String("osdmap")).toObject();
    const auto count = [&](const char *key) {
        const QJsonValue v = osdmap.value(QLatin1String(key));
        return v.isDouble() ? v.toInt() : -1;
    };
    status.osds = count("num_osds");
    status.osdsUp = count("num_up_osds");
    status.osdsIn = count("num_in_osds");
    *out = std::move(status);
    return true;
}

} // namespace ws
