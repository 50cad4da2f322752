#include "RabbitmqProbe.h"

#include "AmqpConnectionStart.h"
#include "RabbitmqManagementAnswer.h"

#include "http/HttpClient.h"
#include "http/HttpReply.h"

#include <QTcpSocket>

namespace ws {

RabbitmqProbe::RabbitmqProbe(const ProbeTarget &target, QObject *parent) : Probe(target, parent)
{ }

RabbitmqProbe::~RabbitmqProbe() = default;

QString RabbitmqProbe::where() const
{
    return m_address.toString();
}

void RabbitmqProbe::run()
{
    QString error;
    if (!parseHostPort(target().endpoint, kDefaultPort, &m_address, &error)) {
        fail(error);
        return;
    }
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::connected, this, [this] {
        // AMQP 0-9-1: "AMQP", protocol id 0, version 0-9-1.
        m_socket->write(QByteArray("AMQP\x00\x00\x09\x01", 8));
    });
    connect(m_socket, &QTcpSocket::readyRead, this, &RabbitmqProbe::onReadyRead);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &RabbitmqProbe::onSocketError);
    m_socket->connectToHost(m_address.host, m_address.port);
}

void RabbitmqProbe::abort()
{
    // The deadline's message says it all; the aborted replies must not finish the probe first.
    m_aborted = true;
    closeSocket();
    if (m_overview)
        m_overview->abort();
    if (m_nodes)
        m_nodes->abort();
}

void RabbitmqProbe::closeSocket()
{
    if (!m_socket)
        return;
    // Closing right after Connection.Start is what a client does when it gives up before
    // Start-Ok; the broker logs a handshake warning, nothing more. Anything politer needs a
    // login, which the AMQP check must not need.
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void RabbitmqProbe::onReadyRead()
{
    if (!m_socket || m_amqpDone)
        return;
    switch (m_reader.feed(m_socket->readAll())) {
    case AmqpFrameReader::State::NeedMore:
        return;
    case AmqpFrameReader::State::Frame:
        onAmqpFrame();
        return;
    case AmqpFrameReader::State::ProtocolHeader:
        m_amqpDone = true;
        closeSocket();
        fail(tr("%1 speaks AMQP %2, not 0-9-1: it is another broker (or another version) than "
                "RabbitMQ's AMQP 0-9-1 listener. Check the port, or probe it as what it is.")
                 .arg(where(), m_reader.protocolVersion()));
        return;
    case AmqpFrameReader::State::Error:
        m_amqpDone = true;
        closeSocket();
        fail(tr("%1 is not an AMQP 0-9-1 broker: %2. Check that the address points at "
                "RabbitMQ's AMQP port (5672 by default).")
                 .arg(where(), m_reader.errorString()));
        return;
    }
}

void RabbitmqProbe::onSocketError()
{
    if (!m_socket || m_amqpDone)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString text = m_socket->errorString();
    closeSocket();
    m_amqpDone = true;
    switch (code) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(tr("connection to %1 refused: nothing listens there. Start rabbitmq-server or check "
                "the port (AMQP is 5672 by default).")
                 .arg(where()));
        return;
    case QAbstractSocket::RemoteHostClosedError:
        fail(tr("%1 closed the connection before it sent Connection.Start: it is not an AMQP "
                "0-9-1 broker, or the broker refuses connections (still starting, connection "
                "limit, or a listener for TLS only).")
                 .arg(where()));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(tr("the host of %1 is not known: check the name.").arg(where()));
        return;
    default:
        fail(tr("could not read from %1: %2").arg(where(), text));
        return;
    }
}

void RabbitmqProbe::onAmqpFrame()
{
    m_amqpDone = true;
    const AmqpFrame frame = m_reader.frame();
    closeSocket();
    if (frame.type != 1 || frame.channel != 0) {
        fail(tr("%1 sent a frame of type %2 on channel %3 where AMQP's Connection.Start "
                "belongs: it is not an AMQP 0-9-1 broker.")
                 .arg(where())
                 .arg(frame.type)
                 .arg(frame.channel));
        return;
    }
    AmqpConnectionStart start;
    QString error;
    if (!AmqpConnectionStart::decode(frame.payload, &start, &error)) {
        fail(tr("%1 answered AMQP with a Connection.Start we cannot read: %2").arg(where(), error));
        return;
    }
    ProbeResult result;
    result.latencyMs = elapsedMsPrecise();
    const QString product = start.property(QStringLiteral("product"));
    result.version = start.property(QStringLiteral("version")).trimmed();
    result.facts.insert(QStringLiteral("product"), product);
    result.facts.insert(QStringLiteral("version"), result.version);
    result.facts.insert(QStringLiteral("platform"), start.property(QStringLiteral("platform")));
    const QString cluster = start.property(QStringLiteral("cluster_name"));
    if (!cluster.isEmpty())
        result.facts.insert(QStringLiteral("cluster_name"), cluster);
    result.facts.insert(QStringLiteral("mechanisms"), start.mechanisms);
    result.facts.insert(QStringLiteral("amqp_version"),
                        QStringLiteral("%1-%2").arg(start.versionMajor).arg(start.versionMinor));
    if (start.versionMajor != 0 || start.versionMinor != 9) {
        // Connection.Start carries the version the broker wants: 0-9 for 0-9-1.
        result.status = ProbeStatus::Degraded;
        result.detail = tr("%1 answers AMQP but offers version %2-%3 instead of 0-9")
                            .arg(where())
                            .arg(start.versionMajor)
                            .arg(start.versionMinor);
    } else {
        result.status = ProbeStatus::Up;
        result.detail = tr("%1 %2 accepts AMQP 0-9-1 connections (mechanisms: %3)")
                            .arg(product.isEmpty() ? tr("the broker") : product, result.version,
                                 start.mechanisms.join(QLatin1Char(' ')));
    }
    m_result = result;

    const QString management = target().option(QStringLiteral("management"));
    if (management.isEmpty()) {
        succeed(m_result);
        return;
    }
    if (credentials().username.isEmpty()) {
        m_result.detail += tr("; the management API was not asked: the target has no credential");
        succeed(m_result);
        return;
    }
    startManagement();
}

