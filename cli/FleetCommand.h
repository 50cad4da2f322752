#pragma once

#include "CommandLine.h"

#include "etcd/EtcdEndpoints.h"
#include "fleet/FleetEndpoint.h"
#include "fleet/UnitFile.h"

#include <QList>
#include <QString>

#include <functional>

namespace ws {

class ApiJob;
class FleetClient;

// `fleet machines|units|state|submit|start|stop|destroy|why [UNIT…]`, `fleet generate IMAGE`
// (a unit file for a workspace image, printed or written) and `fleet image UNIT [--set IMAGE]
// [--restart]` (the etcd key the unit reads its image from: shown, set by compare-and-swap,
// the unit restarted): fleet's v1 API from
// scripts, through the same client as the app. The endpoint is --endpoint or FLEETCTL_ENDPOINT
// (default unix:///var/run/fleet.sock), reached through an SSH tunnel with --tunnel or
// FLEETCTL_TUNNEL. A UNIT is a unit file's path or a unit of the workspace (--workspace, else
// the current folder); an instance (web@3.service) is made from the workspace's template, as
// fleetctl does. submit and start refuse a unit file with errors, with file:line, before
// anything is sent.
class FleetCommand
{
    Q_DECLARE_TR_FUNCTIONS(FleetCommand)

public:
    explicit FleetCommand(CommandLine &line);
    static bool handles(const QString &command);
    int run(const QString &command);

private:
    // A unit to send: its name and its options as fleet gets them.
    struct LocalUnit
    {
        QString name;
        QString file; // the unit file (the template's, for an instance)
        QList<UnitOption> options;
    };
    // Resolves `arg` to a unit file (or a template for an instance). False, with the reason on
    // err, when it names no file and no unit of the workspace, or the file has errors.
    bool resolve(const QString &arg, LocalUnit *unit, bool quiet = false);
    QString workspaceRoot() const;
    int dispatch(FleetClient *client, const QString &action, const QStringList &args, bool json);
    // Opens an SSH tunnel to endpoint.tunnel, runs `work` with a client through it, closes it.
    int tunnelled(const FleetEndpoint &endpoint, const std::function<int(FleetClient *)> &work);
    int failed(ApiJob *job);

    int machines(FleetClient *client, bool json);
    int units(FleetClient *client, bool json);
    int state(FleetClient *client, bool json);
    int submit(FleetClient *client, const QStringList &args, bool start);
    int setState(FleetClient *client, const QStringList &args, bool stop);
    int destroy(FleetClient *client, const QStringList &args);
    int why(FleetClient *client, const QString &unit, bool json);
    int generate(const QString &image, bool global, bool write, bool force);
    int image(FleetClient *client, const QString &unit, bool json);

    CommandLine &m_line;
    QString m_workspace; // --workspace, empty: the current folder
    QStringList m_sshOptions; // --ssh-option, each passed as -o
    QString m_sshIdentity; // --identity, passed as -i
    EtcdEndpoints m_etcd; // --etcd, else ETCDCTL_*
    QString m_setImage; // image --set
    bool m_restart = false; // image --restart
    bool m_workspaceLoaded = false;
    QList<UnitFile> m_workspaceUnits;
};

} // namespace ws
