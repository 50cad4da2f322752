#pragma once

#include "HttpAnswer.h"
#include "Probe.h"

#include <memory>

namespace ws {

class HttpClient;

// A Docker engine (kind "docker", endpoint unix:///var/run/docker.sock, tcp://host:2376, or
// empty for DOCKER_HOST as the docker CLI reads it; TLS files from the options "cacert",
// "cert", "key", verification with "tlsverify=true"): GET /_ping decides, then /version,
// /info and /containers/json?all=1 give the version, the engine's counters and one element per
// container (running Up; restarting or paused Degraded; exited with a non-zero code or dead
// Down; created or exited cleanly Unknown).
class DockerProbe : public Probe
{
    Q_OBJECT

public:
    explicit DockerProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~DockerProbe() override;

    struct Answers
    {
        HttpAnswer ping, version, info, containers;
    };
    // Pure: the result for `endpoint` from what the engine answered.
    static ProbeResult evaluate(const QString &endpoint, const Answers &answers);
    // A container's health from Docker's State ("running", ...) and Status ("Exited (1) 2
    // minutes ago"), with a short translated detail.
    static ProbeStatus containerStatus(const QString &state, const QString &status,
                                       QString *detail);

protected:
    void run() override;
    void abort() override;

private:
    void get(const QByteArray &path, HttpAnswer *into);
    void answered();

    std::unique_ptr<HttpClient> m_http;
    Answers m_answers;
    int m_pending = 0;
    bool m_pinged = false;
};

} // namespace ws
