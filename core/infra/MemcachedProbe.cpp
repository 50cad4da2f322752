#include "MemcachedProbe.h"

#include <QTcpSocket>

namespace ws {

namespace {

// The counters worth keeping of memcached's ~80 stats.
const char *const kKeptStats[]
    = {"pid",      "uptime",     "curr_connections", "curr_items", "bytes", "limit_maxbytes",
       "get_hits", "get_misses", "evictions"};

QVariant numberOrText(const QString &value)
{
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    return ok ? QVariant(n) : QVariant(value);
}

} // namespace

MemcachedProbe::MemcachedProbe(const ProbeTarget &target, QObject *parent)
    : TcpProbe(target, parent)
{ }

MemcachedProbe::~MemcachedProbe() = default;

void MemcachedProbe::run()
{
    openSocket(kDefaultPort);
}

void MemcachedProbe::failWith(const QString &reason)
{
    dropSocket();
    ProbeResult partial;
    partial.version = m_version;
    fail(partial, reason);
}

void MemcachedProbe::connected()
{
    sendCommand(MemcachedReply::Command::Version);
}

void MemcachedProbe::sendCommand(MemcachedReply::Command command)
{
    m_reply.emplace(command);
    socket()->write(command == MemcachedReply::Command::Version ? QByteArrayLiteral("version\r\n")
                                                                : QByteArrayLiteral("stats\r\n"));
}

void MemcachedProbe::received()
{
    if (!m_reply) { // bytes before any command: memcached never speaks first
        m_reply.emplace(MemcachedReply::Command::Version);
    }
    const MemcachedReply::State state = m_reply->feed(socket()->readAll());
    if (state == MemcachedReply::State::Incomplete)
        return;
    if (state == MemcachedReply::State::Failed) {
        failWith(tr("%1 is not answering as memcached: %2. Check that the endpoint is "
                    "memcached's port.")
                     .arg(where(), m_reply->errorString()));
        return;
    }
    if (m_version.isEmpty() && !m_reply->version().isEmpty()) {
        m_version = m_reply->version();
        sendCommand(MemcachedReply::Command::Stats);
        return;
    }
    const MemcachedReply stats = *m_reply;
    // memcached closes on `quit`; closing ourselves is as polite and does not wait.
    closeSocket(QByteArrayLiteral("quit\r\n"));
    finishUp(stats);
}

void MemcachedProbe::finishUp(const MemcachedReply &stats)
{
    ProbeResult result;
    result.status = ProbeStatus::Up;
    result.version = m_version;
    for (const char *name : kKeptStats) {
        const QString value = stats.stat(QString::fromLatin1(name));
        if (!value.isNull())
            result.facts.insert(QString::fromLatin1(name), numberOrText(value));
    }
    const qlonglong bytes = stats.stat(QStringLiteral("bytes")).toLongLong();
    const qlonglong limit = stats.stat(QStringLiteral("limit_maxbytes")).toLongLong();
    const qlonglong hits = stats.stat(QStringLiteral("get_hits")).toLongLong();
    const qlonglong misses = stats.stat(QStringLiteral("get_misses")).toLongLong();
    const QString hitRate = hits + misses > 0
        ? QStringLiteral("%1%").arg(100.0 * double(hits) / double(hits + misses), 0, 'f', 1)
        : tr("no gets yet");
    result.detail = tr("memcached %1: %n item(s), %2 of %3 MiB used, %4 connection(s), hit rate "
                       "%5",
                       nullptr, int(stats.stat(QStringLiteral("curr_items")).toLongLong()))
                        .arg(m_version)
                        .arg(double(bytes) / 1048576.0, 0, 'f', 1)
                        .arg(double(limit) / 1048576.0, 0, 'f', 0)
                        .arg(stats.stat(QStringLiteral("curr_connections")))
                        .arg(hitRate);
    succeed(result);
}

void MemcachedProbe::socketFailed(QAbstractSocket::SocketError error)
{
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        failWith(tr("%1 refused the connection: memcached is not running there, or listens on "
                    "another port.")
                     .arg(where()));
        return;
    case QAbstractSocket::HostNotFoundError:
        failWith(tr("The host of %1 could not be resolved: check the name.").arg(where()));
        return;
    case QAbstractSocket::RemoteHostClosedError:
        failWith(
            tr("%1 closed the connection before answering '%2': it is not memcached, or "
               "memcached refuses this client (too many connections?).")
                .arg(where(),
                     m_version.isEmpty() ? QStringLiteral("version") : QStringLiteral("stats")));
        return;
    default:
        failWith(tr("Could not talk to memcached at %1: %2.")
                     .arg(where(), socket() ? socket()->errorString() : QString()));
        return;
    }
}

} // namespace ws
