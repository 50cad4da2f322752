#include "EtcdWatch.h"

#include "EtcdAuth.h"
#include "EtcdJson.h"
#include "EtcdWatchStreamParser.h"
#include "http/HttpClient.h"

#include <QJsonDocument>
#include <QJsonObject>

// How a resume stays exact. m_nextRevision is the first revision not yet delivered:
// - events: etcd never splits one revision's events across responses (we do not ask for
//   fragments), so after a batch everything up to its last mod revision is delivered. The
//   header revision is NOT used there: while a watcher catches up, etcd stamps each batch with
//   the current store revision although older events are still to come.
// - progress notifications go only to watchers that have caught up, so their header revision
//   is delivered too.
// - "created" of a watch from "now" (start 0) fixes "now" as its header revision + 1.
// A reconnection asks for start_revision = m_nextRevision, and events below it (which a
// well-behaved server never sends again) are dropped, so nothing is applied twice.

namespace ws {

namespace {

// etcd's prefix range: the key with its last byte below 0xff incremented and the rest cut; a
// key of 0xff bytes only (or the empty key) means "to the end": "\0".
QByteArray prefixRangeEnd(QByteArray key)
{
    while (!key.isEmpty()) {
        const auto last = quint8(key.back());
        if (last < 0xff) {
            key.back() = char(last + 1);
            return key;
        }
        key.chop(1);
    }
    return QByteArray(1, '\0');
}

// gRPC codes after which a new stream may work: Canceled, DeadlineExceeded, ResourceExhausted,
// Aborted, Internal, Unavailable. The others (InvalidArgument, PermissionDenied,
// Unauthenticated, …) would fail the same way again.
bool isTransient(int grpcCode)
{
    switch (grpcCode) {
    case 1:
    case 4:
    case 8:
    case 10:
    case 13:
    case 14:
        return true;
    default:
        return false;
    }
}

} // namespace

EtcdWatch::EtcdWatch(const EtcdEndpoints &endpoints, QByteArray key, bool prefix,
                     qint64 startRevision, QObject *parent)
    : EtcdWatcher(parent), m_endpoints(endpoints), m_key(std::move(key)), m_prefix(prefix),
      m_nextRevision(qMax<qint64>(0, startRevision))
{
    for (const Endpoint &endpoint : m_endpoints.endpoints)
        m_clients.push_back(std::make_unique<HttpClient>(endpoint));
    // With nothing configured the request fails the usual way, with a message.
    if (m_clients.empty())
        m_clients.push_back(std::make_unique<HttpClient>(Endpoint()));
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &EtcdWatch::connectNow);
}

EtcdWatch::~EtcdWatch()
{
    dropConnection();
}

void EtcdWatch::start()
{
    if (m_active)
        return;
    m_active = true;
    m_reconnecting = false;
    m_retryMs = kFirstRetryMs;
    connectNow();
}

void EtcdWatch::startFrom(qint64 revision)
{
    stop();
    m_nextRevision = qMax<qint64>(0, revision);
    start();
}

void EtcdWatch::stop()
{
    m_active = false;
    m_retryTimer.stop();
    dropConnection();
}

QByteArray EtcdWatch::requestBody() const
{
    // An empty key stands for "\0" (every key) when watching a prefix; etcd refuses an empty key.
    const QByteArray key = m_key.isEmpty() ? QByteArray(1, '\0') : m_key;
    QJsonObject create {{QLatin1String("key"), QString::fromLatin1(key.toBase64())},
                        {QLatin1String("progress_notify"), true},
                        {QLatin1String("prev_kv"), true}};
    if (m_prefix)
        create.insert(QLatin1String("range_end"),
                      QString::fromLatin1(prefixRangeEnd(m_key).toBase64()));
    if (m_nextRevision > 0)
        create.insert(QLatin1String("start_revision"), QString::number(m_nextRevision));
    return QJsonDocument(QJsonObject {{QLatin1String("create_request"), create}})
        .toJson(QJsonDocument::Compact);
}

