#include "fleet/FleetTunnel.h"

#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace ws {

namespace {

constexpr int kProbeIntervalMs = 100;
constexpr qsizetype kStderrKept = 4096;
constexpr int kKillAfterMs = 3'000;

} // namespace

FleetTunnel::FleetTunnel(const QString &target, QObject *parent)
    : QObject(parent), m_probeTimer(new QTimer(this)), m_readyTimer(new QTimer(this)),
      m_restartTimer(new QTimer(this))
{
    QString rest = target.trimmed();
    const qsizetype at = rest.lastIndexOf(QLatin1Char('@'));
    m_user = at > 0 ? rest.left(at) : QStringLiteral("core");
    rest = rest.mid(at + 1);
    QString portText;
    if (rest.startsWith(QLatin1Char('['))) { // [::1]:22
        const qsizetype close = rest.indexOf(QLatin1Char(']'));
        if (close > 0) {
            portText = rest.mid(close + 1).startsWith(QLatin1Char(':')) ? rest.mid(close + 2)
                                                                        : QString();
            rest = rest.mid(1, close - 1);
        }
    } else if (rest.count(QLatin1Char(':')) == 1) {
        portText = rest.section(QLatin1Char(':'), 1);
        rest = rest.section(QLatin1Char(':'), 0, 0);
    }
    bool ok = true;
    const uint port = portText.isEmpty() ? 0 : portText.toUInt(&ok);
    if (rest.isEmpty() || !ok || port > 65535 || rest.contains(QLatin1Char(' '))) {
        m_targetError = tr("'%1' is not an SSH destination; give host, host:port, user@host or "
                           "user@host:port")
                            .arg(target);
    } else {
        m_host = rest;
        m_sshPort = quint16(port);
    }

    m_probeTimer->setSingleShot(true);
    m_readyTimer->setSingleShot(true);
    m_restartTimer->setSingleShot(true);
    connect(m_probeTimer, &QTimer::timeout, this, &FleetTunnel::probe);
    connect(m_readyTimer, &QTimer::timeout, this, &FleetTunnel::onReadyTimeout);
    connect(m_restartTimer, &QTimer::timeout, this, &FleetTunnel::launch);
}

FleetTunnel::~FleetTunnel()
{
    stop();
}

void FleetTunnel::setRemoteSocket(const QString &path)
{
    m_remoteSocket = path;
    m_remotePort = 0;
}

void FleetTunnel::setRemotePort(quint16 port)
{
    m_remotePort = port;
    m_remoteSocket.clear();
}

void FleetTunnel::setRestartDelay(int initialMs, int maxMs)
{
    m_initialDelayMs = std::max(0, initialMs);
    m_maxDelayMs = std::max(m_initialDelayMs, maxMs);
    m_delayMs = m_initialDelayMs;
}

QUrl FleetTunnel::localUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_localPort));
}

qint64 FleetTunnel::processId() const
{
    return m_process ? m_process->processId() : 0;
}

QStringList FleetTunnel::arguments() const
{
    const QString remote
        = m_remotePort != 0 ? QStringLiteral("127.0.0.1:%1").arg(m_remotePort) : m_remoteSocket;
    QStringList args {QStringLiteral("-N"),
                      QStringLiteral("-o"),
                      QStringLiteral("BatchMode=yes"),
                      QStringLiteral("-o"),
                      QStringLiteral("ExitOnForwardFailure=yes"),
                      QStringLiteral("-o"),
                      QStringLiteral("ServerAliveInterval=%1").arg(m_aliveInterval),
                      QStringLiteral("-o"),
                      QStringLiteral("ServerAliveCountMax=3"),
                      QStringLiteral("-L"),
                      QStringLiteral("127.0.0.1:%1:%2").arg(m_localPort).arg(remote)};
    args += m_extra;
    if (m_sshPort != 0)
        args << QStringLiteral("-p") << QString::number(m_sshPort);
    args << m_user + QLatin1Char('@') + m_host;
    return args;
}

void FleetTunnel::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void FleetTunnel::start()
{
    if (m_wanted)
        return;
    m_wanted = true;
    m_delayMs = m_initialDelayMs;
    if (!isTargetValid()) {
        m_error = m_targetError;
        m_wanted = false;
        // From the event loop, so a caller connected after start() still hears it.
        QTimer::singleShot(0, this, [this] { emit lost(m_error, false); });
        return;
    }
    if (m_localPort == 0) {
        // The port stays the same across restarts, so clients keep their endpoint.
        QTcpServer server;
        if (server.listen(QHostAddress::LocalHost, 0))
            m_localPort = server.serverPort();
    }
    launch();
}

void FleetTunnel::launch()
{
    if (!m_wanted || m_process)
        return;
    m_stderr.clear();
    m_process = new QProcess(this);
    QProcess *process = m_process;
    connect(process, &QProcess::readyReadStandardError, this, [this, process] {
        m_stderr += process->readAllStandardError();
        if (m_stderr.size() > kStderrKept)
            m_stderr = m_stderr.right(kStderrKept);
    });
    connect(process, &QProcess::finished, this, [this, process] {
        if (process == m_process)
            onFinished();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart && process == m_process)
            onFinished();
    });
    setState(State::Starting);
    process->start(m_program, arguments());
    m_readyTimer->start(m_readyTimeoutMs);
    m_probeTimer->start(kProbeIntervalMs);
}

