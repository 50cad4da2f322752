#pragma once

#include "MysqlGreeting.h"
#include "MysqlPacketReader.h"
#include "MysqlResultset.h"
#include "TcpProbe.h"

#include <QAbstractSocket>
#include <QPointer>

class QTcpSocket;

namespace ws {

// Probes MySQL or MariaDB (kinds "mysql" and "mariadb") over the client/server protocol
// (PROTOCOLS.md 7.5). Reads the HandshakeV10 greeting for the version (MariaDB's "5.5.5-"
// prefix taken off) and always answers it with a login, then COM_QUIT: a client that hangs up
// after the greeting counts as a connection error, and after max_connect_errors of those the
// server blocks the whole host; a refused login does not count.
//
// Without credentials the login is as a user that does not exist ("whalestack_probe"): the
// "access denied" that follows is expected and the result is Up from the greeting alone. With
// credentials (mysql_native_password) it logs in, reads SHOW GLOBAL STATUS and keeps the
// essentials (Uptime, Threads_connected, Threads_running, Questions, Slow_queries,
// Aborted_connects, Connection_errors_max_connections, Galera's wsrep_cluster_size and
// wsrep_local_state_comment). A refused login with credentials is Degraded: the server works,
// the monitoring credential does not. An ERR instead of the greeting (1129 host blocked, 1040
// too many connections, 1130 host not allowed) is Down with what to do.
class MysqlProbe : public TcpProbe
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 3306;
    // The user a probe without credentials logs in as, so that the server refuses the login.
    static constexpr const char *kAbsentUser = "whalestack_probe";

    explicit MysqlProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~MysqlProbe() override;

protected:
    void run() override;
    void received() override;
    void socketFailed(QAbstractSocket::SocketError error) override;

private:
    enum class Phase { Greeting, Login, Query };

    void handle(const MysqlPacket &packet);
    void handleGreeting(const MysqlPacket &packet);
    void handleLogin(const MysqlPacket &packet);
    void handleQuery(const MysqlPacket &packet);
    void send(quint8 sequence, const QByteArray &payload);
    void quitAndClose();
    void failWith(const QString &reason);
    void failWithServerError(const MysqlErrorPacket &error);
    void finishWithoutLogin(const QString &why);
    void finishWithStatus();
    ProbeResult baseResult() const;
    // Server text with the credential's user name and password masked: MySQL quotes the user
    // in "Access denied for user 'x'@'host'".
    QString scrubbed(const QString &serverText) const;
    bool hasLogin() const { return !credentials().username.isEmpty(); }

    MysqlPacketReader m_reader;
    MysqlGreeting m_greeting;
    MysqlResultset m_status;
    Phase m_phase = Phase::Greeting;
};

} // namespace ws
