// The judging half of the etcd, Docker, fleet and registry probes, without a server: what each
// makes of good answers, and of broken ones (wrong types, truncated JSON, missing fields, odd
// status codes), which must never crash and never come out Up when the decisive answer is bad.
#include "infra/DockerProbe.h"
#include "infra/EtcdProbe.h"
#include "infra/FleetProbe.h"
#include "infra/ProbeFactory.h"
#include "infra/RegistryProbe.h"

#include <QtTest>

using namespace ws;

Q_DECLARE_METATYPE(ws::ProbeStatus)
Q_DECLARE_METATYPE(ws::HttpAnswer)

namespace {

HttpAnswer answer(int status, const QByteArray &body,
                  QList<QPair<QByteArray, QByteArray>> headers = {})
{
    HttpAnswer a;
    a.done = true;
    a.status = status;
    a.body = body;
    a.headers = headers;
    a.atMs = 1.5;
    return a;
}

HttpAnswer failed(const QString &error)
{
    HttpAnswer a;
    a.done = true;
    a.error = error;
    return a;
}

const char kMembers[]
    = R"({"header":{"member_id":"111"},"members":[{"ID":"111","name":"one","clientURLs":["http://127.0.0.1:2379"]},{"ID":"222","name":"two","clientURLs":["http://127.0.0.1:3379"]},{"ID":"333","peerURLs":["http://127.0.0.1:3380"]}]})";
const char kStatus[]
    = R"({"header":{"member_id":"111"},"version":"3.4.23","dbSize":"20480","leader":"111","raftIndex":"42","raftTerm":"2"})";

} // namespace

class tst_StackProbes : public QObject
{
    Q_OBJECT

private slots:
    void factoryKnowsTheKinds();
    void etcdHealthy();
    void etcd_data();
    void etcd();
    void dockerContainers();
    void dockerBroken_data();
    void dockerBroken();
    void containerStatus_data();
    void containerStatus();
    void fleet();
    void registry_data();
    void registry();
};

void tst_StackProbes::factoryKnowsTheKinds()
{
    for (const char *kind : {"etcd", "docker", "fleet", "registry"}) {
        QVERIFY2(ProbeFactory::kinds().contains(QLatin1String(kind)), kind);
        ProbeTarget t;
        t.kind = QLatin1String(kind);
        t.endpoint = QStringLiteral("127.0.0.1:1");
        QVERIFY(ProbeFactory::create(t) != nullptr);
    }
}

void tst_StackProbes::etcdHealthy()
{
    EtcdProbe::Answers a;
    a.health = answer(200, R"({"health":"true"})");
    a.version = answer(200, R"({"etcdserver":"3.4.23","etcdcluster":"3.4.0"})");
    a.members = answer(200, kMembers);
    a.status = answer(200, kStatus);
    a.alarms = answer(200, R"({"header":{}})");
    const ProbeResult r = EtcdProbe::evaluate(QStringLiteral("http://e:2379"), a);
    QCOMPARE(r.status, ProbeStatus::Up);
    QCOMPARE(r.version, QStringLiteral("3.4.23"));
    QCOMPARE(r.latencyMs, 1.5);
    QCOMPARE(r.facts.value(QStringLiteral("leader")).toString(), QStringLiteral("111"));
    QCOMPARE(r.facts.value(QStringLiteral("leader_name")).toString(), QStringLiteral("one"));
    QCOMPARE(r.facts.value(QStringLiteral("db_size")).toLongLong(), 20480);
    QCOMPARE(r.facts.value(QStringLiteral("raft_index")).toLongLong(), 42);
    QCOMPARE(r.elements.size(), 3);
    QCOMPARE(r.elements[0].name, QStringLiteral("one"));
    QCOMPARE(r.elements[0].role, QStringLiteral("member"));
    QVERIFY(r.elements[0].facts.value(QStringLiteral("leader")).toBool());
    QVERIFY(!r.elements[1].facts.value(QStringLiteral("leader")).toBool());
    QCOMPARE(r.elements[1].facts.value(QStringLiteral("client_urls")).toStringList(),
             QStringList {QStringLiteral("http://127.0.0.1:3379")});
    // Not started yet: no name.
    QCOMPARE(r.elements[2].status, ProbeStatus::Degraded);
    QVERIFY(r.detail.contains(QStringLiteral("one")));
}

