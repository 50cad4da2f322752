#pragma once

#include "EtcdEndpoints.h"
#include "EtcdWatcher.h"

#include <QByteArray>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace ws {

class HttpClient;
class HttpReply;

// Changes to one key or a key prefix through the etcd v2 keys API: long polls
// (GET /v2/keys/DIR?wait=true&recursive=true&waitIndex=N), one event each, the next poll from
// the event's modifiedIndex + 1, so nothing is missed or seen twice across reconnections. A
// prefix watches the directory it ends in and keeps what starts with it. Reconnects with
// backoff across the endpoints. compacted() when the index to continue from has left etcd's
// event history (error 401, it keeps 1000 events), and also when a whole directory under the
// prefix is deleted or expires (v2 reports that as one event without its keys): reload, then
// startFrom(the reloaded revision + 1). Never blocks.
class EtcdV2Watch : public EtcdWatcher
{
    Q_OBJECT

public:
    // startRevision 0: changes from now on; otherwise from that index (history replays).
    EtcdV2Watch(const EtcdEndpoints &endpoints, QByteArray key, bool prefix, qint64 startRevision,
                QObject *parent = nullptr);
    ~EtcdV2Watch() override;

    void start() override;
    void startFrom(qint64 revision) override;
    void stop() override;
    bool isActive() const override { return m_active; }
    qint64 nextRevision() const override { return m_nextIndex; }

    // A poll that stays silent this long is dropped and made again (no harm: same index).
    void setPollTimeoutMs(int ms) { m_pollTimeoutMs = ms; }

    static constexpr int kDefaultPollTimeoutMs = 5 * 60 * 1000;
    static constexpr int kFirstRetryMs = 200;
    static constexpr int kMaxRetryMs = 5000;

private:
    void connectNow();
    void readIndex(); // learns "now" when there is no index to continue from
    void poll();
    void onPollFinished();
    void retryLater(const QString &why);
    void fail(const QString &why);
    void dropConnection();
    HttpReply *send(const QByteArray &target, int timeoutMs);
    void opened(qint64 index);
    QByteArray watchedPath() const;
    bool matches(const QByteArray &key, bool dir) const;

    EtcdEndpoints m_endpoints;
    QByteArray m_key;
    bool m_prefix = false;
    std::vector<std::unique_ptr<HttpClient>> m_clients;
    int m_endpointIndex = 0;
    QPointer<HttpReply> m_reply;
    QTimer m_retryTimer;
    int m_retryMs = kFirstRetryMs;
    int m_pollTimeoutMs = kDefaultPollTimeoutMs;
    qint64 m_nextIndex = 0;
    bool m_active = false;
    bool m_open = false; // "created" was said for the current connection
    bool m_reconnecting = false;
};

} // namespace ws
