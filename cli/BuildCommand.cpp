#include "BuildCommand.h"

#include "build/BuildHistory.h"
#include "build/BuildLog.h"
#include "build/BuildPlan.h"
#include "build/BuildSession.h"
#include "docker/DockerClient.h"
#include "settings/ProfileStore.h"
#include "workspace/WorkspaceLoader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

namespace ws {

namespace {

// SIGINT may only do async-signal-safe things: it writes a byte to a pipe, and a
// QSocketNotifier on the other end cancels the queue from the event loop.
int g_signalPipe[2] = {-1, -1};

void onSigint(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalPipe[1], &byte, 1);
}

QJsonObject summaryJson(const BuildSession &session, const BuildSummary &summary)
{
    QJsonArray images;
    const QList<BuildSession::ImageReport> reports = session.reports();
    for (const BuildSummary::ImageResult &r : summary.images) {
        const auto report = std::find_if(reports.begin(), reports.end(),
                                         [&r](const auto &x) { return x.name == r.name; });
        QJsonObject o;
        o.insert(QStringLiteral("name"), r.name);
        o.insert(QStringLiteral("state"), buildStateId(r.state));
        o.insert(QStringLiteral("pushed"),
                 report != reports.end() && report->push == PushState::Pushed);
        if (session.pushQueue() && report != reports.end()) {
            o.insert(QStringLiteral("push_state"), pushStateId(report->push));
            if (report->push == PushState::Pushed)
                o.insert(QStringLiteral("remote"), session.pushQueue()->remoteName(r.name));
            if (report->push == PushState::Pushed)
                o.insert(QStringLiteral("digest"), session.pushQueue()->digest(r.name));
            else if (report->push == PushState::Failed)
                o.insert(QStringLiteral("push_error"), session.pushQueue()->detail(r.name));
        }
        o.insert(QStringLiteral("seconds"), double(r.durationMs) / 1000.0);
        o.insert(QStringLiteral("image_id"), session.runner()->imageId(r.name));
        o.insert(QStringLiteral("cache_hits"), session.runner()->cacheHits(r.name));
        o.insert(QStringLiteral("attempts"), r.attempts);
        o.insert(QStringLiteral("log"), session.log()->filePath(r.name));
        if (report != reports.end() && report->sizeBytes >= 0)
            o.insert(QStringLiteral("size"), double(report->sizeBytes));
        if (!r.detail.isEmpty())
            o.insert(QStringLiteral("detail"), r.detail);
        if (!r.blockedBy.isEmpty())
            o.insert(QStringLiteral("blocked_by"), r.blockedBy);
        images.append(o);
    }
    QJsonObject totals;
    for (BuildState s : {BuildState::Built, BuildState::UpToDate, BuildState::Failed,
                         BuildState::Blocked, BuildState::Cancelled})
        totals.insert(buildStateId(s), summary.count(s));
    totals.insert(QStringLiteral("pushed"), session.pushedCount());
    QJsonObject root;
    root.insert(QStringLiteral("images"), images);
    root.insert(QStringLiteral("totals"), totals);
    root.insert(QStringLiteral("seconds"), double(summary.wallMs) / 1000.0);
    root.insert(QStringLiteral("critical_path"), QJsonArray::fromStringList(summary.criticalPath));
    root.insert(QStringLiteral("builds_sent"), session.runner()->buildsSent());
    root.insert(QStringLiteral("jobs"), session.scheduler()->slotCount());
    if (session.pushQueue())
        root.insert(QStringLiteral("registry"), session.pushQueue()->registry());
    root.insert(QStringLiteral("succeeded"), session.succeeded());
    return root;
}

} // namespace

BuildCommand::BuildCommand(CommandLine &line) : m_line(line)
{ }

bool BuildCommand::handles(const QString &command)
{
    return command == QLatin1String("build");
}

