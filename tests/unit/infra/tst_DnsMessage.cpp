// DnsQuery and DnsMessage: the query we send, replies as PowerDNS writes them (compressed
// names), and broken replies: truncated, pointers that loop or point forward, lengths past the
// end, names over 255 bytes.
#include "infra/DnsMessage.h"
#include "infra/DnsQuery.h"

#include <QTest>
#include <QtEndian>

using namespace ws;

namespace {

QByteArray u16(quint16 v)
{
    QByteArray b(2, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray u32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray header(quint16 id, quint16 flags, quint16 qd, quint16 an, quint16 ns = 0)
{
    return u16(id) + u16(flags) + u16(qd) + u16(an) + u16(ns) + u16(0);
}

const QByteArray kName("\x07"
                       "example\x03"
                       "org\x00",
                       13);

// A reply as PowerDNS sends it: the question, then the SOA whose owner points at the question's
// name (offset 12) and whose mname/rname use pointers into it too.
QByteArray soaReply(quint16 id, quint16 flags)
{
    QByteArray m = header(id, flags, 1, 1) + kName + u16(6) + u16(1);
    QByteArray rdata = QByteArray("\x03ns1\xc0\x0c", 6) + QByteArray("\x0ahostmaster\xc0\x0c", 13)
        + u32(2024010101) + u32(10800) + u32(3600) + u32(604800) + u32(3600);
    m += QByteArray("\xc0\x0c", 2) + u16(6) + u16(1) + u32(3600) + u16(quint16(rdata.size()))
        + rdata;
    return m;
}

} // namespace

class TestDnsMessage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void query()
    {
        QByteArray q;
        QString error;
        QVERIFY(DnsQuery::build(0x1234, "example.org.", DnsQuery::SOA, &q, &error));
        QCOMPARE(q, header(0x1234, 0, 1, 0) + kName + u16(6) + u16(1));
        QCOMPARE(DnsQuery::framedForTcp(q), u16(quint16(q.size())) + q);
        // Our own query parses as a message with its question.
        DnsMessage m;
        QVERIFY(DnsMessage::parse(q, &m, &error));
        QCOMPARE(m.questionName, QString("example.org"));
        QCOMPARE(m.questionType, quint16(6));
        QVERIFY(!m.qr);
    }

    void badNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty label") << "a..org";
        QTest::newRow("long label") << QString(64, 'a') + ".org";
        QTest::newRow("long name") << (QString(60, 'a') + ".").repeated(5) + "org";
    }

    void badNames()
    {
        QFETCH(QString, name);
        QByteArray q;
        QString error;
        QVERIFY(!DnsQuery::build(1, name, DnsQuery::SOA, &q, &error));
        QVERIFY(!error.isEmpty());
    }

    void soaAnswer()
    {
        DnsMessage m;
        QString error;
        QVERIFY2(DnsMessage::parse(soaReply(0xbeef, 0x8400), &m, &error), qPrintable(error));
        QCOMPARE(m.id, quint16(0xbeef));
        QVERIFY(m.qr);
        QVERIFY(m.aa);
        QVERIFY(!m.tc);
        QCOMPARE(m.rcode, 0);
        QCOMPARE(m.answers.size(), 1);
        const DnsRecord *soa = m.soaAnswer();
        QVERIFY(soa);
        QCOMPARE(soa->name, QString("example.org"));
        QCOMPARE(soa->soa.mname, QString("ns1.example.org"));
        QCOMPARE(soa->soa.rname, QString("hostmaster.example.org"));
        QCOMPARE(soa->soa.serial, 2024010101u);
        QCOMPARE(soa->soa.minimum, 3600u);
    }

    void refused()
    {
        DnsMessage m;
        QString error;
        QVERIFY(DnsMessage::parse(header(7, 0x8005, 1, 0) + kName + u16(6) + u16(1), &m, &error));
        QCOMPARE(m.rcode, int(DnsMessage::Refused));
        QCOMPARE(DnsMessage::rcodeName(m.rcode), QString("REFUSED"));
        QVERIFY(!m.aa);
        QVERIFY(!m.soaAnswer());
    }

    void truncatedWithTcIsAccepted()
    {
        // TC=1 and the answer cut in the middle: the header is what counts.
        const QByteArray cut = soaReply(9, 0x8600).left(40);
        DnsMessage m;
        QString error;
        QVERIFY2(DnsMessage::parse(cut, &m, &error), qPrintable(error));
        QVERIFY(m.tc);
        QVERIFY(m.answers.isEmpty());
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("expected");
        const QByteArray good = soaReply(1, 0x8400);
        QTest::newRow("empty") << QByteArray() << "shorter than its 12-byte header";
        QTest::newRow("header only, one question") << header(1, 0x8400, 1, 0) << "ends early";
        for (int cut : {20, 25, 29, 31, 35, 40, int(good.size()) - 1})
            QTest::newRow(qPrintable(QStringLiteral("cut at %1").arg(cut)))
                << good.left(cut) << "ends early";
        QTest::newRow("pointer to itself") << header(1, 0x8400, 1, 0) + QByteArray("\xc0\x0c", 2)
                + u16(6) + u16(1) << "loops or points forward";
        QTest::newRow("pointer forward") << header(1, 0x8400, 1, 0) + QByteArray("\xc0\x20", 2)
                + u16(6) + u16(1) << "loops or points forward";
        // Two names pointing at each other: the first jumps back from offset 14 to 12,
        // which jumps forward to 14.
        QTest::newRow("pointer loop") << header(1, 0x8400, 1, 0) + QByteArray("\xc0\x0e\xc0\x0c", 4)
                + u16(6) + u16(1) << "loops or points forward";
        QTest::newRow("reserved label type") << header(1, 0x8400, 1, 0)
                + QByteArray("\x40"
                             "abc",
                             4) << "reserved label type";
        QTest::newRow("name over 255") << [] {
            QByteArray name;
            for (int i = 0; i < 5; ++i)
                name += char(60) + QByteArray(60, 'a');
            return header(1, 0x8400, 1, 0) + name + '\0' + u16(6) + u16(1);
        }() << "longer than 255";
        QTest::newRow("rdata past the end") << header(1, 0x8400, 1, 1) + kName + u16(6) + u16(1)
                + QByteArray("\xc0\x0c", 2) + u16(6) + u16(1) + u32(1) + u16(500) + "abc"
                                            << "ends early";
        QTest::newRow("soa shorter than its fields")
            << header(1, 0x8400, 1, 1) + kName + u16(6) + u16(1) + QByteArray("\xc0\x0c", 2)
                + u16(6) + u16(1) + u32(1) + u16(8) + QByteArray("\xc0\x0c\xc0\x0c", 4) + u32(5)
            << "shorter than its fields";
        QTest::newRow("more answers than there are")
            << header(1, 0x8400, 1, 3) + good.mid(12) << "ends early";
    }

    void broken()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, expected);
        DnsMessage m;
        QString error;
        QVERIFY(!DnsMessage::parse(data, &m, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestDnsMessage)
#include "tst_DnsMessage.moc"
