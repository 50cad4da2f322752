// Fuzz target for what discovery reads from servers by itself: Docker's container list
// (DockerContainerList::parse) and registrator's keys (RegistratorKeys, each input line
// "key=value" as etcd would hold it). Oracles: nothing crashes; a failed parse has a message
// naming the endpoint and leaves the output alone; every container read has an id; every key
// taken lies under the prefix, has a service and an id, and an address that reads again.
#include "docker/DockerContainerList.h"
#include "infra/RegistratorKeys.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

const QString kEndpoint = QStringLiteral("unix:///run/docker.sock");

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char *>(data), qsizetype(size));

    QList<ws::DockerContainerSummary> containers;
    QString error;
    if (ws::DockerContainerList::parse(body, kEndpoint, &containers, &error)) {
        for (const ws::DockerContainerSummary &c : containers)
            check(!c.id.isEmpty());
    } else {
        check(error.contains(kEndpoint));
        check(containers.isEmpty());
    }

    ws::EtcdKeyValues kvs;
    for (const QByteArray &line : body.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        ws::EtcdKeyValue kv;
        kv.key = eq < 0 ? line : line.left(eq);
        kv.value = eq < 0 ? QByteArray() : line.mid(eq + 1);
        kvs << kv;
    }
    int skipped = 0;
    const QList<ws::RegistratorKey> keys
        = ws::RegistratorKeys::fromKeyValues(kvs, ws::RegistratorKeys::kPrefix, &skipped);
    check(keys.size() + skipped == kvs.size());
    for (const ws::RegistratorKey &k : keys) {
        check(k.key.startsWith(QLatin1String("/services/")));
        check(!k.service.isEmpty() && !k.serviceId.isEmpty());
        QString again;
        check(ws::RegistratorKeys::readAddress(k.address.toUtf8(), &again) && again == k.address);
    }
    return 0;
}
