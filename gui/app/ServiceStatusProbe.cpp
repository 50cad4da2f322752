#include "ServiceStatusProbe.h"

#include "common/StatusIndicator.h"
#include "docker/DockerClient.h"
#include "etcd/EtcdClient.h"

#include <QTimer>

namespace ws {

using State = StatusIndicator::State;

ServiceStatusProbe::ServiceStatusProbe(StatusIndicator *docker, StatusIndicator *etcd,
                                       QObject *parent)
    : QObject(parent), m_dockerIndicator(docker), m_etcdIndicator(etcd), m_timer(new QTimer(this))
{
    const DockerEndpoint dockerEndpoint = DockerEndpoint::fromEnvironment();
    m_dockerEndpoint = dockerEndpoint.isValid()
        ? dockerEndpoint.endpoint.toDisplayString()
        : qEnvironmentVariable("DOCKER_HOST", QString::fromLatin1(DockerEndpoint::kDefaultHost));
    if (dockerEndpoint.isValid())
        m_docker = new DockerClient(dockerEndpoint, this);
    else
        m_dockerError = dockerEndpoint.error;

    const EtcdEndpoints etcdEndpoints = EtcdEndpoints::fromEnvironment();
    m_etcdEndpoint = etcdEndpoints.isValid() ? etcdEndpoints.toDisplayString()
                                             : qEnvironmentVariable("ETCDCTL_ENDPOINTS");
    if (etcdEndpoints.isValid()) {
        m_etcd = new EtcdClient(etcdEndpoints, this);
        connect(m_etcd, &EtcdClient::currentEndpointChanged, this,
                [this](const QString &endpoint) { m_etcdEndpoint = endpoint; });
    } else {
        m_etcdError = etcdEndpoints.error;
    }

    m_dockerIndicator->setStatus(State::Unknown, m_dockerEndpoint);
    m_etcdIndicator->setStatus(State::Unknown, m_etcdEndpoint);
    connect(m_timer, &QTimer::timeout, this, &ServiceStatusProbe::probeNow);
}

ServiceStatusProbe::~ServiceStatusProbe() = default;

void ServiceStatusProbe::setIntervalSeconds(int seconds)
{
    if (seconds <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(seconds * 1000);
}

void ServiceStatusProbe::probeNow()
{
    probeDocker();
    probeEtcd();
}

void ServiceStatusProbe::probeDocker()
{
    if (!m_docker) {
        m_dockerIndicator->setStatus(State::Down, m_dockerEndpoint,
                                     tr("DOCKER_HOST cannot be used: %1").arg(m_dockerError));
        emit dockerProbed();
        return;
    }
    if (m_dockerBusy)
        return; // the previous probe is still waiting for an answer
    m_dockerBusy = true;
    if (m_dockerIndicator->state() == State::Unknown)
        m_dockerIndicator->setStatus(State::Checking, m_dockerEndpoint);

    DockerPingJob *ping = m_docker->ping();
    connect(ping, &ApiJob::finished, this, [this, ping]() {
        ping->deleteLater();
        if (ping->hasError()) {
            m_dockerBusy = false;
            m_dockerIndicator->setStatus(State::Down, m_dockerEndpoint, ping->errorString());
            emit dockerProbed();
            return;
        }
        DockerVersionJob *version = m_docker->version();
        connect(version, &ApiJob::finished, this, [this, version]() {
            version->deleteLater();
            m_dockerBusy = false;
            if (version->hasError()) {
                m_dockerIndicator->setStatus(State::Down, m_dockerEndpoint, version->errorString());
            } else {
                const DockerVersion &v = version->result();
                m_dockerIndicator->setStatus(
                    State::Up, m_dockerEndpoint,
                    tr("Docker Engine %1, API %2, %3/%4")
                        .arg(v.version, m_docker->apiVersion(), v.os, v.arch));
            }
            emit dockerProbed();
        });
    });
}

void ServiceStatusProbe::probeEtcd()
{
    if (!m_etcd) {
        m_etcdIndicator->setStatus(State::Down, m_etcdEndpoint,
                                   tr("ETCDCTL_ENDPOINTS cannot be used: %1").arg(m_etcdError));
        emit etcdProbed();
        return;
    }
    if (m_etcdBusy)
        return;
    m_etcdBusy = true;
    if (m_etcdIndicator->state() == State::Unknown)
        m_etcdIndicator->setStatus(State::Checking, m_etcdEndpoint);

    EtcdHealthJob *health = m_etcd->health();
    connect(health, &ApiJob::finished, this, [this, health]() {
        health->deleteLater();
        if (!health->endpoint().isEmpty())
            m_etcdEndpoint = health->endpoint();
        if (health->hasError() || !health->result().healthy) {
            m_etcdBusy = false;
            const QString reason = health->hasError()
                ? health->errorString()
                : tr("the cluster reports itself unhealthy: %1")
                      .arg(health->result().reason.isEmpty() ? tr("no reason given")
                                                             : health->result().reason);
            m_etcdIndicator->setStatus(State::Down, m_etcdEndpoint, reason);
            emit etcdProbed();
            return;
        }
        EtcdVersionJob *version = m_etcd->version();
        connect(version, &ApiJob::finished, this, [this, version]() {
            version->deleteLater();
            m_etcdBusy = false;
            if (version->hasError())
                m_etcdIndicator->setStatus(State::Down, m_etcdEndpoint, version->errorString());
            else
                m_etcdIndicator->setStatus(
                    State::Up, m_etcdEndpoint,
                    tr("etcd %1, cluster version %2")
                        .arg(version->result().server, version->result().cluster));
            emit etcdProbed();
        });
    });
}

} // namespace ws
