#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace ws {

class HttpReply;

// What one HTTP request of a probe brought back, as a value: the probes collect these and
// judge them in a pure function (so the judging is unit-tested and fuzzed without a server).
struct HttpAnswer
{
    bool done = false; // the request ended (with an answer or an error)
    int status = 0; // 0: no HTTP answer came
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString error; // core/http's message when the request failed; empty otherwise
    double atMs = -1; // when it ended, from the probe's start

    bool answered() const { return status > 0; }
    bool ok() const { return status >= 200 && status < 300 && error.isEmpty(); }
    QByteArray header(QByteArrayView name) const;

    static HttpAnswer from(const HttpReply *reply, double atMs);
};

} // namespace ws
