// HaproxyStatsCsv: HAProxy 2.6's CSV read by header name, columns in another order or appended,
// quoted fields, and answers that are not HAProxy's CSV.
#include "infra/HaproxyStatsCsv.h"

#include <QTest>

using ws::HaproxyStatsCsv;

namespace {

// The first columns of HAProxy 2.6's `show stat`, trimmed of the long tail for readability.
const QByteArray kCsv
    = "# pxname,svname,qcur,qmax,scur,smax,slim,stot,bin,bout,dreq,dresp,ereq,econ,eresp,wretr,"
      "wredis,status,weight,act,bck,chkfail,chkdown,lastchg,downtime,qlimit,pid,iid,sid,"
      "throttle,lbtot,tracked,type,rate,rate_lim,rate_max,check_status,\n"
      "stats,FRONTEND,,,1,2,262124,5,,,,,,,,,,OPEN,,,,,,,,,1,2,0,,,,0,0,0,1,,\n"
      "live,live1,0,0,0,1,,3,,,,,,,,,,UP,1,1,0,0,0,12,0,,1,3,1,,3,,2,0,,1,L4OK,\n"
      "live,BACKEND,0,0,0,1,26213,3,,,,,,,,,,UP,1,1,0,,0,12,0,,1,3,0,,3,,1,0,,1,,\n"
      "\n";

} // namespace

class TestHaproxyStatsCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byName()
    {
        HaproxyStatsCsv csv;
        QString error;
        QVERIFY2(HaproxyStatsCsv::parse(kCsv, &csv, &error), qPrintable(error));
        QCOMPARE(csv.rowCount(), 3);
        QCOMPARE(csv.columns().first(), QStringLiteral("pxname"));
        QCOMPARE(csv.columns().last(), QStringLiteral("check_status")); // trailing comma dropped
        QCOMPARE(csv.value(1, QStringLiteral("svname")), QStringLiteral("live1"));
        QCOMPARE(csv.value(1, QStringLiteral("status")), QStringLiteral("UP"));
        QCOMPARE(csv.value(1, QStringLiteral("check_status")), QStringLiteral("L4OK"));
        QCOMPARE(csv.value(0, QStringLiteral("type")), QStringLiteral("0"));
        QVERIFY(csv.value(0, QStringLiteral("no_such_column")).isEmpty());
        QVERIFY(csv.value(7, QStringLiteral("status")).isEmpty());
    }

    void otherOrderAndNewColumns()
    {
        const QByteArray text = "# status,svname,newer_column,pxname,\r\n"
                                "DOWN,s1,x,web,\r\n"
                                "no check,s2,,web\r\n"; // a line without the trailing comma
        HaproxyStatsCsv csv;
        QString error;
        QVERIFY2(HaproxyStatsCsv::parse(text, &csv, &error), qPrintable(error));
        QCOMPARE(csv.rowCount(), 2);
        QCOMPARE(csv.value(0, QStringLiteral("pxname")), QStringLiteral("web"));
        QCOMPARE(csv.value(0, QStringLiteral("status")), QStringLiteral("DOWN"));
        QCOMPARE(csv.value(1, QStringLiteral("status")), QStringLiteral("no check"));
        QCOMPARE(csv.value(1, QStringLiteral("pxname")), QStringLiteral("web"));
    }

    void quotedField()
    {
        const QByteArray text = "# pxname,svname,status,last_chk,\n"
                                "b,s,DOWN,\"Layer4 timeout, \"\"retry\"\"\",\n";
        HaproxyStatsCsv csv;
        QString error;
        QVERIFY2(HaproxyStatsCsv::parse(text, &csv, &error), qPrintable(error));
        QCOMPARE(csv.value(0, QStringLiteral("last_chk")),
                 QStringLiteral("Layer4 timeout, \"retry\""));
    }

    void headerOnly()
    {
        HaproxyStatsCsv csv;
        QString error;
        QVERIFY(HaproxyStatsCsv::parse("# pxname,svname,status,\n", &csv, &error));
        QCOMPARE(csv.rowCount(), 0);
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reasonContains");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("blank lines") << QByteArray("\n\r\n\n") << "empty";
        QTest::newRow("html") << QByteArray("<html><body>stats</body></html>\n") << "<html>";
        QTest::newRow("header without '# '")
            << QByteArray("pxname,svname,status,\n") << "CSV header";
        QTest::newRow("unknown command") << QByteArray("Unknown command.\n") << "CSV header";
        QTest::newRow("no status column") << QByteArray("# pxname,svname,\nx,y,\n") << "'status'";
        QTest::newRow("no pxname column") << QByteArray("# a,svname,status,\n") << "'pxname'";
        QTest::newRow("binary") << QByteArray("# pxname,svname,status,\n\0\0", 26) << "binary";
        QTest::newRow("unterminated quote in header")
            << QByteArray("# pxname,\"svname,status,\n") << "unterminated";
        QTest::newRow("unterminated quote in row")
            << QByteArray("# pxname,svname,status,\na,\"b,UP,\n") << "line 2";
        QByteArray wide = "# pxname,svname,status";
        for (int i = 0; i < 1001; ++i)
            wide += ",c" + QByteArray::number(i);
        QTest::newRow("too many columns") << wide << "columns";
    }

    void broken()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reasonContains);
        HaproxyStatsCsv csv;
        QString error;
        QVERIFY(!HaproxyStatsCsv::parse(text, &csv, &error));
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestHaproxyStatsCsv)
#include "tst_infra_HaproxyStatsCsv.moc"