int BuildCommand::run(const QString &command)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        tr("Print a summary as JSON to stdout."));
    const QCommandLineOption jobsOption(QStringLiteral("jobs"),
                                        tr("Build at most N images at once."), QStringLiteral("N"));
    const QCommandLineOption noCacheOption(QStringLiteral("no-cache"),
                                           tr("Rebuild every image, without the engine's cache."));
    const QCommandLineOption pullOption(QStringLiteral("pull"),
                                        tr("Let the engine pull base images."));
    const QCommandLineOption buildArgOption(QStringLiteral("build-arg"),
                                            tr("Set a build argument (repeatable)."),
                                            QStringLiteral("K=V"));
    const QCommandLineOption networkOption(
        QStringLiteral("network"), tr("The network mode of RUN steps."), QStringLiteral("MODE"));
    const QCommandLineOption logsOption(
        QStringLiteral("logs"), tr("The folder for the build logs."), QStringLiteral("DIR"));
    const QCommandLineOption pushOption(
        QStringLiteral("push"),
        tr("Push every built image to REGISTRY (host[:port]) as it is built; \"manifest\" "
           "takes the workspace manifest's registry."),
        QStringLiteral("REGISTRY"));
    const QCommandLineOption profileOption(
        QStringLiteral("profile"),
        tr("Build on the Docker engine of connection profile NAME (profiles.yaml) instead of "
           "DOCKER_HOST."),
        QStringLiteral("NAME"));
    const QCommandLineOption retriesOption(QStringLiteral("retries"),
                                           tr("Restart a failed image up to N times."),
                                           QStringLiteral("N"));
    for (const QCommandLineOption *o :
         {&jsonOption, &jobsOption, &noCacheOption, &pullOption, &buildArgOption, &networkOption,
          &logsOption, &pushOption, &retriesOption, &profileOption})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("PATH"), tr("The workspace folder."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), tr("Images to build (default: all)."),
                                 QStringLiteral("[IMAGE…]"));
    if (!parser.parse(QStringList {QStringLiteral("whalestack-cli")} + m_line.arguments)) {
        m_line.err << parser.errorText() << '\n';
        return CommandLine::Usage;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        m_line.err << tr("whalestack-cli %1: expected a workspace PATH").arg(command) << '\n';
        return CommandLine::Usage;
    }
    BuildSession::Options options;
    const auto number = [&](const QCommandLineOption &option, int minimum, int *into) {
        if (!parser.isSet(option))
            return true;
        bool ok = false;
        *into = parser.value(option).toInt(&ok);
        if (ok && *into >= minimum)
            return true;
        m_line.err << tr("whalestack-cli: --%1 takes a number of at least %2, not '%3'")
                          .arg(option.names().constFirst())
                          .arg(minimum)
                          .arg(parser.value(option))
                   << '\n';
        return false;
    };
    if (!number(jobsOption, 1, &options.jobs) || !number(retriesOption, 0, &options.retries))
        return CommandLine::Usage;
    if (!m_line.parseBuildArgs(parser.values(buildArgOption), &options.build.buildArgs))
        return CommandLine::Usage;
    options.build.noCache = parser.isSet(noCacheOption);
    options.build.pull = parser.isSet(pullOption);
    options.build.networkMode = parser.value(networkOption);
    options.logFolder = parser.value(logsOption);
    if (parser.isSet(pushOption)) {
        options.push = true;
        if (parser.value(pushOption) != QLatin1String("manifest"))
            options.registry = parser.value(pushOption);
    }

    const QString path = positional.takeFirst();
    if (!m_line.isWorkspaceFolder(path))
        return CommandLine::Failure;
    WorkspaceLoader::Options loadOptions;
    loadOptions.buildArgs = options.build.buildArgs;
    const Workspace workspace = WorkspaceLoader::load(path, loadOptions);
    for (const Problem &problem : workspace.problems)
        m_line.err << problem.toString() << '\n';

    // Nothing is sent to the engine for a plan with a cycle, a missing parent or a broken
    // Dockerfile.
    BuildPlan plan = BuildPlan::fromWorkspace(
        workspace, positional.isEmpty() ? BuildPlan::Scope::Everything : BuildPlan::Scope::Images,
        positional);
    for (const QString &name : positional) {
        if (!workspace.image(name) && !workspace.imageById(name)) {
            m_line.err << tr("whalestack-cli: the workspace has no image '%1'").arg(name) << '\n';
            return CommandLine::Failure;
        }
    }
    if (!plan.isValid()) {
        for (const Problem &problem : plan.problems())
            m_line.err << problem.toString() << '\n';
        m_line.err << tr("whalestack-cli: nothing was built: the build plan has errors") << '\n';
        m_line.err.flush();
        return CommandLine::Failure;
    }
    plan.setAllOnlyIfStale(!options.build.noCache);

    DockerEndpoint endpoint = DockerEndpoint::fromEnvironment();
    if (parser.isSet(profileOption)) {
        const QString name = parser.value(profileOption);
        ProfileStore profiles;
        profiles.load();
        const std::optional<ConnectionProfile> profile = profiles.profile(name);
        if (!profile || profile->kind != ConnectionProfile::Kind::Docker) {
            m_line.err << tr("whalestack-cli: %1 has no Docker profile named '%2'")
                              .arg(QDir::toNativeSeparators(profiles.filePath()), name)
                       << '\n';
            return CommandLine::Failure;
        }
        endpoint = DockerEndpoint::fromAddress(profile->endpoints.value(0), profile->caFile,
                                               profile->certFile, profile->keyFile,
                                               profile->verifyTls, tr("profile %1").arg(name));
    }
    if (!endpoint.isValid()) {
        m_line.err << tr("whalestack-cli: cannot use the Docker engine: %1").arg(endpoint.error)
                   << '\n';
        return CommandLine::Failure;
    }
    DockerClient client(endpoint);
    BuildHistory history(qEnvironmentVariable("WHALESTACK_HISTORY"));
    BuildSession session(&client, workspace, options, &history);
    QEventLoop loop;
    int exitCode = CommandLine::Success;

    const QStringList order = plan.order();
    const auto prefix = [&order](const QString &image) {
        return QStringLiteral("[%1/%2] %3: ")
            .arg(order.indexOf(image) + 1)
            .arg(order.size())
            .arg(image);
    };
    QObject::connect(&session, &BuildSession::started, &loop, [&](int slotCount) {
        m_line.err << tr("Building %n image(s) on %1", nullptr, int(order.size()))
                          .arg(endpoint.endpoint.toDisplayString())
                   << ' ' << tr("with %n slot(s)", nullptr, slotCount) << Qt::endl;
    });
    QObject::connect(&session, &BuildSession::startFailed, &loop, [&](const QString &message) {
        m_line.err << "whalestack-cli: " << message << Qt::endl;
        exitCode = CommandLine::Failure;
        loop.quit();
    });
    QObject::connect(&session, &BuildSession::stepStarted, &loop,
                     [&](const QString &image, int step, int total, const QString &instruction) {
                         m_line.err << prefix(image)
                                    << tr("Step %1/%2 : %3").arg(step).arg(total).arg(instruction)
                                    << Qt::endl;
                     });
    QObject::connect(&session, &BuildSession::stateChanged, &loop,
                     [&](const QString &image, BuildState state, const QString &detail) {
                         m_line.err << prefix(image) << buildStateText(state);
                         const qint64 estimate = session.estimateMs(image);
                         if (state == BuildState::Running && estimate > 0)
                             m_line.err
                                 << ' '
                                 << tr("(usually %1 s)").arg(double(estimate) / 1000.0, 0, 'f', 1);
                         if (!detail.isEmpty())
                             m_line.err << " (" << detail << ')';
                         m_line.err << Qt::endl;
                     });
    QObject::connect(&session, &BuildSession::pushStateChanged, &loop,
                     [&](const QString &image, PushState state, const QString &detail) {
                         m_line.err << prefix(image) << pushStateText(state);
                         if (!detail.isEmpty())
                             m_line.err << " (" << detail << ')';
                         m_line.err << Qt::endl;
                     });
    QObject::connect(&session, &BuildSession::finished, &loop, [&](const BuildSummary &summary) {
        if (parser.isSet(jsonOption))
            m_line.out
                << QJsonDocument(summaryJson(session, summary)).toJson(QJsonDocument::Indented);
        m_line.err << tr("Built %1, up to date %2, failed %3, blocked %4, "
                         "cancelled %5 in %6 s")
                          .arg(summary.count(BuildState::Built))
                          .arg(summary.count(BuildState::UpToDate))
                          .arg(summary.count(BuildState::Failed))
                          .arg(summary.count(BuildState::Blocked))
                          .arg(summary.count(BuildState::Cancelled))
                          .arg(double(summary.wallMs) / 1000.0, 0, 'f', 1)
                   << Qt::endl;
        if (session.pushQueue())
            m_line.err << tr("Pushed %1 of %2 to %3")
                              .arg(session.pushedCount())
                              .arg(summary.images.size())
                              .arg(session.pushQueue()->registry())
                       << Qt::endl;
        if (summary.criticalPath.size() > 1)
            m_line.err
                << tr("Critical path: %1").arg(summary.criticalPath.join(QStringLiteral(" → ")))
                << Qt::endl;
        m_line.err << tr("Logs: %1").arg(QDir::toNativeSeparators(session.log()->folder()))
                   << Qt::endl;
        exitCode = session.succeeded() ? CommandLine::Success : CommandLine::Failure;
        loop.quit();
    });

    std::unique_ptr<QSocketNotifier> sigintNotifier;
    if (::pipe(g_signalPipe) == 0) {
        sigintNotifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(sigintNotifier.get(), &QSocketNotifier::activated, &loop, [&] {
            char byte = 0;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
            m_line.err << tr("Interrupted: cancelling the build queue") << Qt::endl;
            session.cancelAll();
        });
        std::signal(SIGINT, onSigint);
    }

    session.start(plan);
    loop.exec();

    if (sigintNotifier) {
        std::signal(SIGINT, SIG_DFL);
        sigintNotifier.reset();
        ::close(g_signalPipe[0]);
        ::close(g_signalPipe[1]);
        g_signalPipe[0] = g_signalPipe[1] = -1;
    }
    return exitCode;
}

} // namespace ws
