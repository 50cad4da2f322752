#include "CephProbe.h"

#include "CephPrometheusText.h"
#include "CephStatusJson.h"

#include "http/HttpClient.h"
#include "http/HttpReply.h"

#include <QProcess>
#include <QTcpSocket>
#include <QUrl>

namespace ws {

namespace {

const QByteArray kBannerV1 = QByteArrayLiteral("ceph v027");
const QByteArray kBannerV2 = QByteArrayLiteral("ceph v2\n");

ProbeStatus statusOfHealth(const QString &health)
{
    if (health == QLatin1String("HEALTH_OK"))
        return ProbeStatus::Up;
    if (health == QLatin1String("HEALTH_WARN"))
        return ProbeStatus::Degraded;
    return ProbeStatus::Down;
}

// "ceph version 16.2.15 (618f...) pacific (stable)" → "16.2.15"
QString cleanVersion(const QString &raw)
{
    const QStringList words = raw.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() >= 3 && words[0] == QLatin1String("ceph")
        && words[1] == QLatin1String("version"))
        return words[2];
    return raw.trimmed();
}

} // namespace

CephProbe::CephProbe(const ProbeTarget &target, QObject *parent) : Probe(target, parent)
{ }

CephProbe::~CephProbe()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

QString CephProbe::where() const
{
    return m_address.toString();
}

void CephProbe::run()
{
    const QString endpoint = target().endpoint;
    const QString cli = target().option(QStringLiteral("cli"));
    if (endpoint.startsWith(QLatin1String("ceph-cli:"))) {
        const QString conf = endpoint.mid(9);
        runCli(conf.isEmpty() ? target().option(QStringLiteral("conf")) : conf);
    } else if (cli == QLatin1String("1") || cli == QLatin1String("true")) {
        runCli(target().option(QStringLiteral("conf")));
    } else if (endpoint.startsWith(QLatin1String("http://"))
               || endpoint.startsWith(QLatin1String("https://"))) {
        runMetrics();
    } else {
        runBanner();
    }
}

void CephProbe::abort()
{
    m_aborted = true;
    if (m_reply)
        m_reply->abort();
    closeSocket();
    if (m_process) {
        m_process->disconnect(this);
        m_process->kill();
    }
}

// --- the manager's prometheus module -------------------------------------------------------

void CephProbe::runMetrics()
{
    const QUrl url(target().endpoint);
    QUrl base = url;
    base.setPath(QString());
    base.setQuery(QString());
    QString error;
    const Endpoint endpoint = Endpoint::fromUrl(base.toString(), &error);
    if (!url.isValid() || !endpoint.isValid()) {
        fail(tr("%1 is not a URL: %2").arg(target().endpoint, error));
        return;
    }
    // The module answers on any path, but /metrics is the one its docs give.
    QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    if (path.isEmpty() || path == "/")
        path = "/metrics";
    m_http = new HttpClient(endpoint, this);
    HttpRequest request = HttpRequest::get(path);
    const int left = std::max(200, timeout() - 100);
    request.connectTimeoutMs = left;
    request.firstByteTimeoutMs = left;
    request.idleTimeoutMs = left;
    m_reply = m_http->send(request);
    connect(m_reply, &HttpReply::finished, this, &CephProbe::onMetricsReply);
}

void CephProbe::onMetricsReply()
{
    HttpReply *reply = m_reply;
    if (!reply || m_aborted || isFinished())
        return;
    reply->deleteLater();
    if (reply->error() == HttpReply::Error::HttpStatus) {
        fail(tr("%1 answered HTTP %2: a standby manager answers with an error; probe the active "
                "one (`ceph mgr services` lists its prometheus URL)")
                 .arg(target().endpoint)
                 .arg(reply->status()));
        return;
    }
    if (reply->hasError()) {
        fail(tr("the manager's prometheus endpoint could not be read: %1. Check that the "
                "module is on (`ceph mgr module enable prometheus`) and the port (9283).")
                 .arg(reply->errorString()));
        return;
    }
    QList<CephMetricSample> samples;
    QString error;
    if (!CephPrometheusText::parse(reply->readAll(), &samples, &error)) {
        fail(tr("%1 does not serve Prometheus metrics: %2").arg(target().endpoint, error));
        return;
    }
    judgeMetrics(samples);
}