void FleetTunnel::probe()
{
    if (m_state != State::Starting || !m_process || m_probe)
        return;
    // ssh listens on the local port only once it is logged in and the forward is set up
    // (ExitOnForwardFailure), so the first accepted connection means the tunnel is up.
    m_probe = new QTcpSocket(this);
    QTcpSocket *socket = m_probe;
    connect(socket, &QTcpSocket::connected, this, [this, socket] {
        socket->abort();
        socket->deleteLater();
        m_probe = nullptr;
        if (m_state != State::Starting)
            return;
        m_readyTimer->stop();
        m_error.clear();
        m_delayMs = m_initialDelayMs;
        setState(State::Ready);
        emit ready();
    });
    connect(socket, &QTcpSocket::errorOccurred, this, [this, socket] {
        socket->deleteLater();
        m_probe = nullptr;
        if (m_state == State::Starting)
            m_probeTimer->start(kProbeIntervalMs);
    });
    socket->connectToHost(QHostAddress::LocalHost, m_localPort);
}

void FleetTunnel::onReadyTimeout()
{
    if (m_state != State::Starting || !m_process)
        return;
    m_error = tr("ssh to %1 did not open the tunnel within %n second(s).", nullptr,
                 m_readyTimeoutMs / 1000)
                  .arg(m_host);
    m_process->kill(); // finished() follows
}

QString FleetTunnel::explain(int exitCode) const
{
    QStringList said;
    for (const QByteArray &line : m_stderr.split('\n')) {
        const QString text = QString::fromLocal8Bit(line).trimmed();
        if (!text.isEmpty() && !text.startsWith(QLatin1String("Warning: Permanently added")))
            said.append(text);
    }
    const QString all = said.join(QLatin1Char('\n'));
    const QString where = m_sshPort ? QStringLiteral("%1:%2").arg(m_host).arg(m_sshPort) : m_host;
    QString message;
    if (m_process && m_process->error() == QProcess::FailedToStart)
        message = tr("ssh could not be run (%1): install openssh-client.")
                      .arg(m_process->errorString());
    else if (all.contains(QLatin1String("Host key verification failed"))
             || all.contains(QLatin1String("IDENTIFICATION HAS CHANGED")))
        message = tr("SSH to %1 refused the host's key: it is not in known_hosts, or it changed. "
                     "Check the key, then add it (connect once with ssh %1).")
                      .arg(where);
    else if (all.contains(QLatin1String("Permission denied")))
        message = tr("%1 refused the login as %2: put your public key in that user's "
                     "~/.ssh/authorized_keys there, or load it into ssh-agent (no password "
                     "can be typed here).")
                      .arg(where, m_user);
    else if (all.contains(QLatin1String("Connection refused")))
        message = tr("Nothing accepts SSH connections at %1 (connection refused): check the host "
                     "and port of FLEETCTL_TUNNEL, and that sshd runs there.")
                      .arg(where);
    else if (all.contains(QLatin1String("Could not resolve hostname")))
        message = tr("%1 is not a known host name: check FLEETCTL_TUNNEL.").arg(m_host);
    else if (all.contains(QLatin1String("forwarding failed"))
             || all.contains(QLatin1String("cannot listen")))
        message = tr("ssh to %1 could not set up the forward to fleet (local port %2): the port "
                     "may be taken, or the host does not allow forwarding.")
                      .arg(where)
                      .arg(m_localPort);
    else if (all.contains(QLatin1String("closed by remote host"))
             || all.contains(QLatin1String("Connection reset"))
             || all.contains(QLatin1String("Timeout, server")))
        message = tr("The SSH connection to %1 was closed.").arg(where);
    else
        message = tr("ssh to %1 ended (exit status %2).").arg(where).arg(exitCode);
    if (!said.isEmpty())
        message += QLatin1Char('\n')
            + tr("ssh said: %1").arg(said.mid(said.size() - 3).join(QLatin1String(" / ")));
    return message;
}

void FleetTunnel::onFinished()
{
    QProcess *process = m_process;
    m_stderr += process->readAllStandardError();
    const QString message = m_error.isEmpty() || m_state != State::Starting
        ? explain(process->exitCode())
        : m_error + QLatin1Char('\n') + explain(process->exitCode());
    m_process = nullptr;
    process->disconnect(this);
    process->deleteLater();
    m_probeTimer->stop();
    m_readyTimer->stop();
    if (m_probe) {
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    m_error = message;
    if (m_wanted && m_restart) {
        setState(State::Waiting);
        const int delay = m_delayMs;
        m_delayMs = std::min(m_maxDelayMs, std::max(1, m_delayMs) * 2);
        m_restartTimer->start(delay);
        emit lost(message, true);
    } else {
        m_wanted = false;
        setState(State::Stopped);
        emit lost(message, false);
    }
}

void FleetTunnel::stop()
{
    m_wanted = false;
    m_restartTimer->stop();
    m_probeTimer->stop();
    m_readyTimer->stop();
    if (m_probe) {
        m_probe->abort();
        m_probe->deleteLater();
        m_probe = nullptr;
    }
    if (QProcess *process = m_process) {
        m_process = nullptr;
        process->disconnect(this);
        // Never wait here: ssh gets SIGTERM, SIGKILL later if it lingers, and is deleted once
        // it has ended (or with this tunnel, whose QProcess child then kills it).
        connect(process, &QProcess::finished, process, &QObject::deleteLater);
        process->terminate();
        QTimer::singleShot(kKillAfterMs, process, &QProcess::kill);
    }
    setState(State::Stopped);
}

} // namespace ws
