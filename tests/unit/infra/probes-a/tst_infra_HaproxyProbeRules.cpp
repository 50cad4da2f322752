// HaproxyProbe's rules without a server: status words, one element a row with its role and
// facts, and the whole from its parts. The probe against a real haproxy is in
// tests/integration/infra/probes-a.
#include "infra/HaproxyProbe.h"
#include "infra/HaproxyStatsCsv.h"

#include <QTest>

using ws::HaproxyProbe;
using ws::ProbeElement;
using ws::ProbeStatus;

Q_DECLARE_METATYPE(ws::ProbeStatus)

class TestHaproxyProbeRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statusOfWord_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<ProbeStatus>("status");
        QTest::newRow("UP") << "UP" << ProbeStatus::Up;
        QTest::newRow("OPEN") << "OPEN" << ProbeStatus::Up;
        QTest::newRow("no check") << "no check" << ProbeStatus::Up;
        QTest::newRow("DOWN") << "DOWN" << ProbeStatus::Down;
        QTest::newRow("STOP") << "STOP" << ProbeStatus::Down;
        QTest::newRow("NOLB") << "NOLB" << ProbeStatus::Degraded;
        QTest::newRow("DRAIN") << "DRAIN" << ProbeStatus::Degraded;
        QTest::newRow("MAINT") << "MAINT" << ProbeStatus::Degraded;
        QTest::newRow("MAINT(via)") << "MAINT(via)" << ProbeStatus::Degraded;
        QTest::newRow("MAINT (resolution)") << "MAINT (resolution)" << ProbeStatus::Degraded;
        QTest::newRow("UP 1/3") << "UP 1/3" << ProbeStatus::Degraded;
        QTest::newRow("DOWN 1/2") << "DOWN 1/2" << ProbeStatus::Degraded;
        QTest::newRow("FULL") << "FULL" << ProbeStatus::Degraded;
        QTest::newRow("empty") << "" << ProbeStatus::Unknown;
        QTest::newRow("other") << "WHATEVER" << ProbeStatus::Unknown;
    }

    void statusOfWord()
    {
        QFETCH(QString, word);
        QFETCH(ProbeStatus, status);
        QCOMPARE(HaproxyProbe::statusOfWord(word), status);
    }

    void elements()
    {
        // No type column (an old release): the role comes from svname.
        const QByteArray text = "# pxname,svname,status,scur,smax,stot,act,bck,check_status,addr,\n"
                                "web,FRONTEND,OPEN,3,9,120,,,,,\n"
                                "app,app1,UP,1,4,60,1,0,L7OK,10.0.0.5:8080,\n"
                                "app,app2,DOWN 1/2,0,2,0,1,0,L4CON,10.0.0.6:8080,\n"
                                "app,BACKEND,UP,1,4,60,1,0,,,\n";
        ws::HaproxyStatsCsv csv;
        QString error;
        QVERIFY2(ws::HaproxyStatsCsv::parse(text, &csv, &error), qPrintable(error));
        const QList<ProbeElement> elements = HaproxyProbe::elementsOf(csv);
        QCOMPARE(elements.size(), 4);
        QCOMPARE(elements[0].name, QStringLiteral("web/FRONTEND"));
        QCOMPARE(elements[0].role, QStringLiteral("frontend"));
        QCOMPARE(elements[0].status, ProbeStatus::Up);
        QCOMPARE(elements[1].role, QStringLiteral("server"));
        QCOMPARE(elements[1].facts.value(QStringLiteral("address")).toString(),
                 QStringLiteral("10.0.0.5:8080"));
        QCOMPARE(elements[1].facts.value(QStringLiteral("check_status")).toString(),
                 QStringLiteral("L7OK"));
        QCOMPARE(elements[1].facts.value(QStringLiteral("stot")).toLongLong(), 60);
        QCOMPARE(elements[1].facts.value(QStringLiteral("proxy")).toString(),
                 QStringLiteral("app"));
        QCOMPARE(elements[2].detail, QStringLiteral("DOWN 1/2"));
        QCOMPARE(elements[2].status, ProbeStatus::Degraded);
        QCOMPARE(elements[3].role, QStringLiteral("backend"));
        QVERIFY(!elements[3].facts.contains(QStringLiteral("address")));
        QCOMPARE(HaproxyProbe::overallStatus(elements), ProbeStatus::Degraded);
    }

    void roleFromType()
    {
        const QByteArray text
            = "# pxname,svname,status,type,\n"
              "a,FRONTEND,OPEN,0,\nb,BACKEND,UP,1,\nb,s,UP,2,\na,sock-1,OPEN,3,\n";
        ws::HaproxyStatsCsv csv;
        QString error;
        QVERIFY(ws::HaproxyStatsCsv::parse(text, &csv, &error));
        const QList<ProbeElement> elements = HaproxyProbe::elementsOf(csv);
        QCOMPARE(elements.size(), 4);
        QCOMPARE(elements[0].role, QStringLiteral("frontend"));
        QCOMPARE(elements[1].role, QStringLiteral("backend"));
        QCOMPARE(elements[2].role, QStringLiteral("server"));
        QCOMPARE(elements[3].role, QStringLiteral("listener"));
        QCOMPARE(HaproxyProbe::overallStatus(elements), ProbeStatus::Up);
    }

    void overall_data()
    {
        QTest::addColumn<QList<int>>("parts");
        QTest::addColumn<ProbeStatus>("overall");
        const int up = int(ProbeStatus::Up);
        const int down = int(ProbeStatus::Down);
        const int degraded = int(ProbeStatus::Degraded);
        const int unknown = int(ProbeStatus::Unknown);
        QTest::newRow("nothing") << QList<int> {} << ProbeStatus::Down;
        QTest::newRow("all up") << QList<int> {up, up} << ProbeStatus::Up;
        QTest::newRow("one down") << QList<int> {up, down} << ProbeStatus::Degraded;
        QTest::newRow("all down") << QList<int> {down, down} << ProbeStatus::Degraded;
        QTest::newRow("one degraded") << QList<int> {degraded, up} << ProbeStatus::Degraded;
        QTest::newRow("unknown word") << QList<int> {unknown, up} << ProbeStatus::Up;
    }

    void overall()
    {
        QFETCH(QList<int>, parts);
        QFETCH(ProbeStatus, overall);
        QList<ProbeElement> elements;
        for (int s : parts) {
            ProbeElement e;
            e.status = static_cast<ProbeStatus>(s);
            elements << e;
        }
        QCOMPARE(HaproxyProbe::overallStatus(elements), overall);
    }
};

QTEST_GUILESS_MAIN(TestHaproxyProbeRules)
#include "tst_infra_HaproxyProbeRules.moc"
