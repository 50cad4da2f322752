// CephPrometheusText: the exposition of ceph-mgr's prometheus module (Pacific, recorded from the
// test cluster), the format's corners (escapes, NaN, timestamps, CRLF), and lines that are not
// metrics.
#include "infra/CephPrometheusText.h"

#include <QFile>
#include <QTest>

#include <cmath>

using namespace ws;

class TestCephPrometheusText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recorded_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<double>("health");
        QTest::newRow("warn") << "metrics-warn.prom" << 1.0;
        QTest::newRow("ok") << "metrics-ok.prom" << 0.0;
        QTest::newRow("err") << "metrics-err.prom" << 2.0;
    }

    void recorded()
    {
        QFETCH(QString, file);
        QFETCH(double, health);
        QFile in(QStringLiteral(WS_CEPH_DATA "/") + file);
        QVERIFY2(in.open(QIODevice::ReadOnly), qPrintable(in.fileName()));
        QList<CephMetricSample> samples;
        QString error;
        QVERIFY2(CephPrometheusText::parse(in.readAll(), &samples, &error), qPrintable(error));
        QVERIFY(samples.size() > 20);
        const QList<CephMetricSample> status
            = CephPrometheusText::find(samples, "ceph_health_status");
        QCOMPARE(status.size(), 1);
        QCOMPARE(status.first().value, health);
        const QList<CephMetricSample> quorum
            = CephPrometheusText::find(samples, "ceph_mon_quorum_status");
        QVERIFY(!quorum.isEmpty());
        QCOMPARE(quorum.first().labels.value("ceph_daemon"), QString("mon.a"));
        const QList<CephMetricSample> meta = CephPrometheusText::find(samples, "ceph_mon_metadata");
        QVERIFY(!meta.isEmpty());
        QVERIFY(meta.first().labels.value("ceph_version").startsWith("ceph version 16."));
    }

    void corners()
    {
        const QByteArray text
            = "# HELP x A metric\r\n"
              "# TYPE x gauge\r\n"
              "x{a=\"q\\\"uote\",b=\"back\\\\slash\",c=\"new\\nline\",} 1.5e+06 1700000000000\r\n"
              "\n"
              "  y NaN\n"
              "z{} +Inf\n"
              "w -Inf";
        QList<CephMetricSample> samples;
        QString error;
        QVERIFY2(CephPrometheusText::parse(text, &samples, &error), qPrintable(error));
        QCOMPARE(samples.size(), 4);
        QCOMPARE(samples[0].labels.value("a"), QString("q\"uote"));
        QCOMPARE(samples[0].labels.value("b"), QString("back\\slash"));
        QCOMPARE(samples[0].labels.value("c"), QString("new\nline"));
        QCOMPARE(samples[0].value, 1.5e6);
        QVERIFY(std::isnan(samples[1].value));
        QVERIFY(std::isinf(samples[2].value) && samples[2].value > 0);
        QVERIFY(std::isinf(samples[3].value) && samples[3].value < 0);
    }

    void broken_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html") << QByteArray("<html><body>503</body></html>")
                              << "line 1 is not a metric";
        QTest::newRow("no value") << QByteArray("# TYPE a gauge\na\n") << "line 2";
        QTest::newRow("word value") << QByteArray("a one\n") << "no number";
        QTest::newRow("open label") << QByteArray("a{b=\"c} 1\n") << "not closed";
        QTest::newRow("label without value") << QByteArray("a{b} 1\n") << "no =\"value\"";
        QTest::newRow("label without name") << QByteArray("a{=\"x\"} 1\n") << "label name";
        QTest::newRow("no comma") << QByteArray("a{b=\"1\" c=\"2\"} 1\n") << "expected , or }";
        QTest::newRow("unclosed brace") << QByteArray("a{b=\"1\"") << "expected , or }";
        QTest::newRow("digit first") << QByteArray("1a 1\n") << "must start";
        QTest::newRow("json") << QByteArray("{\"health\":1}") << "must start";
    }

    void broken()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, expected);
        QList<CephMetricSample> samples;
        QString error;
        QVERIFY(!CephPrometheusText::parse(text, &samples, &error));
        QVERIFY2(error.contains(expected), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestCephPrometheusText)
#include "tst_CephPrometheusText.moc"
