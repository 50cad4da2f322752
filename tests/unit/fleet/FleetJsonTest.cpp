#include "fleet/FleetJson.h"

#include <QtTest>

using ws::FleetJson;
using ws::FleetMachine;
using ws::FleetUnit;
using ws::FleetUnitState;
using ws::HttpReply;
using ws::Problem;
using ws::Problems;

namespace {

const QString kEndpoint = QStringLiteral("unix:///var/run/fleet.sock");

QString dump(const Problems &problems)
{
    QStringList lines;
    for (const Problem &p : problems)
        lines.append(p.toString());
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class FleetJsonTest : public QObject
{
    Q_OBJECT

private slots:
    void unitPage_data();
    void unitPage();
    void statePage_data();
    void statePage();
    void machinePage_data();
    void machinePage();
    void unit();
    void unitBody();
    void readError_data();
    void readError();
    void errorMessage_data();
    void errorMessage();
};

void FleetJsonTest::unitPage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("units");
    QTest::addColumn<QString>("problem"); // part of a problem's message; empty: none

    QTest::newRow("empty list is {}") << QByteArray("{}") << true << 0 << QString();
    QTest::newRow("transcript page")
        << QByteArray(R"({"units":[{"currentState":"inactive","desiredState":"launched",)"
                      R"("name":"bad.service","options":[{"name":"MachineOf","section":"X-Fleet",)"
                      R"("value":"nosuch.service"}]},{"currentState":"launched",)"
                      R"("desiredState":"launched","machineID":"m1","name":"meta.service"}],)"
                      R"("nextPageToken":"ZAACAA=="})")
        << true << 2 << QString();
    QTest::newRow("unknown fields are ignored")
        << QByteArray(R"({"units":[{"name":"a.service","extra":{"x":[1,2]}}],"more":true})") << true
        << 1 << QString();
    QTest::newRow("nulls read as absent")
        << QByteArray(R"({"units":[{"name":"a.service","options":null,"machineID":null}]})") << true
        << 1 << QString();
    QTest::newRow("unknown state is a warning")
        << QByteArray(R"({"units":[{"name":"a.service","desiredState":"sideways"}]})") << true << 1
        << QStringLiteral("units[0].desiredState: the unknown state \"sideways\"");
    QTest::newRow("empty body") << QByteArray() << false << 0
                                << QStringLiteral("the answer is empty");
    QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>") << false << 0
                          << QStringLiteral("not JSON");
    QTest::newRow("truncated") << QByteArray(R"({"units":[{"name":"a.serv)") << false << 0
                               << QStringLiteral("not JSON");
    QTest::newRow("top-level list")
        << QByteArray("[]") << false << 0 << QStringLiteral("a list, not an object");
    QTest::newRow("null document")
        << QByteArray("null") << false << 0 << QStringLiteral("not JSON");
    QTest::newRow("units not a list") << QByteArray(R"({"units":{}})") << false << 0
                                      << QStringLiteral("units: an object, not a list");
    QTest::newRow("unit not an object") << QByteArray(R"({"units":[1]})") << false << 0
                                        << QStringLiteral("units[0]: a number, not an object");
    QTest::newRow("name a number") << QByteArray(R"({"units":[{"name":5}]})") << false << 1
                                   << QStringLiteral("units[0].name: a number, not a string");
    QTest::newRow("no name") << QByteArray(R"({"units":[{}]})") << false << 1
                             << QStringLiteral("units[0]: a unit without a name");
    QTest::newRow("options not a list")
        << QByteArray(R"({"units":[{"name":"a.service","options":"x"}]})") << false << 1
        << QStringLiteral("units[0].options: a string, not a list");
    QTest::newRow("option value a number") << QByteArray(
        R"({"units":[{"name":"a.service","options":[{"section":"S","name":"N","value":7}]}]})")
                                           << false << 1
                                           << QStringLiteral("units[0].options[0].value: a number, "
                                                             "not a string");
    QTest::newRow("option without section")
        << QByteArray(R"({"units":[{"name":"a.service","options":[{"name":"N"}]}]})") << false << 1
        << QStringLiteral("units[0].options[0]: an option without a section or a name");
    QTest::newRow("option a list")
        << QByteArray(R"({"units":[{"name":"a.service","options":[[]]}]})") << false << 1
        << QStringLiteral("units[0].options[0]: a list, not an object");
    QTest::newRow("token a number") << QByteArray(R"({"nextPageToken":5})") << false << 0
                                    << QStringLiteral("nextPageToken: a number, not a string");
    QTest::newRow("deep nesting") << QByteArray(4096, '[') << false << 0
                                  << QStringLiteral("not JSON");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"units\"", 10) << false << 0
                            << QStringLiteral("not JSON");
}

