#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVariantMap>

namespace ws {

// The payload of AMQP 0-9-1 Connection.Start (class 10, method 10), the first method a broker
// sends: its protocol version, its server-properties (product, version, platform, cluster_name,
// capabilities, ...), and the SASL mechanisms and locales it offers.
struct AmqpConnectionStart
{
    int versionMajor = 0;
    int versionMinor = 0;
    QVariantMap serverProperties;
    QStringList mechanisms;
    QStringList locales;

    // A server property as text ("" when absent); long strings are UTF-8.
    QString property(const QString &name) const;

    // Decodes a method frame's payload. False with *error (translated) for another method,
    // a truncated payload or a malformed field table.
    static bool decode(QByteArrayView payload, AmqpConnectionStart *out, QString *error);
};

} // namespace ws
