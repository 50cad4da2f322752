// FleetClient against ws-fleet-test-server (the transcript-faithful stand-in for fleetd), over
// its unix socket and over TCP: the unit life cycle, template instances, lists longer than a
// page, the broken-unit trap refused before anything is sent, fleet's errors as messages,
// and servers that hang or close in the middle of an answer.
#include "FleetFixture.h"
#include "fleet/FleetClient.h"
#include "fleet/FleetUnitOptions.h"
#include "fleet/UnitFileParser.h"
#include "http/HttpClient.h"

#include <QFile>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using ws::ApiJob;
using ws::FleetClient;
using ws::FleetEndpoint;
using ws::FleetSubmitResult;
using ws::FleetUnit;
using ws::FleetUnitOptions;
using ws::HttpReply;
using ws::UnitOption;
using ws::test::FleetFixture;

namespace {

constexpr int kWaitMs = 20'000; // a bound on waiting for a job, never a measure of speed

// Waits for a job and hands it back owned.
template<typename Job>
std::unique_ptr<Job> finish(Job *job)
{
    std::unique_ptr<Job> owned(job);
    if (!owned->isFinished()) {
        QSignalSpy spy(owned.get(), &ApiJob::finished);
        if (!spy.wait(kWaitMs))
            qWarning("job did not finish within the bound");
    }
    return owned;
}

QList<UnitOption> options(const QString &execStart, const QList<UnitOption> &xFleet = {})
{
    QList<UnitOption> out {
        {QStringLiteral("Unit"), QStringLiteral("Description"), QStringLiteral("test unit"), 0},
        {QStringLiteral("Service"), QStringLiteral("ExecStart"), execStart, 0}};
    return out + xFleet;
}

UnitOption xFleet(const char *name, const QString &value)
{
    return {QStringLiteral("X-Fleet"), QString::fromLatin1(name), value, 0};
}

ws::UnitFile readUnitFile(const QString &name)
{
    const QString path
        = qEnvironmentVariable("WHALESTACK_TEST_DATA") + QLatin1String("/fleet/") + name;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    ws::Problems problems;
    return ws::UnitFileParser::parse(file.readAll(), path, &problems);
}

} // namespace

class tst_FleetClient : public QObject
{
    Q_OBJECT

private slots:
    void lifecycle_data();
    void lifecycle();
    void templateInstances_data();
    void templateInstances();
    void pagination_data();
    void pagination();
    void brokenUnitTrapRefused_data();
    void brokenUnitTrapRefused();
    void errors_data();
    void errors();
    void hangingServer_data();
    void hangingServer();
    void closedMidResponse_data();
    void closedMidResponse();
    void nothingListening();

private:
    void addTransports();
    // Starts `fleet` and makes a client for the transport of the current data row.
    std::unique_ptr<FleetClient> clientFor(FleetFixture &fleet);
};

void tst_FleetClient::addTransports()
{
    QTest::addColumn<bool>("unixSocket");
    QTest::newRow("unix socket") << true;
    QTest::newRow("tcp") << false;
}

std::unique_ptr<FleetClient> tst_FleetClient::clientFor(FleetFixture &fleet)
{
    QFETCH(bool, unixSocket);
    if (!fleet.start())
        return nullptr;
    const FleetEndpoint endpoint = FleetEndpoint::fromAddress(
        unixSocket ? fleet.unixUrl() : fleet.tcpUrl().toString(), QStringLiteral("test"));
    if (!endpoint.isValid())
        return nullptr;
    return std::make_unique<FleetClient>(endpoint);
}

void tst_FleetClient::lifecycle_data()
{
    addTransports();
}

