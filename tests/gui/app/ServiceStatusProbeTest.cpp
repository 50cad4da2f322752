// The status bar's indicators against a real etcd (started here) and a Docker endpoint nobody
// listens on.
#include "ServiceStatusProbe.h"
#include "EtcdFixture.h"
#include "common/StatusIndicator.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using ws::StatusIndicator;

class ServiceStatusProbeTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void etcdUpDockerDown();
    void unusableEnvironmentIsReported();

private:
    ws::test::EtcdFixture m_etcd;
    QTemporaryDir m_dir;
};

void ServiceStatusProbeTest::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    QVERIFY(m_dir.isValid());
}

void ServiceStatusProbeTest::etcdUpDockerDown()
{
    const QString socket = m_dir.filePath(QStringLiteral("no-docker.sock"));
    qputenv("DOCKER_HOST", ("unix://" + socket).toUtf8());
    qputenv("ETCDCTL_ENDPOINTS", m_etcd.clientUrl().toString().toUtf8());

    StatusIndicator docker(QStringLiteral("Docker"));
    StatusIndicator etcd(QStringLiteral("etcd"));
    ws::ServiceStatusProbe probe(&docker, &etcd);
    QSignalSpy dockerDone(&probe, &ws::ServiceStatusProbe::dockerProbed);
    QSignalSpy etcdDone(&probe, &ws::ServiceStatusProbe::etcdProbed);
    QCOMPARE(etcd.state(), StatusIndicator::State::Unknown);
    probe.probeNow();

    QVERIFY(etcdDone.wait(30000));
    QCOMPARE(etcd.state(), StatusIndicator::State::Up);
    QVERIFY2(etcd.endpoint().contains(QString::number(m_etcd.clientPort())),
             qPrintable(etcd.endpoint()));
    QVERIFY2(etcd.detail().contains(QLatin1String("3.")), qPrintable(etcd.detail()));
    QVERIFY(etcd.text().contains(etcd.endpoint()));

    QTRY_VERIFY_WITH_TIMEOUT(!dockerDone.isEmpty(), 30000);
    QCOMPARE(docker.state(), StatusIndicator::State::Down);
    QVERIFY2(docker.endpoint().contains(socket), qPrintable(docker.endpoint()));
    QVERIFY(!docker.detail().isEmpty());

    // Once etcd stops, the next probe says so.
    m_etcd.stop();
    probe.probeNow();
    QVERIFY(etcdDone.wait(30000));
    QCOMPARE(etcd.state(), StatusIndicator::State::Down);
    QVERIFY(!etcd.detail().isEmpty());
}

void ServiceStatusProbeTest::unusableEnvironmentIsReported()
{
    qputenv("DOCKER_HOST", "ftp://nowhere");
    qputenv("ETCDCTL_ENDPOINTS", "ftp://nowhere");
    StatusIndicator docker(QStringLiteral("Docker"));
    StatusIndicator etcd(QStringLiteral("etcd"));
    ws::ServiceStatusProbe probe(&docker, &etcd);
    probe.probeNow();
    QCOMPARE(docker.state(), StatusIndicator::State::Down);
    QVERIFY2(docker.detail().contains(QLatin1String("DOCKER_HOST")), qPrintable(docker.detail()));
    QCOMPARE(etcd.state(), StatusIndicator::State::Down);
    QVERIFY2(etcd.detail().contains(QLatin1String("ETCDCTL_ENDPOINTS")), qPrintable(etcd.detail()));
}

QTEST_MAIN(ServiceStatusProbeTest)
#include "ServiceStatusProbeTest.moc"
