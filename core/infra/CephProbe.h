#pragma once

#include "Probe.h"

#include <QPointer>

class QProcess;
class QTcpSocket;

namespace ws {

class HttpClient;
class HttpReply;
struct CephMetricSample;

// Probes a Ceph cluster (kind "ceph") the way the endpoint says:
//  - "http://mgr:9283/metrics": the active manager's prometheus module. ceph_health_status
//    decides (0 HEALTH_OK → Up, 1 HEALTH_WARN → Degraded, 2 HEALTH_ERR → Down); the monitors
//    in quorum and the OSDs up/in become facts and elements, the health checks the detail.
//  - "mon-host:6789" or ":3300" (no scheme): the monitor's messenger banner ("ceph v027" or
//    "ceph v2\n"). Up means the monitor accepts connections, nothing more.
//  - option cli=1, or the endpoint "ceph-cli:" / "ceph-cli:/etc/ceph/ceph.conf": runs
//    `ceph status --format json` (asynchronously, killed at the deadline) and reads health.status
//    (else overall_status). Option conf=PATH picks the configuration file.
class CephProbe : public Probe
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultMonitorPort = 6789;

    explicit CephProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~CephProbe() override;

protected:
    void run() override;
    void abort() override;

private:
    void runMetrics();
    void onMetricsReply();
    void judgeMetrics(const QList<CephMetricSample> &samples);
    void runBanner();
    void onBannerBytes();
    void onBannerError();
    void runCli(const QString &conf);
    void onCliFinished();
    void closeSocket();
    QString where() const;

    bool m_aborted = false;
    HttpClient *m_http = nullptr;
    QPointer<HttpReply> m_reply;
    HostPort m_address;
    QTcpSocket *m_socket = nullptr;
    QByteArray m_banner;
    QProcess *m_process = nullptr;
};

} // namespace ws