void tst_FleetClient::lifecycle()
{
    FleetFixture fleet;
    auto client = clientFor(fleet);
    QVERIFY2(client, qPrintable(fleet.failureReason()));
    QVERIFY(client->endpoint().isLocal());

    const QString name = QStringLiteral("hello.service");
    const QList<UnitOption> opts = options(QStringLiteral("/bin/sleep 3000"));

    auto created = finish(client->submit(name, opts, FleetUnit::State::Launched));
    QVERIFY2(!created->hasError(), qPrintable(created->errorString()));
    QCOMPARE(created->result(), FleetSubmitResult::Created);

    auto unit = finish(client->unit(name));
    QVERIFY2(!unit->hasError(), qPrintable(unit->errorString()));
    QCOMPARE(unit->result().name, name);
    QCOMPARE(unit->result().desiredState, FleetUnit::State::Launched);
    QCOMPARE(unit->result().currentState, FleetUnit::State::Launched);
    QVERIFY(!unit->result().machineId.isEmpty());
    QVERIFY(FleetUnitOptions::same(unit->result().options, opts));

    auto states = finish(client->states({}, name));
    QVERIFY2(!states->hasError(), qPrintable(states->errorString()));
    QCOMPARE(states->result().size(), 1);
    QCOMPARE(states->result().first().machineId, unit->result().machineId);
    QCOMPARE(states->result().first().systemdActiveState, QStringLiteral("active"));
    QCOMPARE(states->result().first().systemdSubState, QStringLiteral("running"));
    QCOMPARE(states->result().first().hash, FleetUnitOptions::hash(opts));

    // Stop: loaded, still on its machine but not running.
    auto stop = finish(client->setDesiredState(name, FleetUnit::State::Loaded));
    QVERIFY2(!stop->hasError(), qPrintable(stop->errorString()));
    states = finish(client->states(unit->result().machineId, name));
    QCOMPARE(states->result().size(), 1);
    QCOMPARE(states->result().first().systemdActiveState, QStringLiteral("inactive"));
    QCOMPARE(states->result().first().systemdSubState, QStringLiteral("dead"));

    // Unload: no state anywhere.
    auto unload = finish(client->setDesiredState(name, FleetUnit::State::Inactive));
    QVERIFY2(!unload->hasError(), qPrintable(unload->errorString()));
    states = finish(client->states({}, name));
    QVERIFY(!states->hasError());
    QVERIFY(states->result().isEmpty());

    // Submitting the same contents again only sets the state.
    auto again = finish(client->submit(name, opts, FleetUnit::State::Launched));
    QVERIFY2(!again->hasError(), qPrintable(again->errorString()));
    QCOMPARE(again->result(), FleetSubmitResult::AlreadyThere);
    unit = finish(client->unit(name));
    QCOMPARE(unit->result().currentState, FleetUnit::State::Launched);

    auto units = finish(client->units());
    QVERIFY2(!units->hasError(), qPrintable(units->errorString()));
    QCOMPARE(units->result().size(), 1);

    auto destroyed = finish(client->destroy(name));
    QVERIFY2(!destroyed->hasError(), qPrintable(destroyed->errorString()));
    unit = finish(client->unit(name));
    QVERIFY(unit->hasError());
    QCOMPARE(unit->error(), HttpReply::Error::HttpStatus);
    QVERIFY2(unit->errorString().contains(QStringLiteral("has no unit hello.service")),
             qPrintable(unit->errorString()));
    units = finish(client->units());
    QVERIFY(!units->hasError());
    QVERIFY(units->result().isEmpty()); // fleet's {} for an empty list
    auto destroyedAgain = finish(client->destroy(name));
    QVERIFY(destroyedAgain->hasError());
    QVERIFY2(destroyedAgain->errorString().contains(QStringLiteral("has no unit hello.service")),
             qPrintable(destroyedAgain->errorString()));
}

void tst_FleetClient::templateInstances_data()
{
    addTransports();
}

