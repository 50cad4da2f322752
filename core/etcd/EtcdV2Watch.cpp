#include "EtcdV2Watch.h"

#include "EtcdAuth.h"
#include "EtcdJson.h"
#include "EtcdV2Json.h"
#include "http/HttpClient.h"

namespace ws {

EtcdV2Watch::EtcdV2Watch(const EtcdEndpoints &endpoints, QByteArray key, bool prefix,
                         qint64 startRevision, QObject *parent)
    : EtcdWatcher(parent), m_endpoints(endpoints),
      m_key(key.startsWith('/') ? std::move(key) : '/' + key), m_prefix(prefix),
      m_nextIndex(qMax<qint64>(0, startRevision))
{
    for (const Endpoint &endpoint : m_endpoints.endpoints)
        m_clients.push_back(std::make_unique<HttpClient>(endpoint));
    if (m_clients.empty())
        m_clients.push_back(std::make_unique<HttpClient>(Endpoint()));
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EtcdV2Watch::connectNow);
}

EtcdV2Watch::~EtcdV2Watch()
{
    dropConnection();
}

void EtcdV2Watch::start()
{
    if (m_active)
        return;
    m_active = true;
    m_reconnecting = false;
    m_open = false;
    m_retryMs = kFirstRetryMs;
    connectNow();
}

void EtcdV2Watch::startFrom(qint64 revision)
{
    stop();
    m_nextIndex = qMax<qint64>(0, revision);
    start();
}

void EtcdV2Watch::stop()
{
    m_active = false;
    m_retryTimer.stop();
    dropConnection();
}

QByteArray EtcdV2Watch::watchedPath() const
{
    // A prefix in v3's sense need not end at a '/': watch the directory it ends in.
    return EtcdV2Json::keysPath(m_prefix ? m_key.left(m_key.lastIndexOf('/') + 1) : m_key);
}

bool EtcdV2Watch::matches(const QByteArray &key, bool dir) const
{
    if (!m_prefix)
        return key == m_key || (dir && m_key.startsWith(key + '/'));
    return key.startsWith(m_key) || (dir && (key + '/').startsWith(m_key))
        || (dir && m_key.startsWith(key + '/'));
}

HttpReply *EtcdV2Watch::send(const QByteArray &target, int timeoutMs)
{
    HttpRequest request = HttpRequest::get(target);
    request.firstByteTimeoutMs = timeoutMs;
    request.idleTimeoutMs = timeoutMs;
    if (m_endpoints.hasUser())
        request.setHeader("Authorization",
                          EtcdAuth::basicAuthorization(m_endpoints.user, m_endpoints.password));
    HttpReply *reply = m_clients[size_t(m_endpointIndex)]->send(request);
    m_reply = reply;
    return reply;
}

void EtcdV2Watch::connectNow()
{
    if (!m_active)
        return;
    dropConnection();
    m_open = false;
    if (m_nextIndex == 0)
        readIndex();
    else
        poll();
}

