#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

class QIODevice;

namespace ws {

// One HTTP request as a value: what HttpClient::send() sends to its endpoint.
struct HttpRequest
{
    using Header = QPair<QByteArray, QByteArray>;

    QByteArray method = "GET";
    QByteArray target = "/"; // path and query, already percent-encoded: "/v1.41/images/json?all=1"
    QList<Header> headers; // Host, Content-Length and Connection are set by the transport
    QByteArray body;
    // A streamed body instead of `body` (a build context, say). Not owned: it must live until
    // the reply finishes. Its size() is sent as Content-Length when it is not sequential;
    // a sequential device is sent with chunked coding over the unix socket.
    QIODevice *bodyDevice = nullptr;

    // Milliseconds; 0 = no limit. Connect: until the connection stands. First byte: from the
    // request being sent to the first byte of the answer. Idle: between two reads after that
    // (set it to 0 for endless streams such as /events or a followed log).
    int connectTimeoutMs = 10'000;
    int firstByteTimeoutMs = 30'000;
    int idleTimeoutMs = 30'000;

    // Whether HttpReply::readAll() keeps the body; streaming users turn it off and take
    // dataReceived() chunks instead.
    bool accumulateBody = true;
    // Whether sending the request twice does no harm. A client that fails over to another
    // server sends a request that is not again only when it surely never arrived (refused, no
    // such host, TLS): a timeout or a cut connection may come after the server acted on it.
    // GET and HEAD are; a POST that only reads (etcd's kv/range) says so.
    bool idempotent = false;

    HttpRequest() = default;
    HttpRequest(QByteArray method, QByteArray target)
        : method(std::move(method)), target(std::move(target))
    { }

    static HttpRequest get(const QByteArray &target)
    {
        HttpRequest r("GET", target);
        r.idempotent = true;
        return r;
    }
    static HttpRequest head(const QByteArray &target)
    {
        HttpRequest r("HEAD", target);
        r.idempotent = true;
        return r;
    }
    static HttpRequest post(const QByteArray &target, const QByteArray &body,
                            const QByteArray &contentType = "application/json")
    {
        HttpRequest r("POST", target);
        r.body = body;
        r.setHeader("Content-Type", contentType);
        return r;
    }

    // Replaces every header of that name (case-insensitive).
    void setHeader(const QByteArray &name, const QByteArray &value)
    {
        removeHeader(name);
        headers.append({name, value});
    }
    void removeHeader(const QByteArray &name)
    {
        headers.removeIf(
            [&](const Header &h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    }
    QByteArray header(const QByteArray &name) const
    {
        for (const Header &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

} // namespace ws
