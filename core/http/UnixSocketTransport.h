#pragma once

#include "HttpResponseParser.h"

#include <QLocalSocket>
#include <QObject>
#include <QPointer>

namespace ws {

class HttpReply;

// Carries one request over its own QLocalSocket (HTTP/1.1 with "Connection: close") and feeds
// the answer to its HttpReply. Private to core/http: HttpClient creates one per request.
class UnixSocketTransport : public QObject
{
    Q_OBJECT

public:
    explicit UnixSocketTransport(HttpReply *reply);
    void start();

private:
    void onConnected();
    void onReadyRead();
    void onDisconnected();
    void onSocketError(QLocalSocket::LocalSocketError error);
    void pumpBody();
    void close();
    void complete();

    HttpReply *m_reply;
    QLocalSocket m_socket;
    HttpResponseParser m_parser;
    QPointer<QIODevice> m_bodyDevice;
    bool m_chunkedBody = false;
    bool m_bodySent = false;
    bool m_deviceFinished = false;
    bool m_closing = false;
};

} // namespace ws
