// AmqpFieldTable and AmqpConnectionStart: every field type RabbitMQ writes, a real broker's
// Connection.Start shape, and broken tables (truncated, lengths past the end, unknown types,
// nesting past the bound).
#include "infra/AmqpConnectionStart.h"
#include "infra/AmqpFieldTable.h"

#include <QDateTime>
#include <QTest>
#include <QtEndian>

using namespace ws;

namespace {

QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray shortStr(const QByteArray &s)
{
    return char(s.size()) + s;
}

QByteArray longStr(const QByteArray &s)
{
    return u32(quint32(s.size())) + s;
}

QByteArray table(const QByteArray &entries)
{
    return u32(quint32(entries.size())) + entries;
}

QByteArray entry(const QByteArray &name, char type, const QByteArray &value)
{
    return shortStr(name) + type + value;
}

// A table nested `depth` times inside itself.
QByteArray nested(int depth)
{
    QByteArray t = table({});
    for (int i = 0; i < depth; ++i)
        t = table(entry("n", 'F', t));
    return t;
}

} // namespace

class TestAmqpFieldTable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyType()
    {
        QByteArray e;
        e += entry("S", 'S', longStr("text"));
        e += entry("t", 't', QByteArray(1, '\1'));
        e += entry("b", 'b', QByteArray(1, '\xff'));
        e += entry("B", 'B', QByteArray(1, '\xff'));
        e += entry("s", 's', QByteArray("\xff\xfe", 2));
        e += entry("u", 'u', QByteArray("\xff\xfe", 2));
        e += entry("I", 'I', QByteArray("\xff\xff\xff\xfe", 4));
        e += entry("i", 'i', QByteArray("\xff\xff\xff\xfe", 4));
        e += entry("l", 'l', QByteArray("\x00\x00\x00\x01\x00\x00\x00\x00", 8));
        e += entry("f", 'f', QByteArray("\x3f\xc0\x00\x00", 4)); // 1.5f
        e += entry("d", 'd', QByteArray("\x40\x04\x00\x00\x00\x00\x00\x00", 8)); // 2.5
        e += entry("D", 'D', QByteArray("\x02\x00\x00\x04\xd2", 5)); // 12.34
        e += entry("T", 'T', QByteArray("\x00\x00\x00\x00\x5f\x5e\x10\x00", 8));
        e += entry("A", 'A', longStr(QByteArray("I\x00\x00\x00\x07", 5) + "V"));
        e += entry("V", 'V', {});
        e += entry("x", 'x', longStr("\x01\x02"));
        e += entry("F", 'F', table(entry("inner", 't', QByteArray(1, '\0'))));
        const QByteArray data = table(e) + "rest";
        qsizetype pos = 0;
        QVariantMap map;
        QString error;
        QVERIFY2(AmqpFieldTable::read(data, &pos, &map, &error), qPrintable(error));
        QCOMPARE(pos, data.size() - 4);
        QCOMPARE(map.value("S").toByteArray(), QByteArray("text"));
        QCOMPARE(map.value("t").toBool(), true);
        QCOMPARE(map.value("b").toInt(), -1);
        QCOMPARE(map.value("B").toInt(), 255);
        QCOMPARE(map.value("s").toInt(), -2);
        QCOMPARE(map.value("u").toInt(), 65534);
        QCOMPARE(map.value("I").toInt(), -2);
        QCOMPARE(map.value("i").toLongLong(), 4294967294LL);
        QCOMPARE(map.value("l").toLongLong(), 4294967296LL);
        QCOMPARE(map.value("f").toDouble(), 1.5);
        QCOMPARE(map.value("d").toDouble(), 2.5);
        QVERIFY(qFuzzyCompare(map.value("D").toDouble(), 12.34));
        QCOMPARE(map.value("T").toDateTime(), QDateTime::fromSecsSinceEpoch(0x5f5e1000, Qt::UTC));
        QCOMPARE(map.value("A").toList().size(), 2);
        QCOMPARE(map.value("A").toList().first().toInt(), 7);
        QVERIFY(!map.value("A").toList().last().isValid());
        QVERIFY(map.contains("V"));
        QVERIFY(!map.value("V").isValid());
        QCOMPARE(map.value("x").toByteArray(), QByteArray("\x01\x02"));
        QCOMPARE(map.value("F").toMap().value("inner").toBool(), false);
    }

    void nestingUpToTheBound()
    {
        const QByteArray data = nested(AmqpFieldTable::kMaxDepth);
        qsizetype pos = 0;
        QVariantMap map;
        QString error;
        QVERIFY2(AmqpFieldTable::read(data, &pos, &map, &error), qPrintable(error));
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected"); // part of the error
        QTest::newRow("empty") << QByteArray() << "ends early";
        QTest::newRow("length cut") << QByteArray("\x00\x00", 2) << "ends early";
        QTest::newRow("length past the end") << u32(100) + "abc"
                                             << "ends early";
        QTest::newRow("name past the table") << table(QByteArray("\x05"
                                                                 "ab",
                                                                 3))
                                             << "ends early";
        QTest::newRow("missing type") << table(shortStr("name")) << "ends early";
        QTest::newRow("unknown type") << table(entry("k", 'Z', "1")) << "unknown field type 0x5a";
        QTest::newRow("int cut") << table(entry("k", 'I', "\x01\x02")) << "ends early";
        QTest::newRow("long string past the table")
            << table(entry("k", 'S', u32(50) + "abc")) << "ends early";
        QTest::newRow("huge long string")
            << table(entry("k", 'S', u32(0xffffffff))) << "ends early";
        QTest::newRow("array past the end") << table(entry("k", 'A', u32(9) + "I")) << "ends early";
        QTest::newRow("too deep") << nested(AmqpFieldTable::kMaxDepth + 1) << "deeper";
        QTest::newRow("array too deep") << [] {
            QByteArray a = table({});
            for (int i = 0; i <= AmqpFieldTable::kMaxDepth; ++i)
                a = u32(quint32(a.size() + 1)) + 'A' + a;
            return table(entry("k", 'A', a));
        }() << "deeper";
        QTest::newRow("decimal cut") << table(entry("k", 'D', "\x02\x00")) << "ends early";
    }

    void broken()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        qsizetype pos = 0;
        QVariantMap map;
        QString error;
        QVERIFY(!AmqpFieldTable::read(data, &pos, &map, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }

    void connectionStart()
    {
        QByteArray props;
        props += entry("product", 'S', longStr("RabbitMQ"));
        props += entry("version", 'S', longStr("3.10.8"));
        props += entry("platform", 'S', longStr("Erlang/OTP 25.2.3"));
        props += entry("cluster_name", 'S', longStr("rabbit@host"));
        props += entry("capabilities", 'F',
                       table(entry("publisher_confirms", 't', QByteArray(1, '\1'))));
        const QByteArray payload = QByteArray("\x00\x0a\x00\x0a\x00\x09", 6) + table(props)
            + longStr("AMQPLAIN PLAIN") + longStr("en_US");
        AmqpConnectionStart start;
        QString error;
        QVERIFY2(AmqpConnectionStart::decode(payload, &start, &error), qPrintable(error));
        QCOMPARE(start.versionMajor, 0);
        QCOMPARE(start.versionMinor, 9);
        QCOMPARE(start.property("product"), QString("RabbitMQ"));
        QCOMPARE(start.property("version"), QString("3.10.8"));
        QCOMPARE(start.property("cluster_name"), QString("rabbit@host"));
        QCOMPARE(start.mechanisms, QStringList({"AMQPLAIN", "PLAIN"}));
        QCOMPARE(start.locales, QStringList({"en_US"}));
        QVERIFY(start.serverProperties.value("capabilities")
                    .toMap()
                    .value("publisher_confirms")
                    .toBool());
    }

    void brokenConnectionStart_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("expected");
        const QByteArray head("\x00\x0a\x00\x0a\x00\x09", 6);
        QTest::newRow("short") << QByteArray("\x00\x0a", 2) << "too short";
        QTest::newRow("other method")
            << QByteArray("\x00\x0a\x00\x1e\x00\x09", 6) + table({}) << "not Connection.Start";
        QTest::newRow("no mechanisms") << head + table({}) << "ends early";
        QTest::newRow("no locales") << head + table({}) + longStr("PLAIN") << "ends early";
        QTest::newRow("mechanisms past the end") << head + table({}) + u32(99) << "ends early";
    }

    void brokenConnectionStart()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, expected);
        AmqpConnectionStart start;
        QString error;
        QVERIFY(!AmqpConnectionStart::decode(payload, &start, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestAmqpFieldTable)
#include "tst_AmqpFieldTable.moc"
