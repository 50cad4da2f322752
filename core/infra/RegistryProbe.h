#pragma once

#include "HttpAnswer.h"
#include "Probe.h"

#include <memory>

namespace ws {

class HttpClient;

// A Docker registry (kind "registry", endpoint host:port or http(s)://host:port): GET /v2/.
// 200 is Up; 401 with a WWW-Authenticate challenge is Up too ("needs a login"), unless the
// credentials given were refused (Degraded). The Docker-Distribution-Api-Version header gives
// the version. Anything else is Down with what came instead.
class RegistryProbe : public Probe
{
    Q_OBJECT

public:
    explicit RegistryProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~RegistryProbe() override;

    // Pure: the result from GET /v2/'s answer; `withLogin` when it carried credentials.
    static ProbeResult evaluate(const QString &endpoint, const HttpAnswer &answer, bool withLogin);

protected:
    void run() override;
    void abort() override;

private:
    std::unique_ptr<HttpClient> m_http;
};

} // namespace ws
