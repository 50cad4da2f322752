#include "BuildCommand.h"

#include "build/BuildLog.h"
#include "build/BuildPlan.h"
#include "build/BuildScheduler.h"
#include "build/DockerBuildRunner.h"
#include "docker/DockerClient.h"
#include "workspace/WorkspaceLoader.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QThread>

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

QJsonObject summaryJson(const BuildSummary &summary, const DockerBuildRunner &runner)
{
    QJsonArray images;
    for (const BuildSummary::ImageResult &r : summary.images) {
        QJsonObject o;
        o.insert(QStringLiteral("name"), r.name);
        o.insert(QStringLiteral("state"), buildStateId(r.state));
        o.insert(QStringLiteral("pushed"), false);
        o.insert(QStringLiteral("seconds"), double(r.durationMs) / 1000.0);
        o.insert(QStringLiteral("image_id"), runner.imageId(r.name));
        o.insert(QStringLiteral("cache_hits"), runner.cacheHits(r.name));
        o.insert(QStringLiteral("attempts"), r.attempts);
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
    totals.insert(QStringLiteral("pushed"), 0);
    QJsonObject root;
    root.insert(QStringLiteral("images"), images);
    root.insert(QStringLiteral("totals"), totals);
    root.insert(QStringLiteral("seconds"), double(summary.wallMs) / 1000.0);
    root.insert(QStringLiteral("critical_path"), QJsonArray::fromStringList(summary.criticalPath));
    root.insert(QStringLiteral("builds_sent"), runner.buildsSent());
    root.insert(QStringLiteral("succeeded"), summary.succeeded());
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
    for (const QCommandLineOption *o : {&jsonOption, &jobsOption, &noCacheOption, &pullOption,
                                        &buildArgOption, &networkOption, &logsOption})
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
    int jobs = BuildScheduler::defaultSlotCount(QThread::idealThreadCount());
    if (parser.isSet(jobsOption)) {
        bool ok = false;
        jobs = parser.value(jobsOption).toInt(&ok);
        if (!ok || jobs < 1) {
            m_line.err << tr("whalestack-cli: --jobs takes a number of at least 1, not '%1'")
                              .arg(parser.value(jobsOption))
                       << '\n';
            return CommandLine::Usage;
        }
    }
    DockerBuildRunner::Options options;
    if (!m_line.parseBuildArgs(parser.values(buildArgOption), &options.buildArgs))
        return CommandLine::Usage;
    options.noCache = parser.isSet(noCacheOption);
    options.pull = parser.isSet(pullOption);
    options.networkMode = parser.value(networkOption);

    const QString path = positional.takeFirst();
    if (!m_line.isWorkspaceFolder(path))
        return CommandLine::Failure;
    WorkspaceLoader::Options loadOptions;
    loadOptions.buildArgs = options.buildArgs;
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
    plan.setAllOnlyIfStale(!options.noCache);

    const DockerEndpoint endpoint = DockerEndpoint::fromEnvironment();
    if (!endpoint.isValid()) {
        m_line.err << tr("whalestack-cli: cannot use the Docker engine: %1").arg(endpoint.error)
                   << '\n';
        return CommandLine::Failure;
    }
    DockerClient client(endpoint);
    BuildLog log(parser.value(logsOption));
    DockerBuildRunner runner(&client, workspace, options, &log);
    BuildScheduler scheduler(&runner, jobs);
    QEventLoop loop;
    int exitCode = CommandLine::Success;

    const QStringList order = plan.order();
    const auto prefix = [&order](const QString &image) {
        return QStringLiteral("[%1/%2] %3: ")
            .arg(order.indexOf(image) + 1)
            .arg(order.size())
            .arg(image);
    };
    QObject::connect(&runner, &DockerBuildRunner::stepStarted, &loop,
                     [&](const QString &image, int step, int total, const QString &instruction) {
                         m_line.err << prefix(image)
                                    << tr("Step %1/%2 : %3").arg(step).arg(total).arg(instruction)
                                    << Qt::endl;
                     });
    QObject::connect(&scheduler, &BuildScheduler::stateChanged, &loop,
                     [&](const QString &image, BuildState state, const QString &detail) {
                         if (state == BuildState::Blocked)
                             log.append(image, detail);
                         m_line.err << prefix(image) << buildStateText(state);
                         if (!detail.isEmpty())
                             m_line.err << " (" << detail << ')';
                         m_line.err << Qt::endl;
                     });
    QObject::connect(
        &scheduler, &BuildScheduler::finished, &loop, [&](const BuildSummary &summary) {
            if (parser.isSet(jsonOption))
                m_line.out
                    << QJsonDocument(summaryJson(summary, runner)).toJson(QJsonDocument::Indented);
            m_line.err << tr("Built %1, up to date %2, failed %3, blocked %4, "
                             "cancelled %5 in %6 s")
                              .arg(summary.count(BuildState::Built))
                              .arg(summary.count(BuildState::UpToDate))
                              .arg(summary.count(BuildState::Failed))
                              .arg(summary.count(BuildState::Blocked))
                              .arg(summary.count(BuildState::Cancelled))
                              .arg(double(summary.wallMs) / 1000.0, 0, 'f', 1)
                       << Qt::endl;
            m_line.err << tr("Logs: %1").arg(QDir::toNativeSeparators(log.folder())) << Qt::endl;
            exitCode = summary.succeeded() ? CommandLine::Success : CommandLine::Failure;
            loop.quit();
        });

    std::unique_ptr<QSocketNotifier> sigintNotifier;
    if (::pipe(g_signalPipe) == 0) {
        sigintNotifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(sigintNotifier.get(), &QSocketNotifier::activated, &loop, [&] {
            char byte = 0;
            [[maybe_unused]] const auto n = ::read(g_signalPipe[0], &byte, 1);
            m_line.err << tr("Interrupted: cancelling the build queue") << Qt::endl;
            scheduler.cancelAll();
        });
        std::signal(SIGINT, onSigint);
    }

    // The engine must answer before the queue starts, so a wrong DOCKER_HOST is one clear error
    // rather than one failure per image.
    DockerPingJob *ping = client.ping();
    QObject::connect(ping, &ApiJob::finished, &loop, [&] {
        ping->deleteLater();
        if (ping->hasError()) {
            m_line.err << tr("whalestack-cli: the Docker engine at %1 does not answer: %2")
                              .arg(endpoint.endpoint.toDisplayString(), ping->errorString())
                       << Qt::endl;
            exitCode = CommandLine::Failure;
            loop.quit();
            return;
        }
        if (!scheduler.start(plan)) {
            exitCode = CommandLine::Failure;
            loop.quit();
        }
    });
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
