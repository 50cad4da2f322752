#pragma once

#include "CommandLine.h"

#include "infra/ProbeResult.h"
#include "infra/ProbeTarget.h"
#include "workspace/Manifest.h"

#include <QList>
#include <QString>

namespace ws {

// `probe ENVIRONMENT | --service KIND=ENDPOINT[,OPT=V…]…`: the health probes of the map,
// headless. Every target of the environment (the workspace manifest's etcd endpoints, fleet
// endpoint, Docker hosts and services) or each ad-hoc --service is probed once, concurrently,
// and printed as a table or JSON; with --watch, probed again every --interval seconds and
// printed as it changes, until SIGINT or SIGTERM. Credentials named by a target come from the
// keychain. Exit 1 when any target is down, 2 on a usage error.
class ProbeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ProbeCommand)

public:
    explicit ProbeCommand(CommandLine &line);
    static bool handles(const QString &command);
    int run(const QString &command);

private:
    int once(const QList<ProbeTarget> &targets, bool json);
    int watch(const QList<ProbeTarget> &targets, bool json);
    void printTable(const QList<ProbeResult> &results);
    void printChange(const ProbeResult &result, bool json);
    bool loadEnvironment(const QString &workspace, const QString &name, QList<ProbeTarget> *out);

    CommandLine &m_line;
    int m_intervalMs = 10'000;
    int m_timeoutMs = 5000;
    int m_concurrency = 8;
};

} // namespace ws
