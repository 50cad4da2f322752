#include "CommandLine.h"

#include <QDir>
#include <QFileInfo>

namespace ws {

CommandLine::CommandLine(QStringList args, QTextStream &o, QTextStream &e)
    : arguments(std::move(args)), out(o), err(e)
{ }

QString CommandLine::usage()
{
    return tr(
        "Usage: whalestack-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  workspace PATH [--json] [--build-arg K=V]...\n"
        "                    read a workspace and print its images, keys, units and problems\n"
        "  build PATH [IMAGE]... [--jobs N] [--push REGISTRY] [--no-cache] [--pull]\n"
        "        [--build-arg K=V]... [--network MODE] [--retries N] [--profile NAME]\n"
        "        [--logs DIR] [--json]\n"
        "                    build the workspace's images (or the named ones) on the Docker\n"
        "                    engine of DOCKER_HOST (or a profile's), pushing each one as it is\n"
        "                    built; exit 1 when any image did not build or push\n"
        "  login REGISTRY --username U --password-stdin\n"
        "                    store a registry's credentials in the keychain (pushes look there\n"
        "                    first, then in ~/.docker/config.json)\n"
        "  logout REGISTRY   remove them\n"
        "  history [IMAGE] [--limit N] [--json]\n"
        "                    list recent image builds (all, or IMAGE's) from the build history\n"
        "                    (the file WHALESTACK_HISTORY names, or the default one)\n"
        "  etcd get|put|rm|ls KEY [VALUE] [--prefix] [--stdin] [--endpoints URLS] [--json]\n"
        "                    read and write the etcd v3 store (ETCDCTL_ENDPOINTS by default);\n"
        "                    get of a missing key exits 1\n"
        "  etcd export PREFIX [-o FILE]\n"
        "                    write every key under PREFIX (\"\" for all), read at one revision,\n"
        "                    as YAML (a flat keys: mapping) to FILE or stdout\n"
        "  etcd import FILE [--dry-run] [--prune [--prune-prefix P]] [--yes]\n"
        "                    print what FILE would add, change and (with --prune) delete; write\n"
        "                    only with --yes. Refused, with the keys, when a key changed since\n"
        "                    the dry run; exit 1 when refused or when FILE is not valid\n"
        "  etcd missing WORKSPACE_PATH [-o SKELETON.yaml]\n"
        "                    print the template keys the store lacks; exit 1 when any are\n"
        "                    missing; -o writes a skeleton to fill in and import\n"
        "  etcd watch PREFIX print one line per change under PREFIX until Ctrl-C; resumes after a\n"
        "                    lost connection without missing or repeating a change\n"
        "  fleet machines|units|state [--endpoint URL] [--tunnel HOST] [--json]\n"
        "                    list fleet's machines, its units (with --workspace: whether the\n"
        "                    local file differs), or each unit's state on each machine\n"
        "                    (FLEETCTL_ENDPOINT and FLEETCTL_TUNNEL by default; --identity FILE\n"
        "                    and --ssh-option K=V go to the tunnel's ssh)\n"
        "  fleet submit|start|stop|destroy UNIT... [--workspace PATH]\n"
        "                    UNIT is a unit file or a workspace unit's name; web@3.service is\n"
        "                    made from the workspace's web@.service. submit and start refuse a\n"
        "                    unit file with errors (file:line) before sending anything\n"
        "  fleet why UNIT (or --explain UNIT)\n"
        "                    say why a unit runs where it runs, or why it runs nowhere\n"
        "  fleet generate IMAGE [--global|--template] [--write [--force]]\n"
        "                    a unit file for a workspace image in the original's pattern;\n"
        "                    printed, or written into the workspace's unit folder\n"
        "  fleet image UNIT [--set IMAGE] [--restart] [--etcd URLS]\n"
        "                    the etcd key a unit reads its image from, and its value; --set\n"
        "                    writes it (compare-and-swap), --restart then restarts the unit\n"
        "  probe ENVIRONMENT [--workspace PATH] | --service KIND=ENDPOINT[,OPT=V]...\n"
        "                    [--json] [--watch] [--interval S] [--timeout S]\n"
        "                    health probes of an environment's servers, or of the ones named;\n"
        "                    exit 1 when any is down\n"
        "  graph PATH        print the image dependency graph in Graphviz dot\n"
        "  keys PATH         print every etcd key the confd templates read, sorted\n"
        "\n"
        "Exit codes: 0 success, 1 the input has errors (or a command failed), 2 usage error.\n");
}

bool CommandLine::parseBuildArgs(const QStringList &pairs, QHash<QString, QString> *into)
{
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            err << tr("whalestack-cli: --build-arg takes NAME=VALUE, not '%1'").arg(pair) << '\n';
            return false;
        }
        into->insert(pair.left(eq), pair.mid(eq + 1));
    }
    return true;
}

bool CommandLine::isWorkspaceFolder(const QString &path)
{
    if (QFileInfo(path).isDir())
        return true;
    err << tr("whalestack-cli: %1 is not a folder; give the workspace's root folder")
               .arg(QDir::toNativeSeparators(path))
        << '\n';
    return false;
}

} // namespace ws
