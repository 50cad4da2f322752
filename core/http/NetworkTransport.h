#pragma once

#include <QNetworkReply>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ws {

class HttpReply;

// Carries one request over QNetworkAccessManager (http and https) and feeds the answer to its
// HttpReply as it streams in. Private to core/http: HttpClient creates one per request.
class NetworkTransport : public QObject
{
    Q_OBJECT

public:
    NetworkTransport(HttpReply *reply, QNetworkAccessManager *manager);
    void start();

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onSslErrors(const QList<QSslError> &errors);

    HttpReply *m_reply;
    QNetworkAccessManager *m_manager;
    QPointer<QNetworkReply> m_network;
    QString m_sslErrors;
    bool m_aborted = false;
};

} // namespace ws
