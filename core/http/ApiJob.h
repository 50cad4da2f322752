#pragma once

#include "HttpReply.h"

#include <QObject>
#include <QString>

namespace ws {

// One call of a server API (Docker's /version, etcd's /health, …) that ends with a typed
// result or an error. finished() comes exactly once, from the event loop; the receiver
// deletes the job with deleteLater(). ResultJob<T> adds the result.
class ApiJob : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    bool isFinished() const { return m_finished; }
    bool hasError() const { return m_error != HttpReply::Error::None; }
    HttpReply::Error error() const { return m_error; }
    QString errorString() const { return m_errorString; }
    // The endpoint that answered (or the last one tried), for status displays.
    QString endpoint() const { return m_endpoint; }

    void finishWithError(HttpReply::Error error, const QString &message, const QString &endpoint)
    {
        m_error = error == HttpReply::Error::None ? HttpReply::Error::ProtocolError : error;
        m_errorString = message;
        m_endpoint = endpoint;
        finish();
    }

Q_SIGNALS:
    void finished();

protected:
    void setEndpoint(const QString &endpoint) { m_endpoint = endpoint; }
    void finish()
    {
        if (m_finished)
            return;
        m_finished = true;
        Q_EMIT finished();
    }

private:
    bool m_finished = false;
    HttpReply::Error m_error = HttpReply::Error::None;
    QString m_errorString;
    QString m_endpoint;
};

// A job whose success carries a value of type T.
template<typename T>
class ResultJob : public ApiJob
{
public:
    using ApiJob::ApiJob;

    const T &result() const { return m_result; }

    void finishWithResult(const T &result, const QString &endpoint)
    {
        m_result = result;
        setEndpoint(endpoint);
        finish();
    }

private:
    T m_result {};
};

} // namespace ws
