#pragma once

#include "Endpoint.h"
#include "HttpReply.h"
#include "HttpRequest.h"

#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace ws {

// Sends HTTP requests to one endpoint, over whichever transport it needs: a unix socket
// (hand-written HTTP/1.1 over QLocalSocket) or TCP/TLS (QNetworkAccessManager). Every request
// gets its own HttpReply; the API is the same for both.
class HttpClient : public QObject
{
    Q_OBJECT

public:
    explicit HttpClient(const Endpoint &endpoint, QObject *parent = nullptr);
    ~HttpClient() override;

    const Endpoint &endpoint() const { return m_endpoint; }

    // Starts the request. The reply is a child of this client until the caller takes it (or
    // simply deleteLater()s it in its finished handler); it never emits before this returns.
    HttpReply *send(const HttpRequest &request);

private:
    Endpoint m_endpoint;
    std::unique_ptr<QNetworkAccessManager> m_manager;
};

} // namespace ws
