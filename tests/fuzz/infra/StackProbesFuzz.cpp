// Fuzz target for what the etcd, Docker and registry probes and the probe credentials read
// from outside: the input is used as every answer body of etcd (/health, /version, member
// list, maintenance status, alarms), of Docker (/_ping, /version, /info, /containers/json) and
// of the registry, and as a keychain entry. Oracles: nothing crashes; a result always has a
// detail; a Down result has no latency; a credentials parse failure says why and leaves no
// credentials behind.
#include "infra/DockerProbe.h"
#include "infra/EtcdProbe.h"
#include "infra/ProbeCredentialSource.h"
#include "infra/RegistryProbe.h"

#include <cstddef>
#include <cstdint>

namespace {

ws::HttpAnswer answer(int status, const QByteArray &body)
{
    ws::HttpAnswer a;
    a.done = true;
    a.status = status;
    a.body = body;
    a.atMs = 1;
    // The body's first line also serves as a header value.
    a.headers = {{"Api-Version", body.left(body.indexOf('\n'))},
                 {"Docker-Distribution-Api-Version", body.left(16)},
                 {"WWW-Authenticate", body.left(8)}};
    return a;
}

void check(const ws::ProbeResult &r)
{
    if (r.detail.isEmpty())
        __builtin_trap();
    if (r.status == ws::ProbeStatus::Down && r.latencyMs >= 0)
        __builtin_trap();
    for (const ws::ProbeElement &e : r.elements)
        if (e.role.isEmpty())
            __builtin_trap();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const int status = size > 0 ? (data[0] % 2 ? 200 : 503) : 200;
    ws::EtcdProbe::Answers etcd;
    etcd.health = answer(status, input);
    etcd.version = answer(200, input);
    etcd.members = answer(200, input);
    etcd.status = answer(200, input);
    etcd.alarms = answer(200, input);
    check(ws::EtcdProbe::evaluate(QStringLiteral("http://e:2379"), etcd));

    ws::DockerProbe::Answers docker;
    docker.ping = answer(status == 503 ? 500 : 200, input);
    docker.version = answer(200, input);
    docker.info = answer(200, input);
    docker.containers = answer(200, input);
    check(ws::DockerProbe::evaluate(QStringLiteral("unix:///d.sock"), docker));

    for (int code : {200, 401, 404})
        check(ws::RegistryProbe::evaluate(QStringLiteral("r:5000"), answer(code, input),
                                          code == 401));

    ws::ProbeCredentials credentials;
    QString error;
    if (!ws::ProbeCredentialSource::parse(input, QStringLiteral("entry"), &credentials, &error)) {
        if (error.isEmpty() || !credentials.isEmpty())
            __builtin_trap();
    }
    return 0;
}
