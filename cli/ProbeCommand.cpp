#include "ProbeCommand.h"

#include "infra/ProbeCredentialSource.h"
#include "infra/ProbeFactory.h"
#include "infra/ProbeScheduler.h"
#include "secrets/SecretStore.h"
#include "workspace/ManifestParser.h"

#include <QCommandLineParser>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <algorithm>
#include <csignal>
#include <memory>
#include <unistd.h>

namespace ws {

namespace {

// The keychain service `login` writes to: WHALESTACK_KEYCHAIN_SERVICE, else "whalestack".
QString keychainService()
{
    const QString service = qEnvironmentVariable("WHALESTACK_KEYCHAIN_SERVICE");
    return service.isEmpty() ? SecretStore::defaultService() : service;
}

// SIGINT and SIGTERM end `probe --watch` cleanly: the handler only writes a byte to a pipe (all
// a signal handler may safely do); a QSocketNotifier on the other end quits the loop.
int g_probeSignalPipe[2] = {-1, -1};

void onProbeSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_probeSignalPipe[1], &byte, 1);
}

QString latencyText(const ProbeResult &r)
{
    if (r.latencyMs < 0)
        return QStringLiteral("-");
    return r.latencyMs < 10 ? QString::number(r.latencyMs, 'f', 1) + QStringLiteral(" ms")
                            : QString::number(qRound(r.latencyMs)) + QStringLiteral(" ms");
}

QString who(const ProbeResult &r)
{
    return r.name.isEmpty() ? r.endpoint : QStringLiteral("%1 (%2)").arg(r.name, r.endpoint);
}

// Seconds as the options take them ("2", "0.5") to ms; false when not a positive number.
bool seconds(const QString &text, int *ms)
{
    bool ok = false;
    const double s = text.toDouble(&ok);
    if (!ok || s <= 0 || s > 86'400)
        return false;
    *ms = qMax(1, int(s * 1000));
    return true;
}

} // namespace

ProbeCommand::ProbeCommand(CommandLine &line) : m_line(line)
{ }

bool ProbeCommand::handles(const QString &command)
{
    return command == QLatin1String("probe");
}

bool ProbeCommand::loadEnvironment(const QString &workspace, const QString &name,
                                   QList<ProbeTarget> *out)
{
    const QString root = workspace.isEmpty() ? QDir::currentPath() : workspace;
    const QString path = QDir(root).filePath(QStringLiteral("whalestack.yaml"));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_line.err << "whalestack-cli probe: "
                   << tr("%1: cannot read the workspace manifest (%2); give the workspace with "
                         "--workspace, or probe ad hoc with --service KIND=ENDPOINT")
                          .arg(QDir::toNativeSeparators(path), file.errorString())
                   << '\n';
        return false;
    }
    Problems problems;
    const Manifest manifest = ManifestParser::parse(file.readAll(), path, &problems);
    for (const Problem &p : std::as_const(problems))
        m_line.err << (p.severity == Problem::Severity::Error ? tr("error: ") : tr("warning: "))
                   << p.toString() << '\n';
    QStringList names;
    for (const Environment &e : manifest.environments) {
        names << e.name;
        if (e.name == name) {
            *out = ProbeTarget::fromEnvironment(e);
            if (!e.fleetTunnel.isEmpty())
                m_line.err << "whalestack-cli probe: "
                           << tr("warning: fleet's tunnel %1 is not opened by probe; the fleet "
                                 "endpoint is probed as it is written")
                                  .arg(e.fleetTunnel)
                           << '\n';
            return true;
        }
    }
    m_line.err << "whalestack-cli probe: "
               << (names.isEmpty() ? tr("%1 has no environments; add one under environments:")
                                         .arg(QDir::toNativeSeparators(path))
                                   : tr("%1 has no environment '%2'; it has: %3")
                                         .arg(QDir::toNativeSeparators(path), name,
                                              names.join(QLatin1String(", "))))
               << '\n';
    return false;
}

