// MysqlGreeting and MysqlErrorPacket: a real MariaDB greeting, MySQL's, pre-handshake errors
// without SQLSTATE, and broken greetings.
#include "infra/MysqlGreeting.h"

#include <QTest>

using ws::MysqlErrorPacket;
using ws::MysqlGreeting;

namespace {

// The greeting payload of Debian 12's MariaDB 10.11 (captured, scramble replaced).
QByteArray mariadbGreeting()
{
    QByteArray p;
    p += '\x0a';
    p += QByteArray("5.5.5-10.11.6-MariaDB-0+deb12u1") + '\0';
    p += QByteArray("\x04\x00\x00\x00", 4); // connection id 4
    p += "abcdefgh"; // scramble part 1
    p += '\0';
    p += QByteArray("\xfe\xf7", 2); // capabilities low
    p += '\x08'; // charset
    p += QByteArray("\x02\x00", 2); // status
    p += QByteArray("\xff\x81", 2); // capabilities high
    p += '\x15'; // auth data length 21
    p += QByteArray(6, '\0');
    p += QByteArray("\x1d\x00\x00\x00", 4); // MariaDB's extended capabilities
    p += QByteArray("ijklmnopqrst") + '\0'; // scramble part 2
    p += QByteArray("mysql_native_password") + '\0';
    return p;
}

} // namespace

class TestMysqlGreeting : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mariadb()
    {
        MysqlGreeting g;
        QString error;
        QVERIFY2(MysqlGreeting::parse(mariadbGreeting(), &g, &error), qPrintable(error));
        QCOMPARE(g.serverVersion, QStringLiteral("5.5.5-10.11.6-MariaDB-0+deb12u1"));
        QCOMPARE(g.version(), QStringLiteral("10.11.6-MariaDB-0+deb12u1"));
        QVERIFY(g.isMariaDb());
        QCOMPARE(g.connectionId, 4u);
        QCOMPARE(g.scramble, QByteArray("abcdefghijklmnopqrst"));
        QVERIFY(g.capabilities & MysqlGreeting::kClientProtocol41);
        QVERIFY(g.capabilities & MysqlGreeting::kClientPluginAuth);
        QCOMPARE(g.authPluginName, QStringLiteral("mysql_native_password"));
    }

    void mysqlKeepsItsVersion()
    {
        QByteArray p = mariadbGreeting();
        p.replace("5.5.5-10.11.6-MariaDB-0+deb12u1", "8.0.36");
        MysqlGreeting g;
        QString error;
        QVERIFY2(MysqlGreeting::parse(p, &g, &error), qPrintable(error));
        QCOMPARE(g.version(), QStringLiteral("8.0.36"));
        QVERIFY(!g.isMariaDb());
    }

    void oldServerWithoutSecondPart()
    {
        // A 4.0-era greeting ends after the low capability flags.
        QByteArray p = QByteArray("\x0a") + "4.0.27" + '\0' + QByteArray("\x01\x00\x00\x00", 4)
            + "abcdefgh" + '\0' + QByteArray("\x2c\x20", 2);
        MysqlGreeting g;
        QString error;
        QVERIFY2(MysqlGreeting::parse(p, &g, &error), qPrintable(error));
        QCOMPARE(g.version(), QStringLiteral("4.0.27"));
        QVERIFY(!(g.capabilities & MysqlGreeting::kClientProtocol41));
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("reasonContains");
        const QByteArray good = mariadbGreeting();
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("protocol 9") << (QByteArray("\x09") + good.mid(1)) << "protocol version 9";
        QTest::newRow("http") << QByteArray("HTTP/1.1 400 Bad Request\r\n") << "protocol version";
        QTest::newRow("version never ends") << QByteArray("\x0a"
                                                          "10.11.6")
                                            << "never ends";
        QTest::newRow("empty version") << QByteArray("\x0a\0abcd", 6) << "not text";
        QTest::newRow("binary version") << QByteArray("\x0a\x01\x02\0", 4) << "not text";
        QTest::newRow("ends after version") << good.left(33) << "ends after";
        QTest::newRow("cut after capabilities")
            << good.left(good.indexOf('\0') + 1 + 15 + 3) << "cut off after";
        QTest::newRow("cut in scramble")
            << good.left(good.indexOf('\0') + 1 + 15 + 16 + 4) << "cut off in the scramble";
    }

    void broken()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, reasonContains);
        MysqlGreeting g;
        QString error;
        QVERIFY(!MysqlGreeting::parse(payload, &g, &error));
        QVERIFY2(error.contains(reasonContains), qPrintable(error));
    }

    void errorWithSqlState()
    {
        MysqlErrorPacket e;
        QVERIFY(
            MysqlErrorPacket::parse(QByteArray("\xff\x15\x04#28000Access denied for user"), &e));
        QCOMPARE(e.code, quint16(1045));
        QCOMPARE(e.sqlState, QStringLiteral("28000"));
        QCOMPARE(e.message, QStringLiteral("Access denied for user"));
    }

    void hostBlockedHasNoSqlState()
    {
        // What MariaDB sends instead of a greeting once the host is blocked.
        MysqlErrorPacket e;
        QVERIFY(MysqlErrorPacket::parse(
            QByteArray("\xff\x69\x04Host '192.0.2.2' is blocked because of many connection "
                       "errors;\nunblock with 'mariadb-admin flush-hosts'"),
            &e));
        QCOMPARE(e.code, quint16(1129));
        QVERIFY(e.sqlState.isEmpty());
        QVERIFY(e.message.startsWith(QLatin1String("Host '192.0.2.2' is blocked")));
        QVERIFY(!e.message.contains(QLatin1Char('\n')));
    }

    void brokenError_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("no code") << QByteArray("\xff");
        QTest::newRow("half a code") << QByteArray("\xff\x15");
        QTest::newRow("not an error") << QByteArray("\x00\x15\x04", 3);
    }

    void brokenError()
    {
        QFETCH(QByteArray, payload);
        MysqlErrorPacket e;
        QVERIFY(!MysqlErrorPacket::parse(payload, &e));
    }
};

QTEST_GUILESS_MAIN(TestMysqlGreeting)
#include "tst_infra_MysqlGreeting.moc"
