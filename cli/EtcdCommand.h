#pragma once

#include "CommandLine.h"

namespace ws {

// `etcd get|put|rm|ls KEY …`: the etcd v3 store of ETCDCTL_ENDPOINTS (or --endpoints) from
// scripts, through the same client as the app. Keys and values are bytes; text output shows
// them as UTF-8, --json gives them as JSON strings.
class EtcdCommand
{
    Q_DECLARE_TR_FUNCTIONS(EtcdCommand)

public:
    explicit EtcdCommand(CommandLine &line);
    static bool handles(const QString &command);
    int run(const QString &command);

private:
    CommandLine &m_line;
};

} // namespace ws