void FleetJsonTest::unitPage()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, units);
    QFETCH(QString, problem);

    FleetJson::Page<FleetUnit> page;
    Problems problems;
    QCOMPARE(FleetJson::readUnitPage(body, kEndpoint, &page, &problems), ok);
    QCOMPARE(page.items.size(), units);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    } else {
        QVERIFY2(dump(problems).contains(problem), qPrintable(dump(problems)));
        for (const Problem &p : problems)
            QCOMPARE(p.file, kEndpoint); // every problem names where the data came from
    }
    if (ok && units == 2) {
        QCOMPARE(page.nextPageToken, QStringLiteral("ZAACAA=="));
        QCOMPARE(page.items[0].name, QStringLiteral("bad.service"));
        QCOMPARE(page.items[0].desiredState, FleetUnit::State::Launched);
        QCOMPARE(page.items[0].currentState, FleetUnit::State::Inactive);
        QCOMPARE(page.items[0].options.size(), 1);
        QCOMPARE(page.items[0].options[0].section, QStringLiteral("X-Fleet"));
        QCOMPARE(page.items[0].options[0].value, QStringLiteral("nosuch.service"));
        QCOMPARE(page.items[1].machineId, QStringLiteral("m1"));
    }
}

void FleetJsonTest::statePage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("problem");

    QTest::newRow("empty") << QByteArray("{}") << true << QString();
    QTest::newRow("one") << QByteArray(
        R"({"states":[{"hash":"627317e4","machineID":"m1","name":"glob.service",)"
        R"("systemdActiveState":"active","systemdLoadState":"loaded",)"
        R"("systemdSubState":"running"}]})")
                         << true << QString();
    QTest::newRow("no machine") << QByteArray(R"({"states":[{"name":"a.service"}]})") << false
                                << QStringLiteral("a state without a unit name or a machine ID");
    QTest::newRow("hash a bool") << QByteArray(
        R"({"states":[{"name":"a.service","machineID":"m","hash":true}]})")
                                 << false
                                 << QStringLiteral("states[0].hash: a boolean, not a string");
    QTest::newRow("states a string") << QByteArray(R"({"states":"x"})") << false
                                     << QStringLiteral("states: a string, not a list");
}

void FleetJsonTest::statePage()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, problem);
    FleetJson::Page<FleetUnitState> page;
    Problems problems;
    QCOMPARE(FleetJson::readStatePage(body, kEndpoint, &page, &problems), ok);
    if (problem.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    else
        QVERIFY2(dump(problems).contains(problem), qPrintable(dump(problems)));
    if (ok && !page.items.isEmpty()) {
        QCOMPARE(page.items[0].systemdSubState, QStringLiteral("running"));
        QCOMPARE(page.items[0].machineId, QStringLiteral("m1"));
    }
}

void FleetJsonTest::machinePage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("problem");

    QTest::newRow("transcript") << QByteArray(
        R"({"machines":[{"id":"000000000000000000000000f1ee7001","metadata":)"
        R"({"disk":"ssd","role":"node1"},"primaryIP":"127.0.0.11"}]})")
                                << true << QString();
    QTest::newRow("no metadata") << QByteArray(R"({"machines":[{"id":"m"}]})") << true << QString();
    QTest::newRow("metadata a list")
        << QByteArray(R"({"machines":[{"id":"m","metadata":[]}]})") << false
        << QStringLiteral("machines[0].metadata: a list, not an object");
    QTest::newRow("metadata value a number")
        << QByteArray(R"({"machines":[{"id":"m","metadata":{"n":1}}]})") << false
        << QStringLiteral("machines[0].metadata.n: a number, not a string");
    QTest::newRow("no id") << QByteArray(R"({"machines":[{"primaryIP":"1.2.3.4"}]})") << false
                           << QStringLiteral("machines[0]: a machine without an id");
}

void FleetJsonTest::machinePage()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(QString, problem);
    FleetJson::Page<FleetMachine> page;
    Problems problems;
    QCOMPARE(FleetJson::readMachinePage(body, kEndpoint, &page, &problems), ok);
    if (problem.isEmpty())
        QVERIFY2(problems.isEmpty(), qPrintable(dump(problems)));
    else
        QVERIFY2(dump(problems).contains(problem), qPrintable(dump(problems)));
    if (ok && QTest::currentDataTag() == QByteArray("transcript")) {
        QCOMPARE(page.items[0].shortId(), QStringLiteral("00000000"));
        QCOMPARE(page.items[0].primaryIp, QStringLiteral("127.0.0.11"));
        QCOMPARE(page.items[0].metadata.value(QStringLiteral("role")), QStringLiteral("node1"));
    }
}

void FleetJsonTest::unit()
{
    FleetUnit unit;
    Problems problems;
    QVERIFY(FleetJson::readUnit(R"({"name":"web@1.service","desiredState":"loaded",)"
                                R"("currentState":"loaded","machineID":"m2"})",
                                kEndpoint, &unit, &problems));
    QCOMPARE(unit.name, QStringLiteral("web@1.service"));
    QCOMPARE(unit.desiredState, FleetUnit::State::Loaded);
    QCOMPARE(unit.machineId, QStringLiteral("m2"));
    QVERIFY(!FleetJson::readUnit("{\"error\":{\"code\":500,\"message\":\"\"}}", kEndpoint, &unit,
                                 &problems));
    QVERIFY(dump(problems).contains(QStringLiteral("a unit without a name")));
}

