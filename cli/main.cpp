// whalestack-cli: scripts get the same core as the desktop app.
#include "BuildCommand.h"
#include "CommandLine.h"
#include "EtcdCommand.h"
#include "FleetCommand.h"
#include "HistoryCommand.h"
#include "LoginCommand.h"
#include "ProbeCommand.h"
#include "WorkspaceCommand.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Whalestack"));
    QCoreApplication::setApplicationName(QStringLiteral("whalestack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(WHALESTACK_VERSION));

    // Messages follow the system locale, like every command-line tool.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("whalestack"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help")
        || args.first() == QLatin1String("-h")) {
        (args.isEmpty() ? err : out) << ws::CommandLine::usage();
        return args.isEmpty() ? ws::CommandLine::Usage : ws::CommandLine::Success;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "whalestack-cli " << QCoreApplication::applicationVersion() << '\n';
        return ws::CommandLine::Success;
    }

    const QString command = args.takeFirst();
    ws::CommandLine line(args, out, err);
    if (ws::BuildCommand::handles(command))
        return ws::BuildCommand(line).run(command);
    if (ws::WorkspaceCommand::handles(command))
        return ws::WorkspaceCommand(line).run(command);
    if (ws::HistoryCommand::handles(command))
        return ws::HistoryCommand(line).run(command);
    if (ws::EtcdCommand::handles(command))
        return ws::EtcdCommand(line).run(command);
    if (ws::FleetCommand::handles(command))
        return ws::FleetCommand(line).run(command);
    if (ws::ProbeCommand::handles(command))
        return ws::ProbeCommand(line).run(command);
    if (ws::LoginCommand::handles(command))
        return ws::LoginCommand(line).run(command);

    err << ws::CommandLine::tr("whalestack-cli: unknown command '%1'").arg(command) << "\n\n"
        << ws::CommandLine::usage();
    return ws::CommandLine::Usage;
}
