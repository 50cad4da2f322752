#include "EtcdWatchStreamParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

// Framing. The gateway (grpc-gateway's ForwardResponseStream) writes each message as one
// compact JSON object followed by "\n" inside a chunked body, and the HTTP chunks bear no
// relation to the messages: one chunk may hold half a message or several. JSON strings cannot
// hold a raw newline, so a newline always ends a message; we split on it by hand and give each
// complete line to QJsonDocument, which wants a whole document and cannot resume. Blank lines
// and a "\r" before the newline are tolerated.

namespace ws {

namespace {

// The gateway sends int64 as strings ("revision":"12"); accept a JSON number too.
bool readInt64(const QJsonObject &o, QLatin1String name, qint64 *out, QString *error)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        *out = 0; // omitted zero value
        return true;
    }
    bool ok = false;
    if (v.isString())
        *out = v.toString().toLongLong(&ok);
    else if (v.isDouble()) {
        const double d = v.toDouble();
        ok = d == double(qint64(d));
        *out = qint64(d);
    }
    if (!ok)
        *error = EtcdWatchStreamParser::tr("\"%1\" is not an integer").arg(name);
    return ok;
}

bool readBool(const QJsonObject &o, QLatin1String name, bool *out, QString *error)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        *out = false;
        return true;
    }
    if (!v.isBool()) {
        *error = EtcdWatchStreamParser::tr("\"%1\" is not true or false").arg(name);
        return false;
    }
    *out = v.toBool();
    return true;
}

bool readBytes(const QJsonObject &o, QLatin1String name, QByteArray *out, QString *error)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        out->clear();
        return true;
    }
    if (!v.isString()) {
        *error = EtcdWatchStreamParser::tr("\"%1\" is not a base64 string").arg(name);
        return false;
    }
    auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded) {
        *error = EtcdWatchStreamParser::tr("\"%1\" is not valid base64").arg(name);
        return false;
    }
    *out = std::move(decoded.decoded);
    return true;
}

bool readObject(const QJsonObject &o, QLatin1String name, QJsonObject *out, QString *error)
{
    const QJsonValue v = o.value(name);
    if (v.isUndefined() || v.isNull()) {
        *out = {};
        return true;
    }
    if (!v.isObject()) {
        *error = EtcdWatchStreamParser::tr("\"%1\" is not an object").arg(name);
        return false;
    }
    *out = v.toObject();
    return true;
}

bool readKeyValue(const QJsonObject &o, EtcdKeyValue *kv, QString *error)
{
    return readBytes(o, QLatin1String("key"), &kv->key, error)
        && readBytes(o, QLatin1String("value"), &kv->value, error)
        && readInt64(o, QLatin1String("create_revision"), &kv->createRevision, error)
        && readInt64(o, QLatin1String("mod_revision"), &kv->modRevision, error)
        && readInt64(o, QLatin1String("version"), &kv->version, error)
        && readInt64(o, QLatin1String("lease"), &kv->lease, error);
}

bool readEvent(const QJsonValue &value, EtcdEvent *event, QString *error)
{
    if (!value.isObject()) {
        *error = EtcdWatchStreamParser::tr("an event is not an object");
        return false;
    }
    const QJsonObject o = value.toObject();
    // An omitted type is the enum's zero value, PUT.
    const QJsonValue type = o.value(QLatin1String("type"));
    if (type.isUndefined() || type.isNull() || type == QLatin1String("PUT") || type == 0)
        event->type = EtcdEvent::Type::Put;
    else if (type == QLatin1String("DELETE") || type == 1)
        event->type = EtcdEvent::Type::Delete;
    else {
        *error = EtcdWatchStreamParser::tr("an event has the unknown type %1")
                     .arg(QString::fromUtf8(
                              QJsonDocument(QJsonArray {type}).toJson(QJsonDocument::Compact))
                              .mid(1)
                              .chopped(1));
        return false;
    }
    QJsonObject kv;
    if (!readObject(o, QLatin1String("kv"), &kv, error) || !readKeyValue(kv, &event->kv, error))
        return false;
    event->hasPrevKv = o.contains(QLatin1String("prev_kv"));
    if (event->hasPrevKv) {
        QJsonObject prev;
        if (!readObject(o, QLatin1String("prev_kv"), &prev, error)
            || !readKeyValue(prev, &event->prevKv, error))
            return false;
    }
    return true;
}

