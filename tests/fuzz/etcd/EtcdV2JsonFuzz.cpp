// Fuzz target for EtcdV2Json, the decoder of etcd's v2 keys API answers. The input is a response
// body. Oracles: nothing crashes; a decoding failure says why; a decoded answer flattens to no
// more keys than it has nodes, none of them a directory; every event is a put or a delete of a
// non-directory; every error answer gives a message; keysPath() of any key stays under
// /v2/keys/ with no raw '?', '#' or '%' from the key.
#include "etcd/EtcdV2Json.h"

#include <cstdint>
#include <cstdlib>

using ws::EtcdV2Json;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

qsizetype countNodes(const ws::EtcdV2Node &node)
{
    qsizetype n = 1;
    for (const ws::EtcdV2Node &child : node.nodes)
        n += countNodes(child);
    return n;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    ws::EtcdV2Response response;
    QString error;
    if (EtcdV2Json::readResponse(body, &response, &error)) {
        ws::EtcdKeyValues kvs;
        EtcdV2Json::flatten(response.node, &kvs);
        check(kvs.size() <= countNodes(response.node));
        for (const ws::EtcdKeyValue &kv : std::as_const(kvs)) {
            check(!kv.key.isEmpty());
            check(kv.version == 1 || kv.version == 2);
        }
        ws::EtcdEvent event;
        if (EtcdV2Json::toEvent(response, &event))
            check(!response.node.dir);
        else
            check(response.node.dir);
    } else {
        check(!error.isEmpty());
    }

    ws::EtcdV2Error v2Error;
    if (EtcdV2Json::readError(body, &v2Error))
        (void)v2Error.code;
    for (int status : {400, 401, 403, 404, 412, 500})
        check(!EtcdV2Json::errorMessage(QStringLiteral("Reading key \"k\""),
                                        QStringLiteral("http://127.0.0.1:2379"), status, body,
                                        QStringLiteral("HTTP error"))
                   .isEmpty());

    const QByteArray path = EtcdV2Json::keysPath(body.left(256));
    check(path.startsWith("/v2/keys/"));
    const QByteArray rest = path.mid(9);
    check(!rest.contains('?') && !rest.contains('#') && !rest.contains(' '));
    return 0;
}
