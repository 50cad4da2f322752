#include "WorkspaceCommand.h"

#include "workspace/ImageGraphDot.h"
#include "workspace/WorkspaceJson.h"
#include "workspace/WorkspaceLoader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

#include <algorithm>

namespace ws {

namespace {

bool hasErrors(const Workspace &workspace)
{
    return std::any_of(workspace.problems.cbegin(), workspace.problems.cend(),
                       [](const Problem &p) { return p.severity == Problem::Severity::Error; });
}

QString parentKindText(ImageDefinition::ParentKind kind)
{
    switch (kind) {
    case ImageDefinition::ParentKind::Workspace:
        return WorkspaceCommand::tr("workspace");
    case ImageDefinition::ParentKind::External:
        return WorkspaceCommand::tr("external");
    case ImageDefinition::ParentKind::None:
        break;
    }
    return WorkspaceCommand::tr("none");
}

void printSummary(const Workspace &workspace, QTextStream &out)
{
    out << WorkspaceCommand::tr("Workspace %1 (%2)").arg(workspace.name, workspace.root) << '\n';
    out << WorkspaceCommand::tr("%n image(s):", nullptr, int(workspace.images.size())) << '\n';
    for (const ImageDefinition &image : workspace.images) {
        out << "  " << image.name;
        if (!image.buildable())
            out << "  " << WorkspaceCommand::tr("[not built here]");
        if (!image.parent.isEmpty())
            out << "  <- " << image.parent << " (" << parentKindText(image.parentKind) << ')';
        out << '\n';
    }
    out << WorkspaceCommand::tr("%n key(s) read by templates", nullptr,
                                int(workspace.keyCatalogue.size()))
        << '\n';
    out << WorkspaceCommand::tr("%n unit file(s):", nullptr, int(workspace.units.size())) << '\n';
    for (const UnitFile &unit : workspace.units)
        out << "  " << unit.name << '\n';
    out << WorkspaceCommand::tr("%n problem(s)", nullptr, int(workspace.problems.size())) << '\n';
}

} // namespace

WorkspaceCommand::WorkspaceCommand(CommandLine &line) : m_line(line)
{ }

bool WorkspaceCommand::handles(const QString &command)
{
    return command == QLatin1String("workspace") || command == QLatin1String("graph")
        || command == QLatin1String("keys");
}

int WorkspaceCommand::run(const QString &command)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print the model as JSON."));
    const QCommandLineOption buildArgOption(QStringLiteral("build-arg"),
                                            tr("Override a Dockerfile ARG (repeatable)."),
                                            QStringLiteral("K=V"));
    parser.addOption(jsonOption);
    parser.addOption(buildArgOption);
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The workspace folder."));
    if (!parser.parse(QStringList {QStringLiteral("whalestack-cli")} + m_line.arguments)) {
        m_line.err << parser.errorText() << '\n';
        return CommandLine::Usage;
    }
    if (parser.positionalArguments().size() != 1) {
        m_line.err << tr("whalestack-cli %1: expected exactly one workspace PATH").arg(command)
                   << '\n';
        return CommandLine::Usage;
    }
    if (command != QLatin1String("workspace") && (parser.isSet(jsonOption))) {
        m_line.err << tr("whalestack-cli %1: --json is only for the workspace command").arg(command)
                   << '\n';
        return CommandLine::Usage;
    }

    const QString path = parser.positionalArguments().constFirst();
    if (!m_line.isWorkspaceFolder(path))
        return CommandLine::Failure;

    WorkspaceLoader::Options options;
    if (!m_line.parseBuildArgs(parser.values(buildArgOption), &options.buildArgs))
        return CommandLine::Usage;

    const Workspace workspace = WorkspaceLoader::load(path, options);

    if (command == QLatin1String("graph")) {
        m_line.out << ImageGraphDot::toDot(workspace);
    } else if (command == QLatin1String("keys")) {
        QStringList keys;
        for (const KeyUse &use : workspace.keyCatalogue)
            keys << use.key;
        keys.sort();
        keys.removeDuplicates();
        for (const QString &key : keys)
            m_line.out << key << '\n';
    } else if (parser.isSet(jsonOption)) {
        m_line.out
            << QJsonDocument(WorkspaceJson::toJson(workspace)).toJson(QJsonDocument::Indented);
    } else {
        printSummary(workspace, m_line.out);
    }

    // Problems go to stderr for every command, so a script reading stdout still sees them.
    for (const Problem &problem : workspace.problems)
        m_line.err << problem.toString() << '\n';
    return hasErrors(workspace) ? CommandLine::Failure : CommandLine::Success;
}

} // namespace ws
