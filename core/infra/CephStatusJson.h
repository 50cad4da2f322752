#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ws {

// What `ceph status --format json` says of the cluster's health. Luminous and later report
// health.status; Jewel and older health.overall_status, which Luminous still writes but pins to
// HEALTH_WARN, so status wins when both are there (PROTOCOLS.md 7.8).
struct CephStatusJson
{
    QString health; // "HEALTH_OK", "HEALTH_WARN", "HEALTH_ERR"
    QStringList checks; // "MON_DISK_LOW: mon a is low on available space", ...
    QString fsid;
    QStringList quorumNames;
    int osds = -1; // -1 when not said
    int osdsUp = -1;
    int osdsIn = -1;

    // False with *error (translated) for something that is not a status object with a health.
    static bool parse(const QByteArray &json, CephStatusJson *out, QString *error);
};

} // namespace ws
