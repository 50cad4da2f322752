// ProbeCredentialSource::parse on the shapes a keychain entry may have: the two good ones, and
// broken ones, which must give an error that names the entry and never quotes it.
#include "infra/ProbeCredentialSource.h"

#include <QtTest>

using namespace ws;

class tst_ProbeCredentialSource : public QObject
{
    Q_OBJECT

private slots:
    void good();
    void broken_data();
    void broken();
    void withoutKeychain();
};

void tst_ProbeCredentialSource::good()
{
    ProbeCredentials c;
    QString error;
    QVERIFY(ProbeCredentialSource::parse(R"({"username":"monitor","password":"s3cret"})",
                                         QStringLiteral("lab/mysql"), &c, &error));
    QCOMPARE(c.username, QStringLiteral("monitor"));
    QCOMPARE(c.password, QStringLiteral("s3cret"));
    QVERIFY(c.apiKey.isEmpty());
    ProbeCredentials k;
    QVERIFY(ProbeCredentialSource::parse(R"({"api_key":"k-123"})", QStringLiteral("lab/pdns"), &k,
                                         &error));
    QCOMPARE(k.apiKey, QStringLiteral("k-123"));
    QVERIFY(k.username.isEmpty());
    // A user with an empty password is a login too.
    ProbeCredentials u;
    QVERIFY(
        ProbeCredentialSource::parse(R"({"username":"guest"})", QStringLiteral("x"), &u, &error));
    QCOMPARE(u.username, QStringLiteral("guest"));
}

void tst_ProbeCredentialSource::broken_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("plain password") << QByteArray("hunter2-SECRET");
    QTest::newRow("array") << QByteArray(R"(["hunter2-SECRET"])");
    QTest::newRow("no known key") << QByteArray(R"({"token":"hunter2-SECRET"})");
    QTest::newRow("password only") << QByteArray(R"({"password":"hunter2-SECRET"})");
    QTest::newRow("number password") << QByteArray(R"({"username":"u","password":12345})");
    QTest::newRow("object user") << QByteArray(R"({"username":{"a":"hunter2-SECRET"}})");
    QTest::newRow("truncated") << QByteArray(R"({"username":"u","password":"hunter2-SEC)");
    QTest::newRow("nul bytes") << QByteArray("{\"api_key\":\"a\0b\"}", 16);
}

void tst_ProbeCredentialSource::broken()
{
    QFETCH(QByteArray, entry);
    ProbeCredentials c;
    QString error;
    QVERIFY(!ProbeCredentialSource::parse(entry, QStringLiteral("lab/rabbit"), &c, &error));
    QVERIFY(error.contains(QStringLiteral("lab/rabbit")));
    QVERIFY2(!error.contains(QStringLiteral("SECRET")) && !error.contains(QStringLiteral("12345")),
             qPrintable(error));
    QVERIFY(c.isEmpty());
}

void tst_ProbeCredentialSource::withoutKeychain()
{
    // No store: every lookup answers at once (from the event loop) with no credentials.
    ProbeCredentialSource source(nullptr);
    bool called = false;
    source.lookup(QStringLiteral("lab/x"), this, [&](const ProbeCredentials &c, const QString &e) {
        called = true;
        QVERIFY(c.isEmpty());
        QVERIFY(e.isEmpty());
    });
    QVERIFY(!called);
    QTRY_VERIFY_WITH_TIMEOUT(called, 5000);
}

QTEST_GUILESS_MAIN(tst_ProbeCredentialSource)
#include "tst_ProbeCredentialSource.moc"
