// DockerEndpoint::fromEnvironment: DOCKER_HOST, DOCKER_TLS_VERIFY, DOCKER_CERT_PATH and
// DOCKER_API_VERSION as the docker CLI reads them (PROTOCOLS.md §1.2).
#include "docker/DockerEndpoint.h"

#include <QTest>

using ws::DockerEndpoint;
using ws::Endpoint;

class tst_DockerEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromEnvironment_data();
    void fromEnvironment();
    void broken_data();
    void broken();
};

void tst_DockerEndpoint::fromEnvironment_data()
{
    QTest::addColumn<QStringList>("env"); // NAME=value
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("tls");
    QTest::addColumn<bool>("verify");
    QTest::addColumn<QString>("caFile");
    QTest::addColumn<QString>("apiVersion");

    QTest::newRow("nothing set") << QStringList {"HOME=/home/u"} << "unix:///var/run/docker.sock"
                                 << "default" << false << true << ""
                                 << "";
    QTest::newRow("unix host") << QStringList {"DOCKER_HOST=unix:///run/user/1000/docker.sock"}
                               << "unix:///run/user/1000/docker.sock"
                               << "DOCKER_HOST" << false << true << ""
                               << "";
    QTest::newRow("empty host is the default")
        << QStringList {"DOCKER_HOST="} << "unix:///var/run/docker.sock"
        << "default" << false << true << ""
        << "";
    QTest::newRow("tcp plain") << QStringList {"DOCKER_HOST=tcp://10.0.0.5:2375"}
                               << "http://10.0.0.5:2375"
                               << "DOCKER_HOST" << false << true << ""
                               << "";
    QTest::newRow("tcp tls verify, default cert path")
        << QStringList {"DOCKER_HOST=tcp://10.0.0.5:2376", "DOCKER_TLS_VERIFY=1", "HOME=/home/u"}
        << "https://10.0.0.5:2376"
        << "DOCKER_HOST" << true << true << "/home/u/.docker/ca.pem"
        << "";
    QTest::newRow("tcp tls with cert path, no verify")
        << QStringList {"DOCKER_HOST=tcp://h:2376", "DOCKER_CERT_PATH=/etc/certs"}
        << "https://h:2376"
        << "DOCKER_HOST" << true << false << "/etc/certs/ca.pem"
        << "";
    QTest::newRow("tls verify with cert path")
        << QStringList {"DOCKER_HOST=tcp://h:2376", "DOCKER_CERT_PATH=/etc/certs",
                        "DOCKER_TLS_VERIFY=yes"}
        << "https://h:2376"
        << "DOCKER_HOST" << true << true << "/etc/certs/ca.pem"
        << "";
    QTest::newRow("tls variables ignored for unix")
        << QStringList {"DOCKER_HOST=unix:///s.sock", "DOCKER_TLS_VERIFY=1"} << "unix:///s.sock"
        << "DOCKER_HOST" << false << true << ""
        << "";
    QTest::newRow("pinned api version")
        << QStringList {"DOCKER_API_VERSION=1.40"} << "unix:///var/run/docker.sock"
        << "default" << false << true << ""
        << "1.40";
    QTest::newRow("pinned api version with v")
        << QStringList {"DOCKER_API_VERSION=v1.39"} << "unix:///var/run/docker.sock"
        << "default" << false << true << ""
        << "1.39";
}

void tst_DockerEndpoint::fromEnvironment()
{
    QFETCH(QStringList, env);
    QFETCH(QString, display);
    QFETCH(QString, source);
    QFETCH(bool, tls);
    QFETCH(bool, verify);
    QFETCH(QString, caFile);
    QFETCH(QString, apiVersion);

    QProcessEnvironment environment;
    for (const QString &pair : env)
        environment.insert(pair.section(QLatin1Char('='), 0, 0), pair.section(QLatin1Char('='), 1));
    const DockerEndpoint docker = DockerEndpoint::fromEnvironment(environment);
    QVERIFY2(docker.isValid(), qPrintable(docker.error));
    QCOMPARE(docker.endpoint.toDisplayString(), display);
    QCOMPARE(docker.source, source);
    QCOMPARE(docker.endpoint.isTls(), tls);
    QCOMPARE(docker.endpoint.verifyPeer, verify);
    QCOMPARE(docker.endpoint.caFile, caFile);
    if (tls) {
        QCOMPARE(docker.endpoint.certFile,
                 QString(caFile).replace(QLatin1String("ca.pem"), QLatin1String("cert.pem")));
        QCOMPARE(docker.endpoint.keyFile,
                 QString(caFile).replace(QLatin1String("ca.pem"), QLatin1String("key.pem")));
    }
    QCOMPARE(docker.apiVersion, apiVersion);
    if (docker.endpoint.kind == Endpoint::Kind::UnixSocket)
        QCOMPARE(docker.endpoint.hostHeader, QByteArray("docker"));
}

void tst_DockerEndpoint::broken_data()
{
    QTest::addColumn<QString>("host");
    QTest::newRow("relative unix") << "unix://docker.sock";
    QTest::newRow("tcp without port") << "tcp://10.0.0.5";
    QTest::newRow("ssh") << "ssh://user@host";
    QTest::newRow("npipe") << "npipe:////./pipe/docker_engine";
}

void tst_DockerEndpoint::broken()
{
    QFETCH(QString, host);
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("DOCKER_HOST"), host);
    const DockerEndpoint docker = DockerEndpoint::fromEnvironment(environment);
    QVERIFY(!docker.isValid());
    QCOMPARE(docker.source, QStringLiteral("DOCKER_HOST"));
    QVERIFY2(docker.error.contains(QLatin1String("DOCKER_HOST")) && docker.error.contains(host),
             qPrintable(docker.error));
}

QTEST_GUILESS_MAIN(tst_DockerEndpoint)
#include "tst_DockerEndpoint.moc"
