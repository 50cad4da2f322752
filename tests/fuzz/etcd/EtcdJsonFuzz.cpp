// Fuzz target for EtcdJson, the decoder of the v3 gateway's answers. The input is a response
// body. Oracles: nothing crashes; a range that decodes has exactly as many keys as its "kvs"
// array; a decoding failure says why; bytes survive an encode/decode round trip; prefixEnd()
// of the input bounds exactly the keys that start with it; every error body gives a message.
#include "etcd/EtcdJson.h"

#include <QJsonArray>

#include <cstdint>
#include <cstdlib>

using ws::EtcdJson;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

void checkPrefixEnd(const QByteArray &prefix)
{
    const QByteArray end = EtcdJson::prefixEnd(prefix);
    if (end == QByteArray(1, '\0'))
        return; // every key from prefix on: empty or all-0xFF prefixes
    check(!end.isEmpty() && end.size() <= prefix.size());
    check(prefix < end); // byte-wise, as etcd compares keys
    check(!end.startsWith(prefix));
    // The largest key with the prefix stays below end.
    check(prefix + QByteArray(4, '\xff') < end);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    QJsonObject o;
    QString error;
    if (!EtcdJson::parseObject(body, &o, &error)) {
        check(!error.isEmpty());
    } else {
        ws::EtcdRange range;
        QString rangeError;
        if (EtcdJson::readRange(o, &range, &rangeError)) {
            const QJsonValue kvs = o.value(QLatin1String("kvs"));
            check(range.kvs.size() == (kvs.isArray() ? kvs.toArray().size() : 0));
            for (const ws::EtcdKeyValue &kv : std::as_const(range.kvs)) {
                const auto back = QByteArray::fromBase64(EtcdJson::bytes(kv.key).toLatin1());
                check(back == kv.key);
                check(!EtcdJson::displayKey(kv.key).isEmpty());
            }
        } else {
            check(!rangeError.isEmpty());
        }
        // Every member as a key-value, a header and a txn-like object: none may crash.
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            ws::EtcdKeyValue kv;
            QString kvError;
            if (!EtcdJson::readKeyValue(it.value(), &kv, &kvError))
                check(!kvError.isEmpty());
            ws::EtcdRange inner;
            QString innerError;
            if (it.value().isObject()
                && !EtcdJson::readRange(it.value().toObject(), &inner, &innerError))
                check(!innerError.isEmpty());
        }
    }

    const EtcdJson::GatewayError gatewayError = EtcdJson::readError(body);
    (void)gatewayError;
    for (int status : {400, 401, 403, 404, 429, 500, 503})
        check(!EtcdJson::errorMessage(QStringLiteral("Reading key \"k\""),
                                      QStringLiteral("http://127.0.0.1:2379"), status, body,
                                      QStringLiteral("HTTP error"))
                   .isEmpty());
    checkPrefixEnd(body.left(64));
    return 0;
}
