#include "NetworkTransport.h"

#include "HttpReply.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSslConfiguration>
#include <QSslKey>

namespace ws {

namespace {

QSslKey readKey(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray pem = file.readAll();
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        QSslKey key(pem, algorithm, QSsl::Pem);
        if (!key.isNull())
            return key;
    }
    return {};
}

} // namespace

NetworkTransport::NetworkTransport(HttpReply *reply, QNetworkAccessManager *manager)
    : QObject(reply), m_reply(reply), m_manager(manager)
{
    reply->setAbortHandler([this] {
        m_aborted = true;
        if (m_network) {
            m_network->disconnect(this);
            m_network->abort();
            m_network->deleteLater();
        }
    });
}

void NetworkTransport::start()
{
    const HttpRequest &request = m_reply->request();
    const Endpoint &endpoint = m_reply->endpoint();

    QUrl url = endpoint.baseUrl;
    // The target carries path and query already encoded; QUrl must not encode them again.
    const QByteArray target = request.target.isEmpty() ? QByteArray("/") : request.target;
    const qsizetype question = target.indexOf('?');
    const QByteArray path = question < 0 ? target : target.first(question);
    QString basePath = url.path(QUrl::FullyEncoded);
    if (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + QString::fromLatin1(path), QUrl::TolerantMode);
    if (question >= 0)
        url.setQuery(QString::fromLatin1(target.mid(question + 1)), QUrl::TolerantMode);

    QNetworkRequest nr(url);
    for (const auto &h : request.headers)
        nr.setRawHeader(h.first, h.second);
    if (request.header("User-Agent").isEmpty())
        nr.setRawHeader("User-Agent", "whalestack");
    // HTTP/1.1 only: one framing to reason about and to debug with tcpdump; etcd's and Docker's
    // Go servers gain nothing from h2 for these small requests.
    nr.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // API servers do not redirect; a redirect would be a misconfiguration worth seeing.
    nr.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                    QNetworkRequest::ManualRedirectPolicy);
    nr.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    // HttpReply runs the connect / first-byte / idle timers itself, the same for both
    // transports; Qt's transfer timeout would only blur which phase timed out.
    nr.setTransferTimeout(0);

    if (endpoint.isTls()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setAllowedNextProtocols({QByteArrayLiteral("http/1.1")});
        if (!endpoint.caFile.isEmpty()) {
            const QList<QSslCertificate> cas = QSslCertificate::fromPath(endpoint.caFile);
            if (cas.isEmpty()) {
                QMetaObject::invokeMethod(
                    this,
                    [this, file = endpoint.caFile] {
                        m_reply->finishWith(
                            HttpReply::Error::Tls,
                            tr("no CA certificate could be read from %1").arg(file));
                    },
                    Qt::QueuedConnection);
                return;
            }
            ssl.setCaCertificates(cas);
        }
        if (!endpoint.certFile.isEmpty()) {
            const QList<QSslCertificate> certs = QSslCertificate::fromPath(endpoint.certFile);
            const QSslKey key = readKey(endpoint.keyFile);
            if (certs.isEmpty() || key.isNull()) {
                QMetaObject::invokeMethod(
                    this,
                    [this, endpoint] {
                        m_reply->finishWith(
                            HttpReply::Error::Tls,
                            tr("the client certificate %1 or its key %2 could not be read")
                                .arg(endpoint.certFile, endpoint.keyFile));
                    },
                    Qt::QueuedConnection);
                return;
            }
            ssl.setLocalCertificate(certs.first());
            ssl.setPrivateKey(key);
        }
        if (!endpoint.verifyPeer)
            ssl.setPeerVerifyMode(QSslSocket::VerifyNone);
        nr.setSslConfiguration(ssl);
    }

    m_reply->setPhase(HttpReply::Phase::Connecting);
    if (request.bodyDevice)
        m_network = m_manager->sendCustomRequest(nr, request.method, request.bodyDevice);
    else
        m_network = m_manager->sendCustomRequest(nr, request.method, request.body);
    m_network->setParent(this);
    connect(m_network, &QNetworkReply::requestSent, this,
            [this] { m_reply->setPhase(HttpReply::Phase::WaitingForAnswer); });
    connect(m_network, &QNetworkReply::metaDataChanged, this, &NetworkTransport::onMetaData);
    connect(m_network, &QNetworkReply::readyRead, this, &NetworkTransport::onReadyRead);
    connect(m_network, &QNetworkReply::finished, this, &NetworkTransport::onFinished);
    connect(m_network, &QNetworkReply::sslErrors, this, &NetworkTransport::onSslErrors);
}

void NetworkTransport::onMetaData()
{
    if (m_reply->isHeadersReceived())
        return;
    const int status = m_network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0)
        return;
    m_reply->setPhase(HttpReply::Phase::Receiving);
    m_reply->setHeaders(
        status, m_network->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
        m_network->rawHeaderPairs());
}

void NetworkTransport::onReadyRead()
{
    QPointer<HttpReply> reply = m_reply;
    onMetaData();
    if (!reply || m_reply->isFinished() || !m_network)
        return;
    m_reply->setPhase(HttpReply::Phase::Receiving);
    m_reply->deliver(m_network->readAll());
}

void NetworkTransport::onSslErrors(const QList<QSslError> &errors)
{
    QStringList messages;
    for (const QSslError &e : errors)
        messages << e.errorString();
    m_sslErrors = messages.join(QLatin1String("; "));
}

void NetworkTransport::onFinished()
{
    if (m_aborted || m_reply->isFinished())
        return;
    QPointer<HttpReply> reply = m_reply;
    onReadyRead();
    if (!reply || m_reply->isFinished())
        return;
    const QNetworkReply::NetworkError error = m_network->error();
    const QString detail = m_sslErrors.isEmpty() ? m_network->errorString() : m_sslErrors;
    const bool haveStatus = m_reply->isHeadersReceived();
    m_network->deleteLater();
    // With a status line in hand, QNAM's "errors" for 4xx/5xx are just the status.
    if (error == QNetworkReply::NoError
        || (haveStatus && error >= QNetworkReply::ContentAccessDenied
            && error <= QNetworkReply::UnknownServerError)) {
        m_reply->finishWith(HttpReply::Error::None);
        return;
    }
    HttpReply::Error mapped = HttpReply::Error::ProtocolError;
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        mapped = HttpReply::Error::ConnectionRefused;
        break;
    case QNetworkReply::HostNotFoundError:
        mapped = HttpReply::Error::NotFound;
        break;
    case QNetworkReply::TimeoutError:
        mapped = HttpReply::Error::Timeout;
        break;
    case QNetworkReply::RemoteHostClosedError:
        mapped = HttpReply::Error::Closed;
        break;
    case QNetworkReply::SslHandshakeFailedError:
        mapped = HttpReply::Error::Tls;
        break;
    case QNetworkReply::OperationCanceledError:
        mapped = HttpReply::Error::Aborted;
        break;
    default:
        // A reply cut short after the headers (QNAM reports it in several ways) is a close.
        mapped = haveStatus ? HttpReply::Error::Closed : HttpReply::Error::ProtocolError;
        break;
    }
    m_reply->finishWith(mapped, detail);
}

} // namespace ws