void tst_FleetClient::templateInstances()
{
    FleetFixture fleet;
    auto client = clientFor(fleet);
    QVERIFY2(client, qPrintable(fleet.failureReason()));

    const ws::UnitFile web = readUnitFile(QStringLiteral("web@.service"));
    const QList<UnitOption> templateOptions = FleetUnitOptions::fromUnitFile(web);
    QVERIFY(!templateOptions.isEmpty());

    // A template cannot run: refused here, before anything is sent.
    auto refused = finish(client->submit(web.name, templateOptions, FleetUnit::State::Launched));
    QVERIFY(refused->hasError());
    QVERIFY2(refused->errorString().contains(QStringLiteral("template")),
             qPrintable(refused->errorString()));

    auto tmpl = finish(client->submit(web.name, templateOptions, FleetUnit::State::Inactive));
    QVERIFY2(!tmpl->hasError(), qPrintable(tmpl->errorString()));

    // fleet does not derive instances: the client sends each the template's options.
    QStringList machines;
    for (int i = 1; i <= 4; ++i) {
        const QString name = QStringLiteral("web@%1.service").arg(i);
        const QList<UnitOption> instance = FleetUnitOptions::forInstance(templateOptions, name);
        QCOMPARE(instance.size(), templateOptions.size());
        auto job = finish(client->submit(name, instance, FleetUnit::State::Launched));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
        auto unit = finish(client->unit(name));
        QVERIFY2(!unit->hasError(), qPrintable(unit->errorString()));
        machines.append(unit->result().machineId);
    }
    // Conflicts=web@*.service: one instance a machine; the fourth of three fits nowhere and
    // stays inactive with no state, as fleet leaves it.
    QVERIFY(!machines[0].isEmpty() && !machines[1].isEmpty() && !machines[2].isEmpty());
    QCOMPARE(QSet<QString>(machines.begin(), machines.begin() + 3).size(), 3);
    QVERIFY(machines[3].isEmpty());
    auto fourth = finish(client->unit(QStringLiteral("web@4.service")));
    QCOMPARE(fourth->result().currentState, FleetUnit::State::Inactive);
    QCOMPARE(fourth->result().desiredState, FleetUnit::State::Launched);

    // The template's contents with specifiers resolved, for showing what an instance runs.
    const QList<UnitOption> expanded = FleetUnitOptions::forInstance(
        templateOptions, QStringLiteral("web@2.service"), FleetUnitOptions::Specifiers::Expand);
    QCOMPARE(expanded.first().value, QStringLiteral("web 2"));
    QCOMPARE(expanded.last().value, QStringLiteral("web@*.service"));

    // Destroying an instance frees its machine for the fourth.
    auto destroyed = finish(client->destroy(QStringLiteral("web@1.service")));
    QVERIFY2(!destroyed->hasError(), qPrintable(destroyed->errorString()));
    fourth = finish(client->unit(QStringLiteral("web@4.service")));
    QCOMPARE(fourth->result().currentState, FleetUnit::State::Launched);
    QCOMPARE(fourth->result().machineId, machines[0]);
}

void tst_FleetClient::pagination_data()
{
    addTransports();
}

void tst_FleetClient::pagination()
{
    FleetFixture fleet;
    fleet.setPageSize(100);
    auto client = clientFor(fleet);
    QVERIFY2(client, qPrintable(fleet.failureReason()));

    constexpr int kUnits = 250;
    for (int i = 0; i < kUnits; ++i) {
        const QString name = QStringLiteral("u%1.service").arg(i, 3, 10, QLatin1Char('0'));
        auto job = finish(client->submit(name, options(QStringLiteral("/bin/true %1").arg(i)),
                                         FleetUnit::State::Launched));
        QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    }

    // The server pages: the first page holds 100 and a token.
    QByteArray firstPage;
    QCOMPARE(
        FleetFixture::httpGetStatus(
            QUrl(fleet.tcpUrl().toString() + QStringLiteral("/fleet/v1/units")), 5000, &firstPage),
        200);
    QVERIFY(firstPage.contains("\"nextPageToken\""));

    auto units = finish(client->units());
    QVERIFY2(!units->hasError(), qPrintable(units->errorString()));
    QCOMPARE(units->result().size(), kUnits);
    for (int i = 0; i < kUnits; ++i)
        QCOMPARE(units->result().at(i).name,
                 QStringLiteral("u%1.service").arg(i, 3, 10, QLatin1Char('0')));

    auto states = finish(client->states());
    QVERIFY2(!states->hasError(), qPrintable(states->errorString()));
    QCOMPARE(states->result().size(), kUnits);

    // Filters stay on every page.
    auto onOne = finish(client->states(QStringLiteral("000000000000000000000000f1ee7001")));
    QVERIFY2(!onOne->hasError(), qPrintable(onOne->errorString()));
    QVERIFY(onOne->result().size() > 0 && onOne->result().size() < kUnits);
    for (const ws::FleetUnitState &s : onOne->result())
        QCOMPARE(s.machineId, QStringLiteral("000000000000000000000000f1ee7001"));

    auto machines = finish(client->machines());
    QVERIFY2(!machines->hasError(), qPrintable(machines->errorString()));
    QCOMPARE(machines->result().size(), 3);
    QCOMPARE(machines->result().at(2).metadata.value(QStringLiteral("role")),
             QStringLiteral("node3"));
    QCOMPARE(machines->result().at(2).primaryIp, QStringLiteral("127.0.0.13"));
}

