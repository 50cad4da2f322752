#pragma once

#include "Probe.h"

#include <QPointer>
#include <QTcpSocket>

namespace ws {

// A probe that talks a protocol of its own over one TCP connection (memcached, MySQL): the
// socket's lifecycle in one place. openSocket() reads the endpoint and connects; the subclass
// hears connected(), received() and socketFailed(); dropSocket() aborts (the deadline, a
// failure), closeSocket() says goodbye and lets the server close.
class TcpProbe : public Probe
{
    Q_OBJECT

protected:
    TcpProbe(const ProbeTarget &target, QObject *parent);
    ~TcpProbe() override;

    // Connects to the target's endpoint (`defaultPort` when it names none); false, after
    // fail() with the reason, for an endpoint that cannot be read.
    bool openSocket(quint16 defaultPort);
    void abort() override;

    virtual void connected() { }
    virtual void received() = 0;
    virtual void socketFailed(QAbstractSocket::SocketError error) = 0;

    QTcpSocket *socket() const { return m_socket; }
    // "host:port" ("[v6]:port"), for messages.
    const QString &where() const { return m_where; }
    // Aborts the connection; nothing more is heard of it.
    void dropSocket();
    // Sends `farewell` (when still connected, handed to the kernel at once: the probe may be
    // deleted right after it finishes), then closes; the socket lives until the server closes.
    void closeSocket(const QByteArray &farewell = {});

private:
    QPointer<QTcpSocket> m_socket;
    QString m_where;
};

} // namespace ws
