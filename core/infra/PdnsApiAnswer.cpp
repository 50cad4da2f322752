#include "PdnsApiAnswer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::PdnsApiAnswer", text);
}

} // namespace

bool PdnsApiAnswer::parseServer(const QByteArray &json, Server *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("the server object is not JSON (%1 at offset %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    const QJsonObject o = doc.object();
    if (!doc.isObject() || !o.value(QLatin1String("version")).isString()) {
        *error = tr("the answer has no \"version\": not a PowerDNS server object");
        return false;
    }
    Server server;
    server.id = o.value(QLatin1String("id")).toString();
    server.daemonType = o.value(QLatin1String("daemon_type")).toString();
    server.version = o.value(QLatin1String("version")).toString().trimmed();
    *out = server;
    return true;
}

bool PdnsApiAnswer::parseStatistics(const QByteArray &json, QVariantMap *out, QString *error)
{
    static const QStringList kEssentials = {
        QStringLiteral("uptime"),           QStringLiteral("udp-queries"),
        QStringLiteral("tcp-queries"),      QStringLiteral("udp-answers"),
        QStringLiteral("tcp-answers"),      QStringLiteral("servfail-packets"),
        QStringLiteral("timedout-packets"), QStringLiteral("latency"),
        QStringLiteral("packetcache-hit"),  QStringLiteral("packetcache-miss"),
        QStringLiteral("query-cache-hit"),  QStringLiteral("query-cache-miss"),
        QStringLiteral("security-status"),
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isArray()) {
        *error = tr("the statistics are not a JSON list");
        return false;
    }
    QVariantMap stats;
    for (const QJsonValue &item : doc.array()) {
        const QJsonObject o = item.toObject();
        const QString name = o.value(QLatin1String("name")).toString();
        const QJsonValue value = o.value(QLatin1String("value"));
        if (!kEssentials.contains(name) || !value.isString())
            continue;
        bool isNumber = false;
        const qlonglong number = value.toString().toLongLong(&isNumber);
        stats.insert(name, isNumber ? QVariant(number) : QVariant(value.toString()));
    }
    *out = std::move(stats);
    return true;
}

QString PdnsApiAnswer::errorMessage(const QByteArray &body)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QString text = doc.isObject() ? doc.object().value(QLatin1String("error")).toString()
                                  : QString::fromUtf8(body);
    text = text.simplified();
    if (text.size() > 120)
        text = text.left(117) + QStringLiteral("...");
    return text;
}

} // namespace ws