void tst_FleetClient::brokenUnitTrapRefused_data()
{
    addTransports();
}

void tst_FleetClient::brokenUnitTrapRefused()
{
    FleetFixture fleet;
    auto client = clientFor(fleet);
    QVERIFY2(client, qPrintable(fleet.failureReason()));

    const QString name = QStringLiteral("api.service");
    const QList<UnitOption> v1 = options(QStringLiteral("/bin/sleep 1"));
    const QList<UnitOption> v2 = options(QStringLiteral("/bin/sleep 2"));
    auto first = finish(client->submit(name, v1, FleetUnit::State::Launched));
    QVERIFY2(!first->hasError(), qPrintable(first->errorString()));

    // Other contents for the same unit: refused before anything is sent.
    auto changed = finish(client->submit(name, v2, FleetUnit::State::Launched));
    QVERIFY(changed->hasError());
    QVERIFY(changed->optionsDiffer());
    QVERIFY2(changed->errorString().contains(QStringLiteral("Destroy api.service, then submit it "
                                                            "again")),
             qPrintable(changed->errorString()));
    // fleet's unit is untouched, and still readable.
    auto unit = finish(client->unit(name));
    QVERIFY2(!unit->hasError(), qPrintable(unit->errorString()));
    QVERIFY(FleetUnitOptions::same(unit->result().options, v1));

    // fleet compares the unit files it serializes, which group options by section: the same
    // options interleaved otherwise are the same unit, sections in another order are not.
    QList<UnitOption> interleaved = v1;
    interleaved.append({QStringLiteral("Unit"), QStringLiteral("After"), QStringLiteral("x"), 0});
    QList<UnitOption> grouped = interleaved;
    grouped.move(2, 1);
    QVERIFY(FleetUnitOptions::same(interleaved, grouped));
    QList<UnitOption> swapped = v1;
    swapped.swapItemsAt(0, 1);
    QVERIFY(!FleetUnitOptions::same(v1, swapped));

    // What the client prevents, done behind its back: fleet's unit is then broken, and the
    // client says what to do about it.
    ws::HttpClient raw(client->endpoint().endpoint);
    ws::HttpRequest put("PUT", FleetClient::unitPath(name));
    put.setHeader("Content-Type", "application/json");
    put.body = ws::FleetJson::unitBody(v2, FleetUnit::State::Launched);
    std::unique_ptr<HttpReply> reply(raw.send(put));
    QSignalSpy done(reply.get(), &HttpReply::finished);
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(reply->status(), 201);

    unit = finish(client->unit(name));
    QVERIFY(unit->hasError());
    QVERIFY2(unit->errorString().startsWith(
                 QStringLiteral("fleet failed on api.service; this often means its options were "
                                "changed in place: destroy it and submit again")),
             qPrintable(unit->errorString()));
    auto start = finish(client->setDesiredState(name, FleetUnit::State::Launched));
    QVERIFY(start->hasError());
    QVERIFY2(start->errorString().contains(QStringLiteral("destroy it and submit again")),
             qPrintable(start->errorString()));
    auto resubmit = finish(client->submit(name, v2, FleetUnit::State::Launched));
    QVERIFY(resubmit->hasError());
    QVERIFY2(resubmit->errorString().contains(QStringLiteral("destroy it and submit again")),
             qPrintable(resubmit->errorString()));

    // The way out: destroy, submit again.
    auto destroyed = finish(client->destroy(name));
    QVERIFY2(!destroyed->hasError(), qPrintable(destroyed->errorString()));
    auto fresh = finish(client->submit(name, v2, FleetUnit::State::Launched));
    QVERIFY2(!fresh->hasError(), qPrintable(fresh->errorString()));
    QCOMPARE(fresh->result(), FleetSubmitResult::Created);
    unit = finish(client->unit(name));
    QVERIFY2(!unit->hasError(), qPrintable(unit->errorString()));
    QCOMPARE(unit->result().currentState, FleetUnit::State::Launched);
}

