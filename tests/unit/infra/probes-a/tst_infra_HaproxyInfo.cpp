// HaproxyInfo: `show info` as HAProxy 2.6 answers it, the version line of the HTML stats page,
// and answers that are not either.
#include "infra/HaproxyInfo.h"

#include <QTest>

using ws::HaproxyInfo;

class TestHaproxyInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showInfo()
    {
        const QByteArray text = "Name: HAProxy\nVersion: 2.6.12-1+deb12u4\n"
                                "Release_date: 2026/10/17\nNbthread: 2\nPid: 4242\n"
                                "Uptime: 0d 0h00m03s\nUptime_sec: 3\nCurrConns: 1\n"
                                "description: \n\n";
        HaproxyInfo info;
        QVERIFY(HaproxyInfo::parse(text, &info));
        QCOMPARE(info.version(), QStringLiteral("2.6.12-1+deb12u4"));
        QCOMPARE(info.value(QStringLiteral("Uptime_sec")), QStringLiteral("3"));
        QCOMPARE(info.value(QStringLiteral("Uptime")), QStringLiteral("0d 0h00m03s"));
        QVERIFY(info.value(QStringLiteral("description")).isEmpty());
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unknown command") << QByteArray("Unknown command: 'show inf'\n");
        QTest::newRow("no version") << QByteArray("Name: HAProxy\nPid: 1\n");
        QTest::newRow("empty version") << QByteArray("Name: HAProxy\nVersion:\n");
        QTest::newRow("csv") << QByteArray("# pxname,svname,status,\n");
        QTest::newRow("binary") << QByteArray("\0\x01:\x02\n", 5);
    }

    void broken()
    {
        QFETCH(QByteArray, text);
        HaproxyInfo info;
        QVERIFY(!HaproxyInfo::parse(text, &info));
    }

    void statsPageVersion_data()
    {
        QTest::addColumn<QByteArray>("html");
        QTest::addColumn<QString>("version");
        QTest::newRow("2.6") << QByteArray("<body><h1><a href=\"http://www.haproxy.org/\">HAProxy "
                                           "version 2.6.12-1+deb12u4, released 2026/10/17</a>"
                                           "</h1>")
                             << "2.6.12-1+deb12u4";
        QTest::newRow("hidden") << QByteArray("<h1>Statistics Report</h1>") << QString();
        QTest::newRow("no number") << QByteArray("HAProxy version , released") << QString();
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void statsPageVersion()
    {
        QFETCH(QByteArray, html);
        QFETCH(QString, version);
        QCOMPARE(HaproxyInfo::versionFromStatsPage(html), version);
    }
};

QTEST_GUILESS_MAIN(TestHaproxyInfo)
#include "tst_infra_HaproxyInfo.moc"
