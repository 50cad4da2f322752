#pragma once

#include "EtcdKvResults.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>

namespace ws {

// The etcd v3 JSON gateway's encoding (protobuf-JSON): bytes as standard base64, 64-bit
// integers as strings, enums as names, zero values left out. The readers take any JSON and
// never throw: on a malformed field they return false and say which field and why.
class EtcdJson
{
    Q_DECLARE_TR_FUNCTIONS(EtcdJson)

public:
    // A bytes field of a request.
    static QString bytes(const QByteArray &raw);
    // The range_end that makes [prefix, end) cover every key starting with `prefix`; "\0" (all
    // keys from prefix on) when the prefix is empty or all 0xFF.
    static QByteArray prefixEnd(const QByteArray &prefix);
    // "/v3/" for etcd 3.4 and later, "/v3beta/" for 3.3, "/v3alpha/" before.
    static QByteArray apiPrefixFor(const QString &serverVersion);

    static bool parseObject(const QByteArray &body, QJsonObject *out, QString *error);
    // Absent fields read as their zero value.
    static bool readBytes(const QJsonObject &o, QLatin1String field, QByteArray *out,
                          QString *error);
    static bool readInt64(const QJsonObject &o, QLatin1String field, qint64 *out, QString *error);
    static bool readUInt64(const QJsonObject &o, QLatin1String field, quint64 *out, QString *error);
    static bool readBool(const QJsonObject &o, QLatin1String field, bool *out, QString *error);
    static bool readKeyValue(const QJsonValue &v, EtcdKeyValue *out, QString *error);
    static bool readKeyValues(const QJsonObject &o, QLatin1String field, EtcdKeyValues *out,
                              QString *error);
    static bool readHeader(const QJsonObject &response, EtcdResponseHeader *out, QString *error);
    // A RangeResponse (also the inside of a txn's response_range).
    static bool readRange(const QJsonObject &response, EtcdRange *out, QString *error);

    // The gateway's error body: {"error":…,"message":…,"code":N} (unary) or
    // {"error":{"grpc_code":N,"message":…}} (stream). Empty message when the body is neither.
    struct GatewayError
    {
        int code = 0;
        QString message;
    };
    static GatewayError readError(const QByteArray &body);

    // A message a person can act on for a failed request: `what` failed at `endpoint`, why, and
    // what to do. `httpStatus` 0 means no answer came; `transportError` then says why. `user`:
    // the etcd user the request was sent as, named in permission errors.
    static QString errorMessage(const QString &what, const QString &endpoint, int httpStatus,
                                const QByteArray &body, const QString &transportError,
                                const QString &user = {});
    // A key as a person can read it in a message: quoted, control and non-UTF-8 bytes escaped
    // (\x00), long keys shortened.
    static QString displayKey(const QByteArray &key);
    // Human-readable byte counts for limits: "1.5 MiB", "64 KiB", "700 bytes".
    static QString formatBytes(qint64 bytes);
};

} // namespace ws
