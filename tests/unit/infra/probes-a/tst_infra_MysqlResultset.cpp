// MysqlPacketReader and MysqlResultset: framing however the bytes arrive, a text resultset as
// MariaDB sends it for SHOW GLOBAL STATUS, and broken streams and resultsets.
#include "infra/MysqlPacketReader.h"
#include "infra/MysqlResultset.h"

#include <QTest>

using ws::MysqlPacket;
using ws::MysqlPacketReader;
using ws::MysqlResultset;

namespace {

QByteArray lenenc(const QByteArray &s)
{
    return char(s.size()) + s;
}

QByteArray columnDefinition(const QByteArray &name)
{
    return lenenc("def") + lenenc("information_schema") + lenenc("SESSION_STATUS")
        + lenenc("SESSION_STATUS") + lenenc(name) + lenenc(name.toUpper())
        + QByteArray("\x0c\x2d\x00\x00\x01\x00\x00\xfd\x01\x10\x00\x00\x00", 13);
}

const QByteArray kEof("\xfe\x00\x00\x22\x00", 5);

// The packets' payloads of a SHOW GLOBAL STATUS answer with the given rows.
QList<QByteArray> statusAnswer(const QList<QPair<QByteArray, QByteArray>> &rows)
{
    QList<QByteArray> packets {QByteArray("\x02"), columnDefinition("Variable_name"),
                               columnDefinition("Value"), kEof};
    for (const auto &[name, value] : rows)
        packets << lenenc(name) + lenenc(value);
    packets << kEof;
    return packets;
}

} // namespace

