#include "MysqlProbe.h"

#include "MysqlHandshakeResponse.h"

#include <QTcpSocket>

namespace ws {

namespace {

// A greeting is under 200 bytes and an ERR instead of it under 600: a larger announced length
// is garbage, recognised from the first four bytes.
constexpr int kMaxGreeting = 4096;

constexpr quint8 kComQuit = 0x01;
constexpr quint8 kComQuery = 0x03;

// Error codes a login without credentials is expected to meet: access denied (1045), denied
// to a database (1044), plugin errors of an absent user (1698, 1251).
bool isLoginRefusal(quint16 code)
{
    return code == 1045 || code == 1044 || code == 1698 || code == 1251;
}

const char *const kKeptStatus[] = {
    "Uptime",
    "Threads_connected",
    "Threads_running",
    "Questions",
    "Slow_queries",
    "Aborted_connects",
    "Connection_errors_max_connections",
    "wsrep_cluster_size",
    "wsrep_local_state_comment",
};

QVariant numberOrText(const QString &value)
{
    bool ok = false;
    const qlonglong n = value.toLongLong(&ok);
    return ok ? QVariant(n) : QVariant(value);
}

} // namespace

MysqlProbe::MysqlProbe(const ProbeTarget &target, QObject *parent)
    : TcpProbe(target, parent), m_reader(kMaxGreeting)
{ }

MysqlProbe::~MysqlProbe() = default;

void MysqlProbe::run()
{
    openSocket(kDefaultPort);
}

QString MysqlProbe::scrubbed(const QString &serverText) const
{
    QString text = serverText;
    for (const QString &secret : {credentials().password, credentials().username})
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("***"));
    return text;
}

ProbeResult MysqlProbe::baseResult() const
{
    ProbeResult result;
    result.version = m_greeting.version();
    if (!m_greeting.serverVersion.isEmpty()) {
        result.facts.insert(QStringLiteral("connection_id"), qlonglong(m_greeting.connectionId));
        if (!m_greeting.authPluginName.isEmpty())
            result.facts.insert(QStringLiteral("auth_plugin"), m_greeting.authPluginName);
    }
    return result;
}

void MysqlProbe::failWith(const QString &reason)
{
    dropSocket();
    fail(baseResult(), reason);
}

void MysqlProbe::send(quint8 sequence, const QByteArray &payload)
{
    socket()->write(MysqlPacket::frame(sequence, payload));
}

void MysqlProbe::quitAndClose()
{
    // The server must see a quit, not an aborted connection.
    closeSocket(MysqlPacket::frame(0, QByteArray(1, char(kComQuit))));
}

void MysqlProbe::received()
{
    m_reader.feed(socket()->readAll());
    MysqlPacket packet;
    while (socket() && !isFinished() && m_reader.next(&packet))
        handle(packet);
    if (socket() && !isFinished() && m_reader.hasError())
        failWith(tr("%1 is not answering as MySQL or MariaDB: %2. Check that the endpoint is "
                    "the database's port.")
                     .arg(where(), m_reader.errorString()));
}

void MysqlProbe::handle(const MysqlPacket &packet)
{
    switch (m_phase) {
    case Phase::Greeting:
        handleGreeting(packet);
        return;
    case Phase::Login:
        handleLogin(packet);
        return;
    case Phase::Query:
        handleQuery(packet);
        return;
    }
}

void MysqlProbe::failWithServerError(const MysqlErrorPacket &error)
{
    const QString message = scrubbed(error.message);
    QString advice;
    switch (error.code) {
    case 1129:
        advice = tr("The server blocks this host after too many connection errors: run "
                    "'mysqladmin flush-hosts' (or FLUSH HOSTS) on it and raise "
                    "max_connect_errors. Find the client that breaks off its handshakes; this "
                    "probe always completes its own.");
        break;
    case 1040:
        advice = tr("The server has no connection left: raise max_connections or find the "
                    "client that holds them.");
        break;
    case 1130:
        advice = tr("The server does not let this host connect: grant access to a user from "
                    "this host.");
        break;
    default:
        advice = tr("Check the server's error log.");
        break;
    }
    failWith(
        tr("%1 answered with error %2: %3. %4").arg(where()).arg(error.code).arg(message, advice));
}

