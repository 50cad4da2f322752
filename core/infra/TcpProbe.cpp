#include "TcpProbe.h"

#include <QTcpSocket>

namespace ws {

TcpProbe::TcpProbe(const ProbeTarget &target, QObject *parent) : Probe(target, parent)
{ }

TcpProbe::~TcpProbe() = default;

bool TcpProbe::openSocket(quint16 defaultPort)
{
    HostPort address;
    QString error;
    if (!parseHostPort(target().endpoint, defaultPort, &address, &error)) {
        fail(error);
        return false;
    }
    m_where = address.toString();
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] { connected(); });
    connect(m_socket, &QTcpSocket::readyRead, this, [this] { received(); });
    connect(m_socket, &QTcpSocket::errorOccurred, this,
            [this](QAbstractSocket::SocketError e) { socketFailed(e); });
    m_socket->connectToHost(address.host, address.port);
    return true;
}

void TcpProbe::abort()
{
    dropSocket();
}

void TcpProbe::dropSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void TcpProbe::closeSocket(const QByteArray &farewell)
{
    if (!m_socket)
        return;
    if (m_socket->state() == QAbstractSocket::ConnectedState && !farewell.isEmpty()) {
        m_socket->write(farewell);
        m_socket->flush(); // does not block
    }
    m_socket->disconnect(this);
    m_socket->disconnectFromHost();
    if (m_socket->state() == QAbstractSocket::UnconnectedState)
        m_socket->deleteLater();
    else
        connect(m_socket, &QTcpSocket::disconnected, m_socket, &QObject::deleteLater);
    m_socket = nullptr;
}

} // namespace ws