void CephProbe::judgeMetrics(const QList<CephMetricSample> &samples)
{
    const QList<CephMetricSample> health
        = CephPrometheusText::find(samples, QStringLiteral("ceph_health_status"));
    if (health.isEmpty()) {
        fail(tr("%1 serves metrics without ceph_health_status: it is not a Ceph manager's "
                "prometheus module")
                 .arg(target().endpoint));
        return;
    }
    ProbeResult result;
    result.latencyMs = elapsedMsPrecise();
    const int code = int(health.first().value);
    const QString healthName = code == 0 ? QStringLiteral("HEALTH_OK")
        : code == 1                      ? QStringLiteral("HEALTH_WARN")
                                         : QStringLiteral("HEALTH_ERR");
    result.facts.insert(QStringLiteral("health"), healthName);

    for (const QString &metadata :
         {QStringLiteral("ceph_mon_metadata"), QStringLiteral("ceph_mgr_metadata")}) {
        const QList<CephMetricSample> found = CephPrometheusText::find(samples, metadata);
        if (!found.isEmpty() && result.version.isEmpty())
            result.version
                = cleanVersion(found.first().labels.value(QStringLiteral("ceph_version")));
    }

    int monsInQuorum = 0;
    const QList<CephMetricSample> mons
        = CephPrometheusText::find(samples, QStringLiteral("ceph_mon_quorum_status"));
    for (const CephMetricSample &mon : mons) {
        ProbeElement element;
        element.name = mon.labels.value(QStringLiteral("ceph_daemon"));
        element.role = QStringLiteral("monitor");
        const bool inQuorum = mon.value >= 1;
        monsInQuorum += inQuorum ? 1 : 0;
        element.status = inQuorum ? ProbeStatus::Up : ProbeStatus::Down;
        element.detail = inQuorum ? tr("in quorum") : tr("out of quorum");
        result.elements << element;
    }
    QMap<QString, bool> osdIn;
    for (const CephMetricSample &osd :
         CephPrometheusText::find(samples, QStringLiteral("ceph_osd_in")))
        osdIn.insert(osd.labels.value(QStringLiteral("ceph_daemon")), osd.value >= 1);
    int osdsUp = 0;
    const QList<CephMetricSample> osds
        = CephPrometheusText::find(samples, QStringLiteral("ceph_osd_up"));
    for (const CephMetricSample &osd : osds) {
        ProbeElement element;
        element.name = osd.labels.value(QStringLiteral("ceph_daemon"));
        element.role = QStringLiteral("osd");
        const bool up = osd.value >= 1;
        osdsUp += up ? 1 : 0;
        const bool in = osdIn.value(element.name, true);
        element.status = up ? (in ? ProbeStatus::Up : ProbeStatus::Degraded) : ProbeStatus::Down;
        element.detail
            = QStringLiteral("%1, %2").arg(up ? tr("up") : tr("down"), in ? tr("in") : tr("out"));
        result.elements << element;
    }
    result.facts.insert(QStringLiteral("mons"), int(mons.size()));
    result.facts.insert(QStringLiteral("mons_in_quorum"), monsInQuorum);
    result.facts.insert(QStringLiteral("osds"), int(osds.size()));
    result.facts.insert(QStringLiteral("osds_up"), osdsUp);
    int osdsIn = 0;
    for (bool in : osdIn)
        osdsIn += in ? 1 : 0;
    result.facts.insert(QStringLiteral("osds_in"), osdsIn);

    QStringList checks;
    for (const CephMetricSample &check :
         CephPrometheusText::find(samples, QStringLiteral("ceph_health_detail")))
        if (check.value >= 1)
            checks << check.labels.value(QStringLiteral("name"));
    checks.removeAll(QString());
    if (!checks.isEmpty())
        result.facts.insert(QStringLiteral("checks"), checks);

    const QString summary = tr("%1; %2/%3 monitors in quorum, %4/%5 OSDs up")
                                .arg(healthName)
                                .arg(monsInQuorum)
                                .arg(mons.size())
                                .arg(osdsUp)
                                .arg(osds.size());
    result.status = statusOfHealth(healthName);
    result.detail = checks.isEmpty() ? summary
                                     : tr("%1; checks: %2 (see `ceph health detail`)")
                                           .arg(summary, checks.join(QStringLiteral(", ")));
    if (result.status == ProbeStatus::Down)
        fail(result, result.detail);
    else
        succeed(result);
}

// --- the monitor's banner --------------------------------------------------------------------

void CephProbe::runBanner()
{
    QString error;
    if (!parseHostPort(target().endpoint, kDefaultMonitorPort, &m_address, &error)) {
        fail(error);
        return;
    }
    m_socket = new QTcpSocket(this);
    connect(m_socket, &QTcpSocket::readyRead, this, &CephProbe::onBannerBytes);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &CephProbe::onBannerError);
    m_socket->connectToHost(m_address.host, m_address.port);
}

void CephProbe::closeSocket()
{
    if (!m_socket)
        return;
    m_socket->disconnect(this);
    m_socket->abort();
    m_socket->deleteLater();
    m_socket = nullptr;
}

