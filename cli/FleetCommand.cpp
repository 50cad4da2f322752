#include "FleetCommand.h"

#include "etcd/EtcdConnector.h"
#include "etcd/EtcdStore.h"
#include "fleet/FleetClient.h"
#include "fleet/FleetScheduleExplainer.h"
#include "fleet/FleetSchedulingRules.h"
#include "fleet/FleetTunnel.h"
#include "fleet/FleetUnitGenerator.h"
#include "fleet/FleetUnitOptions.h"
#include "fleet/FleetUnitRestart.h"
#include "fleet/UnitFileLocation.h"
#include "fleet/UnitFileParser.h"
#include "fleet/UnitImageLink.h"
#include "workspace/ImageReference.h"
#include "workspace/WorkspaceLoader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <algorithm>

namespace ws {

namespace {

// Runs the event loop until `job` ends (a command-line tool has nothing else to do).
void wait(ApiJob *job)
{
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

QString unitName(const QString &arg)
{
    return QFileInfo(arg).fileName();
}

QJsonObject metadataJson(const QMap<QString, QString> &metadata)
{
    QJsonObject o;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QString padded(const QString &text, qsizetype width)
{
    return text.leftJustified(width);
}

// Rows of text in columns as wide as their widest cell, two spaces apart.
QString table(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows)
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = std::max(widths[i], row[i].size());
        }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? padded(row[i], widths[i] + 2) : row[i];
        text += line + QLatin1Char('\n');
    }
    return text;
}

// fleetctl's 8 characters of a machine ID, unless two machines share them: then the whole ID.
QString machineLabel(const QList<FleetMachine> &machines, const QString &id)
{
    for (const FleetMachine &m : machines)
        if (m.id != id && m.shortId() == id.left(8))
            return id;
    return id.left(8);
}

} // namespace

FleetCommand::FleetCommand(CommandLine &line) : m_line(line)
{ }

bool FleetCommand::handles(const QString &command)
{
    return command == QLatin1String("fleet");
}

QString FleetCommand::workspaceRoot() const
{
    return m_workspace.isEmpty() ? QDir::currentPath() : m_workspace;
}

bool FleetCommand::resolve(const QString &arg, LocalUnit *unit, bool quiet)
{
    const auto fail = [&](const QString &message) {
        if (!quiet)
            m_line.err << "whalestack-cli fleet: " << message << '\n';
        return false;
    };
    QString file;
    QString name = unitName(arg);
    UnitFile parsedName;
    if (!UnitFileParser::parseName(name, &parsedName))
        return fail(tr("%1 is not a unit name (name.service, name@.service, name@instance.service)")
                        .arg(arg));
    bool instance = false;
    if (QFileInfo(arg).isFile()) {
        file = QFileInfo(arg).absoluteFilePath();
    } else {
        if (!m_workspaceLoaded) {
            m_workspaceLoaded = true;
            if (QFileInfo(workspaceRoot()).isDir())
                m_workspaceUnits = WorkspaceLoader::load(workspaceRoot()).units;
        }
        for (const UnitFile &u : std::as_const(m_workspaceUnits))
            if (u.name == name)
                file = u.path;
        if (file.isEmpty() && parsedName.kind == UnitFile::Kind::Instance) {
            for (const UnitFile &u : std::as_const(m_workspaceUnits))
                if (u.name == parsedName.templateName())
                    file = u.path;
            if (file.isEmpty())
                return fail(tr("%1: the workspace %2 has no unit file %1 and no template %3 to "
                               "make it from; add %3 or give the unit file's path")
                                .arg(name, QDir::toNativeSeparators(workspaceRoot()),
                                     parsedName.templateName()));
            instance = true;
        }
        if (file.isEmpty())
            return fail(tr("%1: no such file, and the workspace %2 has no unit of that name; "
                           "give the unit file's path or --workspace")
                            .arg(arg, QDir::toNativeSeparators(workspaceRoot())));
    }

    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return fail(
            tr("%1: cannot read it: %2").arg(QDir::toNativeSeparators(file), in.errorString()));
    Problems problems;
    const UnitFile parsed = UnitFileParser::parse(in.readAll(), file, &problems);
    bool errors = false;
    for (const Problem &p : std::as_const(problems)) {
        errors = errors || p.severity == Problem::Severity::Error;
        if (!quiet)
            m_line.err << (p.severity == Problem::Severity::Error ? tr("error: ") : tr("warning: "))
                       << p.toString() << '\n';
    }
    if (errors)
        return fail(tr("%1 has errors; fix them before sending it to fleet").arg(name));
    unit->name = name;
    unit->file = file;
    unit->options = FleetUnitOptions::fromUnitFile(parsed);
    if (instance)
        unit->options = FleetUnitOptions::forInstance(unit->options, name);
    return true;
}

