#include "EtcdCommand.h"

#include "etcd/EtcdClient.h"
#include "etcd/EtcdExportJob.h"
#include "etcd/EtcdImportPlan.h"
#include "etcd/EtcdJson.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdTemplateCoverage.h"
#include "etcd/EtcdWatcher.h"
#include "workspace/WorkspaceLoader.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

namespace ws {

namespace {

QJsonObject keyJson(const EtcdKeyValue &kv, bool withValue)
{
    QJsonObject o;
    o.insert(QStringLiteral("key"), QString::fromUtf8(kv.key));
    if (withValue)
        o.insert(QStringLiteral("value"), QString::fromUtf8(kv.value));
    o.insert(QStringLiteral("create_revision"), double(kv.createRevision));
    o.insert(QStringLiteral("mod_revision"), double(kv.modRevision));
    o.insert(QStringLiteral("version"), double(kv.version));
    if (kv.lease != 0)
        o.insert(QStringLiteral("lease"), QString::number(kv.lease));
    return o;
}

// Runs the event loop until `job` ends.
void wait(ApiJob *job)
{
    if (job->isFinished())
        return;
    QEventLoop loop;
    QObject::connect(job, &ApiJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
}

// Runs the event loop until `plan` says `signal` (its dry run or its apply finished).
template<typename Signal>
void waitFor(EtcdImportPlan *plan, Signal signal)
{
    QEventLoop loop;
    QObject::connect(plan, signal, &loop, &QEventLoop::quit);
    loop.exec();
}

// SIGINT and SIGTERM end `etcd watch` cleanly: the handler only writes a byte to a socket pair
// (all a signal handler may safely do); a QSocketNotifier on the other end quits the loop.
int g_signalFds[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(g_signalFds[0], &byte, 1);
}

// A value on one line: newlines and backslashes escaped, as `etcd watch` prints events.
QString oneLine(const QByteArray &bytes)
{
    QString text = EtcdYamlDocument::isBinary(bytes)
        ? QLatin1String("base64:") + QString::fromLatin1(bytes.toBase64())
        : QString::fromUtf8(bytes);
    text.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
    return text;
}

} // namespace

EtcdCommand::EtcdCommand(CommandLine &line) : m_line(line)
{ }

bool EtcdCommand::handles(const QString &command)
{
    return command == QLatin1String("etcd");
}

int EtcdCommand::run(const QString &)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption endpointsOption(
        QStringLiteral("endpoints"),
        tr("etcd endpoints, comma-separated (default: ETCDCTL_ENDPOINTS, else "
           "http://127.0.0.1:2379)."),
        QStringLiteral("URLS"));
    const QCommandLineOption prefixOption(QStringLiteral("prefix"),
                                          tr("get and rm: every key starting with KEY."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON to stdout."));
    const QCommandLineOption stdinOption(QStringLiteral("stdin"),
                                         tr("put: read the value from stdin."));
    const QCommandLineOption outputOption(
        QStringList {QStringLiteral("o"), QStringLiteral("output")},
        tr("export, missing: write the YAML to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"),
                                          tr("import: print what would change, write nothing."));
    const QCommandLineOption pruneOption(
        QStringLiteral("prune"),
        tr("import: also delete keys under the file's prefix that it lacks."));
    const QCommandLineOption pruneScopeOption(QStringLiteral("prune-prefix"),
                                              tr("import: the prefix --prune deletes under."),
                                              QStringLiteral("PREFIX"));
    const QCommandLineOption yesOption(QStringLiteral("yes"), tr("import: apply the changes."));
    for (const QCommandLineOption *o :
         {&endpointsOption, &prefixOption, &jsonOption, &stdinOption, &outputOption, &dryRunOption,
          &pruneOption, &pruneScopeOption, &yesOption})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("ACTION"),
                                 tr("get, put, rm, ls, export, import, missing or watch."));
    if (!parser.parse(QStringList {QStringLiteral("whalestack-cli")} + m_line.arguments)) {
        m_line.err << parser.errorText() << '\n';
        return CommandLine::Usage;
    }
    QStringList args = parser.positionalArguments();
    const QString action = args.isEmpty() ? QString() : args.takeFirst();
    const bool json = parser.isSet(jsonOption);
    const auto usage = [this](const QString &text) {
        m_line.err << "whalestack-cli etcd: " << text << '\n';
        return int(CommandLine::Usage);
    };
    if (action == QLatin1String("put")) {
        if (args.size() != (parser.isSet(stdinOption) ? 1 : 2))
            return usage(tr("put takes KEY VALUE, or KEY with --stdin"));
    } else if (action == QLatin1String("get") || action == QLatin1String("rm")) {
        if (args.size() != 1)
            return usage(tr("%1 takes one KEY").arg(action));
    } else if (action == QLatin1String("ls")) {
        if (args.size() > 1)
            return usage(tr("ls takes at most one PREFIX"));
    } else if (action == QLatin1String("export") || action == QLatin1String("watch")) {
        if (args.size() != 1)
            return usage(tr("%1 takes one PREFIX (\"\" for all keys)").arg(action));
    } else if (action == QLatin1String("import")) {
        if (args.size() != 1)
            return usage(tr("import takes one FILE"));
    } else if (action == QLatin1String("missing")) {
        if (args.size() != 1)
            return usage(tr("missing takes one WORKSPACE_PATH"));
    } else {
        return usage(tr("expected get, put, rm, ls, export, import, missing or watch, not '%1'")
                         .arg(action));
    }

    const EtcdEndpoints endpoints = parser.isSet(endpointsOption)
        ? EtcdEndpoints::fromList(parser.value(endpointsOption))
        : EtcdEndpoints::fromEnvironment();
    EtcdClient client(endpoints);
    EtcdKv kv(&client);
    const QByteArray key = args.value(0).toUtf8();
    const auto failed = [this](ApiJob *job) {
        m_line.err << "whalestack-cli etcd: " << job->errorString() << '\n';
        return int(CommandLine::Failure);
    };

    if (action == QLatin1String("export"))
        return exportKeys(&kv, key, parser.value(outputOption), json);
    if (action == QLatin1String("import")) {
        ImportOptions options;
        options.dryRun = parser.isSet(dryRunOption);
        options.yes = parser.isSet(yesOption);
        options.prune = parser.isSet(pruneOption) || parser.isSet(pruneScopeOption);
        options.pruneScope = parser.value(pruneScopeOption).toUtf8();
        options.json = json;
        return importFile(&kv, args.value(0), options);
    }
    if (action == QLatin1String("missing"))
        return missingKeys(&kv, args.value(0), parser.value(outputOption), json);
    if (action == QLatin1String("watch"))
        return watchKeys(&kv, key, json);

    if (action == QLatin1String("put")) {
        QByteArray value = args.value(1).toUtf8();
        if (parser.isSet(stdinOption)) {
            QFile in;
            if (!in.open(stdin, QIODevice::ReadOnly))
                return usage(tr("cannot read stdin"));
            value = in.readAll();
        }
        EtcdPutJob *job = kv.put(key, value);
        wait(job);
        if (job->hasError())
            return failed(job);
        if (json)
            m_line.out << QJsonDocument(
                              QJsonObject {{QStringLiteral("key"), args.value(0)},
                                           {QStringLiteral("mod_revision"), double(job->result())}})
                              .toJson(QJsonDocument::Compact)
                       << '\n';
        return CommandLine::Success;
    }
    if (action == QLatin1String("rm")) {
        EtcdDeleteJob *job = kv.remove(key, parser.isSet(prefixOption));
        wait(job);
        if (job->hasError())
            return failed(job);
        if (json)
            m_line.out << QJsonDocument(
                              QJsonObject {{QStringLiteral("deleted"), double(job->result())}})
                              .toJson(QJsonDocument::Compact)
                       << '\n';
        else
            m_line.err << tr("Deleted %n key(s).", nullptr, int(job->result())) << '\n';
        return job->result() > 0 ? CommandLine::Success : CommandLine::Failure;
    }

    // get and ls read; ls lists keys only, always under a prefix (all keys without one).
    const bool list = action == QLatin1String("ls");
    const bool prefix = list || parser.isSet(prefixOption);
    EtcdRangeAllJob *all = prefix ? kv.rangeAll(key, list) : nullptr;
    EtcdRangeJob *single = prefix ? nullptr : kv.range(key);
    ApiJob *running = prefix ? static_cast<ApiJob *>(all) : single;
    wait(running);
    if (running->hasError())
        return failed(running);
    const EtcdRange &range = prefix ? all->result() : single->result();
    if (json) {
        QJsonArray keys;
        for (const EtcdKeyValue &k : range.kvs)
            keys.append(keyJson(k, !list));
        m_line.out << QJsonDocument(
                          QJsonObject {{QStringLiteral("revision"), double(range.revision)},
                                       {QStringLiteral("kvs"), keys}})
                          .toJson(QJsonDocument::Indented);
    } else {
        for (const EtcdKeyValue &k : range.kvs) {
            m_line.out << QString::fromUtf8(k.key) << '\n';
            if (!list)
                m_line.out << QString::fromUtf8(k.value) << '\n';
        }
    }
    // Like etcdctl, a missing key is no error for a listing, but `get` of one key that is not
    // there exits 1 so scripts can test for it.
    return (list || prefix || !range.kvs.isEmpty()) ? CommandLine::Success : CommandLine::Failure;
}

} // namespace ws

namespace ws {

int EtcdCommand::exportKeys(EtcdStore *store, const QByteArray &prefix, const QString &file,
                            bool json)
{
    EtcdExportJob job(store, prefix);
    job.setFileName(file);
    job.start();
    wait(&job);
    if (job.hasError()) {
        m_line.err << "whalestack-cli etcd: " << job.errorString() << '\n';
        return CommandLine::Failure;
    }
    const EtcdExportResult &r = job.result();
    if (json) {
        m_line.out << QJsonDocument(QJsonObject {{QStringLiteral("keys"), double(r.keys)},
                                                 {QStringLiteral("revision"), double(r.revision)},
                                                 {QStringLiteral("file"), file}})
                          .toJson(QJsonDocument::Compact)
                   << '\n';
    } else if (file.isEmpty()) {
        m_line.out.flush();
        // The YAML is UTF-8 bytes already: straight to stdout, not through the text stream.
        std::fwrite(r.yaml.constData(), 1, size_t(r.yaml.size()), stdout);
        std::fflush(stdout);
    }
    m_line.err << tr("Exported %n key(s) at revision %1.", nullptr, int(r.keys)).arg(r.revision)
               << '\n';
    return CommandLine::Success;
}

int EtcdCommand::importFile(EtcdStore *store, const QString &fileName, const ImportOptions &options)
{
    QFile file(fileName);
    if (fileName == QLatin1String("-") ? !file.open(stdin, QIODevice::ReadOnly)
                                       : !file.open(QIODevice::ReadOnly)) {
        m_line.err << "whalestack-cli etcd: "
                   << tr("cannot read %1: %2").arg(fileName, file.errorString()) << '\n';
        return CommandLine::Failure;
    }
    EtcdImportPlan plan(store);
    if (!plan.setYaml(file.readAll())) {
        m_line.err << plan.parseResult().toProblem(fileName).toString() << '\n'
                   << tr("Nothing was imported.") << '\n';
        return CommandLine::Failure;
    }
    plan.setPrune(options.prune, options.pruneScope);
    plan.dryRun();
    waitFor(&plan, &EtcdImportPlan::dryRunFinished);
    if (!plan.errorString().isEmpty()) {
        m_line.err << "whalestack-cli etcd: " << plan.errorString() << '\n';
        return CommandLine::Failure;
    }
    using Kind = EtcdImportChange::Kind;
    const bool apply = options.yes && !options.dryRun && plan.hasWork();
    QJsonObject report {{QStringLiteral("revision"), double(plan.dryRunRevision())},
                        {QStringLiteral("add"), plan.count(Kind::Add)},
                        {QStringLiteral("change"), plan.count(Kind::Change)},
                        {QStringLiteral("unchanged"), plan.count(Kind::Unchanged)},
                        {QStringLiteral("delete"), plan.count(Kind::Delete)}};
    if (options.json) {
        QJsonArray changes;
        for (const EtcdImportChange &c : plan.changes()) {
            if (c.kind == Kind::Unchanged)
                continue;
            const char *kind = c.kind == Kind::Add ? "add"
                : c.kind == Kind::Change           ? "change"
                                                   : "delete";
            changes.append(QJsonObject {{QStringLiteral("kind"), QLatin1String(kind)},
                                        {QStringLiteral("key"), EtcdImportPlan::keyText(c.key)},
                                        {QStringLiteral("mod_revision"), double(c.modRevision)}});
        }
        report.insert(QStringLiteral("changes"), changes);
    } else {
        m_line.out << plan.summary(std::numeric_limits<int>::max()) << '\n';
        m_line.out.flush();
    }
    if (!apply) {
        if (!options.json && plan.hasWork() && !options.dryRun)
            m_line.err << tr("Dry run only: nothing was written. Add --yes to apply these changes.")
                       << '\n';
        if (options.json) {
            report.insert(QStringLiteral("applied"), false);
            m_line.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
        }
        return CommandLine::Success;
    }
    plan.apply();
    waitFor(&plan, &EtcdImportPlan::applyFinished);
    const EtcdImportResult &r = plan.result();
    if (options.json) {
        QJsonArray conflicts;
        for (const QByteArray &k : r.conflicts)
            conflicts.append(EtcdImportPlan::keyText(k));
        report.insert(QStringLiteral("applied"), r.complete);
        report.insert(QStringLiteral("batches"), r.batches);
        report.insert(QStringLiteral("applied_batches"), r.appliedBatches);
        report.insert(QStringLiteral("atomic"), r.atomic);
        report.insert(QStringLiteral("conflicts"), conflicts);
        report.insert(QStringLiteral("message"), r.message);
        m_line.out << QJsonDocument(report).toJson(QJsonDocument::Indented);
    }
    m_line.err << (r.complete ? QString() : QStringLiteral("whalestack-cli etcd: ")) << r.message
               << '\n';
    return r.complete ? CommandLine::Success : CommandLine::Failure;
}

int EtcdCommand::missingKeys(EtcdStore *store, const QString &path, const QString &skeletonFile,
                             bool json)
{
    if (!m_line.isWorkspaceFolder(path))
        return CommandLine::Failure;
    const Workspace workspace = WorkspaceLoader::load(path, {});
    EtcdRangeAllJob *listing = store->rangeAll(QByteArray(), true);
    wait(listing);
    if (listing->hasError()) {
        m_line.err << "whalestack-cli etcd: " << listing->errorString() << '\n';
        return CommandLine::Failure;
    }
    QList<QByteArray> stored;
    QSet<QByteArray> leased;
    for (const EtcdKeyValue &kv : listing->result().kvs) {
        stored.append(kv.key);
        if (kv.lease != 0)
            leased.insert(kv.key);
    }
    const EtcdCoverage coverage = EtcdTemplateCoverage::compute(workspace, stored, leased);
    const QStringList missing = coverage.missingKeys();
    if (!skeletonFile.isEmpty()) {
        QFile out(skeletonFile);
        if (!out.open(QIODevice::WriteOnly)
            || out.write(coverage.skeletonYaml(workspace.name)) < 0) {
            m_line.err << "whalestack-cli etcd: "
                       << tr("cannot write %1: %2").arg(skeletonFile, out.errorString()) << '\n';
            return CommandLine::Failure;
        }
    }
    if (json) {
        QJsonArray keys;
        for (const EtcdCoverageEntry &e : coverage.entries) {
            if (e.isMissing())
                keys.append(QJsonObject {
                    {QStringLiteral("key"), e.key},
                    {QStringLiteral("templates"), QJsonArray::fromStringList(e.templates)},
                    {QStringLiteral("images"), QJsonArray::fromStringList(e.images)}});
        }
        m_line.out << QJsonDocument(
                          QJsonObject {{QStringLiteral("missing"), keys},
                                       {QStringLiteral("catalogue"), int(coverage.entries.size())}})
                          .toJson(QJsonDocument::Indented);
    } else {
        for (const QString &key : missing)
            m_line.out << key << '\n';
    }
    m_line.err << tr("%n of the templates' keys missing from the store", nullptr,
                     int(missing.size()))
               << tr(" (%n in the catalogue).", nullptr, int(coverage.entries.size())) << '\n';
    return missing.isEmpty() ? CommandLine::Success : CommandLine::Failure;
}

int EtcdCommand::watchKeys(EtcdStore *store, const QByteArray &prefix, bool json)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFds) != 0) {
        m_line.err << "whalestack-cli etcd: " << tr("cannot set up signal handling") << '\n';
        return CommandLine::Failure;
    }
    QEventLoop loop;
    int exitCode = CommandLine::Success;
    QSocketNotifier notifier(g_signalFds[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);

    EtcdWatcher *watcher = store->watch(prefix, true, 0, &loop);
    QObject::connect(
        watcher, &EtcdWatcher::events, &loop, [this, json](const EtcdEvents &events, qint64) {
            for (const EtcdEvent &e : events) {
                const bool put = e.type == EtcdEvent::Type::Put;
                if (json) {
                    QJsonObject o {{QStringLiteral("type"),
                                    put ? QStringLiteral("put") : QStringLiteral("delete")},
                                   {QStringLiteral("key"), EtcdImportPlan::keyText(e.kv.key)},
                                   {QStringLiteral("mod_revision"), double(e.kv.modRevision)}};
                    if (put)
                        o.insert(QStringLiteral("value"), QString::fromUtf8(e.kv.value));
                    m_line.out << QJsonDocument(o).toJson(QJsonDocument::Compact) << '\n';
                } else {
                    m_line.out << e.kv.modRevision << (put ? " PUT " : " DELETE ")
                               << oneLine(e.kv.key);
                    if (put)
                        m_line.out << ' ' << oneLine(e.kv.value);
                    m_line.out << '\n';
                }
            }
            m_line.out.flush();
        });
    QObject::connect(watcher, &EtcdWatcher::created, &loop, [this, prefix](qint64 revision) {
        m_line.err << tr("Watching %1 from revision %2; Ctrl-C ends.")
                          .arg(EtcdJson::displayKey(prefix))
                          .arg(revision + 1)
                   << '\n';
        m_line.err.flush();
    });
    QObject::connect(watcher, &EtcdWatcher::reconnecting, &loop, [this](const QString &why) {
        m_line.err << tr("Connection lost (%1); reconnecting.").arg(why) << '\n';
        m_line.err.flush();
    });
    QObject::connect(watcher, &EtcdWatcher::compacted, &loop, [&](qint64 compactRevision) {
        m_line.err << "whalestack-cli etcd: "
                   << tr("the history to resume from was compacted (up to revision %1); "
                         "changes may have been missed: list the keys again and watch anew.")
                          .arg(compactRevision)
                   << '\n';
        exitCode = CommandLine::Failure;
        loop.quit();
    });
    QObject::connect(watcher, &EtcdWatcher::failed, &loop, [&](const QString &error) {
        m_line.err << "whalestack-cli etcd: " << error << '\n';
        exitCode = CommandLine::Failure;
        loop.quit();
    });
    watcher->start();
    loop.exec();
    watcher->stop();
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    ::close(g_signalFds[0]);
    ::close(g_signalFds[1]);
    g_signalFds[0] = g_signalFds[1] = -1;
    m_line.out.flush();
    return exitCode;
}

} // namespace ws
