#pragma once

#include "AmqpFrameReader.h"
#include "Probe.h"

#include <QPointer>

class QTcpSocket;

namespace ws {

class HttpClient;
class HttpReply;

// Probes a RabbitMQ broker (kind "rabbitmq", default port 5672): sends the AMQP 0-9-1 protocol
// header, reads Connection.Start and takes the product, version, platform, cluster name and
// SASL mechanisms from it, then closes. Up when a broker answers with Connection.Start.
//
// With a credential (username/password) and the option management=http://host:15672 it also
// reads /api/overview (versions, totals) and /api/nodes (one element per node; Degraded on a
// memory or disk alarm, a partition or a stopped node). A refused credential makes the result
// Degraded; the AMQP answer alone decides whether the broker is up.
class RabbitmqProbe : public Probe
{
    Q_OBJECT

public:
    static constexpr quint16 kDefaultPort = 5672;

    explicit RabbitmqProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~RabbitmqProbe() override;

protected:
    void run() override;
    void abort() override;

private:
    void onReadyRead();
    void onSocketError();
    void onAmqpFrame();
    void startManagement();
    void onManagementFinished();
    void closeSocket();
    QString where() const;

    HostPort m_address;
    QTcpSocket *m_socket = nullptr;
    AmqpFrameReader m_reader;
    bool m_amqpDone = false;
    bool m_aborted = false;
    ProbeResult m_result;

    HttpClient *m_http = nullptr;
    QPointer<HttpReply> m_overview;
    QPointer<HttpReply> m_nodes;
};

} // namespace ws
