#pragma once

#include <QObject>

class QTimer;

namespace ws {

class DockerClient;
class EtcdClient;
class StatusIndicator;

// Keeps the status bar's Docker and etcd indicators current: asks Docker for /_ping and
// /version and etcd for /health and /version, at the endpoints the environment names
// (DOCKER_HOST, ETCDCTL_ENDPOINTS, or the local defaults), now and then every interval.
class ServiceStatusProbe : public QObject
{
    Q_OBJECT

public:
    ServiceStatusProbe(StatusIndicator *docker, StatusIndicator *etcd, QObject *parent = nullptr);
    ~ServiceStatusProbe() override;

    void setIntervalSeconds(int seconds); // 0 stops the periodic probe
    void probeNow();

signals:
    void dockerProbed(); // a Docker probe ended, up or down
    void etcdProbed();

private:
    void probeDocker();
    void probeEtcd();

    StatusIndicator *m_dockerIndicator = nullptr;
    StatusIndicator *m_etcdIndicator = nullptr;
    DockerClient *m_docker = nullptr; // null when DOCKER_HOST cannot be used
    EtcdClient *m_etcd = nullptr; // null when no ETCDCTL_ENDPOINTS entry can be used
    QString m_dockerEndpoint;
    QString m_dockerError;
    QString m_etcdEndpoint;
    QString m_etcdError;
    bool m_dockerBusy = false;
    bool m_etcdBusy = false;
    QTimer *m_timer = nullptr;
};

} // namespace ws
