// MysqlHandshakeResponse: the mysql_native_password scramble against a value computed
// independently (Python's hashlib), and the layout of HandshakeResponse41.
#include "infra/MysqlGreeting.h"
#include "infra/MysqlHandshakeResponse.h"

#include <QTest>

using ws::MysqlHandshakeResponse;

class TestMysqlHandshakeResponse : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nativePasswordScramble()
    {
        QCOMPARE(
            MysqlHandshakeResponse::nativePasswordScramble("pw", "abcdefghijklmnopqrst").toHex(),
            QByteArray("12909d72d875523f8c9d6da44cbd3a6c1ce794db"));
        QVERIFY(
            MysqlHandshakeResponse::nativePasswordScramble({}, "abcdefghijklmnopqrst").isEmpty());
    }

    void layout()
    {
        const QByteArray auth(20, 'A');
        const QByteArray p = MysqlHandshakeResponse::build(QStringLiteral("monitor"), auth);
        const auto caps = quint32(uchar(p[0])) | quint32(uchar(p[1])) << 8
            | quint32(uchar(p[2])) << 16 | quint32(uchar(p[3])) << 24;
        QVERIFY(caps & ws::MysqlGreeting::kClientProtocol41);
        QVERIFY(caps & ws::MysqlGreeting::kClientSecureConnection);
        QVERIFY(caps & ws::MysqlGreeting::kClientPluginAuth);
        QCOMPARE(uchar(p[8]), MysqlHandshakeResponse::kCharacterSet);
        QCOMPARE(p.mid(9, 23), QByteArray(23, '\0'));
        QCOMPARE(p.mid(32, 8), QByteArray("monitor\0", 8));
        QCOMPARE(int(p[40]), 20);
        QCOMPARE(p.mid(41, 20), auth);
        QCOMPARE(p.mid(61), QByteArray("mysql_native_password\0", 22));
    }

    void emptyAuthForAnAbsentUser()
    {
        const QByteArray p = MysqlHandshakeResponse::build(QStringLiteral("nobody"), {});
        QCOMPARE(p.mid(32, 7), QByteArray("nobody\0", 7));
        QCOMPARE(int(p[39]), 0);
    }
};

QTEST_GUILESS_MAIN(TestMysqlHandshakeResponse)
#include "tst_infra_MysqlHandshakeResponse.moc"