void tst_StackProbes::etcd_data()
{
    QTest::addColumn<HttpAnswer>("health");
    QTest::addColumn<QByteArray>("status");
    QTest::addColumn<QByteArray>("alarms");
    QTest::addColumn<ProbeStatus>("expected");
    QTest::addColumn<QString>("detailHas");

    const QByteArray ok = kStatus;
    const QByteArray noAlarm = R"({})";
    QTest::newRow("refused") << failed(QStringLiteral("Connection refused at X")) << ok << noAlarm
                             << ProbeStatus::Down << QStringLiteral("refused");
    QTest::newRow("503 with reason")
        << answer(503, R"({"health":"false","reason":"RAFT NO LEADER"})") << ok << noAlarm
        << ProbeStatus::Degraded << QStringLiteral("RAFT NO LEADER");
    QTest::newRow("503 bare") << answer(503, R"({"health":"false"})") << ok << noAlarm
                              << ProbeStatus::Degraded << QStringLiteral("503");
    QTest::newRow("health missing") << answer(200, R"({"status":"ok"})") << ok << noAlarm
                                    << ProbeStatus::Down << QStringLiteral("etcd");
    QTest::newRow("health a number") << answer(200, R"({"health":1})") << ok << noAlarm
                                     << ProbeStatus::Down << QStringLiteral("etcd");
    QTest::newRow("html") << answer(200, "<html>hello</html>") << ok << noAlarm << ProbeStatus::Down
                          << QStringLiteral("etcd");
    QTest::newRow("truncated json") << answer(200, R"({"health":"tr)") << ok << noAlarm
                                    << ProbeStatus::Down << QStringLiteral("etcd");
    QTest::newRow("empty") << answer(200, "") << ok << noAlarm << ProbeStatus::Down
                           << QStringLiteral("etcd");
    QTest::newRow("no leader") << answer(200, R"({"health":"true"})")
                               << QByteArray(R"({"leader":"0","header":{}})") << noAlarm
                               << ProbeStatus::Degraded << QStringLiteral("leader");
    QTest::newRow("status errors")
        << answer(200, R"({"health":"true"})")
        << QByteArray(R"({"leader":"1","errors":["disk slow"]})") << noAlarm
        << ProbeStatus::Degraded << QStringLiteral("disk slow");
    QTest::newRow("alarm") << answer(200, R"({"health":"true"})") << ok
                           << QByteArray(R"({"alarms":[{"memberID":"1","alarm":"NOSPACE"}]})")
                           << ProbeStatus::Degraded << QStringLiteral("NOSPACE");
    QTest::newRow("alarms not a list")
        << answer(200, R"({"health":"true"})") << ok << QByteArray(R"({"alarms":"NOSPACE"})")
        << ProbeStatus::Up << QString();
    QTest::newRow("status wrong types")
        << answer(200, R"({"health":"true"})")
        << QByteArray(R"({"leader":{"x":1},"dbSize":[1],"header":7})") << noAlarm
        << ProbeStatus::Degraded << QStringLiteral("leader");
}

void tst_StackProbes::etcd()
{
    QFETCH(HttpAnswer, health);
    QFETCH(QByteArray, status);
    QFETCH(QByteArray, alarms);
    QFETCH(ProbeStatus, expected);
    QFETCH(QString, detailHas);
    EtcdProbe::Answers a;
    a.health = health;
    a.version = answer(200, R"({"etcdserver":3})"); // a wrong type: no version, no harm
    a.members = answer(200, R"({"members":[1,"x",{"ID":[]}]})");
    a.status = answer(200, status);
    a.alarms = answer(200, alarms);
    const ProbeResult r = EtcdProbe::evaluate(QStringLiteral("http://e:2379"), a);
    QCOMPARE(r.status, expected);
    QVERIFY2(r.detail.contains(detailHas), qPrintable(r.detail));
    QVERIFY(!r.detail.isEmpty());
}

void tst_StackProbes::dockerContainers()
{
    DockerProbe::Answers a;
    a.ping = answer(200, "OK", {{"Api-Version", "1.41"}});
    a.version = answer(200, R"({"Version":"20.10.24+dfsg1","ApiVersion":"1.41"})");
    a.info = answer(200, R"({"Containers":3,"ContainersRunning":1,"Images":2,"NCPU":2,
        "MemTotal":4096,"ServerVersion":"20.10.24+dfsg1","Name":"h"})");
    a.containers = answer(200, R"([
        {"Id":"aaa","Names":["/web"],"Image":"busybox","State":"running","Status":"Up 2 minutes",
         "Ports":[{"IP":"127.0.0.1","PrivatePort":80,"PublicPort":8080,"Type":"tcp"},
                  {"PrivatePort":443,"Type":"tcp"}]},
        {"Id":"bbb","Names":["/job"],"Image":"busybox","State":"exited","Status":"Exited (3) 1 minute ago"},
        {"Id":"ccc","Names":["/new"],"Image":"busybox","State":"created","Status":"Created"}])");
    const ProbeResult r = DockerProbe::evaluate(QStringLiteral("unix:///d.sock"), a);
    QCOMPARE(r.status, ProbeStatus::Up);
    QCOMPARE(r.version, QStringLiteral("20.10.24+dfsg1"));
    QCOMPARE(r.facts.value(QStringLiteral("containers")).toInt(), 3);
    QCOMPARE(r.facts.value(QStringLiteral("containers_running")).toInt(), 1);
    QCOMPARE(r.facts.value(QStringLiteral("images")).toInt(), 2);
    QCOMPARE(r.facts.value(QStringLiteral("cpus")).toInt(), 2);
    QCOMPARE(r.facts.value(QStringLiteral("memory_bytes")).toLongLong(), 4096);
    QCOMPARE(r.facts.value(QStringLiteral("api_version")).toString(), QStringLiteral("1.41"));
    QCOMPARE(r.elements.size(), 3);
    QCOMPARE(r.elements[0].name, QStringLiteral("web"));
    QCOMPARE(r.elements[0].status, ProbeStatus::Up);
    QCOMPARE(r.elements[0].facts.value(QStringLiteral("published")).toStringList(),
             QStringList {QStringLiteral("127.0.0.1:8080")});
    QCOMPARE(r.elements[1].status, ProbeStatus::Down);
    QCOMPARE(r.elements[2].status, ProbeStatus::Unknown);
}

