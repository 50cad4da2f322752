#pragma once

#include "Probe.h"

#include <QPointer>

class QTcpSocket;
class QTimer;
class QUdpSocket;

namespace ws {

class HttpClient;
class HttpReply;
struct DnsMessage;

// Probes a PowerDNS Authoritative server (kind "pdns") in two ways, each when it can:
//  - its HTTP API: endpoint "http://127.0.0.1:8081" with the credential's API key:
//    GET /api/v1/servers/localhost (version, daemon type) and the essentials of
//    /statistics. A refused key is reported as such, and the key never appears anywhere.
//  - DNS: option dns=host:port (or an endpoint without a scheme) and option zone=example.org:
//    an SOA query over UDP (over TCP when the answer comes back truncated). Up only when the
//    server answers authoritatively (AA=1) with NOERROR and the zone's SOA; facts soa_serial,
//    soa_mname.
// Both checks Up → Up; one not Up while the other is → Degraded; all that ran down → Down.
class PdnsProbe : public Probe
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultDnsPort = 53;

    explicit PdnsProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~PdnsProbe() override;

protected:
    void run() override;
    void abort() override;

private:
    enum class Part { NotAsked, Running, Up, Down };

    void startApi(const QString &url);
    void onServerReply();
    void onStatisticsReply();
    void startDns();
    void sendUdp();
    void onUdpReadyRead();
    void onUdpError();
    void startTcp();
    void onTcpReadyRead();
    void onTcpError();
    void onDnsAnswer(const QByteArray &bytes, bool overTcp);
    void dnsDone(Part state, const QString &detail);
    void apiDone(Part state, const QString &detail);
    void finishIfDone();
    QString dnsWhere() const;

    // API
    HttpClient *m_http = nullptr;
    QPointer<HttpReply> m_serverReply;
    QPointer<HttpReply> m_statsReply;
    bool m_serverRead = false;
    bool m_statsRead = false;
    Part m_api = Part::NotAsked;
    QString m_apiDetail;

    // DNS
    HostPort m_dns;
    QString m_zone;
    quint16 m_queryId = 0;
    QByteArray m_query;
    QUdpSocket *m_udp = nullptr;
    QTimer *m_resend = nullptr;
    int m_sends = 0;
    QTcpSocket *m_tcp = nullptr;
    QByteArray m_tcpBuffer;
    Part m_dnsPart = Part::NotAsked;
    QString m_dnsDetail;

    ProbeResult m_result;
    bool m_aborted = false;
};

} // namespace ws