void FleetJsonTest::unitBody()
{
    const QList<ws::UnitOption> options {{QStringLiteral("Service"), QStringLiteral("ExecStart"),
                                          QStringLiteral("/bin/sleep 1"), 3}};
    QCOMPARE(FleetJson::unitBody(options, FleetUnit::State::Launched),
             QByteArray(R"({"desiredState":"launched","options":[{"name":"ExecStart",)"
                        R"("section":"Service","value":"/bin/sleep 1"}]})"));
    // A state change carries no options: fleet would take options as a new unit.
    QCOMPARE(FleetJson::unitBody({}, FleetUnit::State::Loaded),
             QByteArray(R"({"desiredState":"loaded"})"));
}

void FleetJsonTest::readError_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    QTest::newRow("404") << QByteArray(R"({"error":{"code":404,"message":"unit does not exist"}})")
                         << true << 404 << QStringLiteral("unit does not exist");
    QTest::newRow("500 empty") << QByteArray(R"({"error":{"code":500,"message":""}})") << true
                               << 500 << QString();
    QTest::newRow("no message") << QByteArray(R"({"error":{"code":405}})") << true << 405
                                << QString();
    QTest::newRow("etcd style") << QByteArray(R"({"error":"x","code":2})") << false << 0
                                << QString();
    QTest::newRow("code a string")
        << QByteArray(R"({"error":{"code":"404"}})") << false << 0 << QString();
    QTest::newRow("text") << QByteArray("404 page not found\n") << false << 0 << QString();
    QTest::newRow("empty") << QByteArray() << false << 0 << QString();
}

void FleetJsonTest::readError()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, ok);
    QFETCH(int, code);
    QFETCH(QString, message);
    FleetJson::Error error;
    QCOMPARE(FleetJson::readError(body, &error), ok);
    if (ok) {
        QCOMPARE(error.code, code);
        QCOMPARE(error.message, message);
    }
}

void FleetJsonTest::errorMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("unit");
    QTest::addColumn<QString>("expected"); // part of the message

    const auto err = [](int code, const char *message) {
        return QByteArray(R"({"error":{"code":)") + QByteArray::number(code) + R"(,"message":")"
            + message + R"("}})";
    };
    QTest::newRow("404 unit") << 404 << err(404, "unit does not exist")
                              << QStringLiteral("a.service")
                              << QStringLiteral(
                                     "has no unit a.service. It may have been destroyed");
    QTest::newRow("409 no unit") << 409 << err(409, "unit does not exist and options field empty")
                                 << QStringLiteral("a.service")
                                 << QStringLiteral("has no unit a.service to change. Submit "
                                                   "it first.");
    QTest::newRow("415") << 415 << err(415, "only acceptable Content-Type is application/json")
                         << QString() << QStringLiteral("This is a bug in Whalestack");
    QTest::newRow("400 template") << 400 << err(400, "cannot activate template \\\"w@.service\\\"")
                                  << QStringLiteral("w@.service")
                                  << QStringLiteral("it is a template, which cannot run");
    QTest::newRow("400 x-fleet") << 400 << err(400, "Global cannot be used with Conflicts")
                                 << QStringLiteral("g.service")
                                 << QStringLiteral("refused the [X-Fleet] section of g.service");
    QTest::newRow("400 name") << 400 << err(400, "invalid unit type: \\\"foo\\\"")
                              << QStringLiteral("a.foo") << QStringLiteral("Rename the unit file");
    QTest::newRow("400 decode") << 400 << err(400, "unable to decode body: unexpected EOF")
                                << QStringLiteral("a.service")
                                << QStringLiteral("refused the request: unable to decode body");
    QTest::newRow("500 empty with unit")
        << 500 << err(500, "") << QStringLiteral("web@1.service")
        << QStringLiteral("fleet failed on web@1.service; this often means its options were "
                          "changed in place: destroy it and submit again");
    QTest::newRow("500 empty list")
        << 500 << err(500, "") << QString() << QStringLiteral("journalctl -u fleet");
    QTest::newRow("405") << 405 << err(405, "only GET supported against this resource") << QString()
                         << QStringLiteral("Is the endpoint fleet's API?");
    QTest::newRow("not fleet") << 502 << QByteArray("<html>Bad Gateway</html>") << QString()
                               << QStringLiteral("answered 502, but not as fleet does");
    QTest::newRow("other status") << 418 << err(418, "teapot") << QString()
                                  << QStringLiteral("answered 418: \"teapot\"");
}

void FleetJsonTest::errorMessage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, unit);
    QFETCH(QString, expected);
    const QString message
        = FleetJson::errorMessage(QStringLiteral("Doing it"), kEndpoint, status, body,
                                  HttpReply::Error::HttpStatus, QStringLiteral("transport"), unit);
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(message.contains(kEndpoint), qPrintable(message));
}

QTEST_GUILESS_MAIN(FleetJsonTest)
#include "FleetJsonTest.moc"
