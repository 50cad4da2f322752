// AmqpFrameReader: a frame however the bytes arrive, the server's own protocol header, and
// bytes that are not AMQP.
#include "infra/AmqpFrameReader.h"

#include <QTest>

using namespace ws;

namespace {

QByteArray frame(quint8 type, const QByteArray &payload, char end = '\xce')
{
    QByteArray f;
    f += char(type);
    f += QByteArray("\x00\x00", 2);
    const quint32 size = quint32(payload.size());
    f += char(size >> 24);
    f += char(size >> 16);
    f += char(size >> 8);
    f += char(size);
    return f + payload + end;
}

} // namespace

class TestAmqpFrameReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeFrame()
    {
        AmqpFrameReader reader;
        QCOMPARE(reader.feed(frame(1, "payload")), AmqpFrameReader::State::Frame);
        QCOMPARE(reader.frame().type, 1);
        QCOMPARE(reader.frame().channel, 0);
        QCOMPARE(reader.frame().payload, QByteArray("payload"));
    }

    void byteByByte()
    {
        const QByteArray bytes = frame(1, QByteArray(300, 'x'));
        AmqpFrameReader reader;
        for (qsizetype i = 0; i + 1 < bytes.size(); ++i)
            QCOMPARE(reader.feed(bytes.mid(i, 1)), AmqpFrameReader::State::NeedMore);
        QCOMPARE(reader.feed(bytes.right(1)), AmqpFrameReader::State::Frame);
        QCOMPARE(reader.frame().payload.size(), 300);
    }

    void extraBytesAfterTheFrameAreIgnored()
    {
        AmqpFrameReader reader;
        QCOMPARE(reader.feed(frame(1, "a") + frame(8, {})), AmqpFrameReader::State::Frame);
        QCOMPARE(reader.frame().payload, QByteArray("a"));
    }

    void protocolHeader_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("version");
        QTest::newRow("1.0") << QByteArray("AMQP\x00\x01\x00\x00", 8) << "1-0-0";
        QTest::newRow("0-9-1") << QByteArray("AMQP\x00\x00\x09\x01", 8) << "0-9-1";
        QTest::newRow("0-8") << QByteArray("AMQP\x01\x01\x00\x08", 8) << "1-0-8";
        QTest::newRow("1.0 sasl") << QByteArray("AMQP\x03\x01\x00\x00", 8)
                                  << "1-0-0 (protocol id 3)";
    }

    void protocolHeader()
    {
        QFETCH(QByteArray, header);
        QFETCH(QString, version);
        AmqpFrameReader reader;
        QCOMPARE(reader.feed(header.left(5)), AmqpFrameReader::State::NeedMore);
        QCOMPARE(reader.feed(header.mid(5)), AmqpFrameReader::State::ProtocolHeader);
        QCOMPARE(reader.protocolVersion(), version);
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << "not an AMQP frame";
        QTest::newRow("ssh") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << "not an AMQP frame";
        QTest::newRow("type 0") << QByteArray(8, '\0') << "type 0";
        QTest::newRow("bad frame end") << frame(1, "abc", '\x00') << "does not end with 0xCE";
        QTest::newRow("almost AMQP")
            << QByteArray("AMQX\x00\x00\x09\x01", 8) << "not an AMQP frame";
        QTest::newRow("huge size")
            << QByteArray("\x01\x00\x00\xff\xff\xff\xff", 7) << "announced a frame";
    }

    void broken()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        AmqpFrameReader reader;
        QCOMPARE(reader.feed(bytes), AmqpFrameReader::State::Error);
        QVERIFY2(reader.errorString().contains(expected), qPrintable(reader.errorString()));
        // It stays in error whatever comes next.
        QCOMPARE(reader.feed(frame(1, "x")), AmqpFrameReader::State::Error);
    }

    void truncatedStaysIncomplete_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray f = frame(1, "payload");
        for (int n : {1, 3, 6, 7, 10, int(f.size()) - 1})
            QTest::newRow(qPrintable(QString::number(n))) << f.left(n);
        QTest::newRow("AMQ") << QByteArray("AMQ");
    }

    void truncatedStaysIncomplete()
    {
        QFETCH(QByteArray, bytes);
        AmqpFrameReader reader;
        QCOMPARE(reader.feed(bytes), AmqpFrameReader::State::NeedMore);
    }
};

QTEST_GUILESS_MAIN(TestAmqpFrameReader)
#include "tst_AmqpFrameReader.moc"