void MysqlProbe::handleGreeting(const MysqlPacket &packet)
{
    if (!packet.payload.isEmpty() && uchar(packet.payload.at(0)) == 0xff) {
        MysqlErrorPacket error;
        if (MysqlErrorPacket::parse(packet.payload, &error))
            failWithServerError(error);
        else
            failWith(tr("%1 sent a broken error packet instead of a greeting: it is not MySQL "
                        "or MariaDB.")
                         .arg(where()));
        return;
    }
    QString error;
    if (packet.sequence != 0 || !MysqlGreeting::parse(packet.payload, &m_greeting, &error)) {
        if (error.isEmpty())
            error = tr("its first packet has sequence number %1, not 0").arg(packet.sequence);
        failWith(tr("%1 is not answering as MySQL or MariaDB: %2. Check that the endpoint is the "
                    "database's port.")
                     .arg(where(), error));
        return;
    }
    const quint32 needed
        = MysqlGreeting::kClientProtocol41 | MysqlGreeting::kClientSecureConnection;
    if ((m_greeting.capabilities & needed) != needed) {
        // A server from before 4.1: no login the probe could do; its greeting is the answer.
        quitAndClose();
        finishWithoutLogin(tr("the server predates the 4.1 protocol, so the probe does not "
                              "log in"));
        return;
    }
    m_reader.setMaxPayload(1 << 20);
    m_phase = Phase::Login;
    const QString user = hasLogin() ? credentials().username : QString::fromLatin1(kAbsentUser);
    const QByteArray auth = hasLogin() ? MysqlHandshakeResponse::nativePasswordScramble(
                                credentials().password.toUtf8(), m_greeting.scramble)
                                       : QByteArray();
    send(quint8(packet.sequence + 1), MysqlHandshakeResponse::build(user, auth));
}

void MysqlProbe::handleLogin(const MysqlPacket &packet)
{
    const QByteArray &p = packet.payload;
    if (p.isEmpty()) {
        failWith(tr("%1 sent an empty packet during the login.").arg(where()));
        return;
    }
    const auto first = uchar(p.at(0));
    if (first == 0x00) { // OK: logged in
        if (!hasLogin()) {
            // An anonymous account let the absent user in: the server is up all the same.
            quitAndClose();
            finishWithoutLogin(tr("an anonymous account accepted the probe's login"));
            return;
        }
        m_phase = Phase::Query;
        send(0, QByteArray(1, char(kComQuery)) + QByteArrayLiteral("SHOW GLOBAL STATUS"));
        return;
    }
    if (first == 0xff) {
        MysqlErrorPacket error;
        if (!MysqlErrorPacket::parse(p, &error)) {
            failWith(tr("%1 sent a broken error packet during the login.").arg(where()));
            return;
        }
        if (!hasLogin() && isLoginRefusal(error.code)) {
            dropSocket(); // the server closes after an ERR
            finishWithoutLogin(QString());
            return;
        }
        if (hasLogin() && isLoginRefusal(error.code)) {
            dropSocket();
            ProbeResult result = baseResult();
            result.status = ProbeStatus::Degraded;
            result.detail = tr("%1 %2 answers, but refused the login with the stored credential "
                               "(error %3): check the keychain entry and the user's grants.")
                                .arg(m_greeting.isMariaDb() ? QStringLiteral("MariaDB")
                                                            : QStringLiteral("MySQL"),
                                     result.version)
                                .arg(error.code);
            succeed(result);
            return;
        }
        failWithServerError(error);
        return;
    }
    if (first == 0xfe) { // AuthSwitchRequest: plugin name NUL, then its scramble
        const qsizetype nul = p.indexOf('\0', 1);
        const QString plugin = QString::fromLatin1(p.mid(1, nul < 0 ? -1 : nul - 1)).left(64);
        QByteArray scramble = nul < 0 ? QByteArray() : p.mid(nul + 1);
        if (scramble.endsWith('\0'))
            scramble.chop(1);
        const auto next = quint8(packet.sequence + 1);
        if (plugin == QLatin1String(MysqlHandshakeResponse::kNativePassword)) {
            send(next,
                 hasLogin() ? MysqlHandshakeResponse::nativePasswordScramble(
                     credentials().password.toUtf8(), scramble)
                            : QByteArray());
            return;
        }
        if (!hasLogin()) {
            // An empty answer in any plugin ends in "access denied" for the absent user.
            send(next, QByteArray());
            return;
        }
        dropSocket();
        ProbeResult result = baseResult();
        result.status = ProbeStatus::Degraded;
        result.detail = tr("%1 answers, but the monitoring user logs in with the '%2' plugin, "
                           "which the probe does not speak: create it IDENTIFIED WITH "
                           "mysql_native_password.")
                            .arg(where(), plugin);
        succeed(result);
        return;
    }
    if (first == 0x01) { // AuthMoreData (caching_sha2_password): 0x03 fast auth done
        if (p.size() >= 2 && p.at(1) == 0x03)
            return; // the OK follows
        if (!hasLogin()) {
            send(quint8(packet.sequence + 1), QByteArray());
            return;
        }
        dropSocket();
        ProbeResult result = baseResult();
        result.status = ProbeStatus::Degraded;
        result.detail = tr("%1 answers, but wants a full caching_sha2_password login (TLS or "
                           "RSA), which the probe does not do: create the monitoring user "
                           "IDENTIFIED WITH mysql_native_password.")
                            .arg(where());
        succeed(result);
        return;
    }
    failWith(tr("%1 sent an unexpected packet (0x%2) during the login: it is not MySQL or "
                "MariaDB.")
                 .arg(where())
                 .arg(int(first), 2, 16, QLatin1Char('0')));
}

