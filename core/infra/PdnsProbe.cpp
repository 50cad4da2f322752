#include "PdnsProbe.h"

#include "DnsMessage.h"
#include "DnsQuery.h"
#include "PdnsApiAnswer.h"

#include "http/HttpClient.h"
#include "http/HttpReply.h"

#include <QNetworkDatagram>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUdpSocket>
#include <QtEndian>

namespace ws {

namespace {

bool isUrl(const QString &endpoint)
{
    return endpoint.startsWith(QLatin1String("http://"))
        || endpoint.startsWith(QLatin1String("https://"));
}

} // namespace

PdnsProbe::PdnsProbe(const ProbeTarget &target, QObject *parent) : Probe(target, parent)
{ }

PdnsProbe::~PdnsProbe() = default;

QString PdnsProbe::dnsWhere() const
{
    return m_dns.toString();
}

void PdnsProbe::run()
{
    const QString endpoint = target().endpoint;
    QString dnsSpec = target().option(QStringLiteral("dns"));
    const bool endpointIsApi = isUrl(endpoint);
    if (!endpointIsApi && dnsSpec.isEmpty())
        dnsSpec = endpoint;
    m_zone = target().option(QStringLiteral("zone"));

    // The API runs when there is a key to send, or when it is the only thing to ask (then a 401
    // at least tells that PowerDNS is there and wants its key).
    if (endpointIsApi && (!credentials().apiKey.isEmpty() || dnsSpec.isEmpty()))
        startApi(endpoint);
    if (!dnsSpec.isEmpty()) {
        QString error;
        if (!parseHostPort(dnsSpec, kDefaultDnsPort, &m_dns, &error)) {
            dnsDone(Part::Down, tr("the DNS address is wrong: %1").arg(error));
        } else if (m_zone.isEmpty()) {
            dnsDone(Part::Down,
                    tr("no zone to ask %1 about: add the option zone=<a zone it serves>")
                        .arg(dnsWhere()));
        } else {
            startDns();
        }
    }
    if (m_api == Part::NotAsked && m_dnsPart == Part::NotAsked) {
        fail(tr("nothing to probe at %1: give the API URL (http://host:8081) with an API key, "
                "or the option dns=host:port with zone=<zone>")
                 .arg(endpoint));
        return;
    }
    finishIfDone();
}

void PdnsProbe::abort()
{
    // The deadline's message says it all; the aborted replies must not finish the probe first.
    m_aborted = true;
    if (m_serverReply)
        m_serverReply->abort();
    if (m_statsReply)
        m_statsReply->abort();
    if (m_udp)
        m_udp->abort();
    if (m_tcp)
        m_tcp->abort();
}

// --- API ---------------------------------------------------------------------------------

void PdnsProbe::startApi(const QString &url)
{
    QString error;
    const Endpoint endpoint = Endpoint::fromUrl(url, &error);
    if (!endpoint.isValid()) {
        apiDone(Part::Down, tr("the API address is wrong: %1").arg(error));
        return;
    }
    m_api = Part::Running;
    m_http = new HttpClient(endpoint, this);
    const int left = std::max(200, timeout() - 100);
    const auto send = [&](const QByteArray &path) {
        HttpRequest request = HttpRequest::get(path);
        if (!credentials().apiKey.isEmpty())
            request.setHeader("X-API-Key", credentials().apiKey.toUtf8());
        request.setHeader("Accept", "application/json");
        request.connectTimeoutMs = left;
        request.firstByteTimeoutMs = left;
        request.idleTimeoutMs = left;
        return m_http->send(request);
    };
    m_serverReply = send("/api/v1/servers/localhost");
    connect(m_serverReply, &HttpReply::finished, this, &PdnsProbe::onServerReply);
    if (!credentials().apiKey.isEmpty()) {
        m_statsReply = send("/api/v1/servers/localhost/statistics");
        connect(m_statsReply, &HttpReply::finished, this, &PdnsProbe::onStatisticsReply);
    }
}

void PdnsProbe::onServerReply()
{
    HttpReply *reply = m_serverReply;
    if (!reply || isFinished() || m_aborted)
        return;
    reply->deleteLater();
    const QString api = m_http->endpoint().toDisplayString();
    if (reply->status() == 401 || reply->status() == 403) {
        if (m_statsReply)
            m_statsReply->abort();
        apiDone(Part::Down,
                credentials().apiKey.isEmpty()
                    ? tr("the PowerDNS API at %1 needs an API key: give the target a credential "
                         "with api_key (the api-key of pdns.conf)")
                          .arg(api)
                    : tr("the PowerDNS API at %1 refused the API key (%2): check that the "
                         "credential holds the api-key of pdns.conf")
                          .arg(api)
                          .arg(reply->status()));
        return;
    }
    if (reply->hasError()) {
        if (m_statsReply)
            m_statsReply->abort();
        QString why = reply->errorString();
        if (reply->error() == HttpReply::Error::HttpStatus) {
            const QString message = PdnsApiAnswer::errorMessage(reply->readAll());
            why = tr("HTTP %1 from %2%3")
                      .arg(reply->status())
                      .arg(api, message.isEmpty() ? QString() : QStringLiteral(": ") + message);
        }
        apiDone(Part::Down,
                tr("the PowerDNS API could not be read: %1. Check webserver=yes, api=yes and "
                   "webserver-address/port in pdns.conf.")
                    .arg(why));
        return;
    }
    PdnsApiAnswer::Server server;
    QString error;
    if (!PdnsApiAnswer::parseServer(reply->readAll(), &server, &error)) {
        if (m_statsReply)
            m_statsReply->abort();
        apiDone(Part::Down, tr("%1 does not answer as the PowerDNS API: %2").arg(api, error));
        return;
    }
    m_result.version = server.version;
    m_result.facts.insert(QStringLiteral("version"), server.version);
    m_result.facts.insert(QStringLiteral("daemon_type"), server.daemonType);
    m_result.facts.insert(QStringLiteral("server_id"), server.id);
    m_apiDetail = tr("API: PowerDNS %1 %2").arg(server.daemonType, server.version);
    m_serverRead = true;
    if (!m_statsReply || m_statsRead)
        apiDone(Part::Up, m_apiDetail);
}

void PdnsProbe::onStatisticsReply()
{
    HttpReply *reply = m_statsReply;
    if (!reply || isFinished() || m_aborted)
        return;
    reply->deleteLater();
    // The statistics are extras: a failure there does not change the verdict.
    QVariantMap stats;
    QString error;
    if (!reply->hasError() && PdnsApiAnswer::parseStatistics(reply->readAll(), &stats, &error))
        for (auto it = stats.cbegin(); it != stats.cend(); ++it)
            m_result.facts.insert(it.key(), it.value());
    m_statsRead = true;
    if (m_serverRead)
        apiDone(Part::Up, m_apiDetail);
}

void PdnsProbe::apiDone(Part state, const QString &detail)
{
    if (m_api != Part::Running && m_api != Part::NotAsked)
        return;
    m_api = state;
    m_apiDetail = detail;
    finishIfDone();
}

// --- DNS ---------------------------------------------------------------------------------

void PdnsProbe::startDns()
{
    m_queryId = quint16(QRandomGenerator::system()->bounded(65536));
    QString error;
    if (!DnsQuery::build(m_queryId, m_zone, DnsQuery::SOA, &m_query, &error)) {
        dnsDone(Part::Down, tr("cannot ask for the SOA of \"%1\": %2").arg(m_zone, error));
        return;
    }
    m_dnsPart = Part::Running;
    m_udp = new QUdpSocket(this);
    connect(m_udp, &QUdpSocket::connected, this, &PdnsProbe::sendUdp);
    connect(m_udp, &QUdpSocket::readyRead, this, &PdnsProbe::onUdpReadyRead);
    connect(m_udp, &QUdpSocket::errorOccurred, this, &PdnsProbe::onUdpError);
    // UDP may lose the query or the answer: send again a few times before the deadline.
    m_resend = new QTimer(this);
    m_resend->setInterval(std::max(300, timeout() / 4));
    connect(m_resend, &QTimer::timeout, this, &PdnsProbe::sendUdp);
    // A connected UDP socket hears the ICMP "port unreachable" as ConnectionRefusedError.
    m_udp->connectToHost(m_dns.host, m_dns.port);
}

void PdnsProbe::sendUdp()
{
    if (!m_udp || m_dnsPart != Part::Running)
        return;
    if (m_sends++ >= 3) {
        m_resend->stop();
        return;
    }
    m_udp->write(m_query);
    m_resend->start();
}

void PdnsProbe::onUdpReadyRead()
{
    // dnsDone() aborts the socket: ask it for more only while it is still open.
    while (m_udp && m_udp->state() != QAbstractSocket::UnconnectedState
           && m_udp->hasPendingDatagrams()) {
        const QNetworkDatagram datagram = m_udp->receiveDatagram(65536);
        if (m_dnsPart != Part::Running)
            return;
        onDnsAnswer(datagram.data(), false);
    }
}

void PdnsProbe::onUdpError()
{
    if (!m_udp || m_dnsPart != Part::Running || m_aborted)
        return;
    if (m_udp->error() == QAbstractSocket::ConnectionRefusedError)
        dnsDone(Part::Down,
                tr("nothing answers DNS at %1 (port unreachable): check the dns "
                   "option and that pdns_server listens there (local-port)")
                    .arg(dnsWhere()));
    else
        dnsDone(Part::Down, tr("DNS query to %1 failed: %2").arg(dnsWhere(), m_udp->errorString()));
}

void PdnsProbe::startTcp()
{
    m_resend->stop();
    m_udp->abort();
    m_tcp = new QTcpSocket(this);
    connect(m_tcp, &QTcpSocket::connected, this,
            [this] { m_tcp->write(DnsQuery::framedForTcp(m_query)); });
    connect(m_tcp, &QTcpSocket::readyRead, this, &PdnsProbe::onTcpReadyRead);
    connect(m_tcp, &QTcpSocket::errorOccurred, this, &PdnsProbe::onTcpError);
    m_tcp->connectToHost(m_dns.host, m_dns.port);
}

void PdnsProbe::onTcpReadyRead()
{
    if (!m_tcp || m_dnsPart != Part::Running)
        return;
    m_tcpBuffer += m_tcp->readAll();
    if (m_tcpBuffer.size() < 2)
        return;
    const quint16 length = qFromBigEndian<quint16>(m_tcpBuffer.constData());
    if (m_tcpBuffer.size() < 2 + length)
        return;
    m_tcp->abort();
    onDnsAnswer(m_tcpBuffer.mid(2, length), true);
}

void PdnsProbe::onTcpError()
{
    if (!m_tcp || m_dnsPart != Part::Running || m_aborted)
        return;
    dnsDone(Part::Down,
            tr("the answer over UDP was truncated, and DNS over TCP to %1 failed: %2")
                .arg(dnsWhere(), m_tcp->errorString()));
}

void PdnsProbe::onDnsAnswer(const QByteArray &bytes, bool overTcp)
{
    DnsMessage reply;
    QString error;
    if (!DnsMessage::parse(bytes, &reply, &error)) {
        dnsDone(
            Part::Down,
            tr("%1 answered with something that is not a DNS message: %2").arg(dnsWhere(), error));
        return;
    }
    // Over UDP, anything with another id is a late answer to an earlier probe or noise.
    if (reply.id != m_queryId || !reply.qr) {
        if (overTcp)
            dnsDone(
                Part::Down,
                tr("%1 answered over TCP with another query id or no answer flag").arg(dnsWhere()));
        return;
    }
    if (reply.tc && !overTcp) {
        startTcp();
        return;
    }
    m_result.facts.insert(QStringLiteral("dns_rcode"), DnsMessage::rcodeName(reply.rcode));
    m_result.facts.insert(QStringLiteral("dns_aa"), reply.aa);
    m_result.facts.insert(QStringLiteral("dns_answers"), reply.answerCount);
    if (reply.rcode != DnsMessage::NoError) {
        dnsDone(Part::Down,
                tr("%1 answered %2 for the SOA of %3: %4")
                    .arg(dnsWhere(), DnsMessage::rcodeName(reply.rcode), m_zone,
                         reply.rcode == DnsMessage::Refused
                             ? tr("it does not serve that zone (check the zone option and the "
                                  "server's zones)")
                             : reply.rcode == DnsMessage::NxDomain
                             ? tr("the zone does not exist there")
                             : tr("the server has a problem with the zone; see its log")));
        return;
    }
    if (!reply.aa) {
        dnsDone(Part::Down,
                tr("%1 answered for %2 without authority (AA=0): it does not serve "
                   "the zone itself")
                    .arg(dnsWhere(), m_zone));
        return;
    }
    const DnsRecord *soa = reply.soaAnswer();
    if (!soa) {
        dnsDone(Part::Down,
                tr("%1 answered for %2 with authority but without its SOA record")
                    .arg(dnsWhere(), m_zone));
        return;
    }
    m_result.facts.insert(QStringLiteral("soa_serial"), soa->soa.serial);
    m_result.facts.insert(QStringLiteral("soa_mname"), soa->soa.mname);
    m_result.facts.insert(QStringLiteral("zone"), m_zone);
    dnsDone(Part::Up,
            tr("DNS: %1 serves %2 (SOA serial %3)%4")
                .arg(dnsWhere(), m_zone)
                .arg(soa->soa.serial)
                .arg(overTcp ? tr(", over TCP") : QString()));
}

void PdnsProbe::dnsDone(Part state, const QString &detail)
{
    if (m_dnsPart != Part::Running && m_dnsPart != Part::NotAsked)
        return;
    m_dnsPart = state;
    m_dnsDetail = detail;
    if (m_resend)
        m_resend->stop();
    if (m_udp)
        m_udp->abort();
    if (m_tcp)
        m_tcp->abort();
    finishIfDone();
}

// --- verdict -----------------------------------------------------------------------------

void PdnsProbe::finishIfDone()
{
    if (isFinished() || m_api == Part::Running || m_dnsPart == Part::Running)
        return;
    QStringList details;
    int up = 0;
    int down = 0;
    for (const auto &[state, detail] : {std::pair {m_api, m_apiDetail}, {m_dnsPart, m_dnsDetail}}) {
        if (state == Part::NotAsked)
            continue;
        (state == Part::Up ? up : down)++;
        details << detail;
    }
    ProbeResult result = m_result;
    const QString detail = details.join(QStringLiteral("; "));
    if (down == 0) {
        result.status = ProbeStatus::Up;
        result.detail = detail;
        succeed(result);
    } else if (up > 0) {
        result.status = ProbeStatus::Degraded;
        result.detail = detail;
        succeed(result);
    } else {
        fail(result, detail);
    }
}

} // namespace ws