void CephProbe::onBannerBytes()
{
    if (!m_socket || isFinished())
        return;
    m_banner += m_socket->read(16 - m_banner.size());
    // Both banners start "ceph v"; the 7th byte tells which messenger it is.
    const bool maybeV1 = kBannerV1.startsWith(m_banner.left(kBannerV1.size()));
    const bool maybeV2 = kBannerV2.startsWith(m_banner.left(kBannerV2.size()));
    QString messenger;
    if (m_banner.startsWith(kBannerV2))
        messenger = QStringLiteral("v2");
    else if (m_banner.startsWith(kBannerV1))
        messenger = QStringLiteral("v1");
    if (messenger.isEmpty() && (maybeV1 || maybeV2))
        return;
    closeSocket();
    if (messenger.isEmpty()) {
        QString shown;
        for (char c : m_banner)
            shown += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(u'.');
        fail(tr("%1 sent \"%2\", not a Ceph monitor's banner: check the address (monitors "
                "listen on 3300 and 6789)")
                 .arg(where(), shown));
        return;
    }
    ProbeResult result;
    result.status = ProbeStatus::Up;
    result.latencyMs = elapsedMsPrecise();
    result.facts.insert(QStringLiteral("messenger"), messenger);
    result.detail = tr("monitor accepts connections (messenger %1); health needs the manager's "
                       "prometheus endpoint")
                        .arg(messenger);
    succeed(result);
}

void CephProbe::onBannerError()
{
    if (!m_socket || isFinished() || m_aborted)
        return;
    const QAbstractSocket::SocketError code = m_socket->error();
    const QString text = m_socket->errorString();
    closeSocket();
    if (code == QAbstractSocket::ConnectionRefusedError)
        fail(tr("connection to %1 refused: no monitor listens there. Check that ceph-mon runs "
                "and the port (3300 for messenger v2, 6789 for v1).")
                 .arg(where()));
    else if (code == QAbstractSocket::RemoteHostClosedError)
        fail(tr("%1 closed the connection before it sent a banner: it is not a Ceph monitor")
                 .arg(where()));
    else
        fail(tr("could not read from %1: %2").arg(where(), text));
}

// --- `ceph status` -------------------------------------------------------------------------

void CephProbe::runCli(const QString &conf)
{
    m_process = new QProcess(this);
    QStringList arguments;
    if (!conf.isEmpty())
        arguments << QStringLiteral("-c") << conf;
    // The CLI's own timeout keeps it from waiting for monitors past our deadline.
    const int seconds = std::max(1, timeout() / 1000);
    arguments << QStringLiteral("--connect-timeout") << QString::number(seconds)
              << QStringLiteral("status") << QStringLiteral("--format") << QStringLiteral("json");
    connect(m_process, &QProcess::finished, this, &CephProbe::onCliFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && !isFinished())
            fail(tr("the ceph command could not be run (%1): install ceph-common, or probe the "
                    "manager's prometheus endpoint instead")
                     .arg(m_process->errorString()));
    });
    m_process->start(QStringLiteral("ceph"), arguments);
}

void CephProbe::onCliFinished()
{
    if (isFinished() || m_aborted)
        return;
    const QByteArray out = m_process->readAllStandardOutput();
    const QString err = QString::fromLocal8Bit(m_process->readAllStandardError()).trimmed();
    if (m_process->exitStatus() != QProcess::NormalExit || m_process->exitCode() != 0) {
        const QString last = err.split(QLatin1Char('\n')).last().trimmed();
        fail(tr("`ceph status` failed (exit %1): %2. Check the configuration file, the keyring "
                "and that the monitors run.")
                 .arg(m_process->exitCode())
                 .arg(last.isEmpty() ? tr("no message") : last));
        return;
    }
    CephStatusJson status;
    QString error;
    if (!CephStatusJson::parse(out, &status, &error)) {
        fail(error);
        return;
    }
    ProbeResult result;
    result.latencyMs = elapsedMsPrecise();
    result.status = statusOfHealth(status.health);
    result.facts.insert(QStringLiteral("health"), status.health);
    result.facts.insert(QStringLiteral("fsid"), status.fsid);
    result.facts.insert(QStringLiteral("quorum_names"), status.quorumNames);
    if (status.osds >= 0) {
        result.facts.insert(QStringLiteral("osds"), status.osds);
        result.facts.insert(QStringLiteral("osds_up"), status.osdsUp);
        result.facts.insert(QStringLiteral("osds_in"), status.osdsIn);
    }
    if (!status.checks.isEmpty())
        result.facts.insert(QStringLiteral("checks"), status.checks);
    result.detail = status.checks.isEmpty()
        ? tr("%1; monitors in quorum: %2")
              .arg(status.health, status.quorumNames.join(QStringLiteral(", ")))
        : tr("%1: %2").arg(status.health, status.checks.join(QStringLiteral("; ")));
    if (result.status == ProbeStatus::Down)
        fail(result, result.detail);
    else
        succeed(result);
}

} // namespace ws
