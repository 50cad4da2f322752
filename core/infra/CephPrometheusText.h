#pragma once

#include <QByteArrayView>
#include <QList>
#include <QMap>
#include <QString>

namespace ws {

// One sample of the Prometheus text exposition: ceph_osd_up{ceph_daemon="osd.0"} 1.0
struct CephMetricSample
{
    QString name;
    QMap<QString, QString> labels;
    double value = 0;
};

// Reads the Prometheus text exposition format (version 0.0.4) as ceph-mgr's prometheus module
// writes it: "# HELP" and "# TYPE" lines, samples "name{label="value",...} value [timestamp]",
// label values with \\, \" and \n escapes, values such as 1.0, 1e+06, NaN, +Inf. Written by hand
// because it is a dozen lines of grammar and Qt has no reader for it.
class CephPrometheusText
{
public:
    // All samples, in order. False with *error (translated, with the line number) for a line
    // that is not a comment, blank or a sample.
    static bool parse(QByteArrayView text, QList<CephMetricSample> *out, QString *error);

    // The samples named `name` (all label sets).
    static QList<CephMetricSample> find(const QList<CephMetricSample> &samples,
                                        const QString &name);
};

} // namespace ws
