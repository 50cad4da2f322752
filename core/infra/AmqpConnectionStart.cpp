#include "AmqpConnectionStart.h"

#include "AmqpFieldTable.h"

#include <QCoreApplication>
#include <QtEndian>

namespace ws {

QString AmqpConnectionStart::property(const QString &name) const
{
    const QVariant value = serverProperties.value(name);
    if (value.typeId() == QMetaType::QByteArray)
        return QString::fromUtf8(value.toByteArray());
    return value.toString();
}

bool AmqpConnectionStart::decode(QByteArrayView payload, AmqpConnectionStart *out, QString *error)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ws::AmqpConnectionStart", text);
    };
    if (payload.size() < 6) {
        *error = tr("the method frame is %1 bytes, too short for Connection.Start")
                     .arg(payload.size());
        return false;
    }
    const quint16 classId = qFromBigEndian<quint16>(payload.data());
    const quint16 methodId = qFromBigEndian<quint16>(payload.data() + 2);
    if (classId != 10 || methodId != 10) {
        *error = tr("the first method is %1.%2, not Connection.Start (10.10)")
                     .arg(classId)
                     .arg(methodId);
        return false;
    }
    AmqpConnectionStart start;
    start.versionMajor = quint8(payload[4]);
    start.versionMinor = quint8(payload[5]);
    qsizetype pos = 6;
    if (!AmqpFieldTable::read(payload, &pos, &start.serverProperties, error))
        return false;
    QByteArray mechanisms;
    QByteArray locales;
    if (!AmqpFieldTable::readLongString(payload, &pos, &mechanisms, error)
        || !AmqpFieldTable::readLongString(payload, &pos, &locales, error))
        return false;
    start.mechanisms = QString::fromUtf8(mechanisms).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    start.locales = QString::fromUtf8(locales).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    *out = std::move(start);
    return true;
}

} // namespace ws
