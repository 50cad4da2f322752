// EtcdSecretKeys::looksSecret: which key names get their values masked.
#include "etcd/EtcdSecretKeys.h"

#include <QTest>

using namespace ws;

class tst_EtcdEditSecretKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void looksSecret_data();
    void looksSecret();
};

void tst_EtcdEditSecretKeys::looksSecret_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<bool>("secret");
    QTest::newRow("password") << QByteArray("/db/password") << true;
    QTest::newRow("camel password") << QByteArray("/db/adminPassword") << true;
    QTest::newRow("upper token") << QByteArray("/ci/GITHUB_TOKEN") << true;
    QTest::newRow("passwd") << QByteArray("/x/passwd") << true;
    QTest::newRow("client secret") << QByteArray("/oauth/client-secret") << true;
    QTest::newRow("credentials") << QByteArray("/aws/credentials") << true;
    QTest::newRow("api_key") << QByteArray("/svc/api_key") << true;
    QTest::newRow("apiKey") << QByteArray("/svc/apiKey") << true;
    QTest::newRow("APIKEY") << QByteArray("/svc/APIKEY") << true;
    QTest::newRow("key alone") << QByteArray("/tls/key") << true;
    QTest::newRow("ssh-key") << QByteArray("/deploy/ssh-key") << true;
    QTest::newRow("pwd") << QByteArray("/mysql/root.pwd") << true;
    QTest::newRow("trailing slash") << QByteArray("/app/token/") << true;
    QTest::newRow("no slash") << QByteArray("secret") << true;
    QTest::newRow("monkey") << QByteArray("/zoo/monkey") << false;
    QTest::newRow("keyboard") << QByteArray("/hw/keyboard") << false;
    QTest::newRow("hotkey") << QByteArray("/ui/hotkey") << false;
    QTest::newRow("passenger") << QByteArray("/train/passenger") << false;
    QTest::newRow("folder only") << QByteArray("/secrets/host") << false;
    QTest::newRow("plain") << QByteArray("/services/web/port") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void tst_EtcdEditSecretKeys::looksSecret()
{
    QFETCH(QByteArray, key);
    QFETCH(bool, secret);
    QCOMPARE(EtcdSecretKeys::looksSecret(key), secret);
}

QTEST_GUILESS_MAIN(tst_EtcdEditSecretKeys)
#include "tst_EtcdEditSecretKeys.moc"
