#pragma once

#include <QObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTcpSocket;
class QTimer;

namespace ws {

// An SSH tunnel to fleet on a cluster host, as `fleetctl --tunnel` gives one (fleet has no
// authentication, so a remote API is reached through SSH): runs
//   ssh -N -o BatchMode=yes -o ExitOnForwardFailure=yes -o ServerAliveInterval=N
//       -L 127.0.0.1:LOCALPORT:/var/run/fleet.sock [EXTRA…] [-p PORT] USER@HOST
// (or to 127.0.0.1:REMOTEPORT on the host) and supervises it. ready() once the local port
// accepts a connection; when ssh exits, lost() with a message a person can act on (host key,
// permission denied, connection refused, quoting ssh's last words) and, while wanted, a
// restart after a growing delay on the same local port, so a client's endpoint stays valid.
class FleetTunnel : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Ready, Waiting /* to restart */ };
    Q_ENUM(State)

    // `target` as FLEETCTL_TUNNEL has it: host, host:port, user@host or user@host:port. The
    // user defaults to "core", as fleetctl's --ssh-username does.
    explicit FleetTunnel(const QString &target, QObject *parent = nullptr);
    ~FleetTunnel() override;

    // Where fleet listens on the host: a unix socket (default /var/run/fleet.sock) or a TCP
    // port on the host's loopback. Set before start().
    void setRemoteSocket(const QString &path);
    void setRemotePort(quint16 port);
    // Arguments put before the destination (-i KEY, -o UserKnownHostsFile=…, -F CONFIG).
    void setExtraArguments(const QStringList &arguments) { m_extra = arguments; }
    void setSshProgram(const QString &program) { m_program = program; }
    // The local port to listen on; 0 (default) picks a free one at the first start.
    void setLocalPort(quint16 port) { m_localPort = port; }
    // How long ssh may take to open the forward, in ms, before it counts as failed.
    void setReadyTimeout(int ms) { m_readyTimeoutMs = ms; }
    // Restart after ssh exits (default on): first after `initialMs`, doubling up to `maxMs`;
    // reset once a restart became ready.
    void setRestart(bool restart) { m_restart = restart; }
    void setRestartDelay(int initialMs, int maxMs);
    void setServerAliveInterval(int seconds) { m_aliveInterval = seconds; }

    bool isTargetValid() const { return !m_host.isEmpty(); }
    QString targetError() const { return m_targetError; }
    QString host() const { return m_host; }
    QString user() const { return m_user; }
    quint16 sshPort() const { return m_sshPort; } // 0: ssh's default

    void start();
    void stop();
    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Ready; }
    quint16 localPort() const { return m_localPort; }
    QUrl localUrl() const; // http://127.0.0.1:LOCALPORT
    QString errorString() const { return m_error; }
    int restartDelay() const { return m_delayMs; } // before the next restart
    QStringList arguments() const; // ssh's command line, without the program
    qint64 processId() const;

signals:
    void ready();
    // ssh exited or did not open the forward in time. `willRestart` says whether it is tried
    // again (after restartDelay() ms).
    void lost(const QString &message, bool willRestart);
    void stateChanged(FleetTunnel::State state);

private:
    void launch();
    void probe();
    void onFinished();
    void onReadyTimeout();
    void setState(State state);
    QString explain(int exitCode) const;

    QString m_user;
    QString m_host;
    quint16 m_sshPort = 0;
    QString m_targetError;
    QString m_remoteSocket = QStringLiteral("/var/run/fleet.sock");
    quint16 m_remotePort = 0;
    QStringList m_extra;
    QString m_program = QStringLiteral("ssh");
    quint16 m_localPort = 0;
    int m_readyTimeoutMs = 20'000;
    bool m_restart = true;
    int m_initialDelayMs = 1'000;
    int m_maxDelayMs = 30'000;
    int m_delayMs = 1'000;
    int m_aliveInterval = 15;

    State m_state = State::Stopped;
    bool m_wanted = false;
    QString m_error;
    QByteArray m_stderr; // the last few KiB ssh wrote
    QProcess *m_process = nullptr;
    QTcpSocket *m_probe = nullptr;
    QTimer *m_probeTimer = nullptr;
    QTimer *m_readyTimer = nullptr;
    QTimer *m_restartTimer = nullptr;
};

} // namespace ws