bool readResponse(const QJsonObject &o, EtcdWatchMessage *m, QString *error)
{
    m->kind = EtcdWatchMessage::Kind::Response;
    QJsonObject header;
    if (!readObject(o, QLatin1String("header"), &header, error)
        || !readInt64(header, QLatin1String("revision"), &m->revision, error)
        || !readInt64(o, QLatin1String("watch_id"), &m->watchId, error)
        || !readBool(o, QLatin1String("created"), &m->created, error)
        || !readBool(o, QLatin1String("canceled"), &m->canceled, error)
        || !readInt64(o, QLatin1String("compact_revision"), &m->compactRevision, error)
        || !readBool(o, QLatin1String("fragment"), &m->fragment, error))
        return false;
    const QJsonValue reason = o.value(QLatin1String("cancel_reason"));
    if (!reason.isUndefined() && !reason.isNull() && !reason.isString()) {
        *error = EtcdWatchStreamParser::tr("\"cancel_reason\" is not a string");
        return false;
    }
    m->cancelReason = reason.toString();
    const QJsonValue events = o.value(QLatin1String("events"));
    if (events.isUndefined() || events.isNull())
        return true;
    if (!events.isArray()) {
        *error = EtcdWatchStreamParser::tr("\"events\" is not a list");
        return false;
    }
    const QJsonArray list = events.toArray();
    m->events.reserve(list.size());
    for (const QJsonValue &v : list) {
        EtcdEvent event;
        if (!readEvent(v, &event, error))
            return false;
        m->events.append(std::move(event));
    }
    return true;
}

bool readError(const QJsonValue &value, const QJsonObject &whole, EtcdWatchMessage *m,
               QString *error)
{
    m->kind = EtcdWatchMessage::Kind::Error;
    // The stream's error is an object; a request refused before streaming has the unary shape
    // {"error":"…","message":"…","code":N}.
    if (value.isString()) {
        m->errorMessage = whole.value(QLatin1String("message")).toString(value.toString());
        m->grpcCode = whole.value(QLatin1String("code")).toInt();
        return true;
    }
    if (!value.isObject()) {
        *error = EtcdWatchStreamParser::tr("\"error\" is neither an object nor a string");
        return false;
    }
    const QJsonObject o = value.toObject();
    m->grpcCode = o.value(QLatin1String("grpc_code")).toInt();
    m->httpCode = o.value(QLatin1String("http_code")).toInt();
    m->errorMessage = o.value(QLatin1String("message")).toString();
    if (m->errorMessage.isEmpty())
        m->errorMessage = o.value(QLatin1String("http_status")).toString();
    if (m->errorMessage.isEmpty())
        m->errorMessage
            = EtcdWatchStreamParser::tr("etcd ended the watch with gRPC code %1").arg(m->grpcCode);
    return true;
}

} // namespace

bool EtcdWatchStreamParser::parseMessage(const QByteArray &json, EtcdWatchMessage *message,
                                         QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not JSON (%1 at byte %2)")
                     .arg(parseError.errorString())
                     .arg(parseError.offset + 1);
        return false;
    }
    if (!doc.isObject()) {
        *error = tr("not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    *message = EtcdWatchMessage();
    const QJsonValue result = o.value(QLatin1String("result"));
    if (result.isObject())
        return readResponse(result.toObject(), message, error);
    const QJsonValue err = o.value(QLatin1String("error"));
    if (!err.isUndefined())
        return readError(err, o, message, error);
    *error = result.isUndefined() ? tr("neither \"result\" nor \"error\"")
                                  : tr("\"result\" is not an object");
    return false;
}

bool EtcdWatchStreamParser::takeLine(const QByteArray &line, QList<EtcdWatchMessage> *out)
{
    if (line.trimmed().isEmpty())
        return true;
    EtcdWatchMessage message;
    QString why;
    if (!parseMessage(line, &message, &why)) {
        m_error = tr("etcd's watch stream has a broken message at byte %1: %2. Is the endpoint "
                     "an etcd 3.4 or later client URL?")
                      .arg(m_offset + 1)
                      .arg(why);
        return false;
    }
    out->append(std::move(message));
    return true;
}

bool EtcdWatchStreamParser::feed(QByteArrayView bytes, QList<EtcdWatchMessage> *out)
{
    if (hasError())
        return false;
    qsizetype start = 0;
    while (start < bytes.size()) {
        const qsizetype newline = bytes.indexOf('\n', start);
        const qsizetype end = newline < 0 ? bytes.size() : newline;
        if (m_pending.size() + (end - start) > kMaxMessageBytes) {
            m_error = tr("etcd's watch stream has a message over %1 MiB at byte %2; that is "
                         "not a watch response")
                          .arg(kMaxMessageBytes / (1024 * 1024))
                          .arg(m_offset + 1);
            return false;
        }
        m_pending.append(bytes.sliced(start, end - start));
        if (newline < 0)
            break;
        const QByteArray line = std::exchange(m_pending, {});
        if (!takeLine(line, out))
            return false;
        m_offset += line.size() + 1;
        start = newline + 1;
    }
    return true;
}

bool EtcdWatchStreamParser::finish(QList<EtcdWatchMessage> *out)
{
    if (hasError())
        return false;
    if (m_pending.trimmed().isEmpty())
        return true;
    // The gateway ends every message with a newline; a last one without it is still taken
    // when it is whole.
    const QByteArray line = std::exchange(m_pending, {});
    if (QJsonDocument::fromJson(line).isObject())
        return takeLine(line, out);
    m_error = tr("etcd's watch stream ended inside a message at byte %1 (%n byte(s) of it "
                 "came)",
                 nullptr, int(line.size()))
                  .arg(m_offset + 1);
    return false;
}

} // namespace ws
