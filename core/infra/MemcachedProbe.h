#pragma once

#include "MemcachedReply.h"
#include "TcpProbe.h"

#include <optional>

namespace ws {

// Probes memcached over its text protocol: `version`, then `stats` (PROTOCOLS.md 7.6). Up when
// both answer; the version and the essential counters (pid, uptime, connections, items, bytes,
// limit_maxbytes, hits, misses, evictions) become the result's version and facts. Down, with
// the reason, on a refused connection, an error reply, bytes that are not memcached's protocol,
// a close before the answer, or silence past the deadline.
class MemcachedProbe : public TcpProbe
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 11211;

    explicit MemcachedProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~MemcachedProbe() override;

protected:
    void run() override;
    void connected() override;
    void received() override;
    void socketFailed(QAbstractSocket::SocketError error) override;

private:
    void sendCommand(MemcachedReply::Command command);
    void finishUp(const MemcachedReply &stats);
    void failWith(const QString &reason);

    std::optional<MemcachedReply> m_reply;
    QString m_version;
};

} // namespace ws
