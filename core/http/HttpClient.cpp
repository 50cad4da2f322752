#include "HttpClient.h"

#include "NetworkTransport.h"
#include "UnixSocketTransport.h"

#include <QNetworkAccessManager>

namespace ws {

HttpClient::HttpClient(const Endpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint)
{ }

HttpClient::~HttpClient()
{
    // Replies still running hold QNetworkReplies of m_manager: they go before it does.
    qDeleteAll(findChildren<HttpReply *>(Qt::FindDirectChildrenOnly));
}

HttpReply *HttpClient::send(const HttpRequest &request)
{
    auto *reply = new HttpReply(request, m_endpoint, this);
    switch (m_endpoint.kind) {
    case Endpoint::Kind::UnixSocket: {
        auto *transport = new UnixSocketTransport(reply);
        // Started from the event loop so that no signal can fire before the caller connects.
        QMetaObject::invokeMethod(transport, &UnixSocketTransport::start, Qt::QueuedConnection);
        break;
    }
    case Endpoint::Kind::Http: {
        if (!m_manager) {
            m_manager = std::make_unique<QNetworkAccessManager>();
            m_manager->setAutoDeleteReplies(false);
        }
        auto *transport = new NetworkTransport(reply, m_manager.get());
        QMetaObject::invokeMethod(transport, &NetworkTransport::start, Qt::QueuedConnection);
        break;
    }
    case Endpoint::Kind::Invalid:
        QMetaObject::invokeMethod(
            reply,
            [reply] {
                reply->finishWith(HttpReply::Error::NotFound, tr("no endpoint is configured"));
            },
            Qt::QueuedConnection);
        break;
    }
    return reply;
}

} // namespace ws
