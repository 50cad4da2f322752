#pragma once

#include "HttpAnswer.h"
#include "Probe.h"
#include "http/HttpRequest.h"

#include <memory>

namespace ws {

class EtcdClient;

// etcd at one client URL (kind "etcd", endpoint http://host:2379): GET /health (the string
// "true"; 503 is an answer: Degraded with etcd's reason), GET /version, the v3 gateway's member
// list (members as elements, the leader marked), maintenance status (leader, db size, raft
// index) and alarms. Up when healthy with a leader and no alarm; Degraded when the member
// answers but has no leader, an alarm or reports itself unhealthy; Down when it does not
// answer as etcd. With credentials (username/password) the v3 requests sign in first.
class EtcdProbe : public Probe
{
    Q_OBJECT

public:
    explicit EtcdProbe(const ProbeTarget &target, QObject *parent = nullptr);
    ~EtcdProbe() override;

    // The answers one probe collects; evaluate() judges them (pure, for tests and fuzzing).
    struct Answers
    {
        HttpAnswer health, version, members, status, alarms;
    };
    // The result for `endpoint` (status Down with the reason when /health did not answer as
    // etcd's does).
    static ProbeResult evaluate(const QString &endpoint, const Answers &answers);

protected:
    void run() override;
    void abort() override;

private:
    void request(const HttpRequest &request, HttpAnswer *into);
    void answered();

    std::unique_ptr<EtcdClient> m_client;
    Answers m_answers;
    int m_pending = 0;
};

} // namespace ws
