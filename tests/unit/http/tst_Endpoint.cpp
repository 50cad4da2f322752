// Endpoint::fromUrl: every address form users write, and the mistakes they make.
#include "http/Endpoint.h"

#include <QTest>

using ws::Endpoint;

class tst_Endpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromUrl_data();
    void fromUrl();
    void invalid_data();
    void invalid();
};

void tst_Endpoint::fromUrl_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("socketPath");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("display");

    const int unix = int(Endpoint::Kind::UnixSocket);
    const int http = int(Endpoint::Kind::Http);
    QTest::newRow("unix url") << "unix:///var/run/docker.sock" << unix << "/var/run/docker.sock"
                              << ""
                              << "unix:///var/run/docker.sock";
    QTest::newRow("bare path") << "/tmp/x.sock" << unix << "/tmp/x.sock"
                               << ""
                               << "unix:///tmp/x.sock";
    QTest::newRow("tcp") << "tcp://10.0.0.5:2375" << http << ""
                         << "http://10.0.0.5:2375"
                         << "http://10.0.0.5:2375";
    QTest::newRow("http") << "http://127.0.0.1:2379" << http << ""
                          << "http://127.0.0.1:2379"
                          << "http://127.0.0.1:2379";
    QTest::newRow("https with slash") << "https://etcd.example:2379/" << http << ""
                                      << "https://etcd.example:2379"
                                      << "https://etcd.example:2379";
    QTest::newRow("surrounding spaces") << "  http://h:1  " << http << ""
                                        << "http://h:1"
                                        << "http://h:1";
    QTest::newRow("path prefix") << "http://h:80/api" << http << ""
                                 << "http://h:80/api"
                                 << "http://h:80/api";
}

void tst_Endpoint::fromUrl()
{
    QFETCH(QString, input);
    QFETCH(int, kind);
    QFETCH(QString, socketPath);
    QFETCH(QString, baseUrl);
    QFETCH(QString, display);

    QString error;
    const Endpoint e = Endpoint::fromUrl(input, &error);
    QVERIFY2(e.isValid(), qPrintable(error));
    QCOMPARE(int(e.kind), kind);
    QCOMPARE(e.socketPath, socketPath);
    QCOMPARE(e.baseUrl.toString(), baseUrl);
    QCOMPARE(e.toDisplayString(), display);
}

void tst_Endpoint::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("errorMentions");

    QTest::newRow("empty") << ""
                           << "empty";
    QTest::newRow("relative unix path") << "unix://docker.sock"
                                        << "absolute";
    QTest::newRow("ftp") << "ftp://host:21"
                         << "scheme";
    QTest::newRow("tcp without port") << "tcp://host"
                                      << "port";
    QTest::newRow("no host") << "http://:2379"
                             << "host";
    QTest::newRow("npipe") << "npipe:////./pipe/docker_engine"
                           << "scheme";
}

void tst_Endpoint::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, errorMentions);
    QString error;
    const Endpoint e = Endpoint::fromUrl(input, &error);
    QVERIFY(!e.isValid());
    QVERIFY2(error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_Endpoint)
#include "tst_Endpoint.moc"