void tst_StackProbes::dockerBroken_data()
{
    QTest::addColumn<HttpAnswer>("ping");
    QTest::addColumn<QByteArray>("containers");
    QTest::addColumn<ProbeStatus>("expected");

    QTest::newRow("no answer") << failed(QStringLiteral("timeout")) << QByteArray("[]")
                               << ProbeStatus::Down;
    QTest::newRow("not docker") << answer(404, "Not Found") << QByteArray("[]")
                                << ProbeStatus::Down;
    QTest::newRow("500 from docker")
        << answer(500, "", {{"Api-Version", "1.41"}}) << QByteArray("[]") << ProbeStatus::Degraded;
    QTest::newRow("containers not a list")
        << answer(200, "OK") << QByteArray(R"({"Names":1})") << ProbeStatus::Up;
    QTest::newRow("containers of wrong types")
        << answer(200, "OK")
        << QByteArray(
               R"([1,null,{"Names":"x","State":7,"Ports":{"a":1}},{"Ports":[7,{"PublicPort":"x"}]}])")
        << ProbeStatus::Up;
    QTest::newRow("truncated") << answer(200, "OK") << QByteArray(R"([{"Names":["/a"],"Sta)")
                               << ProbeStatus::Up;
}

void tst_StackProbes::dockerBroken()
{
    QFETCH(HttpAnswer, ping);
    QFETCH(QByteArray, containers);
    QFETCH(ProbeStatus, expected);
    DockerProbe::Answers a;
    a.ping = ping;
    a.version = answer(200, "[]");
    a.info = answer(200, R"({"Containers":"many","NCPU":null})");
    a.containers = answer(200, containers);
    const ProbeResult r = DockerProbe::evaluate(QStringLiteral("tcp://d:2376"), a);
    QCOMPARE(r.status, expected);
    QVERIFY(!r.detail.isEmpty());
    QVERIFY(!r.facts.contains(QStringLiteral("containers")));
}

void tst_StackProbes::containerStatus_data()
{
    QTest::addColumn<QString>("state");
    QTest::addColumn<QString>("status");
    QTest::addColumn<ProbeStatus>("expected");
    QTest::newRow("running") << "running"
                             << "Up 3 minutes" << ProbeStatus::Up;
    QTest::newRow("restarting") << "restarting"
                                << "Restarting (1) 2 seconds ago" << ProbeStatus::Degraded;
    QTest::newRow("paused") << "paused"
                            << "Up 3 minutes (Paused)" << ProbeStatus::Degraded;
    QTest::newRow("exited 137") << "exited"
                                << "Exited (137) 3 minutes ago" << ProbeStatus::Down;
    QTest::newRow("exited 0") << "exited"
                              << "Exited (0) 3 minutes ago" << ProbeStatus::Unknown;
    QTest::newRow("exited, no code") << "exited"
                                     << "" << ProbeStatus::Unknown;
    QTest::newRow("dead") << "dead"
                          << "Dead" << ProbeStatus::Down;
    QTest::newRow("created") << "created"
                             << "Created" << ProbeStatus::Unknown;
    QTest::newRow("strange") << "weird"
                             << "" << ProbeStatus::Unknown;
}

void tst_StackProbes::containerStatus()
{
    QFETCH(QString, state);
    QFETCH(QString, status);
    QFETCH(ProbeStatus, expected);
    QString detail;
    QCOMPARE(DockerProbe::containerStatus(state, status, &detail), expected);
    QVERIFY(!detail.isEmpty() || state.isEmpty());
}

