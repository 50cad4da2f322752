#pragma once

#include "FleetTestApi.h"

#include <QByteArray>
#include <QObject>
#include <QString>

class QIODevice;
class QLocalServer;
class QTcpServer;

namespace ws::test {

// A small HTTP/1.1 server for FleetTestApi, over TCP and a unix socket. Written by hand
// because nothing in Debian 12 provides one that fits: there is no fleet package to run, and
// Qt's HTTP server module (QtHttpServer) is not packaged for Qt 6.4. It reads requests with
// Content-Length bodies, keeps connections alive unless asked to close, and can misbehave on
// purpose so that clients' timeout and broken-answer paths get tested.
class FleetTestHttpServer : public QObject
{
    Q_OBJECT

public:
    enum class Fault {
        None,
        Hang, // read the request, never answer, keep the connection open
        CloseMidResponse, // send the headers and half the body, then close
    };

    FleetTestHttpServer(FleetTestApi *api, Fault fault, QObject *parent = nullptr);
    ~FleetTestHttpServer() override;

    // false with *error when the address cannot be bound.
    bool listenTcp(const QString &hostPort, QString *error);
    bool listenUnix(const QString &path, QString *error);
    quint16 tcpPort() const;
    QString tcpAddress() const;

private:
    void serve(QIODevice *socket, std::function<void()> close);
    // Answers every complete request in `buffer`; false when the connection is to be closed.
    bool processBuffer(QIODevice *socket, QByteArray *buffer, const std::function<void()> &close);

    FleetTestApi *m_api;
    Fault m_fault;
    QTcpServer *m_tcp = nullptr;
    QLocalServer *m_local = nullptr;
};

} // namespace ws::test