int ProbeCommand::run(const QString &)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        tr("the workspace whose whalestack.yaml names ENVIRONMENT (default: the current folder)."),
        QStringLiteral("PATH"));
    const QCommandLineOption serviceOption(
        QStringLiteral("service"),
        tr("probe KIND=ENDPOINT[,OPT=V...] (repeatable), e.g. etcd=http://127.0.0.1:2379."),
        QStringLiteral("SPEC"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON to stdout."));
    const QCommandLineOption watchOption(
        QStringLiteral("watch"), tr("probe again every interval and print changes until Ctrl-C."));
    const QCommandLineOption intervalOption(QStringLiteral("interval"),
                                            tr("--watch: seconds between probes (default 10)."),
                                            QStringLiteral("S"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout"),
                                           tr("seconds a probe may take (default 5)."),
                                           QStringLiteral("S"));
    const QCommandLineOption concurrencyOption(
        QStringLiteral("concurrency"), tr("probes at a time (default 8)."), QStringLiteral("N"));
    const QCommandLineOption helpOption(QStringList {QStringLiteral("help"), QStringLiteral("h")},
                                        tr("Show this help."));
    for (const QCommandLineOption *o :
         {&workspaceOption, &serviceOption, &jsonOption, &watchOption, &intervalOption,
          &timeoutOption, &concurrencyOption, &helpOption})
        parser.addOption(*o);
    const auto usage = [this](const QString &text) {
        m_line.err << "whalestack-cli probe: " << text << '\n';
        return int(CommandLine::Usage);
    };
    if (!parser.parse(QStringList {QStringLiteral("whalestack-cli")} + m_line.arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_line.out << tr("Usage: whalestack-cli probe ENVIRONMENT [--workspace PATH] [--json] "
                         "[--watch] [--interval S] [--timeout S] [--concurrency N]\n"
                         "       whalestack-cli probe --service KIND=ENDPOINT[,OPT=V...]... "
                         "[--json] [--watch] ...\n"
                         "Probes every target of the workspace manifest's environment, or each "
                         "--service, and prints status, kind, name, latency, version and detail.\n"
                         "Kinds: %1. Options of a spec: name=NAME, credential=KEYCHAIN-ENTRY, and "
                         "the kind's own.\n"
                         "Exit codes: 0 all answered, 1 any target is down, 2 usage error.\n")
                          .arg(ProbeFactory::kinds().join(QLatin1String(", ")));
        return CommandLine::Success;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usage(tr("takes one ENVIRONMENT, not '%1'").arg(positional.join(u' ')));
    if (parser.isSet(intervalOption) && !seconds(parser.value(intervalOption), &m_intervalMs))
        return usage(tr("--interval takes seconds (a number above 0), not '%1'")
                         .arg(parser.value(intervalOption)));
    if (parser.isSet(timeoutOption) && !seconds(parser.value(timeoutOption), &m_timeoutMs))
        return usage(tr("--timeout takes seconds (a number above 0), not '%1'")
                         .arg(parser.value(timeoutOption)));
    if (parser.isSet(concurrencyOption)) {
        bool ok = false;
        m_concurrency = parser.value(concurrencyOption).toInt(&ok);
        if (!ok || m_concurrency < 1 || m_concurrency > 1000)
            return usage(tr("--concurrency takes a number from 1 to 1000, not '%1'")
                             .arg(parser.value(concurrencyOption)));
    }

    QList<ProbeTarget> targets;
    if (!positional.isEmpty()) {
        if (!loadEnvironment(parser.value(workspaceOption), positional.first(), &targets))
            return CommandLine::Usage;
    }
    const QStringList kinds = ProbeFactory::kinds();
    for (const QString &spec : parser.values(serviceOption)) {
        ProbeTarget t;
        QString error;
        if (!ProbeTarget::fromSpec(spec, &t, &error))
            return usage(error);
        if (!kinds.contains(t.kind) && t.kind != QLatin1String("mariadb"))
            return usage(tr("'%1': this build cannot probe '%2'; it knows %3")
                             .arg(spec, t.kind, kinds.join(QLatin1String(", "))));
        targets << t;
    }
    if (targets.isEmpty())
        return usage(
            positional.isEmpty()
                ? tr("give an ENVIRONMENT of the workspace manifest, or --service "
                     "KIND=ENDPOINT (see --help)")
                : tr("the environment '%1' names nothing to probe").arg(positional.first()));
    return parser.isSet(watchOption) ? watch(targets, parser.isSet(jsonOption))
                                     : once(targets, parser.isSet(jsonOption));
}

int ProbeCommand::once(const QList<ProbeTarget> &targets, bool json)
{
    SecretStore store(keychainService());
    ProbeCredentialSource credentials(&store);
    ProbeScheduler scheduler;
    scheduler.setCredentialSource(&credentials);
    scheduler.setTimeout(m_timeoutMs);
    scheduler.setConcurrency(m_concurrency);
    scheduler.setTargets(targets);
    QEventLoop loop;
    QObject::connect(&scheduler, &ProbeScheduler::roundFinished, &loop, &QEventLoop::quit);
    scheduler.probeNow();
    loop.exec();

    QList<ProbeResult> results;
    bool down = false;
    for (const ProbeTarget &t : scheduler.targets()) {
        results << scheduler.latest(t.id());
        down = down || results.last().status == ProbeStatus::Down;
    }
    if (json) {
        QJsonArray array;
        for (const ProbeResult &r : std::as_const(results))
            array.append(r.toJson());
        m_line.out << QJsonDocument(array).toJson(QJsonDocument::Indented);
    } else {
        printTable(results);
    }
    m_line.out.flush();
    return down ? CommandLine::Failure : CommandLine::Success;
}

void ProbeCommand::printTable(const QList<ProbeResult> &results)
{
    QList<QStringList> rows;
    rows << QStringList {tr("STATUS"),  tr("KIND"),    tr("NAME"),
                         tr("LATENCY"), tr("VERSION"), tr("DETAIL")};
    for (const ProbeResult &r : results)
        rows << QStringList {
            probeStatusText(r.status), r.kind, who(r), latencyText(r), r.version, r.detail};
    QList<qsizetype> widths(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (qsizetype i = 0; i < row.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row[i].leftJustified(widths[i] + 2) : row[i];
        m_line.out << line.trimmed() << '\n';
    }
}

void ProbeCommand::printChange(const ProbeResult &r, bool json)
{
    if (json) {
        // One object a line, so that a script reads changes as they come.
        m_line.out << QJsonDocument(r.toJson()).toJson(QJsonDocument::Compact) << '\n';
    } else {
        m_line.out << r.checkedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")) << "  "
                   << probeStatusText(r.status) << "  " << r.kind << "  " << who(r) << "  "
                   << latencyText(r) << "  " << r.version << "  " << r.detail << '\n';
    }
    m_line.out.flush();
}

int ProbeCommand::watch(const QList<ProbeTarget> &targets, bool json)
{
    SecretStore store(keychainService());
    ProbeCredentialSource credentials(&store);
    ProbeScheduler scheduler;
    scheduler.setCredentialSource(&credentials);
    scheduler.setTimeout(m_timeoutMs);
    scheduler.setConcurrency(m_concurrency);
    scheduler.setInterval(m_intervalMs);
    scheduler.setTargets(targets);

    // A change is a new status, version or detail; latency alone moves every time.
    QHash<QString, ProbeResult> shown;
    QObject::connect(&scheduler, &ProbeScheduler::resultReady, &scheduler,
                     [&](const ProbeResult &r) {
                         const QString id = r.targetId();
                         const auto it = shown.constFind(id);
                         if (it != shown.cend() && it->status == r.status
                             && it->version == r.version && it->detail == r.detail)
                             return;
                         shown.insert(id, r);
                         printChange(r, json);
                     });

    QEventLoop loop;
    std::unique_ptr<QSocketNotifier> notifier;
    if (::pipe(g_probeSignalPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(g_probeSignalPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, [&] {
            char byte = 0;
            [[maybe_unused]] const auto n = ::read(g_probeSignalPipe[0], &byte, 1);
            loop.quit();
        });
        std::signal(SIGINT, onProbeSignal);
        std::signal(SIGTERM, onProbeSignal);
    }
    // The first round at once; the scheduler's jitter spreads the ones after it.
    scheduler.start();
    scheduler.probeNow();
    loop.exec();
    scheduler.stop();
    if (notifier) {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        notifier.reset();
        ::close(g_probeSignalPipe[0]);
        ::close(g_probeSignalPipe[1]);
        g_probeSignalPipe[0] = g_probeSignalPipe[1] = -1;
    }
    return CommandLine::Success;
}

} // namespace ws