void RabbitmqProbe::startManagement()
{
    QString error;
    const Endpoint endpoint
        = Endpoint::fromUrl(target().option(QStringLiteral("management")), &error);
    if (!endpoint.isValid()) {
        m_result.status = worseStatus(m_result.status, ProbeStatus::Degraded);
        m_result.detail = tr("AMQP answers, but the management option is not a URL: %1").arg(error);
        succeed(m_result);
        return;
    }
    m_http = new HttpClient(endpoint, this);
    const QByteArray auth = "Basic "
        + (credentials().username + QLatin1Char(':') + credentials().password).toUtf8().toBase64();
    // What is left of the deadline, so the management API's silence is reported as such.
    const int left = std::max<int>(200, timeout() - int(elapsedMs()) - 100);
    const auto send = [&](const QByteArray &path) {
        HttpRequest request = HttpRequest::get(path);
        request.setHeader("Authorization", auth);
        request.setHeader("Accept", "application/json");
        request.connectTimeoutMs = left;
        request.firstByteTimeoutMs = left;
        request.idleTimeoutMs = left;
        HttpReply *reply = m_http->send(request);
        connect(reply, &HttpReply::finished, this, &RabbitmqProbe::onManagementFinished);
        return reply;
    };
    m_overview = send("/api/overview");
    m_nodes = send("/api/nodes");
}

void RabbitmqProbe::onManagementFinished()
{
    if (isFinished() || m_aborted || !m_overview || !m_nodes || !m_overview->isFinished()
        || !m_nodes->isFinished())
        return;
    const QString api = m_http->endpoint().toDisplayString();
    const auto degrade = [&](const QString &why) {
        m_result.status = worseStatus(m_result.status, ProbeStatus::Degraded);
        m_result.detail = tr("AMQP answers (%1 %2), but %3")
                              .arg(m_result.facts.value(QStringLiteral("product")).toString(),
                                   m_result.version, why);
    };
    if (m_overview->status() == 401 || m_nodes->status() == 401) {
        degrade(tr("the management API refused the credential (401 at %1): check the user and "
                   "password in the target's credential, and that the user has the "
                   "monitoring tag")
                    .arg(api));
    } else if (m_overview->hasError() || m_nodes->hasError()) {
        const HttpReply *failed = m_overview->hasError() ? m_overview.data() : m_nodes.data();
        degrade(tr("the management API could not be read: %1").arg(failed->errorString()));
    } else {
        QVariantMap overview;
        QList<ProbeElement> nodes;
        QString error;
        if (!RabbitmqManagementAnswer::parseOverview(m_overview->readAll(), &overview, &error)
            || !RabbitmqManagementAnswer::parseNodes(m_nodes->readAll(), &nodes, &error)) {
            degrade(tr("the management API at %1 answered something we cannot read: %2")
                        .arg(api, error));
        } else {
            for (auto it = overview.cbegin(); it != overview.cend(); ++it)
                m_result.facts.insert(it.key(), it.value());
            m_result.elements = nodes;
            QStringList troubled;
            for (const ProbeElement &node : nodes)
                if (node.status != ProbeStatus::Up)
                    troubled << QStringLiteral("%1: %2").arg(node.name, node.detail);
            if (!troubled.isEmpty()) {
                degrade(
                    tr("%n node(s) of the cluster are not well: %1", nullptr, int(troubled.size()))
                        .arg(troubled.join(QStringLiteral("; "))));
            } else {
                m_result.detail += tr("; management API: %n node(s) running without alarms",
                                      nullptr, int(nodes.size()));
            }
        }
    }
    m_overview->deleteLater();
    m_nodes->deleteLater();
    succeed(m_result);
}

} // namespace ws
