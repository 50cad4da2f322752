#include "EtcdV2Json.h"

#include "EtcdJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cmath>

namespace ws {

namespace {

constexpr double kMaxExactDouble = 9007199254740992.0; // 2^53

bool readIndex(const QJsonObject &o, const char *field, qint64 *out, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(field));
    if (v.isUndefined() || v.isNull()) {
        *out = 0;
        return true;
    }
    // etcd v2 sends indexes as JSON numbers (Go uint64); they stay far below 2^53 in practice.
    if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= kMaxExactDouble) {
            *out = static_cast<qint64>(d);
            return true;
        }
    }
    *error = EtcdV2Json::tr("\"%1\" is not an integer").arg(QLatin1String(field));
    return false;
}

bool readNodeObject(const QJsonValue &value, EtcdV2Node *out, QString *error, int depth)
{
    // QJsonDocument bounds nesting already; this keeps the recursion bounded on its own too.
    if (depth > 512) {
        *error = EtcdV2Json::tr("nodes nested too deeply");
        return false;
    }
    if (!value.isObject()) {
        *error = EtcdV2Json::tr("a node is not a JSON object");
        return false;
    }
    const QJsonObject o = value.toObject();
    const QJsonValue key = o.value(QLatin1String("key"));
    if (!key.isUndefined() && !key.isString()) {
        *error = EtcdV2Json::tr("\"key\" is not a string");
        return false;
    }
    out->key = key.toString().toUtf8();
    const QJsonValue v = o.value(QLatin1String("value"));
    if (!v.isUndefined() && !v.isNull() && !v.isString()) {
        *error
            = EtcdV2Json::tr("the value of %1 is not a string").arg(EtcdJson::displayKey(out->key));
        return false;
    }
    out->value = v.toString().toUtf8();
    const QJsonValue dir = o.value(QLatin1String("dir"));
    if (!dir.isUndefined() && !dir.isBool()) {
        *error = EtcdV2Json::tr("\"dir\" is not a boolean");
        return false;
    }
    out->dir = dir.toBool();
    qint64 ttl = 0;
    if (!readIndex(o, "createdIndex", &out->createdIndex, error)
        || !readIndex(o, "modifiedIndex", &out->modifiedIndex, error)
        || !readIndex(o, "ttl", &ttl, error))
        return false;
    out->ttl = o.contains(QLatin1String("ttl")) ? ttl : -1;
    const QJsonValue nodes = o.value(QLatin1String("nodes"));
    if (nodes.isUndefined() || nodes.isNull())
        return true;
    if (!nodes.isArray()) {
        *error
            = EtcdV2Json::tr("\"nodes\" of %1 is not an array").arg(EtcdJson::displayKey(out->key));
        return false;
    }
    const QJsonArray children = nodes.toArray();
    out->nodes.reserve(children.size());
    for (const QJsonValue &child : children) {
        EtcdV2Node node;
        if (!readNodeObject(child, &node, error, depth + 1))
            return false;
        out->nodes.append(std::move(node));
    }
    return true;
}

bool parse(const QByteArray &body, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = EtcdV2Json::tr("not JSON: %1 at byte %2")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = EtcdV2Json::tr("not a JSON object");
        return false;
    }
    *out = doc.object();
    return true;
}

} // namespace

bool EtcdV2Json::readResponse(const QByteArray &body, EtcdV2Response *out, QString *error)
{
    QJsonObject o;
    if (!parse(body, &o, error))
        return false;
    const QJsonValue action = o.value(QLatin1String("action"));
    if (!action.isString()) {
        *error = tr("no \"action\"");
        return false;
    }
    out->action = action.toString();
    if (!o.contains(QLatin1String("node"))) {
        *error = tr("no \"node\"");
        return false;
    }
    if (!readNodeObject(o.value(QLatin1String("node")), &out->node, error, 0))
        return false;
    const QJsonValue prev = o.value(QLatin1String("prevNode"));
    out->hasPrevNode = prev.isObject();
    if (out->hasPrevNode && !readNodeObject(prev, &out->prevNode, error, 0))
        return false;
    return true;
}

bool EtcdV2Json::readNode(const QByteArray &body, EtcdV2Node *out, QString *error)
{
    QJsonObject o;
    if (!parse(body, &o, error))
        return false;
    return readNodeObject(o, out, error, 0);
}

bool EtcdV2Json::readError(const QByteArray &body, EtcdV2Error *out)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue code = o.value(QLatin1String("errorCode"));
    if (!code.isDouble())
        return false;
    out->code = code.toInt();
    out->message = o.value(QLatin1String("message")).toString();
    out->cause = o.value(QLatin1String("cause")).toString();
    QString ignored;
    if (!readIndex(o, "index", &out->index, &ignored))
        out->index = 0;
    return true;
}

