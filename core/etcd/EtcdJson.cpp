#include "EtcdJson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QVersionNumber>

#include <cmath>

namespace ws {

namespace {

QString describe(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble());
    case QJsonValue::String: {
        QString s = v.toString();
        if (s.size() > 40)
            s = s.left(40) + QStringLiteral("…");
        return QLatin1Char('"') + s + QLatin1Char('"');
    }
    case QJsonValue::Array:
        return EtcdJson::tr("an array");
    case QJsonValue::Object:
        return EtcdJson::tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return EtcdJson::tr("null");
}

// 2^53: beyond it a JSON number (a double) no longer holds every integer exactly.
constexpr double kMaxExactDouble = 9007199254740992.0;

} // namespace

QString EtcdJson::bytes(const QByteArray &raw)
{
    return QString::fromLatin1(raw.toBase64());
}

QByteArray EtcdJson::prefixEnd(const QByteArray &prefix)
{
    QByteArray end = prefix;
    while (!end.isEmpty()) {
        const auto last = static_cast<unsigned char>(end.back());
        if (last < 0xff) {
            end.back() = static_cast<char>(last + 1);
            return end;
        }
        end.chop(1);
    }
    return QByteArray(1, '\0');
}

QByteArray EtcdJson::apiPrefixFor(const QString &serverVersion)
{
    const QVersionNumber v = QVersionNumber::fromString(serverVersion);
    if (v.isNull() || v >= QVersionNumber(3, 4))
        return "/v3/";
    if (v >= QVersionNumber(3, 3))
        return "/v3beta/";
    return "/v3alpha/";
}

bool EtcdJson::parseObject(const QByteArray &body, QJsonObject *out, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("the answer is not JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset);
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("the answer is JSON but not an object");
        return false;
    }
    *out = doc.object();
    return true;
}

bool EtcdJson::readBytes(const QJsonObject &o, QLatin1String field, QByteArray *out, QString *error)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (v.isString()) {
        auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
        if (decoded) {
            *out = std::move(decoded.decoded);
            return true;
        }
    }
    *error = tr("\"%1\" is %2, not base64").arg(field, describe(v));
    return false;
}

bool EtcdJson::readInt64(const QJsonObject &o, QLatin1String field, qint64 *out, QString *error)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull()) {
        *out = 0;
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const qint64 n = v.toString().toLongLong(&ok);
        if (ok) {
            *out = n;
            return true;
        }
    } else if (v.isDouble()) {
        // jsonpb sends strings, but a number is the same value; accept it while it is exact.
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) <= kMaxExactDouble) {
            *out = static_cast<qint64>(d);
            return true;
        }
    }
    *error = tr("\"%1\" is %2, not a 64-bit integer").arg(field, describe(v));
    return false;
}

bool EtcdJson::readUInt64(const QJsonObject &o, QLatin1String field, quint64 *out, QString *error)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull()) {
        *out = 0;
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        const quint64 n = v.toString().toULongLong(&ok);
        if (ok) {
            *out = n;
            return true;
        }
    } else if (v.isDouble()) {
        const double d = v.toDouble();
        if (std::isfinite(d) && d >= 0 && d == std::floor(d) && d <= kMaxExactDouble) {
            *out = static_cast<quint64>(d);
            return true;
        }
    }
    *error = tr("\"%1\" is %2, not an unsigned 64-bit integer").arg(field, describe(v));
    return false;
}

bool EtcdJson::readBool(const QJsonObject &o, QLatin1String field, bool *out, QString *error)
{
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull()) {
        *out = false;
        return true;
    }
    if (v.isBool()) {
        *out = v.toBool();
        return true;
    }
    *error = tr("\"%1\" is %2, not true or false").arg(field, describe(v));
    return false;
}

bool EtcdJson::readKeyValue(const QJsonValue &v, EtcdKeyValue *out, QString *error)
{
    if (!v.isObject()) {
        *error = tr("a key-value is %1, not an object").arg(describe(v));
        return false;
    }
    const QJsonObject o = v.toObject();
    EtcdKeyValue kv;
    if (!readBytes(o, QLatin1String("key"), &kv.key, error)
        || !readBytes(o, QLatin1String("value"), &kv.value, error)
        || !readInt64(o, QLatin1String("create_revision"), &kv.createRevision, error)
        || !readInt64(o, QLatin1String("mod_revision"), &kv.modRevision, error)
        || !readInt64(o, QLatin1String("version"), &kv.version, error)
        || !readInt64(o, QLatin1String("lease"), &kv.lease, error))
        return false;
    *out = std::move(kv);
    return true;
}