void EtcdV2Watch::readIndex()
{
    // "Now" is the store index of a plain read of the watched path (an error answer, such as
    // key not found, carries it too).
    HttpReply *reply = send(watchedPath(), 30'000);
    connect(reply, &HttpReply::finished, this, [this, reply]() {
        reply->deleteLater();
        if (m_reply != reply)
            return;
        m_reply = nullptr;
        const QString where = reply->endpoint().toDisplayString();
        const qint64 index = reply->header("X-Etcd-Index").toLongLong();
        if (reply->error() != HttpReply::Error::None
            && reply->error() != HttpReply::Error::HttpStatus)
            return retryLater(reply->errorString());
        if (index <= 0) {
            const QString why = EtcdV2Json::errorMessage(
                tr("Watching %1").arg(EtcdJson::displayKey(m_key)), where, reply->status(),
                reply->readAll(), reply->errorString(), m_endpoints.user);
            if (reply->status() >= 500)
                return retryLater(why);
            return fail(reply->status() == 200
                            ? tr("etcd at %1 answered without X-Etcd-Index: is this etcd's v2 "
                                 "API?")
                                  .arg(where)
                            : why);
        }
        m_nextIndex = index + 1;
        poll();
    });
}

void EtcdV2Watch::opened(qint64 index)
{
    if (m_open)
        return;
    m_open = true;
    m_retryMs = kFirstRetryMs;
    if (m_reconnecting) {
        m_reconnecting = false;
        Q_EMIT resumed(m_nextIndex);
        if (!m_active)
            return;
    }
    Q_EMIT created(index);
}

void EtcdV2Watch::poll()
{
    if (!m_active)
        return;
    HttpReply *reply = send(
        watchedPath() + "?wait=true&recursive=true&waitIndex=" + QByteArray::number(m_nextIndex),
        m_pollTimeoutMs);
    connect(reply, &HttpReply::headersReceived, this, [this, reply]() {
        // etcd answers the headers of a long poll at once and the event when it comes.
        if (m_reply == reply && reply->status() == 200)
            opened(reply->header("X-Etcd-Index").toLongLong());
    });
    connect(reply, &HttpReply::finished, this, &EtcdV2Watch::onPollFinished);
}

void EtcdV2Watch::onPollFinished()
{
    HttpReply *reply = m_reply.data();
    if (!reply || reply != sender())
        return;
    m_reply = nullptr;
    reply->deleteLater();
    const QString where = reply->endpoint().toDisplayString();
    const HttpReply::Error error = reply->error();
    const QByteArray body = reply->readAll();
    if (error != HttpReply::Error::None && error != HttpReply::Error::HttpStatus) {
        // A poll that timed out while nothing happened is no failure: ask again, same index.
        if (error == HttpReply::Error::Timeout && m_open) {
            poll();
            return;
        }
        return retryLater(reply->errorString());
    }
    const int status = reply->status();
    if (status >= 400) {
        EtcdV2Error e;
        const bool v2 = EtcdV2Json::readError(body, &e);
        if (v2 && e.code == 401) { // event index outdated and cleared
            stop();
            Q_EMIT compacted(qMax<qint64>(e.index, m_nextIndex - 1));
            return;
        }
        const QString why
            = EtcdV2Json::errorMessage(tr("Watching %1").arg(EtcdJson::displayKey(m_key)), where,
                                       status, body, reply->errorString(), m_endpoints.user);
        // 400: watcher cleared by a recovery; 300/301 and 5xx: the cluster is busy.
        if (status >= 500 || (v2 && (e.code == 400 || e.code == 300 || e.code == 301)))
            return retryLater(why);
        return fail(why);
    }
    opened(reply->header("X-Etcd-Index").toLongLong());
    if (!m_active)
        return;
    // etcd closes a poll with an empty body when it gives up waiting (or shuts down): ask again.
    if (body.trimmed().isEmpty()) {
        poll();
        return;
    }
    EtcdV2Response response;
    QString parseError;
    if (!EtcdV2Json::readResponse(body, &response, &parseError))
        return fail(
            tr("etcd at %1 sent a watch event that cannot be read: %2").arg(where, parseError));
    const qint64 index = response.node.modifiedIndex;
    if (index < m_nextIndex) {
        // Never sent by a well-behaved server; dropping it keeps events exactly once.
        poll();
        return;
    }
    m_nextIndex = index + 1;
    const bool gone = response.action == QLatin1String("delete")
        || response.action == QLatin1String("expire")
        || response.action == QLatin1String("compareAndDelete");
    if (response.node.dir) {
        if (gone && matches(response.node.key, true)) {
            // The keys that went with the directory are not in the event: reload.
            stop();
            Q_EMIT compacted(index);
            return;
        }
        poll();
        return;
    }
    EtcdEvent event;
    if (matches(response.node.key, false) && EtcdV2Json::toEvent(response, &event)) {
        Q_EMIT events({event}, index);
        if (!m_active)
            return;
    }
    poll();
}

void EtcdV2Watch::retryLater(const QString &why)
{
    dropConnection();
    if (!m_active)
        return;
    m_reconnecting = true;
    m_open = false;
    m_endpointIndex = (m_endpointIndex + 1) % int(m_clients.size());
    m_retryTimer.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
    Q_EMIT reconnecting(why);
}

void EtcdV2Watch::fail(const QString &why)
{
    stop();
    Q_EMIT failed(why);
}

void EtcdV2Watch::dropConnection()
{
    if (HttpReply *reply = m_reply.data()) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

} // namespace ws