void tst_StackProbes::fleet()
{
    FleetProbe::Answers a;
    a.machinesOk = true;
    a.machinesAtMs = 2;
    a.machines = {FleetMachine {QStringLiteral("m1"), QStringLiteral("10.0.0.1"), {}},
                  FleetMachine {QStringLiteral("m2"), QStringLiteral("10.0.0.2"), {}}};
    a.statesOk = true;
    a.states = {{QStringLiteral("web.service"),
                 {},
                 QStringLiteral("m1"),
                 QStringLiteral("loaded"),
                 QStringLiteral("active"),
                 QStringLiteral("running")},
                {QStringLiteral("db.service"),
                 {},
                 QStringLiteral("m2"),
                 QStringLiteral("loaded"),
                 QStringLiteral("failed"),
                 QStringLiteral("failed")}};
    a.unitsOk = true;
    FleetUnit web;
    web.name = QStringLiteral("web.service");
    web.desiredState = FleetUnit::State::Launched;
    FleetUnit db = web;
    db.name = QStringLiteral("db.service");
    FleetUnit lost = web;
    lost.name = QStringLiteral("lost.service");
    a.units = {web, db, lost};
    ProbeResult r = FleetProbe::evaluate(QStringLiteral("unix:///f.sock"), a);
    QCOMPARE(r.status, ProbeStatus::Degraded);
    QVERIFY2(r.detail.contains(QStringLiteral("db.service")), qPrintable(r.detail));
    QCOMPARE(r.elements.size(), 5);
    QCOMPARE(r.elements[0].role, QStringLiteral("machine"));
    QCOMPARE(r.elements[2].status, ProbeStatus::Up);
    QCOMPARE(r.elements[3].name, QStringLiteral("db.service"));
    QCOMPARE(r.elements[3].status, ProbeStatus::Down);
    QCOMPARE(r.elements[4].name, QStringLiteral("lost.service"));
    QCOMPARE(r.elements[4].status, ProbeStatus::Unknown);

    // Not launched: a failed unit is a unit's problem, not the cluster's.
    a.units[1].desiredState = FleetUnit::State::Loaded;
    r = FleetProbe::evaluate(QStringLiteral("unix:///f.sock"), a);
    QCOMPARE(r.status, ProbeStatus::Up);

    a.machinesOk = false;
    a.machinesError = QStringLiteral("fleet did not answer at X");
    r = FleetProbe::evaluate(QStringLiteral("unix:///f.sock"), a);
    QCOMPARE(r.status, ProbeStatus::Down);
    QCOMPARE(r.detail, QStringLiteral("fleet did not answer at X"));
}

void tst_StackProbes::registry_data()
{
    QTest::addColumn<HttpAnswer>("reply");
    QTest::addColumn<bool>("withLogin");
    QTest::addColumn<ProbeStatus>("expected");
    QTest::addColumn<QString>("detailHas");
    const QPair<QByteArray, QByteArray> api {"Docker-Distribution-Api-Version", "registry/2.0"};
    const QPair<QByteArray, QByteArray> challenge {"WWW-Authenticate",
                                                   R"(Basic realm="Registry Realm")"};
    QTest::newRow("200") << answer(200, "{}", {api}) << false << ProbeStatus::Up
                         << QStringLiteral("answers");
    QTest::newRow("401 with challenge") << answer(401, "{}", {api, challenge}) << false
                                        << ProbeStatus::Up << QStringLiteral("login");
    QTest::newRow("401 refused login") << answer(401, "{}", {api, challenge}) << true
                                       << ProbeStatus::Degraded << QStringLiteral("refused");
    QTest::newRow("401 without challenge")
        << answer(401, "{}", {api}) << false << ProbeStatus::Down << QStringLiteral("401");
    QTest::newRow("200 without header")
        << answer(200, "<html/>") << false << ProbeStatus::Degraded << QStringLiteral("header");
    QTest::newRow("404") << answer(404, "nope") << false << ProbeStatus::Down
                         << QStringLiteral("404");
    QTest::newRow("no answer") << failed(QStringLiteral("closed the connection at X")) << false
                               << ProbeStatus::Down << QStringLiteral("closed");
}

void tst_StackProbes::registry()
{
    QFETCH(HttpAnswer, reply);
    QFETCH(bool, withLogin);
    QFETCH(ProbeStatus, expected);
    QFETCH(QString, detailHas);
    const ProbeResult r
        = RegistryProbe::evaluate(QStringLiteral("127.0.0.1:5000"), reply, withLogin);
    QCOMPARE(r.status, expected);
    QVERIFY2(r.detail.contains(detailHas), qPrintable(r.detail));
    if (reply.header("Docker-Distribution-Api-Version").size())
        QCOMPARE(r.version, QStringLiteral("registry/2.0"));
}

QTEST_GUILESS_MAIN(tst_StackProbes)
#include "tst_StackProbes.moc"