bool EtcdJson::readKeyValues(const QJsonObject &o, QLatin1String field, EtcdKeyValues *out,
                             QString *error)
{
    out->clear();
    const QJsonValue v = o.value(field);
    if (v.isUndefined() || v.isNull())
        return true;
    if (!v.isArray()) {
        *error = tr("\"%1\" is %2, not an array").arg(field, describe(v));
        return false;
    }
    const QJsonArray array = v.toArray();
    out->reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        EtcdKeyValue kv;
        QString inner;
        if (!readKeyValue(array.at(i), &kv, &inner)) {
            *error = tr("%1[%2]: %3").arg(field).arg(i).arg(inner);
            return false;
        }
        out->append(std::move(kv));
    }
    return true;
}

bool EtcdJson::readHeader(const QJsonObject &response, EtcdResponseHeader *out, QString *error)
{
    const QJsonValue v = response.value(QLatin1String("header"));
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isObject()) {
        *error = tr("\"header\" is %1, not an object").arg(describe(v));
        return false;
    }
    const QJsonObject o = v.toObject();
    EtcdResponseHeader h;
    QString inner;
    if (!readUInt64(o, QLatin1String("cluster_id"), &h.clusterId, &inner)
        || !readUInt64(o, QLatin1String("member_id"), &h.memberId, &inner)
        || !readInt64(o, QLatin1String("revision"), &h.revision, &inner)
        || !readInt64(o, QLatin1String("raft_term"), &h.raftTerm, &inner)) {
        *error = tr("header: %1").arg(inner);
        return false;
    }
    *out = h;
    return true;
}

bool EtcdJson::readRange(const QJsonObject &response, EtcdRange *out, QString *error)
{
    EtcdResponseHeader header;
    EtcdRange range;
    if (!readHeader(response, &header, error)
        || !readKeyValues(response, QLatin1String("kvs"), &range.kvs, error)
        || !readBool(response, QLatin1String("more"), &range.more, error)
        || !readInt64(response, QLatin1String("count"), &range.count, error))
        return false;
    range.revision = header.revision;
    *out = std::move(range);
    return true;
}

EtcdJson::GatewayError EtcdJson::readError(const QByteArray &body)
{
    GatewayError e;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    const QJsonValue error = o.value(QLatin1String("error"));
    if (error.isObject()) { // a stream's terminal error
        const QJsonObject inner = error.toObject();
        e.code = inner.value(QLatin1String("grpc_code")).toInt();
        e.message = inner.value(QLatin1String("message")).toString();
        return e;
    }
    e.code = o.value(QLatin1String("code")).toInt();
    e.message = o.value(QLatin1String("message")).toString();
    if (e.message.isEmpty())
        e.message = error.toString();
    return e;
}

QString EtcdJson::displayKey(const QByteArray &key)
{
    constexpr qsizetype kShown = 120;
    QString out = QStringLiteral("\"");
    const QByteArray shown = key.left(kShown);
    const QString text = QString::fromUtf8(shown);
    // Valid UTF-8 round-trips; anything else is shown byte by byte.
    const bool utf8 = text.toUtf8() == shown;
    if (utf8) {
        for (const QChar c : text) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                out += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
            else
                out += c;
        }
    } else {
        for (const char b : shown) {
            const auto u = static_cast<unsigned char>(b);
            if (u < 0x20 || u >= 0x7f)
                out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
            else
                out += QLatin1Char(b);
        }
    }
    if (key.size() > kShown)
        out += QStringLiteral("…");
    return out + QLatin1Char('"');
}

QString EtcdJson::formatBytes(qint64 bytes)
{
    // One decimal at most, and none when it is 0: "1.5 MiB", "64 KiB", "2 MiB".
    const auto scaled = [](qint64 n, double unit) {
        QString s = QString::number(double(n) / unit, 'f', 1);
        if (s.endsWith(QLatin1String(".0")))
            s.chop(2);
        return s;
    };
    if (bytes >= 1024 * 1024)
        return tr("%1 MiB").arg(scaled(bytes, 1024.0 * 1024.0));
    if (bytes >= 1024)
        return tr("%1 KiB").arg(scaled(bytes, 1024.0));
    return tr("%n byte(s)", nullptr, int(bytes));
}

