#pragma once

#include "EtcdEndpoints.h"
#include "EtcdKeyValue.h"
#include "EtcdWatcher.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>
#include <vector>

namespace ws {

class EtcdWatchStreamParser;
class HttpClient;
class HttpReply;
struct EtcdWatchMessage;

// A live view of changes to one key or a key prefix (etcd v3 watch through the JSON gateway)
// that survives lost connections: it reconnects with backoff across the endpoints and resumes
// after the last revision it delivered, so every change arrives exactly once and in order.
// When the revision to resume from has been compacted away it says so with compacted() and
// stops; the caller reloads and calls startFrom(). Never blocks.
class EtcdWatch : public EtcdWatcher
{
    Q_OBJECT

public:
    // startRevision 0: changes from now on; otherwise from that revision (history replays).
    EtcdWatch(const EtcdEndpoints &endpoints, QByteArray key, bool prefix, qint64 startRevision,
              QObject *parent = nullptr);
    ~EtcdWatch() override;

    // Opens the stream (again after stop(), from where it stopped).
    void start() override;
    // Opens the stream from `revision` (after compacted(): the reloaded revision + 1).
    void startFrom(qint64 revision) override;
    // Closes the stream; no signal follows.
    void stop() override;
    bool isActive() const override { return m_active; }

    // The revision the next (re)connection starts from; 0 while it would be "now".
    qint64 nextRevision() const override { return m_nextRevision; }
    // How long the stream may stay silent before it counts as dead and is reopened. etcd sends a
    // progress notification at least every 10 minutes on an idle watch (its default
    // --experimental-watch-progress-notify-interval), so the default is 15 minutes.
    void setIdleTimeoutMs(int ms) { m_idleTimeoutMs = ms; }
    int idleTimeoutMs() const { return m_idleTimeoutMs; }

    // "/v3/" (etcd 3.4+) unless set; take it from EtcdKv::detectApiPrefix() for older servers.
    QByteArray apiPrefix() const { return m_apiPrefix; }
    void setApiPrefix(const QByteArray &prefix) { m_apiPrefix = prefix; }

    // A token to start with (EtcdClient::authToken()); with a user in the endpoints and no
    // token the watch signs in itself, and again when the server rejects the token.
    void setAuthToken(const QByteArray &token) { m_token = token; }
    QByteArray authToken() const { return m_token; }

    static constexpr int kDefaultIdleTimeoutMs = 15 * 60 * 1000;
    static constexpr int kFirstRetryMs = 200;
    static constexpr int kMaxRetryMs = 5000;

private:
    void connectNow();
    void authenticateNow();
    // After a refusal that a new token may cure: true when a sign-in and reconnect follow.
    bool retryWithNewToken(const QString &why);
    void onData(const QByteArray &chunk);
    void onFinished();
    bool handle(const EtcdWatchMessage &message); // false: the stream is over
    void dropConnection();
    void retryLater(const QString &why);
    void fail(const QString &why);
    QByteArray requestBody() const;

    EtcdEndpoints m_endpoints;
    QByteArray m_key;
    bool m_prefix = false;
    std::vector<std::unique_ptr<HttpClient>> m_clients;
    int m_endpointIndex = 0;
    QPointer<HttpReply> m_reply;
    QPointer<HttpReply> m_authReply;
    QByteArray m_token;
    bool m_authNotEnabled = false;
    bool m_authRetried = false; // signed in again since the last successful open
    std::unique_ptr<EtcdWatchStreamParser> m_parser;
    QByteArray m_errorBody; // the start of the body of an HTTP error status
    QTimer m_retryTimer;
    int m_retryMs = kFirstRetryMs;
    int m_idleTimeoutMs = kDefaultIdleTimeoutMs;
    QByteArray m_apiPrefix = "/v3/";
    qint64 m_nextRevision = 0;
    bool m_active = false;
    bool m_reconnecting = false; // a connection was lost since the last "created"
};

} // namespace ws