void tst_FleetClient::errors_data()
{
    addTransports();
}

void tst_FleetClient::errors()
{
    FleetFixture fleet;
    auto client = clientFor(fleet);
    QVERIFY2(client, qPrintable(fleet.failureReason()));
    const QString where = client->endpoint().toDisplayString();

    // 409: a state for a unit fleet does not have.
    auto start = finish(
        client->setDesiredState(QStringLiteral("nosuch.service"), FleetUnit::State::Launched));
    QVERIFY(start->hasError());
    QCOMPARE(start->error(), HttpReply::Error::HttpStatus);
    QVERIFY2(start->errorString().contains(
                 QStringLiteral("has no unit nosuch.service to change. Submit it first.")),
             qPrintable(start->errorString()));
    QVERIFY2(start->errorString().contains(where), qPrintable(start->errorString()));

    // 404 on read and destroy.
    auto read = finish(client->unit(QStringLiteral("nosuch.service")));
    QVERIFY2(read->errorString().contains(QStringLiteral("has no unit nosuch.service")),
             qPrintable(read->errorString()));

    // 400: [X-Fleet] options fleet refuses together.
    auto bad = finish(client->submit(
        QStringLiteral("pinned.service"),
        options(QStringLiteral("/bin/true"),
                {xFleet("MachineID", QStringLiteral("000000000000000000000000f1ee7001")),
                 xFleet("Conflicts", QStringLiteral("other.service"))}),
        FleetUnit::State::Launched));
    QVERIFY(bad->hasError());
    QVERIFY2(bad->errorString().contains(QStringLiteral("[X-Fleet]"))
                 && bad->errorString().contains(
                     QStringLiteral("MachineID cannot be used with Conflicts")),
             qPrintable(bad->errorString()));

    // Refused before sending: a name fleet would refuse, no options, a template started.
    auto badName = finish(client->submit(QStringLiteral("no-type"), options(QStringLiteral("x")),
                                         FleetUnit::State::Launched));
    QVERIFY(badName->hasError());
    QVERIFY2(badName->errorString().contains(QStringLiteral("Rename the unit file")),
             qPrintable(badName->errorString()));
    auto empty
        = finish(client->submit(QStringLiteral("e.service"), {}, FleetUnit::State::Launched));
    QVERIFY(empty->hasError());
    auto tmpl = finish(
        client->setDesiredState(QStringLiteral("web@.service"), FleetUnit::State::Launched));
    QVERIFY(tmpl->hasError());
    QVERIFY2(tmpl->errorString().contains(QStringLiteral("template")),
             qPrintable(tmpl->errorString()));

    // Scheduling: MachineOf a unit that is nowhere leaves it inactive (no error, as fleet).
    auto orphan = finish(client->submit(
        QStringLiteral("orphan.service"),
        options(QStringLiteral("/bin/true"), {xFleet("MachineOf", QStringLiteral("none.service"))}),
        FleetUnit::State::Launched));
    QVERIFY2(!orphan->hasError(), qPrintable(orphan->errorString()));
    auto orphanUnit = finish(client->unit(QStringLiteral("orphan.service")));
    QCOMPARE(orphanUnit->result().currentState, FleetUnit::State::Inactive);
    // ... and a peer that arrives pulls it onto its machine; metadata picks a machine.
    auto peer
        = finish(client->submit(QStringLiteral("none.service"),
                                options(QStringLiteral("/bin/true"),
                                        {xFleet("MachineMetadata", QStringLiteral("role=node2"))}),
                                FleetUnit::State::Launched));
    QVERIFY2(!peer->hasError(), qPrintable(peer->errorString()));
    orphanUnit = finish(client->unit(QStringLiteral("orphan.service")));
    QCOMPARE(orphanUnit->result().currentState, FleetUnit::State::Launched);
    QCOMPARE(orphanUnit->result().machineId, QStringLiteral("000000000000000000000000f1ee7002"));
}

