#include "CommandLine.h"

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
        "  build PATH [IMAGE]... [--jobs N] [--no-cache] [--pull] [--build-arg K=V]...\n"
        "        [--network MODE] [--logs DIR] [--json]\n"
        "                    build the workspace's images (or the named ones) on the Docker\n"
        "                    engine of DOCKER_HOST; exit 1 when any image did not build\n"
        "  graph PATH        print the image dependency graph in Graphviz dot\n"
        "  keys PATH         print every etcd key the confd templates read, sorted\n"
        "\n"
        "Exit codes: 0 success, 1 the input has errors (or a command failed), 2 usage error.\n");
}

} // namespace ws
