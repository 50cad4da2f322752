// CephProbe against a real single-monitor cluster of Debian's ceph-mon and ceph-mgr
// (CephFixture): the manager's prometheus metrics, the monitor's banner and `ceph status`,
// through HEALTH_WARN, HEALTH_ERR (the monitor's disk thresholds raised) and HEALTH_OK (checks
// muted); ports that are not Ceph; the manager and the monitor stopped.
#include "CephFixture.h"
#include "MisbehavingTcpServer.h"
#include "infra/CephProbe.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace ws;
using ws::test::MisbehavingTcpServer;

namespace {

ProbeResult probe(const ProbeTarget &target, int timeoutMs = 10'000)
{
    CephProbe p(target);
    p.setTimeout(timeoutMs);
    QSignalSpy finished(&p, &Probe::finished);
    p.start();
    if (!finished.wait(timeoutMs + 5'000))
        return {};
    return p.result();
}

ProbeTarget target(const QString &endpoint)
{
    ProbeTarget t;
    t.kind = QStringLiteral("ceph");
    t.endpoint = endpoint;
    return t;
}

} // namespace

class TestCephProbe : public QObject
{
    Q_OBJECT

    ws::test::CephFixture m_ceph;

    ProbeTarget metrics() const { return target(m_ceph.metricsUrl().toString()); }
    ProbeTarget cli() const
    {
        ProbeTarget t = target(QStringLiteral("ceph-cli:") + m_ceph.configFile());
        return t;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_ceph.start(), qPrintable(m_ceph.failureReason())); }

    void metricsAgreeWithTheCli()
    {
        const ProbeResult m = probe(metrics());
        QVERIFY2(m.status != ProbeStatus::Unknown, qPrintable(m.detail));
        QVERIFY2(m.version.startsWith(QLatin1String("16.")), qPrintable(m.version));
        QCOMPARE(m.facts.value("mons").toInt(), 1);
        QCOMPARE(m.facts.value("mons_in_quorum").toInt(), 1);
        QCOMPARE(m.facts.value("osds").toInt(), 0);
        QCOMPARE(m.elements.size(), 1);
        QCOMPARE(m.elements.first().name, QString("mon.a"));
        QCOMPARE(m.elements.first().status, ProbeStatus::Up);
        const ProbeResult c = probe(cli(), 30'000);
        QVERIFY2(c.facts.contains("health"), qPrintable(c.detail));
        QCOMPARE(c.facts.value("quorum_names").toStringList(), QStringList({"a"}));
        // Both read the same cluster a moment apart; its health does not change by itself.
        QCOMPARE(m.facts.value("health").toString(), c.facts.value("health").toString());
    }

    void monitorBanner()
    {
        const ProbeResult r = probe(target(m_ceph.monitorEndpoint()));
        QCOMPARE(r.status, ProbeStatus::Up);
        QCOMPARE(r.facts.value("messenger").toString(), QString("v2"));
        QVERIFY2(r.detail.contains(QLatin1String("monitor accepts connections")),
                 qPrintable(r.detail));
        QVERIFY(r.detail.contains(QLatin1String("prometheus endpoint")));
    }

    void healthErr()
    {
        // The monitor calls its disk critical below 99 % free: MON_DISK_CRIT, HEALTH_ERR.
        QString output;
        QVERIFY2(m_ceph.ceph({"config", "set", "mon", "mon_data_avail_crit", "99"}, &output),
                 qPrintable(output));
        ProbeResult r;
        QTRY_VERIFY_WITH_TIMEOUT((r = probe(metrics())).status == ProbeStatus::Down, 90'000);
        QCOMPARE(r.facts.value("health").toString(), QString("HEALTH_ERR"));
        QVERIFY2(r.detail.contains(QLatin1String("MON_DISK_CRIT")), qPrintable(r.detail));
        r = probe(cli(), 30'000);
        QCOMPARE(r.status, ProbeStatus::Down);
        QCOMPARE(r.facts.value("health").toString(), QString("HEALTH_ERR"));
        QVERIFY(r.detail.contains(QLatin1String("MON_DISK_CRIT")));
    }

    void healthOk()
    {
        QString output;
        QVERIFY2(m_ceph.ceph({"config", "set", "mon", "mon_data_avail_crit", "0"}, &output),
                 qPrintable(output));
        QVERIFY2(m_ceph.ceph({"config", "set", "mon", "mon_data_avail_warn", "0"}, &output),
                 qPrintable(output));
        // What is left (no OSDs on a cluster that wants one) is muted.
        ProbeResult r;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                r = probe(metrics());
                for (const QString &check : r.facts.value("checks").toStringList())
                    m_ceph.ceph({"health", "mute", check});
                return r.status == ProbeStatus::Up;
            }(),
            90'000);
        QCOMPARE(r.facts.value("health").toString(), QString("HEALTH_OK"));
        r = probe(cli(), 30'000);
        QCOMPARE(r.status, ProbeStatus::Up);
        QCOMPARE(r.facts.value("health").toString(), QString("HEALTH_OK"));
    }

    void misbehaving_data()
    {
        QTest::addColumn<MisbehavingTcpServer::Mode>("mode");
        QTest::addColumn<bool>("http");
        for (bool http : {true, false}) {
            const char *way = http ? "metrics" : "banner";
            QTest::addRow("%s garbage", way) << MisbehavingTcpServer::Mode::Garbage << http;
            QTest::addRow("%s closes at once", way)
                << MisbehavingTcpServer::Mode::CloseAtOnce << http;
            QTest::addRow("%s silent", way) << MisbehavingTcpServer::Mode::Silent << http;
        }
    }

    void misbehaving()
    {
        QFETCH(MisbehavingTcpServer::Mode, mode);
        QFETCH(bool, http);
        MisbehavingTcpServer server(mode);
        QVERIFY2(server.listenOnLoopback(), qPrintable(server.errorString()));
        const ProbeResult r
            = probe(target(http ? QStringLiteral("http://%1/metrics").arg(server.endpoint())
                                : server.endpoint()),
                    1'000);
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY(!r.detail.isEmpty());
    }

    void cliWithoutCluster()
    {
        // A configuration naming a monitor nobody runs: the CLI gives up, or the deadline
        // kills it.
        const quint16 port = ws::test::ServerProcess::freeTcpPort();
        QTemporaryFile conf;
        QVERIFY(conf.open());
        conf.write(QStringLiteral("[global]\nmon host = v2:127.0.0.1:%1\nauth client required = "
                                  "none\n")
                       .arg(port)
                       .toUtf8());
        conf.flush();
        const ProbeResult r = probe(target(QStringLiteral("ceph-cli:") + conf.fileName()), 3'000);
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY(!r.detail.isEmpty());
    }

    void stopped()
    {
        m_ceph.stopManager();
        ProbeResult r = probe(metrics());
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(QLatin1String("could not be read")), qPrintable(r.detail));
        // The monitor alone still accepts connections.
        QCOMPARE(probe(target(m_ceph.monitorEndpoint())).status, ProbeStatus::Up);
        const QString monitor = m_ceph.monitorEndpoint();
        m_ceph.stopAll();
        r = probe(target(monitor));
        QCOMPARE(r.status, ProbeStatus::Down);
        QVERIFY2(r.detail.contains(QLatin1String("refused")), qPrintable(r.detail));
    }
};

QTEST_GUILESS_MAIN(TestCephProbe)
#include "tst_CephProbe.moc"