QString EtcdJson::errorMessage(const QString &what, const QString &endpoint, int httpStatus,
                               const QByteArray &body, const QString &transportError,
                               const QString &user)
{
    if (httpStatus == 0)
        return transportError;
    const GatewayError e = readError(body);
    QString detail = e.message;
    if (detail.isEmpty())
        detail = QString::fromUtf8(body.left(200)).trimmed();
    const auto has = [&](const char *needle) {
        return detail.contains(QLatin1String(needle), Qt::CaseInsensitive);
    };

    if (has("request is too large"))
        return tr("%1 at %2 was refused: the request is larger than the server accepts "
                  "(--max-request-bytes, %3 by default). Store a smaller value or fewer keys at "
                  "once, or raise --max-request-bytes on every member.")
            .arg(what, endpoint, formatBytes(3 * 512 * 1024));
    if (has("larger than max")) {
        // gRPC says "received message larger than max (SIZE vs. MAX)"; MAX is etcd's
        // --max-request-bytes plus 512 KiB of overhead, so the flag's value can be named.
        static const QRegularExpression sizes(QStringLiteral("\\((\\d+) vs\\. (\\d+)\\)"));
        const QRegularExpressionMatch m = sizes.match(detail);
        const qint64 overhead = 512 * 1024;
        if (m.hasMatch() && m.captured(2).toLongLong() > overhead)
            return tr("%1 at %2 was refused: the request is %3, and this server accepts %4 "
                      "(--max-request-bytes). Store a smaller value or fewer keys at once, or "
                      "raise --max-request-bytes on every member.")
                .arg(what, endpoint, formatBytes(m.captured(1).toLongLong()),
                     formatBytes(m.captured(2).toLongLong() - overhead));
        return tr("%1 at %2 was refused: the message is larger than the server's gRPC limit "
                  "(--max-request-bytes plus 512 KiB; %3). Store a smaller value or raise "
                  "--max-request-bytes on every member.")
            .arg(what, endpoint, detail);
    }
    if (has("too many operations in txn"))
        return tr("%1 at %2 was refused: the transaction has more operations than the server "
                  "accepts (--max-txn-ops, 128 by default). Split it into smaller transactions "
                  "or raise --max-txn-ops on every member.")
            .arg(what, endpoint);
    if (has("duplicate key given in txn"))
        return tr("%1 at %2 was refused: the same key is written twice in one transaction. "
                  "Write each key once.")
            .arg(what, endpoint);
    if (has("required revision has been compacted"))
        return tr("%1 at %2 failed: the revision it reads at has been compacted away. Reload "
                  "to read the current revision.")
            .arg(what, endpoint);
    if (has("future revision"))
        return tr("%1 at %2 failed: the revision it reads at is newer than the store's. Reload "
                  "to read the current revision.")
            .arg(what, endpoint);
    if ((has("permission denied") || httpStatus == 403) && !user.isEmpty())
        return tr("%1 at %2 was refused: permission denied for etcd user %3. Ask an "
                  "administrator to grant %3 a role that allows this on the key, or connect as "
                  "another user.")
            .arg(what, endpoint, user);
    if (has("authentication failed") || has("invalid user ID or password"))
        return tr("%1 at %2 was refused: wrong user name or password. Check the user and "
                  "password of the connection (ETCDCTL_USER).")
            .arg(what, endpoint);
    if (has("user name is empty") && user.isEmpty())
        return tr("%1 at %2 was refused: this cluster requires a user name and password. Set "
                  "them in the connection (or ETCDCTL_USER).")
            .arg(what, endpoint);
    if (has("permission denied") || httpStatus == 403)
        return tr("%1 at %2 was refused: permission denied. The etcd user has no role that "
                  "allows this on the key; ask an administrator to grant it.")
            .arg(what, endpoint);
    if (has("invalid auth token") || has("user name is empty") || httpStatus == 401)
        return tr("%1 at %2 was refused: the auth token is missing, invalid or expired (%3). "
                  "Sign in again.")
            .arg(what, endpoint, detail);
    if (has("database space exceeded"))
        return tr("%1 at %2 was refused: the database is full (--quota-backend-bytes) and etcd "
                  "raised a NOSPACE alarm. Compact and defragment, then disarm the alarm.")
            .arg(what, endpoint);
    if (httpStatus == 503 || has("no leader") || has("timed out"))
        return tr("%1 at %2 failed: the cluster is unavailable (%3). Try again when it has a "
                  "leader.")
            .arg(what, endpoint, detail);
    if (httpStatus == 404)
        return tr("%1 at %2 failed: HTTP 404, the server has no etcd v3 gateway there. Is this "
                  "an etcd 3.x client URL?")
            .arg(what, endpoint);
    return tr("%1 at %2 failed with HTTP %3: %4")
        .arg(what, endpoint)
        .arg(httpStatus)
        .arg(detail.isEmpty() ? transportError : detail);
}

} // namespace ws
