// MemcachedReply: replies to `version` and `stats` however the bytes arrive; error replies and
// garbage fail at once with a reason.
#include "infra/MemcachedReply.h"

#include <QTest>

using ws::MemcachedReply;

class TestMemcachedReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionWhole()
    {
        MemcachedReply reply(MemcachedReply::Command::Version);
        QCOMPARE(reply.feed("VERSION 1.6.18\r\n"), MemcachedReply::State::Complete);
        QCOMPARE(reply.version(), QStringLiteral("1.6.18"));
    }

    void statsByteByByte()
    {
        const QByteArray answer = "STAT pid 4242\r\nSTAT uptime 17\r\nSTAT version 1.6.18\r\n"
                                  "STAT curr_items 3\r\nSTAT rusage_user 0.012000\r\nEND\r\n";
        MemcachedReply reply(MemcachedReply::Command::Stats);
        for (qsizetype i = 0; i + 1 < answer.size(); ++i)
            QCOMPARE(reply.feed(answer.mid(i, 1)), MemcachedReply::State::Incomplete);
        QCOMPARE(reply.feed(answer.right(1)), MemcachedReply::State::Complete);
        QCOMPARE(reply.stats().size(), 5);
        QCOMPARE(reply.stat(QStringLiteral("pid")), QStringLiteral("4242"));
        QCOMPARE(reply.stat(QStringLiteral("rusage_user")), QStringLiteral("0.012000"));
        QVERIFY(reply.stat(QStringLiteral("absent")).isNull());
    }

    void statsInTwoChunksSplitInsideLineEnd()
    {
        MemcachedReply reply(MemcachedReply::Command::Stats);
        QCOMPARE(reply.feed("STAT pid 1\r"), MemcachedReply::State::Incomplete);
        QCOMPARE(reply.feed("\nEN"), MemcachedReply::State::Incomplete);
        QCOMPARE(reply.feed("D\r\n"), MemcachedReply::State::Complete);
        QCOMPARE(reply.stat(QStringLiteral("pid")), QStringLiteral("1"));
    }

    void emptyStats()
    {
        MemcachedReply reply(MemcachedReply::Command::Stats);
        QCOMPARE(reply.feed("END\r\n"), MemcachedReply::State::Complete);
        QVERIFY(reply.stats().isEmpty());
    }

    void broken_data()
    {
        QTest::addColumn<int>("command");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("reasonContains");
        const int version = int(MemcachedReply::Command::Version);
        const int stats = int(MemcachedReply::Command::Stats);
        QTest::newRow("error") << version << QByteArray("ERROR\r\n") << "ERROR";
        QTest::newRow("client error")
            << stats << QByteArray("CLIENT_ERROR bad command\r\n") << "CLIENT_ERROR bad command";
        QTest::newRow("server error")
            << stats << QByteArray("SERVER_ERROR out of memory\r\n") << "SERVER_ERROR";
        QTest::newRow("http") << version << QByteArray("HTTP/1.1 400 Bad Request\r\n")
                              << "where memcached says VERSION";
        QTest::newRow("http without line end yet")
            << version << QByteArray("HTTP/1.1 4") << "not memcached";
        QTest::newRow("binary at once")
            << version << QByteArray("\x81\x0b\x00\x00", 4) << "not memcached";
        QTest::newRow("empty version") << version << QByteArray("VERSION \r\n") << "VERSION";
        QTest::newRow("stat line in version reply")
            << version << QByteArray("STAT pid 1\r\n") << "where memcached says VERSION";
        QTest::newRow("stat without value")
            << stats << QByteArray("STAT pid\r\n") << "without a value";
        QTest::newRow("stat without name")
            << stats << QByteArray("STAT  1\r\n") << "without a value";
        QTest::newRow("version among stats")
            << stats << QByteArray("STAT pid 1\r\nVERSION 1\r\n") << "among its stats";
        QTest::newRow("control byte in line")
            << stats << QByteArray("STAT pid \x01\r\n") << "not memcached";
        QTest::newRow("endless line")
            << stats << (QByteArray("STAT x ") + QByteArray(5000, 'a')) << "longer than";
        QByteArray many;
        for (int i = 0; i <= MemcachedReply::kMaxStats; ++i)
            many += "STAT s" + QByteArray::number(i) + " 1\r\n";
        QTest::newRow("too many stats") << stats << many << "more than";
    }

    void broken()
    {
        QFETCH(int, command);
        QFETCH(QByteArray, input);
        QFETCH(QString, reasonContains);
        MemcachedReply reply(static_cast<MemcachedReply::Command>(command));
        QCOMPARE(reply.feed(input), MemcachedReply::State::Failed);
        QVERIFY2(reply.errorString().contains(reasonContains), qPrintable(reply.errorString()));
        // Once failed, more bytes change nothing.
        QCOMPARE(reply.feed("END\r\n"), MemcachedReply::State::Failed);
    }
};

QTEST_GUILESS_MAIN(TestMemcachedReply)
#include "tst_infra_MemcachedReply.moc"
