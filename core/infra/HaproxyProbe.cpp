#include "HaproxyProbe.h"

#include "HaproxyInfo.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QUrl>

namespace ws {

namespace {

QVariant numberOrText(const QString &value)
{
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    return ok ? QVariant(n) : QVariant(value);
}

// Facts kept of each row, under their CSV names.
const char *const kRowFacts[] = {"check_status", "scur", "smax", "stot", "act", "bck"};

} // namespace

HaproxyProbe::HaproxyProbe(const ProbeTarget &target, QObject *parent) : Probe(target, parent)
{ }

HaproxyProbe::~HaproxyProbe() = default;

ProbeStatus HaproxyProbe::statusOfWord(const QString &word)
{
    const QString w = word.trimmed().toUpper();
    if (w == QLatin1String("UP") || w == QLatin1String("OPEN") || w == QLatin1String("NO CHECK"))
        return ProbeStatus::Up;
    if (w == QLatin1String("DOWN") || w == QLatin1String("STOP"))
        return ProbeStatus::Down;
    // "UP 1/3" is going down, "DOWN 1/2" coming up: both are in between.
    if (w.startsWith(QLatin1String("UP ")) || w.startsWith(QLatin1String("DOWN "))
        || w.startsWith(QLatin1String("NOLB")) || w.startsWith(QLatin1String("DRAIN"))
        || w.startsWith(QLatin1String("MAINT")) || w == QLatin1String("FULL"))
        return ProbeStatus::Degraded;
    return ProbeStatus::Unknown;
}

QList<ProbeElement> HaproxyProbe::elementsOf(const HaproxyStatsCsv &csv)
{
    QList<ProbeElement> elements;
    const bool hasAddress = csv.hasColumn(QStringLiteral("addr"));
    for (qsizetype row = 0; row < csv.rowCount(); ++row) {
        const QString proxy = csv.value(row, QStringLiteral("pxname"));
        const QString server = csv.value(row, QStringLiteral("svname"));
        if (proxy.isEmpty() && server.isEmpty())
            continue;
        ProbeElement e;
        e.name = proxy + QLatin1Char('/') + server;
        // type: 0 frontend, 1 backend, 2 server, 3 listener; svname says the same for the first
        // two where an old release has no type column.
        bool typed = false;
        const int type = csv.value(row, QStringLiteral("type")).toInt(&typed);
        if (typed && type >= 0 && type <= 3) {
            static const char *const roles[] = {"frontend", "backend", "server", "listener"};
            e.role = QString::fromLatin1(roles[type]);
        } else if (server == QLatin1String("FRONTEND")) {
            e.role = QStringLiteral("frontend");
        } else if (server == QLatin1String("BACKEND")) {
            e.role = QStringLiteral("backend");
        } else {
            e.role = QStringLiteral("server");
        }
        e.detail = csv.value(row, QStringLiteral("status"));
        e.status = statusOfWord(e.detail);
        e.facts.insert(QStringLiteral("proxy"), proxy);
        e.facts.insert(QStringLiteral("server"), server);
        if (hasAddress && !csv.value(row, QStringLiteral("addr")).isEmpty())
            e.facts.insert(QStringLiteral("address"), csv.value(row, QStringLiteral("addr")));
        for (const char *name : kRowFacts) {
            const QString column = QString::fromLatin1(name);
            const QString value = csv.value(row, column);
            if (!value.isEmpty())
                e.facts.insert(column, numberOrText(value));
        }
        elements << e;
    }
    return elements;
}

ProbeStatus HaproxyProbe::overallStatus(const QList<ProbeElement> &elements)
{
    if (elements.isEmpty())
        return ProbeStatus::Down;
    ProbeStatus overall = ProbeStatus::Up;
    for (const ProbeElement &e : elements) {
        ProbeStatus part = e.status;
        if (part == ProbeStatus::Down)
            part = ProbeStatus::Degraded; // HAProxy answers and routes the rest
        else if (part == ProbeStatus::Unknown)
            continue; // a status word this probe does not know says nothing of the whole
        overall = worseStatus(overall, part);
    }
    return overall;
}

void HaproxyProbe::run()
{
    const QString endpoint = target().endpoint.trimmed();
    QString socketPath = target().option(QStringLiteral("socket"));
    if (socketPath.isEmpty() && endpoint.startsWith(QLatin1String("unix://")))
        socketPath = endpoint.mid(7);
    if (!socketPath.isEmpty()) {
        runSocket(socketPath);
        return;
    }
    if (!endpoint.startsWith(QLatin1String("http://"))
        && !endpoint.startsWith(QLatin1String("https://"))) {
        fail(tr("'%1' is neither the stats page's URL (http://host:port/stats) nor the stats "
                "socket (unix:///path/to/haproxy.sock).")
                 .arg(endpoint));
        return;
    }
    runHttp();
}

void HaproxyProbe::abort()
{
    dropAll();
}

void HaproxyProbe::dropAll()
{
    for (const QPointer<QNetworkReply> &reply : std::as_const(m_replies))
        if (reply) {
            reply->disconnect(this);
            reply->abort();
            reply->deleteLater();
        }
    m_replies.clear();
    for (SocketCommand *command : {&m_stat, &m_info})
        if (command->socket) {
            command->socket->disconnect(this);
            command->socket->abort();
            command->socket->deleteLater();
            command->socket = nullptr;
        }
}

void HaproxyProbe::failWith(const QString &reason)
{
    dropAll();
    ProbeResult partial;
    partial.version = m_version;
    fail(partial, reason);
}

void HaproxyProbe::runHttp()
{
    const QString endpoint = target().endpoint.trimmed();
    m_network = new QNetworkAccessManager(this);
    auto get = [this](const QString &url, bool csv) {
        QNetworkRequest request {QUrl(url)};
        request.setTransferTimeout(timeout());
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        if (!credentials().username.isEmpty()) {
            // Sent at once, not after a 401: HAProxy's `stats auth` realm is known to be Basic.
            const QByteArray pair
                = (credentials().username + QLatin1Char(':') + credentials().password).toUtf8();
            request.setRawHeader("Authorization", "Basic " + pair.toBase64());
        }
        QNetworkReply *reply = m_network->get(request);
        m_replies << reply;
        connect(reply, &QNetworkReply::finished, this,
                [this, reply, csv] { onHttpFinished(reply, csv); });
    };
    // The uri may carry a query ("/haproxy?stats"): ";csv" goes at the very end either way.
    get(endpoint + QStringLiteral(";csv"), true);
    get(endpoint, false);
}

void HaproxyProbe::onHttpFinished(QNetworkReply *reply, bool csv)
{
    reply->deleteLater();
    m_replies.removeAll(reply);
    if (isFinished())
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (!csv) {
        // The HTML page only gives the version; its failure does not decide anything.
        if (status == 200)
            m_version = HaproxyInfo::versionFromStatsPage(body);
        m_pageDone = true;
    } else {
        const QString url = target().endpoint.trimmed() + QStringLiteral(";csv");
        if (reply->error() != QNetworkReply::NoError && status == 0) {
            QString why;
            switch (reply->error()) {
            case QNetworkReply::ConnectionRefusedError:
                why = tr("the connection was refused: HAProxy is not running there, or the "
                         "stats page listens on another port");
                break;
            case QNetworkReply::RemoteHostClosedError:
                why = tr("it closed the connection without an answer: it is not HAProxy's "
                         "stats page");
                break;
            case QNetworkReply::OperationCanceledError:
            case QNetworkReply::TimeoutError:
                why = tr("it did not answer in time");
                break;
            default:
                why = reply->errorString();
                break;
            }
            failWith(tr("Could not read HAProxy's statistics at %1: %2.").arg(url, why));
            return;
        }
        if (status == 401 || status == 403) {
            dropAll();
            ProbeResult result;
            result.status = ProbeStatus::Degraded;
            result.version = m_version;
            result.detail = credentials().username.isEmpty()
                ? tr("HAProxy's stats page at %1 wants a login (HTTP %2): store the `stats "
                     "auth` user and password as the target's credential.")
                      .arg(url)
                      .arg(status)
                : tr("HAProxy's stats page at %1 refused the stored credential (HTTP %2): "
                     "check it against `stats auth` in haproxy.cfg.")
                      .arg(url)
                      .arg(status);
            succeed(result);
            return;
        }
        if (status != 200) {
            failWith(tr("HAProxy's statistics at %1 answered HTTP %2, not 200: check the "
                        "`stats uri` in haproxy.cfg and the endpoint's path.")
                         .arg(url)
                         .arg(status));
            return;
        }
        m_csv = body;
        m_csvDone = true;
    }
    if (m_csvDone && m_pageDone)
        finishWith(m_csv, target().endpoint.trimmed() + QStringLiteral(";csv"));
}

void HaproxyProbe::runSocket(const QString &path)
{
    m_socketPath = path;
    startCommand(&m_stat, path, QByteArrayLiteral("show stat\n"));
    startCommand(&m_info, path, QByteArrayLiteral("show info\n"));
}

void HaproxyProbe::startCommand(SocketCommand *command, const QString &path, const QByteArray &line)
{
    auto *socket = new QLocalSocket(this);
    command->socket = socket;
    connect(socket, &QLocalSocket::connected, this, [socket, line] { socket->write(line); });
    connect(socket, &QLocalSocket::readyRead, this, [this, command, socket] {
        command->answer += socket->readAll();
        // `show stat` of a big configuration is large, but not this large.
        if (command->answer.size() > 64 * 1024 * 1024)
            failWith(tr("HAProxy's stats socket %1 sent more than 64 MiB.").arg(m_socketPath));
    });
    // In non-interactive mode HAProxy answers one command and closes: EOF ends the answer.
    connect(socket, &QLocalSocket::disconnected, this, [this, command, socket] {
        command->answer += socket->readAll();
        command->done = true;
        command->socket = nullptr;
        socket->deleteLater();
        maybeFinishSocket();
    });
    connect(
        socket, &QLocalSocket::errorOccurred, this,
        [this, command](QLocalSocket::LocalSocketError error) { onSocketError(command, error); });
    socket->connectToServer(path);
}

void HaproxyProbe::onSocketError(SocketCommand *command, QLocalSocket::LocalSocketError error)
{
    if (error == QLocalSocket::PeerClosedError || isFinished())
        return; // the end of the answer; disconnected() follows
    QString why;
    switch (error) {
    case QLocalSocket::ServerNotFoundError:
        why = tr("there is no socket at that path: check `stats socket` in haproxy.cfg");
        break;
    case QLocalSocket::ConnectionRefusedError:
        why = tr("nobody listens on it: HAProxy is not running, or was restarted without the "
                 "socket");
        break;
    case QLocalSocket::SocketAccessError:
        why = tr("this user may not open it: see the socket's `mode`, `user` and `group` in "
                 "haproxy.cfg");
        break;
    default:
        why = command->socket ? command->socket->errorString() : QString();
        break;
    }
    failWith(tr("Could not reach HAProxy's stats socket %1: %2.").arg(m_socketPath, why));
}

void HaproxyProbe::maybeFinishSocket()
{
    if (isFinished() || !m_stat.done || !m_info.done)
        return;
    HaproxyInfo info;
    if (HaproxyInfo::parse(m_info.answer, &info)) {
        m_version = info.version();
        for (const char *key : {"Uptime_sec", "CurrConns", "Pid"})
            if (!info.value(QString::fromLatin1(key)).isEmpty())
                m_infoFacts.insert(QString::fromLatin1(key).toLower(),
                                   numberOrText(info.value(QString::fromLatin1(key))));
    }
    finishWith(m_stat.answer, m_socketPath);
}

void HaproxyProbe::finishWith(const QByteArray &csvText, const QString &source)
{
    dropAll();
    HaproxyStatsCsv csv;
    QString error;
    if (!HaproxyStatsCsv::parse(csvText, &csv, &error)) {
        failWith(tr("%1 did not give HAProxy's statistics: %2. Check that it is HAProxy's "
                    "stats page or socket.")
                     .arg(source, error));
        return;
    }
    ProbeResult result;
    result.version = m_version;
    result.facts = m_infoFacts;
    result.elements = elementsOf(csv);
    result.status = overallStatus(result.elements);
    int counts[4] = {0, 0, 0, 0}; // frontends, backends, servers, parts not up
    QStringList notUp;
    for (const ProbeElement &e : std::as_const(result.elements)) {
        if (e.role == QLatin1String("frontend"))
            ++counts[0];
        else if (e.role == QLatin1String("backend"))
            ++counts[1];
        else if (e.role == QLatin1String("server"))
            ++counts[2];
        if (e.status != ProbeStatus::Up && e.status != ProbeStatus::Unknown) {
            ++counts[3];
            if (notUp.size() < 3)
                notUp << QStringLiteral("%1 %2").arg(e.name, e.detail);
        }
    }
    result.facts.insert(QStringLiteral("frontends"), counts[0]);
    result.facts.insert(QStringLiteral("backends"), counts[1]);
    result.facts.insert(QStringLiteral("servers"), counts[2]);
    if (result.status == ProbeStatus::Down) {
        result.detail = tr("%1 lists no frontend, backend or server.").arg(source);
        fail(result, result.detail);
        return;
    }
    result.detail = counts[3] == 0
        ? tr("%1 frontend(s), %2 backend(s), %3 server(s), all up")
              .arg(counts[0])
              .arg(counts[1])
              .arg(counts[2])
        : tr("%1 frontend(s), %2 backend(s), %3 server(s); not up: %4")
              .arg(counts[0])
              .arg(counts[1])
              .arg(counts[2])
              .arg(notUp.join(QStringLiteral(", "))
                   + (counts[3] > notUp.size() ? QStringLiteral(", …") : QString()));
    succeed(result);
}

} // namespace ws