void MysqlProbe::handleQuery(const MysqlPacket &packet)
{
    const MysqlResultset::State state = m_status.add(packet.payload);
    if (state == MysqlResultset::State::NeedMore)
        return;
    if (state == MysqlResultset::State::Failed) {
        quitAndClose();
        ProbeResult result = baseResult();
        result.status = ProbeStatus::Degraded;
        result.detail = tr("%1 logged the probe in, but SHOW GLOBAL STATUS failed: %2.")
                            .arg(where(), scrubbed(m_status.errorString()));
        succeed(result);
        return;
    }
    quitAndClose();
    finishWithStatus();
}

void MysqlProbe::finishWithoutLogin(const QString &why)
{
    ProbeResult result = baseResult();
    result.status = ProbeStatus::Up;
    const QString product
        = m_greeting.isMariaDb() ? QStringLiteral("MariaDB") : QStringLiteral("MySQL");
    result.detail = why.isEmpty()
        ? tr("%1 %2 answers; SHOW GLOBAL STATUS needs a credential (a monitoring user).")
              .arg(product, result.version)
        : tr("%1 %2 answers (%3); SHOW GLOBAL STATUS needs a credential.")
              .arg(product, result.version, why);
    succeed(result);
}

void MysqlProbe::finishWithStatus()
{
    ProbeResult result = baseResult();
    int nameColumn = 0;
    int valueColumn = 1;
    const QStringList &columns = m_status.columns();
    for (int i = 0; i < columns.size(); ++i) {
        if (columns.at(i).compare(QLatin1String("Variable_name"), Qt::CaseInsensitive) == 0)
            nameColumn = i;
        else if (columns.at(i).compare(QLatin1String("Value"), Qt::CaseInsensitive) == 0)
            valueColumn = i;
    }
    QHash<QString, QString> status;
    for (const QStringList &row : m_status.rows())
        if (row.size() > qMax(nameColumn, valueColumn))
            status.insert(row.at(nameColumn), row.at(valueColumn));
    // MariaDB built with Galera reports wsrep_* (cluster size 0) on a standalone server too:
    // they say something only on a cluster node.
    const bool galera = status.value(QStringLiteral("wsrep_cluster_size")).toLongLong() > 0;
    for (const char *name : kKeptStatus) {
        if (!galera && QByteArray(name).startsWith("wsrep_"))
            continue;
        const auto it = status.constFind(QString::fromLatin1(name));
        if (it != status.constEnd())
            result.facts.insert(QString::fromLatin1(name), numberOrText(it.value()));
    }
    const QString product
        = m_greeting.isMariaDb() ? QStringLiteral("MariaDB") : QStringLiteral("MySQL");
    result.status = ProbeStatus::Up;
    result.detail = tr("%1 %2: up %3 s, %4 connected, %5 running, %6 queries, %7 slow")
                        .arg(product, result.version, status.value(QStringLiteral("Uptime")),
                             status.value(QStringLiteral("Threads_connected")),
                             status.value(QStringLiteral("Threads_running")),
                             status.value(QStringLiteral("Questions")),
                             status.value(QStringLiteral("Slow_queries")));
    const QString state = status.value(QStringLiteral("wsrep_local_state_comment"));
    if (galera && state != QLatin1String("Synced")) {
        result.status = ProbeStatus::Degraded;
        result.detail += tr("; this Galera node is %1, not Synced").arg(state);
    }
    succeed(result);
}

void MysqlProbe::socketFailed(QAbstractSocket::SocketError error)
{
    const QString product = target().kind == QLatin1String("mariadb") ? QStringLiteral("MariaDB")
                                                                      : QStringLiteral("MySQL");
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        failWith(tr("%1 refused the connection: %2 is not running there, or listens on another "
                    "port (or only on its unix socket: skip-networking).")
                     .arg(where(), product));
        return;
    case QAbstractSocket::HostNotFoundError:
        failWith(tr("The host of %1 could not be resolved: check the name.").arg(where()));
        return;
    case QAbstractSocket::RemoteHostClosedError:
        failWith(m_phase == Phase::Greeting
                     ? tr("%1 closed the connection without a greeting: it is not %2, or the "
                          "server refuses connections (check its error log).")
                           .arg(where(), product)
                     : tr("%1 closed the connection during the login.").arg(where()));
        return;
    default:
        failWith(tr("Could not talk to %1 at %2: %3.")
                     .arg(product, where(), socket() ? socket()->errorString() : QString()));
        return;
    }
}

} // namespace ws