int FleetCommand::run(const QString &)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption endpointOption(
        QStringLiteral("endpoint"),
        tr("fleet's API (default: FLEETCTL_ENDPOINT, else unix:///var/run/fleet.sock)."),
        QStringLiteral("URL"));
    const QCommandLineOption tunnelOption(
        QStringLiteral("tunnel"),
        tr("reach the endpoint through SSH to HOST[:PORT] (default: FLEETCTL_TUNNEL)."),
        QStringLiteral("HOST"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        tr("the workspace whose unit files UNIT names (default: the current folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption explainOption(QStringLiteral("explain"),
                                           tr("say why UNIT runs where it runs, or nowhere."),
                                           QStringLiteral("UNIT"));
    const QCommandLineOption sshOption(QStringLiteral("ssh-option"),
                                       tr("--tunnel: an ssh -o option (repeatable)."),
                                       QStringLiteral("K=V"));
    const QCommandLineOption identityOption(QStringLiteral("identity"),
                                            tr("--tunnel: the SSH key to log in with."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON to stdout."));
    const QCommandLineOption globalOption(QStringLiteral("global"),
                                          tr("generate: a Global unit (one on every machine)."));
    const QCommandLineOption templateOption(QStringLiteral("template"),
                                            tr("generate: an instance template (the default)."));
    const QCommandLineOption writeOption(
        QStringLiteral("write"), tr("generate: write the unit into the workspace's unit folder."));
    const QCommandLineOption forceOption(QStringLiteral("force"),
                                         tr("generate --write: replace an existing file."));
    const QCommandLineOption setOption(
        QStringLiteral("set"),
        tr("image: write IMAGE into the unit's image key (compare-and-swap)."),
        QStringLiteral("IMAGE"));
    const QCommandLineOption restartOption(
        QStringLiteral("restart"),
        tr("image: restart the unit (stop, wait until stopped, start)."));
    const QCommandLineOption etcdOption(QStringLiteral("etcd"),
                                        tr("image: etcd's endpoints (default: ETCDCTL_ENDPOINTS)."),
                                        QStringLiteral("URLS"));
    for (const QCommandLineOption *o :
         {&endpointOption, &tunnelOption, &workspaceOption, &explainOption, &sshOption,
          &identityOption, &jsonOption, &globalOption, &templateOption, &writeOption, &forceOption,
          &setOption, &restartOption, &etcdOption})
        parser.addOption(*o);
    parser.addPositionalArgument(
        QStringLiteral("ACTION"),
        tr("machines, units, state, submit, start, stop, destroy, why, generate or image."));
    if (!parser.parse(QStringList {QStringLiteral("whalestack-cli")} + m_line.arguments)) {
        m_line.err << "whalestack-cli fleet: " << parser.errorText() << '\n';
        return CommandLine::Usage;
    }
    QStringList args = parser.positionalArguments();
    QString action = args.isEmpty() ? QString() : args.takeFirst();
    if (parser.isSet(explainOption)) {
        if (!action.isEmpty() && action != QLatin1String("why"))
            args.prepend(action);
        action = QStringLiteral("why");
        args.prepend(parser.value(explainOption));
    }
    const bool json = parser.isSet(jsonOption);
    m_workspace = parser.value(workspaceOption);
    m_sshOptions = parser.values(sshOption);
    m_sshIdentity = parser.value(identityOption);
    const auto usage = [this](const QString &text) {
        m_line.err << "whalestack-cli fleet: " << text << '\n';
        return int(CommandLine::Usage);
    };
    static const QStringList listing {QStringLiteral("machines"), QStringLiteral("units"),
                                      QStringLiteral("state")};
    static const QStringList acting {QStringLiteral("submit"), QStringLiteral("start"),
                                     QStringLiteral("stop"), QStringLiteral("destroy")};
    if (listing.contains(action)) {
        if (!args.isEmpty())
            return usage(tr("%1 takes no UNIT").arg(action));
    } else if (acting.contains(action)) {
        if (args.isEmpty())
            return usage(tr("%1 takes one or more UNIT (a unit file or a workspace unit's name)")
                             .arg(action));
    } else if (action == QLatin1String("why") || action == QLatin1String("image")) {
        if (args.size() != 1)
            return usage(tr("%1 takes one UNIT").arg(action));
    } else if (action == QLatin1String("generate")) {
        if (args.size() != 1)
            return usage(tr("generate takes one IMAGE (its folder, full name or component)"));
        if (parser.isSet(globalOption) && parser.isSet(templateOption))
            return usage(tr("--global and --template exclude each other"));
    } else {
        return usage(tr("expected machines, units, state, submit, start, stop, destroy, why, "
                        "generate or image, not '%1'")
                         .arg(action));
    }
    if (!m_workspace.isEmpty() && !m_line.isWorkspaceFolder(m_workspace))
        return CommandLine::Usage;
    // Generating needs only the workspace: no fleet, no etcd.
    if (action == QLatin1String("generate"))
        return generate(args.first(), parser.isSet(globalOption), parser.isSet(writeOption),
                        parser.isSet(forceOption));
    m_setImage = parser.value(setOption).trimmed();
    m_restart = parser.isSet(restartOption);
    m_etcd = parser.isSet(etcdOption) ? EtcdEndpoints::fromList(parser.value(etcdOption))
                                      : EtcdEndpoints::fromEnvironment();
    if (parser.isSet(setOption) && m_setImage.isEmpty())
        return usage(tr("--set takes an image name"));

    FleetEndpoint endpoint = parser.isSet(endpointOption)
        ? FleetEndpoint::fromAddress(parser.value(endpointOption), QStringLiteral("--endpoint"))
        : FleetEndpoint::fromEnvironment();
    if (parser.isSet(tunnelOption))
        endpoint.tunnel = parser.value(tunnelOption);
    if (!endpoint.isValid())
        return usage(endpoint.error);

    // Refuse broken unit files before anything reaches fleet.
    QList<LocalUnit> local;
    if (action == QLatin1String("submit")) {
        bool ok = true;
        for (const QString &arg : std::as_const(args)) {
            LocalUnit unit;
            ok = resolve(arg, &unit) && ok;
            local.append(unit);
        }
        if (!ok)
            return CommandLine::Failure;
    }

    if (!endpoint.tunnel.isEmpty())
        return tunnelled(endpoint,
                         [&](FleetClient *client) { return dispatch(client, action, args, json); });
    if (!endpoint.isLocal())
        m_line.err << tr("whalestack-cli fleet: warning: %1 is not on this machine and fleet has "
                         "no authentication: anyone who reaches it can change the cluster. Use "
                         "--tunnel HOST (FLEETCTL_TUNNEL) to go through SSH instead.")
                          .arg(endpoint.toDisplayString())
                   << '\n';
    FleetClient client(endpoint);
    return dispatch(&client, action, args, json);
}

int FleetCommand::dispatch(FleetClient *client, const QString &action, const QStringList &args,
                           bool json)
{
    if (action == QLatin1String("machines"))
        return machines(client, json);
    if (action == QLatin1String("units"))
        return units(client, json);
    if (action == QLatin1String("state"))
        return state(client, json);
    if (action == QLatin1String("submit") || action == QLatin1String("start"))
        return submit(client, args, action == QLatin1String("start"));
    if (action == QLatin1String("stop"))
        return setState(client, args, true);
    if (action == QLatin1String("destroy"))
        return destroy(client, args);
    if (action == QLatin1String("image"))
        return image(client, args.value(0), json);
    return why(client, args.value(0), json);
}

int FleetCommand::tunnelled(const FleetEndpoint &endpoint,
                            const std::function<int(FleetClient *)> &work)
{
    FleetTunnel tunnel(endpoint.tunnel);
    if (!tunnel.isTargetValid()) {
        m_line.err << "whalestack-cli fleet: " << tunnel.targetError() << '\n';
        return CommandLine::Usage;
    }
    // Through the tunnel, the endpoint names fleet on the host: its socket, or a port there.
    if (endpoint.endpoint.kind == Endpoint::Kind::UnixSocket)
        tunnel.setRemoteSocket(endpoint.endpoint.socketPath);
    else
        tunnel.setRemotePort(quint16(endpoint.endpoint.baseUrl.port(80)));
    QStringList extra;
    for (const QString &option : std::as_const(m_sshOptions))
        extra << QStringLiteral("-o") << option;
    if (!m_sshIdentity.isEmpty())
        extra << QStringLiteral("-i") << m_sshIdentity;
    tunnel.setExtraArguments(extra);
    tunnel.setRestart(false);

    QString lost;
    QEventLoop loop;
    QObject::connect(&tunnel, &FleetTunnel::ready, &loop, &QEventLoop::quit);
    QObject::connect(&tunnel, &FleetTunnel::lost, &loop, [&](const QString &message) {
        lost = message;
        loop.quit();
    });
    tunnel.start();
    loop.exec();
    if (!tunnel.isReady()) {
        m_line.err << tr("whalestack-cli fleet: no tunnel to %1: %2").arg(endpoint.tunnel, lost)
                   << '\n';
        return CommandLine::Failure;
    }
    FleetClient client(FleetEndpoint::fromAddress(tunnel.localUrl().toString(),
                                                  QStringLiteral("--tunnel ") + endpoint.tunnel));
    const int code = work(&client);
    tunnel.stop();
    return code;
}

int FleetCommand::failed(ApiJob *job)
{
    m_line.err << "whalestack-cli fleet: " << job->errorString() << '\n';
    return CommandLine::Failure;
}

int FleetCommand::machines(FleetClient *client, bool json)
{
    FleetMachinesJob *job = client->machines();
    wait(job);
    if (job->hasError())
        return failed(job);
    const QList<FleetMachine> list = job->result();
    if (json) {
        QJsonArray array;
        for (const FleetMachine &m : list)
            array.append(QJsonObject {{QStringLiteral("id"), m.id},
                                      {QStringLiteral("primaryIP"), m.primaryIp},
                                      {QStringLiteral("metadata"), metadataJson(m.metadata)}});
        m_line.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return CommandLine::Success;
    }
    QList<QStringList> rows {{tr("MACHINE"), tr("IP"), tr("METADATA")}};
    for (const FleetMachine &m : list) {
        QStringList pairs;
        for (auto it = m.metadata.cbegin(); it != m.metadata.cend(); ++it)
            pairs.append(it.key() + QLatin1Char('=') + it.value());
        rows.append({machineLabel(list, m.id), m.primaryIp,
                     pairs.isEmpty() ? QStringLiteral("-") : pairs.join(QLatin1Char(','))});
    }
    m_line.out << table(rows);
    return CommandLine::Success;
}

int FleetCommand::units(FleetClient *client, bool json)
{
    FleetUnitsJob *job = client->units();
    wait(job);
    if (job->hasError())
        return failed(job);
    QList<QStringList> rows {
        {tr("UNIT"), tr("HASH"), tr("DSTATE"), tr("STATE"), tr("MACHINE"), tr("LOCAL")}};
    QJsonArray array;
    for (const FleetUnit &u : job->result()) {
        const QString hash = FleetUnitOptions::hash(u.options);
        // "same"/"differs" when the workspace (or a file) has the unit, else nothing.
        QString local;
        LocalUnit mine;
        if (resolve(u.name, &mine, true))
            local = FleetUnitOptions::same(mine.options, u.options) ? QStringLiteral("same")
                                                                    : QStringLiteral("differs");
        const QString desired = u.desiredStateText.isEmpty() ? FleetUnit::stateName(u.desiredState)
                                                             : u.desiredStateText;
        const QString current = u.currentStateText.isEmpty() ? FleetUnit::stateName(u.currentState)
                                                             : u.currentStateText;
        if (json) {
            QJsonObject o {{QStringLiteral("name"), u.name},
                           {QStringLiteral("hash"), hash},
                           {QStringLiteral("desiredState"), desired},
                           {QStringLiteral("currentState"), current},
                           {QStringLiteral("machineID"), u.machineId}};
            if (!local.isEmpty())
                o.insert(QStringLiteral("local"), local);
            array.append(o);
        } else {
            rows.append({u.name, hash.left(7), desired, current,
                         u.machineId.isEmpty() ? QStringLiteral("-") : u.machineId.left(8),
                         local == QLatin1String("differs") ? tr("differs (destroy + submit)")
                             : local.isEmpty()             ? QStringLiteral("-")
                                                           : tr("same")});
        }
    }
    if (json)
        m_line.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    else
        m_line.out << table(rows);
    return CommandLine::Success;
}

int FleetCommand::state(FleetClient *client, bool json)
{
    FleetMachinesJob *machinesJob = client->machines();
    FleetUnitsJob *unitsJob = client->units();
    FleetStatesJob *statesJob = client->states();
    for (ApiJob *job : std::initializer_list<ApiJob *> {machinesJob, unitsJob, statesJob}) {
        wait(job);
        if (job->hasError())
            return failed(job);
    }
    const QList<FleetMachine> machines = machinesJob->result();
    QMap<QString, QMap<QString, FleetUnitState>> cells; // unit → machine → state
    for (const FleetUnitState &s : statesJob->result())
        cells[s.name].insert(s.machineId, s);
    QStringList names;
    for (const FleetUnit &u : unitsJob->result())
        names.append(u.name);
    for (auto it = cells.cbegin(); it != cells.cend(); ++it)
        if (!names.contains(it.key()))
            names.append(it.key());
    names.sort();

    if (json) {
        QJsonArray machineArray;
        for (const FleetMachine &m : machines)
            machineArray.append(QJsonObject {{QStringLiteral("id"), m.id},
                                             {QStringLiteral("primaryIP"), m.primaryIp}});
        QJsonArray unitArray;
        for (const QString &name : std::as_const(names)) {
            QJsonObject states;
            const QMap<QString, FleetUnitState> row = cells.value(name);
            for (auto it = row.cbegin(); it != row.cend(); ++it)
                states.insert(it.key(),
                              QJsonObject {{QStringLiteral("load"), it->systemdLoadState},
                                           {QStringLiteral("active"), it->systemdActiveState},
                                           {QStringLiteral("sub"), it->systemdSubState},
                                           {QStringLiteral("hash"), it->hash}});
            QString desired;
            for (const FleetUnit &u : unitsJob->result())
                if (u.name == name)
                    desired = FleetUnit::stateName(u.desiredState);
            unitArray.append(QJsonObject {{QStringLiteral("name"), name},
                                          {QStringLiteral("desiredState"), desired},
                                          {QStringLiteral("states"), states}});
        }
        m_line.out << QJsonDocument(QJsonObject {{QStringLiteral("machines"), machineArray},
                                                 {QStringLiteral("units"), unitArray}})
                          .toJson(QJsonDocument::Indented);
        return CommandLine::Success;
    }
    QStringList header {tr("UNIT")};
    for (const FleetMachine &m : machines)
        header.append(machineLabel(machines, m.id));
    QList<QStringList> rows {header};
    for (const QString &name : std::as_const(names)) {
        QStringList row {name};
        for (const FleetMachine &m : machines) {
            const auto cell = cells.value(name).constFind(m.id);
            row.append(cell == cells.value(name).cend()
                           ? QStringLiteral("-")
                           : cell->systemdActiveState + QLatin1Char('/') + cell->systemdSubState);
        }
        rows.append(row);
    }
    m_line.out << table(rows);
    return CommandLine::Success;
}

int FleetCommand::submit(FleetClient *client, const QStringList &args, bool start)
{
    int code = CommandLine::Success;
    for (const QString &arg : args) {
        LocalUnit unit;
        // start of a unit fleet has, with no file here: only its desired state changes (as
        // fleetctl start does).
        if (start && !QFileInfo(arg).isFile() && !resolve(arg, &unit, true)) {
            FleetUnitJob *known = client->unit(unitName(arg));
            wait(known);
            if (known->hasError()) {
                resolve(arg, &unit); // says why the unit could not be found here either
                code = failed(known);
                continue;
            }
            FleetActionJob *job
                = client->setDesiredState(unitName(arg), FleetUnit::State::Launched);
            wait(job);
            if (job->hasError())
                code = failed(job);
            else
                m_line.err << tr("Started %1.").arg(unitName(arg)) << '\n';
            continue;
        }
        if (!resolve(arg, &unit)) {
            code = CommandLine::Failure;
            continue;
        }
        const bool isTemplate = FleetSchedulingRules::isTemplateName(unit.name);
        const FleetUnit::State desired
            = start && !isTemplate ? FleetUnit::State::Launched : FleetUnit::State::Inactive;
        FleetSubmitJob *job = client->submit(unit.name, unit.options, desired);
        wait(job);
        if (job->hasError()) {
            if (job->optionsDiffer())
                m_line.err << tr("whalestack-cli fleet: fleet has %1 with other contents than "
                                 "%2, and cannot change a unit in place; destroy it "
                                 "(whalestack-cli fleet destroy %1) and submit it again")
                                  .arg(unit.name, QDir::toNativeSeparators(unit.file))
                           << '\n';
            else
                failed(job);
            code = CommandLine::Failure;
            continue;
        }
        const bool created = job->result() == FleetSubmitResult::Created;
        m_line.err << (start ? (created ? tr("Submitted and started %1.") : tr("Started %1."))
                             : (created ? tr("Submitted %1.") : tr("%1 was already submitted.")))
                          .arg(unit.name)
                   << '\n';
    }
    return code;
}

int FleetCommand::setState(FleetClient *client, const QStringList &args, bool)
{
    int code = CommandLine::Success;
    for (const QString &arg : args) {
        FleetActionJob *job = client->setDesiredState(unitName(arg), FleetUnit::State::Loaded);
        wait(job);
        if (job->hasError())
            code = failed(job);
        else
            m_line.err << tr("Stopped %1.").arg(unitName(arg)) << '\n';
    }
    return code;
}

int FleetCommand::destroy(FleetClient *client, const QStringList &args)
{
    int code = CommandLine::Success;
    for (const QString &arg : args) {
        FleetActionJob *job = client->destroy(unitName(arg));
        wait(job);
        if (job->hasError())
            code = failed(job);
        else
            m_line.err << tr("Destroyed %1.").arg(unitName(arg)) << '\n';
    }
    return code;
}

int FleetCommand::why(FleetClient *client, const QString &arg, bool json)
{
    FleetMachinesJob *machinesJob = client->machines();
    FleetUnitsJob *unitsJob = client->units();
    FleetStatesJob *statesJob = client->states();
    for (ApiJob *job : std::initializer_list<ApiJob *> {machinesJob, unitsJob, statesJob}) {
        wait(job);
        if (job->hasError())
            return failed(job);
    }
    const FleetScheduleExplainer explainer(unitsJob->result(), machinesJob->result(),
                                           statesJob->result());
    const FleetScheduleExplanation why = explainer.explain(unitName(arg));
    if (json) {
        m_line.out << QJsonDocument(QJsonObject {{QStringLiteral("unit"), unitName(arg)},
                                                 {QStringLiteral("reason"), why.reasonKey()},
                                                 {QStringLiteral("message"), why.message},
                                                 {QStringLiteral("details"),
                                                  QJsonArray::fromStringList(why.details)},
                                                 {QStringLiteral("machines"),
                                                  QJsonArray::fromStringList(why.machines)},
                                                 {QStringLiteral("global"), why.global}})
                          .toJson(QJsonDocument::Indented);
    } else {
        m_line.out << why.toString() << '\n';
    }
    return why.reason == FleetScheduleExplanation::Reason::UnknownUnit ? CommandLine::Failure
                                                                       : CommandLine::Success;
}

int FleetCommand::generate(const QString &imageArg, bool global, bool write, bool force)
{
    const QString root = workspaceRoot();
    const Workspace workspace = WorkspaceLoader::load(root);
    const ImageDefinition *found = nullptr;
    QStringList known;
    for (const ImageDefinition &image : workspace.images) {
        if (!image.buildable())
            continue;
        known << image.id;
        const QString component = FleetUnitGenerator::component(FleetUnitGenerator::imageOf(image));
        if (image.id == imageArg || image.name == imageArg || component == imageArg
            || ImageReference::repository(image.name) == imageArg)
            found = &image;
    }
    if (!found) {
        m_line.err << tr("whalestack-cli fleet: the workspace %1 has no image %2; give its folder "
                         "(one of: %3), its full name or its component")
                          .arg(QDir::toNativeSeparators(root), imageArg,
                               known.join(QLatin1String(", ")))
                   << '\n';
        return CommandLine::Failure;
    }
    FleetUnitGenerator::Options options;
    options.kind = global ? FleetUnitGenerator::Options::Kind::Global
                          : FleetUnitGenerator::Options::Kind::Template;
    const FleetUnitGenerator::Result result = FleetUnitGenerator::generate(*found, options);
    if (!write) {
        m_line.out << QString::fromUtf8(result.text);
        return CommandLine::Success;
    }
    QStringList paths;
    for (const UnitFile &unit : workspace.units)
        paths << unit.path;
    const QString path = UnitFileLocation::path(workspace.root, workspace.manifest.unitsDir, paths,
                                                result.fileName);
    if (QFileInfo::exists(path) && !force) {
        m_line.err << tr("whalestack-cli fleet: %1 exists; nothing was written. Give --force to "
                         "replace it.")
                          .arg(QDir::toNativeSeparators(path))
                   << '\n';
        return CommandLine::Failure;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(result.text) != result.text.size()
        || !file.commit()) {
        m_line.err << tr("whalestack-cli fleet: cannot write %1: %2")
                          .arg(QDir::toNativeSeparators(path), file.errorString())
                   << '\n';
        return CommandLine::Failure;
    }
    m_line.err << tr("Wrote %1 (its image from the etcd key %2).")
                      .arg(QDir::toNativeSeparators(path), result.imageNameKey)
               << '\n';
    return CommandLine::Success;
}

int FleetCommand::image(FleetClient *client, const QString &arg, bool json)
{
    // The unit's text: the workspace's file (or the template's), else what fleet has.
    const QString name = unitName(arg);
    QList<UnitOption> options;
    LocalUnit local;
    if (resolve(arg, &local, true)) {
        options = local.options;
    } else {
        FleetUnitJob *job = client->unit(name);
        wait(job);
        if (job->hasError()) {
            resolve(arg, &local); // says why the workspace has no such unit either
            return failed(job);
        }
        options = job->result().options;
    }
    const UnitImageLink link = UnitImageLink::fromOptions(options);
    if (!link.isValid()) {
        m_line.err << tr("whalestack-cli fleet: %1 does not read its image from an etcd key "
                         "(/services/SERVICE/config/COMPONENT-image-name)")
                          .arg(name)
                   << '\n';
        return CommandLine::Failure;
    }
    if (!m_etcd.isValid()) {
        m_line.err << "whalestack-cli fleet: " << m_etcd.error << '\n';
        return CommandLine::Usage;
    }
    EtcdConnector connector(m_etcd, EtcdConnector::Preference::Auto);
    wait(&connector);
    if (connector.hasError()) {
        m_line.err << tr("whalestack-cli fleet: cannot reach etcd at %1: %2 Set "
                         "ETCDCTL_ENDPOINTS or give --etcd.")
                          .arg(m_etcd.toDisplayString(), connector.errorString())
                   << '\n';
        return CommandLine::Failure;
    }
    const std::unique_ptr<EtcdStore> store = connector.takeStore();
    EtcdRangeJob *read = store->range(link.key.toUtf8());
    wait(read);
    if (read->hasError())
        return failed(read);
    const bool exists = !read->result().kvs.isEmpty();
    const QString value = exists ? QString::fromUtf8(read->result().kvs.first().value) : QString();
    const qint64 revision = exists ? read->result().kvs.first().modRevision : 0;
    QString now = value;
    if (!m_setImage.isEmpty()) {
        EtcdCasJob *cas = store->putIfUnchanged(link.key.toUtf8(), m_setImage.toUtf8(), revision);
        wait(cas);
        if (cas->hasError())
            return failed(cas);
        if (!cas->result().succeeded) {
            m_line.err << tr("whalestack-cli fleet: %1 changed while it was being set (now: "
                             "%2); nothing was written. Run the command again.")
                              .arg(link.key, QString::fromUtf8(cas->result().current.value))
                       << '\n';
            return CommandLine::Failure;
        }
        now = m_setImage;
        m_line.err << tr("Set %1 to %2 (was: %3).")
                          .arg(link.key, m_setImage, exists ? value : tr("not set"))
                   << '\n';
    }
    if (json) {
        QJsonObject o {{QStringLiteral("unit"), name},
                       {QStringLiteral("key"), link.key},
                       {QStringLiteral("value"), now},
                       {QStringLiteral("set"), exists || !m_setImage.isEmpty()}};
        if (!m_setImage.isEmpty())
            o.insert(QStringLiteral("previous"), value);
        m_line.out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        m_line.out << link.key << ' '
                   << (now.isEmpty() && m_setImage.isEmpty() && !exists ? tr("(not set)") : now)
                   << '\n';
    }
    if (!m_restart)
        return CommandLine::Success;
    // A template's key serves its instances: those fleet runs are restarted.
    QStringList targets {name};
    if (FleetSchedulingRules::isTemplateName(name)) {
        FleetUnitsJob *units = client->units();
        wait(units);
        if (units->hasError())
            return failed(units);
        targets.clear();
        const QString prefix = name.left(name.indexOf(QLatin1Char('@')) + 1);
        const QString suffix = name.mid(name.lastIndexOf(QLatin1Char('.')));
        for (const FleetUnit &u : units->result())
            if (u.name != name && u.name.startsWith(prefix) && u.name.endsWith(suffix)
                && u.desiredState == FleetUnit::State::Launched)
                targets << u.name;
    }
    int code = CommandLine::Success;
    for (const QString &target : std::as_const(targets)) {
        FleetUnitRestart restart(client, target);
        QObject::connect(&restart, &FleetUnitRestart::progress, &restart,
                         [this](const QString &message) { m_line.err << message << '\n'; });
        wait(&restart);
        if (restart.hasError())
            code = failed(&restart);
    }
    return code;
}

} // namespace ws
