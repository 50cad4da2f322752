// ws-fleet-test-server: an in-memory stand-in for fleetd's v1 HTTP API, for tests. fleet has
// no Debian package, so the integration tests run this instead; it answers as the recorded
// transcript (shared/fixtures/fleet/v1-transcript.json) shows a real fleetd answering.
//
//   ws-fleet-test-server --listen 127.0.0.1:0 --unix /tmp/x/fleet.sock [--page-size 100]
//                        [--machines machines.json] [--fault hang|close-mid-response]
//
// Prints one line "ws-fleet-test-server ready tcp=HOST:PORT unix=PATH" once it listens.
#include "FleetTestApi.h"
#include "FleetTestCluster.h"
#include "FleetTestHttpServer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using ws::test::FleetTestApi;
using ws::test::FleetTestCluster;
using ws::test::FleetTestHttpServer;

namespace {

// Machines in fleet's own shape: {"machines":[{"id","primaryIP","metadata"}]} or the array.
bool readMachines(const QString &path, QList<FleetTestCluster::Machine> *out, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    const QJsonArray list
        = doc.isArray() ? doc.array() : doc.object().value(QLatin1String("machines")).toArray();
    if (doc.isNull() || list.isEmpty()) {
        *error = QStringLiteral("%1 holds no machines (%2)").arg(path, parseError.errorString());
        return false;
    }
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        FleetTestCluster::Machine m;
        m.id = o.value(QLatin1String("id")).toString();
        m.primaryIp = o.value(QLatin1String("primaryIP")).toString();
        const QJsonObject metadata = o.value(QLatin1String("metadata")).toObject();
        for (auto it = metadata.begin(); it != metadata.end(); ++it)
            m.metadata.insert(it.key(), it.value().toString());
        if (m.id.isEmpty()) {
            *error = QStringLiteral("%1: a machine without an id").arg(path);
            return false;
        }
        out->append(m);
    }
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "ws-fleet-test-server: %s\n", qPrintable(message));
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("ws-fleet-test-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("An in-memory fleet v1 API for tests."));
    parser.addHelpOption();
    const QCommandLineOption listen(QStringLiteral("listen"),
                                    QStringLiteral("TCP address (port 0: any free port)."),
                                    QStringLiteral("host:port"));
    const QCommandLineOption unixSocket(QStringLiteral("unix"), QStringLiteral("Unix socket path."),
                                        QStringLiteral("path"));
    const QCommandLineOption pageSize(QStringLiteral("page-size"),
                                      QStringLiteral("Items a page (fleet's token_limit)."),
                                      QStringLiteral("n"), QStringLiteral("100"));
    const QCommandLineOption machines(QStringLiteral("machines"),
                                      QStringLiteral("JSON file of machines (fleet's shape)."),
                                      QStringLiteral("file"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   QStringLiteral("Misbehave: hang or close-mid-response."),
                                   QStringLiteral("mode"));
    parser.addOptions({listen, unixSocket, pageSize, machines, fault});
    parser.process(app);

    if (!parser.isSet(listen) && !parser.isSet(unixSocket))
        return fail(QStringLiteral("give --listen HOST:PORT and/or --unix PATH"));
    bool ok = false;
    const int size = parser.value(pageSize).toInt(&ok);
    if (!ok || size < 1 || size > 65535)
        return fail(QStringLiteral("--page-size wants 1..65535"));
    FleetTestHttpServer::Fault faultMode = FleetTestHttpServer::Fault::None;
    if (parser.value(fault) == QLatin1String("hang"))
        faultMode = FleetTestHttpServer::Fault::Hang;
    else if (parser.value(fault) == QLatin1String("close-mid-response"))
        faultMode = FleetTestHttpServer::Fault::CloseMidResponse;
    else if (parser.isSet(fault))
        return fail(QStringLiteral("--fault wants hang or close-mid-response"));

    FleetTestCluster cluster;
    if (parser.isSet(machines)) {
        QList<FleetTestCluster::Machine> list;
        QString error;
        if (!readMachines(parser.value(machines), &list, &error))
            return fail(error);
        cluster.setMachines(list);
    }
    FleetTestApi api(&cluster, size);
    FleetTestHttpServer server(&api, faultMode);
    QString error;
    if (parser.isSet(listen) && !server.listenTcp(parser.value(listen), &error))
        return fail(error);
    if (parser.isSet(unixSocket) && !server.listenUnix(parser.value(unixSocket), &error))
        return fail(error);

    std::printf("ws-fleet-test-server ready tcp=%s unix=%s\n", qPrintable(server.tcpAddress()),
                qPrintable(parser.value(unixSocket)));
    std::fflush(stdout);
    return app.exec();
}
