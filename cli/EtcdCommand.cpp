#include "EtcdCommand.h"

#include "etcd/EtcdClient.h"
#include "etcd/EtcdKv.h"

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

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
    for (const QCommandLineOption *o : {&endpointsOption, &prefixOption, &jsonOption, &stdinOption})
        parser.addOption(*o);
    parser.addPositionalArgument(QStringLiteral("ACTION"), tr("get, put, rm or ls."));
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
    } else {
        return usage(tr("expected get, put, rm or ls, not '%1'").arg(action));
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
