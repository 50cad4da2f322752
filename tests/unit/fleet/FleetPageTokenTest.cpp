// FleetPageToken: fleet's tokens decode to their limit and page, anything else does not (the
// client then follows tokens one by one instead of asking ahead).
#include "fleet/FleetPageToken.h"

#include <QtTest>

using namespace ws;

class FleetPageTokenTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<int>("page");
        QTest::newRow("fleet's default, page 2") << 100 << 2;
        QTest::newRow("one a page") << 1 << 7;
        QTest::newRow("largest") << 65535 << 65535;
    }
    void roundTrip()
    {
        QFETCH(int, limit);
        QFETCH(int, page);
        const QString token = FleetPageToken {quint16(limit), quint16(page)}.encode();
        const auto back = FleetPageToken::decode(token);
        QVERIFY(back.has_value());
        QCOMPARE(int(back->limit), limit);
        QCOMPARE(int(back->page), page);
    }

    void knownToken()
    {
        // Limit 1, page 2 as fleet's api/pagination.go writes it: two little-endian uint16
        // (binary.Write), base64 with URL encoding and padding. (The recorded transcript
        // holds no token: its lists fit in one page.)
        const auto t = FleetPageToken::decode(QStringLiteral("AQACAA=="));
        QVERIFY(t.has_value());
        QCOMPARE(int(t->limit), 1);
        QCOMPARE(int(t->page), 2);
    }

    void notFleets_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("not base64") << QStringLiteral("!!!!");
        QTest::newRow("too long") << QStringLiteral("AQACAAAA");
        QTest::newRow("too short") << QStringLiteral("AQA=");
        QTest::newRow("unpadded") << QStringLiteral("AQACAA");
        QTest::newRow("zero limit") << QStringLiteral("AAACAA==");
        QTest::newRow("page zero") << QStringLiteral("AQAAAA==");
        QTest::newRow("opaque cursor") << QStringLiteral("eyJvZmZzZXQiOjEwMH0=");
    }
    void notFleets()
    {
        QFETCH(QString, token);
        QVERIFY(!FleetPageToken::decode(token).has_value());
    }
};

QTEST_GUILESS_MAIN(FleetPageTokenTest)
#include "FleetPageTokenTest.moc"