class TestMysqlResultset : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void framesByteByByte()
    {
        const QByteArray stream = MysqlPacket::frame(0, "hello")
            + MysqlPacket::frame(1, QByteArray()) + MysqlPacket::frame(2, QByteArray(300, 'x'));
        MysqlPacketReader reader;
        QList<MysqlPacket> packets;
        for (const char c : stream) {
            reader.feed(QByteArray(1, c));
            MysqlPacket packet;
            while (reader.next(&packet))
                packets << packet;
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(packets.size(), 3);
        QCOMPARE(packets[0].payload, QByteArray("hello"));
        QCOMPARE(packets[1].sequence, quint8(1));
        QVERIFY(packets[1].payload.isEmpty());
        QCOMPARE(packets[2].payload.size(), 300);
        QCOMPARE(reader.buffered(), 0);
    }

    void frameHeader()
    {
        QCOMPARE(MysqlPacket::frame(3, QByteArray(0x010203, 'a')).left(4),
                 QByteArray("\x03\x02\x01\x03"));
    }

    void oversizedPacketIsGarbageAtOnce()
    {
        MysqlPacketReader reader(4096);
        reader.feed(QByteArray("\x01\x10\x00\x00\x0a", 5)); // 4097 bytes announced
        MysqlPacket packet;
        QVERIFY(!reader.next(&packet));
        QVERIFY(reader.hasError());
        QVERIFY2(reader.errorString().contains(QLatin1String("4097")),
                 qPrintable(reader.errorString()));
    }

    void status()
    {
        MysqlResultset set;
        const auto packets
            = statusAnswer({{"Uptime", "42"}, {"Threads_connected", "1"}, {"Empty", ""}});
        for (qsizetype i = 0; i + 1 < packets.size(); ++i)
            QCOMPARE(set.add(packets[i]), MysqlResultset::State::NeedMore);
        QCOMPARE(set.add(packets.last()), MysqlResultset::State::Done);
        QCOMPARE(set.columns(), (QStringList {"Variable_name", "Value"}));
        QCOMPARE(set.rows().size(), 3);
        QCOMPARE(set.rows()[0], (QStringList {"Uptime", "42"}));
        QVERIFY(!set.rows()[2][1].isNull());
        QVERIFY(set.rows()[2][1].isEmpty());
    }

    void nullAndLongValues()
    {
        QList<QByteArray> packets {QByteArray("\x02"), columnDefinition("a"), columnDefinition("b"),
                                   kEof};
        const QByteArray longValue(300, 'v');
        packets << QByteArray("\xfb") + QByteArray("\xfc\x2c\x01", 3) + longValue << kEof;
        MysqlResultset set;
        for (const QByteArray &p : packets)
            set.add(p);
        QCOMPARE(set.state(), MysqlResultset::State::Done);
        QVERIFY(set.rows()[0][0].isNull());
        QCOMPARE(set.rows()[0][1], QString::fromLatin1(longValue));
    }

    void okInsteadOfResultset()
    {
        MysqlResultset set;
        QCOMPARE(set.add(QByteArray("\x00\x00\x00\x02\x00\x00\x00", 7)),
                 MysqlResultset::State::Done);
        QVERIFY(set.columns().isEmpty());
    }

    void serverError()
    {
        MysqlResultset set;
        QCOMPARE(set.add(QByteArray("\xff\x7a\x04#42S02Table 'x' doesn't exist")),
                 MysqlResultset::State::Failed);
        QVERIFY(set.hasServerError());
        QCOMPARE(set.serverError().code, quint16(1146));
        QVERIFY2(set.errorString().contains(QLatin1String("1146")), qPrintable(set.errorString()));
    }

    void broken_data()
    {
        QTest::addColumn<QList<QByteArray>>("packets");
        QTest::addColumn<QString>("reasonContains");
        const QByteArray def = columnDefinition("a");
        QTest::newRow("empty packet") << QList<QByteArray> {QByteArray()} << "empty packet";
        QTest::newRow("null column count")
            << QList<QByteArray> {QByteArray("\xfb")} << "column count";
        QTest::newRow("count with trailing bytes")
            << QList<QByteArray> {QByteArray("\x02\x02")} << "column count";
        QTest::newRow("count 0xff") << QList<QByteArray> {QByteArray("\xfe\xff")} << "column count";
        QTest::newRow("too many columns")
            << QList<QByteArray> {QByteArray("\xfc\x00\x20", 3)} << "announces";
        QTest::newRow("eof before all definitions")
            << QList<QByteArray> {QByteArray("\x02"), def, kEof} << "defines 1 of its 2";
        QTest::newRow("more definitions than announced")
            << QList<QByteArray> {QByteArray("\x01"), def, def} << "more columns";
        QTest::newRow("definition cut off")
            << QList<QByteArray> {QByteArray("\x01"), def.left(10)} << "cut off";
        QTest::newRow("row cut off") << QList<QByteArray> {QByteArray("\x01"), def, kEof,
                                                           QByteArray("\x05"
                                                                      "ab")}
                                     << "row 1";
        QTest::newRow("row with extra values") << QList<QByteArray> {QByteArray("\x01"), def, kEof,
                                                                     QByteArray("\x01"
                                                                                "a\x01"
                                                                                "b")}
                                               << "more values";
        QTest::newRow("row with 8-byte length")
            << QList<QByteArray> {QByteArray("\x01"), def, kEof,
                                  QByteArray("\xfe\xff\xff\xff\xff\xff\xff\xff\x7f"
                                             "a")}
            << "cut off";
        QTest::newRow("broken error")
            << QList<QByteArray> {QByteArray("\xff\x01")} << "broken error";
    }

    void broken()
    {
        QFETCH(QList<QByteArray>, packets);
        QFETCH(QString, reasonContains);
        MysqlResultset set;
        for (const QByteArray &p : packets)
            set.add(p);
        QCOMPARE(set.state(), MysqlResultset::State::Failed);
        QVERIFY2(set.errorString().contains(reasonContains), qPrintable(set.errorString()));
    }
};

QTEST_GUILESS_MAIN(TestMysqlResultset)
#include "tst_infra_MysqlResultset.moc"