void EtcdWatch::connectNow()
{
    if (!m_active)
        return;
    dropConnection();
    if (m_endpoints.hasUser() && m_token.isEmpty() && !m_authNotEnabled) {
        authenticateNow();
        return;
    }
    HttpRequest request = HttpRequest::post(m_apiPrefix + "watch", requestBody());
    if (!m_token.isEmpty())
        request.setHeader("Authorization", m_token);
    request.accumulateBody = false;
    request.idempotent = true; // a watch only reads
    // A watch is silent while nothing changes; etcd's progress notifications bound that
    // silence, so only a much longer one means a dead connection (a peer gone without a FIN).
    request.idleTimeoutMs = m_idleTimeoutMs;
    m_parser = std::make_unique<EtcdWatchStreamParser>();
    m_errorBody.clear();
    HttpReply *reply = m_clients[size_t(m_endpointIndex)]->send(request);
    m_reply = reply;
    connect(reply, &HttpReply::dataReceived, this, &EtcdWatch::onData);
    connect(reply, &HttpReply::finished, this, &EtcdWatch::onFinished);
}

void EtcdWatch::authenticateNow()
{
    HttpReply *reply = m_clients[size_t(m_endpointIndex)]->send(
        EtcdAuth::authenticateRequest(m_apiPrefix, m_endpoints.user, m_endpoints.password));
    m_authReply = reply;
    connect(reply, &HttpReply::finished, this, [this, reply]() {
        reply->deleteLater();
        if (m_authReply != reply)
            return;
        m_authReply = nullptr;
        const bool answered = reply->error() == HttpReply::Error::None
            || reply->error() == HttpReply::Error::HttpStatus;
        const EtcdAuth::Outcome outcome = EtcdAuth::readAuthenticate(
            reply->endpoint().toDisplayString(), m_endpoints.user, answered ? reply->status() : 0,
            reply->readAll(), reply->errorString());
        switch (outcome.kind) {
        case EtcdAuth::Outcome::Kind::Token:
            m_token = outcome.token;
            break;
        case EtcdAuth::Outcome::Kind::NotEnabled:
            m_authNotEnabled = true;
            break;
        case EtcdAuth::Outcome::Kind::Failed:
            // An unreachable member is tried again like a lost stream; a refused sign-in
            // (wrong password) would only be refused again.
            if (answered)
                fail(outcome.error);
            else
                retryLater(outcome.error);
            return;
        }
        connectNow();
    });
}

bool EtcdWatch::retryWithNewToken(const QString &why)
{
    if (!m_endpoints.hasUser() || m_authNotEnabled || m_authRetried)
        return false;
    m_authRetried = true;
    m_token.clear();
    retryLater(why);
    return true;
}