void EtcdV2Json::flatten(const EtcdV2Node &node, EtcdKeyValues *out)
{
    if (!node.dir) {
        if (!node.key.isEmpty())
            out->append(toKeyValue(node));
        return;
    }
    for (const EtcdV2Node &child : node.nodes)
        flatten(child, out);
}

EtcdKeyValue EtcdV2Json::toKeyValue(const EtcdV2Node &node)
{
    EtcdKeyValue kv;
    kv.key = node.key;
    kv.value = node.value;
    kv.createRevision = node.createdIndex;
    kv.modRevision = node.modifiedIndex;
    kv.version = node.createdIndex == node.modifiedIndex ? 1 : 2;
    kv.leaseTtl = node.ttl;
    return kv;
}

bool EtcdV2Json::toEvent(const EtcdV2Response &response, EtcdEvent *out)
{
    if (response.node.dir)
        return false;
    const QString &a = response.action;
    const bool gone = a == QLatin1String("delete") || a == QLatin1String("expire")
        || a == QLatin1String("compareAndDelete");
    out->type = gone ? EtcdEvent::Type::Delete : EtcdEvent::Type::Put;
    if (gone) {
        out->kv = EtcdKeyValue {};
        out->kv.key = response.node.key;
        out->kv.modRevision = response.node.modifiedIndex;
    } else {
        out->kv = toKeyValue(response.node);
        // A "set" over an existing key makes a new node (createdIndex == modifiedIndex) but is
        // no create.
        if (response.hasPrevNode && response.action != QLatin1String("create"))
            out->kv.version = std::max<qint64>(out->kv.version, 2);
    }
    out->hasPrevKv = response.hasPrevNode && !response.prevNode.dir;
    out->prevKv = out->hasPrevKv ? toKeyValue(response.prevNode) : EtcdKeyValue {};
    return true;
}

QByteArray EtcdV2Json::keysPath(const QByteArray &key)
{
    QByteArray path = "/v2/keys";
    const QList<QByteArray> segments = key.split('/');
    for (const QByteArray &segment : segments) {
        if (segment.isEmpty())
            continue;
        path += '/';
        path += segment.toPercentEncoding();
    }
    if (key.endsWith('/') && path != "/v2/keys")
        path += '/';
    if (path == "/v2/keys")
        path += '/';
    return path;
}

QString EtcdV2Json::errorMessage(const QString &what, const QString &endpoint, int httpStatus,
                                 const QByteArray &body, const QString &transportError,
                                 const QString &user)
{
    if (httpStatus == 0)
        return transportError;
    EtcdV2Error e;
    if (!readError(body, &e)) {
        if (httpStatus == 404)
            return tr("%1 at %2 failed: HTTP 404, the server has no etcd v2 keys API. etcd 3.4 "
                      "serves it only with --enable-v2; connect with the v3 API instead.")
                .arg(what, endpoint);
        return tr("%1 at %2 failed with HTTP %3: %4")
            .arg(what, endpoint)
            .arg(httpStatus)
            .arg(QString::fromUtf8(body.left(200)).simplified());
    }
    const QString detail = e.cause.isEmpty()
        ? e.message
        : e.message + QLatin1String(" (") + e.cause + QLatin1Char(')');
    switch (e.code) {
    case 102:
        return tr("%1 at %2 was refused: the key is a directory (%3).").arg(what, endpoint, detail);
    case 104:
        return tr("%1 at %2 was refused: a part of the key's path is a key, not a directory "
                  "(%3).")
            .arg(what, endpoint, detail);
    case 107:
        return tr("%1 at %2 was refused: the root is read only.").arg(what, endpoint);
    case 108:
        return tr("%1 at %2 was refused: the directory is not empty.").arg(what, endpoint);
    case 110:
        return user.isEmpty()
            ? tr("%1 at %2 was refused: the v2 API requires a user name and password. Set them "
                 "in the connection (or ETCDCTL_USER).")
                  .arg(what, endpoint)
            : tr("%1 at %2 was refused: etcd user %3 is not allowed to do this, or the password "
                 "is wrong.")
                  .arg(what, endpoint, user);
    case 300:
    case 301:
        return tr("%1 at %2 failed: the cluster is unavailable (%3). Try again when it has a "
                  "leader.")
            .arg(what, endpoint, detail);
    default:
        break;
    }
    return tr("%1 at %2 failed: %3 (etcd v2 error %4)").arg(what, endpoint, detail).arg(e.code);
}

} // namespace ws
