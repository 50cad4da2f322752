#pragma once

#include "CommandLine.h"

#include <QByteArray>

namespace ws {

class EtcdStore;

// `etcd get|put|rm|ls KEY …`: the etcd v3 store of ETCDCTL_ENDPOINTS (or --endpoints) from
// scripts, through the same client as the app. Keys and values are bytes; text output shows
// them as UTF-8, --json gives them as JSON strings.
// `etcd export PREFIX [-o FILE]` writes the YAML export format; `etcd import FILE` prints the
// dry run's diff and writes only with --yes (never with --dry-run), refusing when a key changed
// since the dry run; `etcd missing WORKSPACE` lists the template keys the store lacks (exit 1
// when any; -o writes the fill-in skeleton); `etcd watch PREFIX` prints one line per change
// until SIGINT or SIGTERM.
class EtcdCommand
{
    Q_DECLARE_TR_FUNCTIONS(EtcdCommand)

public:
    explicit EtcdCommand(CommandLine &line);
    static bool handles(const QString &command);
    int run(const QString &command);

private:
    struct ImportOptions
    {
        bool dryRun = false;
        bool yes = false;
        bool prune = false;
        QByteArray pruneScope;
        bool json = false;
    };
    int exportKeys(EtcdStore *store, const QByteArray &prefix, const QString &file, bool json);
    int importFile(EtcdStore *store, const QString &fileName, const ImportOptions &options);
    int missingKeys(EtcdStore *store, const QString &path, const QString &skeletonFile, bool json);
    int watchKeys(EtcdStore *store, const QByteArray &prefix, bool json);

    CommandLine &m_line;
};

} // namespace ws
