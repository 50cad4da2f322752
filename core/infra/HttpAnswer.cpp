#include "HttpAnswer.h"

#include "http/HttpReply.h"

namespace ws {

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const auto &h : headers)
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

HttpAnswer HttpAnswer::from(const HttpReply *reply, double atMs)
{
    HttpAnswer a;
    a.done = true;
    a.status = reply->isHeadersReceived() ? reply->status() : 0;
    a.body = reply->readAll();
    a.headers = reply->headers();
    // A status of 400 or more is an answer, not a failure of the request: the probes judge it.
    if (reply->hasError() && reply->error() != HttpReply::Error::HttpStatus)
        a.error = reply->errorString();
    a.atMs = atMs;
    return a;
}

} // namespace ws