void EtcdWatch::dropConnection()
{
    if (HttpReply *reply = m_authReply.data()) {
        m_authReply = nullptr;
        reply->abort();
    }
    if (HttpReply *reply = m_reply.data()) {
        m_reply = nullptr;
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void EtcdWatch::onData(const QByteArray &chunk)
{
    // An error status comes with a one-off body (etcd's unary error JSON, or whatever a server
    // that is not etcd says): kept for the message, not read as a stream.
    if (m_reply && m_reply->status() >= 400) {
        if (m_errorBody.size() < 4096)
            m_errorBody += chunk.left(4096 - m_errorBody.size());
        return;
    }
    QList<EtcdWatchMessage> messages;
    const bool ok = m_parser->feed(chunk, &messages);
    const QPointer<EtcdWatch> self(this);
    for (const EtcdWatchMessage &message : std::as_const(messages)) {
        if (!handle(message) || !self)
            return;
    }
    if (!ok) {
        // A stream we cannot read will not read better the next time.
        fail(tr("%1: %2").arg(m_reply->endpoint().toDisplayString(), m_parser->errorString()));
    }
}

void EtcdWatch::onFinished()
{
    HttpReply *reply = m_reply.data();
    if (!reply)
        return;
    const HttpReply::Error error = reply->error();
    const int status = reply->status();
    const QString where = reply->endpoint().toDisplayString();
    if (error == HttpReply::Error::HttpStatus) {
        // etcd's own refusals carry {"error":…,"message":…}; anything else is shown as text.
        EtcdWatchMessage message;
        QString ignored;
        QString detail = EtcdWatchStreamParser::parseMessage(m_errorBody, &message, &ignored)
                && message.kind == EtcdWatchMessage::Kind::Error
            ? message.errorMessage
            : QString::fromUtf8(m_errorBody).simplified().left(200);
        if (detail.isEmpty())
            detail = QString::fromLatin1(reply->reasonPhrase());
        const QString why
            = tr("etcd at %1 refused the watch (HTTP %2: %3)").arg(where).arg(status).arg(detail);
        // An expired token (or one that died with a restart) is cured by signing in again.
        if (EtcdAuth::isTokenRejected(status, m_errorBody) && retryWithNewToken(why))
            return;
        // 5xx, 408 and 429 pass; other refusals (404: not an etcd v3 gateway; 400, 401, 403)
        // would only repeat.
        if (status >= 500 || status == 408 || status == 429)
            retryLater(why);
        else
            fail(why);
        return;
    }
    // A last message cut short by the lost connection is not a broken stream: the resume asks
    // for its revision again.
    QList<EtcdWatchMessage> messages;
    const bool whole = m_parser->finish(&messages);
    const QPointer<EtcdWatch> self(this);
    for (const EtcdWatchMessage &message : std::as_const(messages)) {
        if (!handle(message) || !self)
            return;
    }
    if (!m_reply)
        return; // a message ended the stream already
    QString why = error == HttpReply::Error::None
        ? tr("etcd at %1 closed the watch stream").arg(where)
        : reply->errorString();
    if (!whole)
        why = tr("%1 (in the middle of a message)").arg(why);
    retryLater(why);
}

bool EtcdWatch::handle(const EtcdWatchMessage &message)
{
    const QString where = m_reply ? m_reply->endpoint().toDisplayString() : QString();
    if (message.kind == EtcdWatchMessage::Kind::Error) {
        const QString why = tr("etcd at %1 ended the watch: %2 (gRPC code %3)")
                                .arg(where, message.errorMessage)
                                .arg(message.grpcCode);
        if (message.grpcCode == 16 && retryWithNewToken(why)) // Unauthenticated
            return false;
        if (isTransient(message.grpcCode))
            retryLater(why);
        else
            fail(why);
        return false;
    }
    if (message.canceled) {
        if (message.compactRevision > 0) {
            stop();
            Q_EMIT compacted(message.compactRevision);
        } else if (message.cancelReason.contains(QLatin1String("invalid auth token"))
                   && retryWithNewToken(
                       tr("etcd at %1 rejected the watch's auth token").arg(where))) {
            // A token that died with a restart or expired: signed in again.
        } else if (message.cancelReason.contains(QLatin1String("permission denied"))) {
            // etcd 3.4 refuses a watch whose token expired the same way as one the user may not
            // make: sign in again once, and only then call it a permission problem.
            const QString why
                = tr("etcd at %1 refused to watch %2: permission denied for etcd user %3. Ask an "
                     "administrator to grant %3 read access to it.")
                      .arg(where, EtcdJson::displayKey(m_key), m_endpoints.user);
            if (!retryWithNewToken(why))
                fail(m_endpoints.hasUser()
                         ? why
                         : tr("etcd at %1 refused to watch %2: permission denied.")
                               .arg(where, EtcdJson::displayKey(m_key)));
        } else {
            fail(message.cancelReason.isEmpty()
                     ? tr("etcd at %1 cancelled the watch without saying why").arg(where)
                     : tr("etcd at %1 cancelled the watch: %2").arg(where, message.cancelReason));
        }
        return false;
    }
    if (message.created) {
        m_retryMs = kFirstRetryMs;
        m_authRetried = false;
        if (m_nextRevision == 0)
            m_nextRevision = message.revision + 1;
        if (m_reconnecting) {
            m_reconnecting = false;
            Q_EMIT resumed(m_nextRevision);
            if (!m_active)
                return false;
        }
        Q_EMIT created(message.revision);
        return m_active;
    }
    if (!message.events.isEmpty()) {
        EtcdEvents fresh;
        fresh.reserve(message.events.size());
        for (const EtcdEvent &event : message.events)
            if (event.kv.modRevision >= m_nextRevision)
                fresh.append(event);
        if (fresh.isEmpty())
            return true;
        const qint64 last = fresh.back().kv.modRevision;
        m_nextRevision = last + 1;
        Q_EMIT events(fresh, last);
        return m_active;
    }
    if (message.compactRevision == 0 && message.revision > 0) {
        m_nextRevision = qMax(m_nextRevision, message.revision + 1);
        Q_EMIT progress(message.revision);
        return m_active;
    }
    return true;
}

void EtcdWatch::retryLater(const QString &why)
{
    dropConnection();
    if (!m_active)
        return;
    m_reconnecting = true;
    // The next endpoint, after a pause that doubles up to kMaxRetryMs while nothing works.
    m_endpointIndex = (m_endpointIndex + 1) % int(m_clients.size());
    m_retryTimer.start(m_retryMs);
    m_retryMs = qMin(m_retryMs * 2, kMaxRetryMs);
    Q_EMIT reconnecting(why);
}

void EtcdWatch::fail(const QString &why)
{
    stop();
    Q_EMIT failed(why);
}

} // namespace ws