void tst_FleetClient::hangingServer_data()
{
    addTransports();
}

void tst_FleetClient::hangingServer()
{
    FleetFixture fleet;
    fleet.setFault(FleetFixture::Fault::Hang);
    auto client = clientFor(fleet);
    QVERIFY2(client, qPrintable(fleet.failureReason()));
    client->setRequestTimeout(300);

    auto units = finish(client->units());
    QVERIFY(units->isFinished());
    QVERIFY(units->hasError());
    QCOMPARE(units->error(), HttpReply::Error::Timeout);
    const QString message = units->errorString();
    QVERIFY2(message.startsWith(QStringLiteral("Listing fleet's units failed")),
             qPrintable(message));
    QVERIFY2(message.contains(client->endpoint().toDisplayString()), qPrintable(message));
    // Over TCP Qt's network access manager does not report when the request went out, so the
    // wait may read as connecting; the bound is the same.
    QVERIFY2(message.contains(QStringLiteral("sent no answer within 300 ms"))
                 || message.contains(QStringLiteral("could not connect within 300 ms")),
             qPrintable(message));

    auto submit = finish(client->submit(QStringLiteral("a.service"), options(QStringLiteral("x")),
                                        FleetUnit::State::Launched));
    QCOMPARE(submit->error(), HttpReply::Error::Timeout);
    QVERIFY2(submit->errorString().startsWith(QStringLiteral("Submitting a.service failed")),
             qPrintable(submit->errorString()));
}

void tst_FleetClient::closedMidResponse_data()
{
    addTransports();
}

void tst_FleetClient::closedMidResponse()
{
    FleetFixture fleet;
    fleet.setFault(FleetFixture::Fault::CloseMidResponse);
    auto client = clientFor(fleet);
    QVERIFY2(client, qPrintable(fleet.failureReason()));

    auto machines = finish(client->machines());
    QVERIFY(machines->isFinished());
    QVERIFY(machines->hasError());
    QVERIFY2(machines->error() == HttpReply::Error::Closed
                 || machines->error() == HttpReply::Error::ProtocolError,
             qPrintable(machines->errorString()));
    QVERIFY2(machines->errorString().startsWith(QStringLiteral("Listing fleet's machines failed")),
             qPrintable(machines->errorString()));
    QVERIFY2(machines->errorString().contains(client->endpoint().toDisplayString()),
             qPrintable(machines->errorString()));
    QVERIFY(machines->result().isEmpty());
}

void tst_FleetClient::nothingListening()
{
    QTemporaryDir dir(QStringLiteral("/tmp/ws-fleet-none-XXXXXX"));
    const FleetEndpoint endpoint = FleetEndpoint::fromAddress(
        QLatin1String("unix://") + dir.filePath(QStringLiteral("fleet.sock")),
        QStringLiteral("test"));
    FleetClient client(endpoint);
    auto units = finish(client.units());
    QVERIFY(units->hasError());
    QVERIFY2(units->errorString().contains(QStringLiteral("FLEETCTL_ENDPOINT")),
             qPrintable(units->errorString()));

    const quint16 port = ws::test::ServerProcess::freeTcpPort();
    FleetClient tcp(FleetEndpoint::fromAddress(QStringLiteral("http://127.0.0.1:%1").arg(port),
                                               QStringLiteral("test")));
    auto machines = finish(tcp.machines());
    QCOMPARE(machines->error(), HttpReply::Error::ConnectionRefused);
    QVERIFY2(machines->errorString().contains(QStringLiteral("Is fleetd running there?")),
             qPrintable(machines->errorString()));
}

QTEST_GUILESS_MAIN(tst_FleetClient)
#include "tst_FleetClient.moc"
