#include "AmqpFieldTable.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QtEndian>

#include <cmath>
#include <cstring>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::AmqpFieldTable", text);
}

bool need(QByteArrayView data, qsizetype pos, qsizetype count, QString *error)
{
    if (count < 0 || pos < 0 || pos > data.size() || data.size() - pos < count) {
        *error = tr("the field table ends early: %1 bytes needed at offset %2, %3 left")
                     .arg(count)
                     .arg(pos)
                     .arg(std::max<qsizetype>(0, data.size() - pos));
        return false;
    }
    return true;
}

template<typename T>
T take(QByteArrayView data, qsizetype *pos)
{
    T value = qFromBigEndian<T>(data.data() + *pos);
    *pos += qsizetype(sizeof(T));
    return value;
}

} // namespace

bool AmqpFieldTable::read(QByteArrayView data, qsizetype *pos, QVariantMap *out, QString *error)
{
    return readTable(data, pos, 0, out, error);
}

bool AmqpFieldTable::readLongString(QByteArrayView data, qsizetype *pos, QByteArray *out,
                                    QString *error)
{
    if (!need(data, *pos, 4, error))
        return false;
    const quint32 length = take<quint32>(data, pos);
    if (!need(data, *pos, qsizetype(length), error))
        return false;
    *out = data.sliced(*pos, qsizetype(length)).toByteArray();
    *pos += qsizetype(length);
    return true;
}

bool AmqpFieldTable::readShortString(QByteArrayView data, qsizetype *pos, QByteArray *out,
                                     QString *error)
{
    if (!need(data, *pos, 1, error))
        return false;
    const quint8 length = take<quint8>(data, pos);
    if (!need(data, *pos, length, error))
        return false;
    *out = data.sliced(*pos, length).toByteArray();
    *pos += length;
    return true;
}

bool AmqpFieldTable::readTable(QByteArrayView data, qsizetype *pos, int depth, QVariantMap *out,
                               QString *error)
{
    if (depth > kMaxDepth) {
        *error = tr("the field table nests deeper than %1 levels").arg(kMaxDepth);
        return false;
    }
    if (!need(data, *pos, 4, error))
        return false;
    const quint32 length = take<quint32>(data, pos);
    if (!need(data, *pos, qsizetype(length), error))
        return false;
    // The entries must end exactly at the table's end: parse inside a view of it.
    const QByteArrayView table = data.sliced(*pos, qsizetype(length));
    qsizetype at = 0;
    QVariantMap map;
    while (at < table.size()) {
        QByteArray name;
        if (!readShortString(table, &at, &name, error))
            return false;
        QVariant value;
        if (!readValue(table, &at, depth, &value, error))
            return false;
        map.insert(QString::fromUtf8(name), value);
    }
    *pos += qsizetype(length);
    *out = std::move(map);
    return true;
}

bool AmqpFieldTable::readArray(QByteArrayView data, qsizetype *pos, int depth, QVariantList *out,
                               QString *error)
{
    if (depth > kMaxDepth) {
        *error = tr("the field table nests deeper than %1 levels").arg(kMaxDepth);
        return false;
    }
    if (!need(data, *pos, 4, error))
        return false;
    const quint32 length = take<quint32>(data, pos);
    if (!need(data, *pos, qsizetype(length), error))
        return false;
    const QByteArrayView array = data.sliced(*pos, qsizetype(length));
    qsizetype at = 0;
    QVariantList list;
    while (at < array.size()) {
        QVariant value;
        if (!readValue(array, &at, depth, &value, error))
            return false;
        list.append(value);
    }
    *pos += qsizetype(length);
    *out = std::move(list);
    return true;
}

bool AmqpFieldTable::readValue(QByteArrayView data, qsizetype *pos, int depth, QVariant *out,
                               QString *error)
{
    if (!need(data, *pos, 1, error))
        return false;
    const char type = char(take<quint8>(data, pos));
    switch (type) {
    case 't':
        if (!need(data, *pos, 1, error))
            return false;
        *out = take<quint8>(data, pos) != 0;
        return true;
    case 'b':
        if (!need(data, *pos, 1, error))
            return false;
        *out = int(take<qint8>(data, pos));
        return true;
    case 'B':
        if (!need(data, *pos, 1, error))
            return false;
        *out = uint(take<quint8>(data, pos));
        return true;
    case 's':
        if (!need(data, *pos, 2, error))
            return false;
        *out = int(take<qint16>(data, pos));
        return true;
    case 'u':
        if (!need(data, *pos, 2, error))
            return false;
        *out = uint(take<quint16>(data, pos));
        return true;
    case 'I':
        if (!need(data, *pos, 4, error))
            return false;
        *out = take<qint32>(data, pos);
        return true;
    case 'i':
        if (!need(data, *pos, 4, error))
            return false;
        *out = take<quint32>(data, pos);
        return true;
    case 'l':
    case 'L':
        if (!need(data, *pos, 8, error))
            return false;
        *out = take<qint64>(data, pos);
        return true;
    case 'f': {
        if (!need(data, *pos, 4, error))
            return false;
        const quint32 bits = take<quint32>(data, pos);
        float value;
        std::memcpy(&value, &bits, sizeof value);
        *out = double(value);
        return true;
    }
    case 'd': {
        if (!need(data, *pos, 8, error))
            return false;
        const quint64 bits = take<quint64>(data, pos);
        double value;
        std::memcpy(&value, &bits, sizeof value);
        *out = value;
        return true;
    }
    case 'D': {
        if (!need(data, *pos, 5, error))
            return false;
        const int scale = take<quint8>(data, pos);
        const qint32 digits = take<qint32>(data, pos);
        *out = double(digits) / std::pow(10.0, scale);
        return true;
    }
    case 'T': {
        if (!need(data, *pos, 8, error))
            return false;
        const quint64 seconds = take<quint64>(data, pos);
        // Past year 9999 QDateTime has nothing sensible to say; keep the number then.
        if (seconds > 253402300799ULL)
            *out = QVariant::fromValue(seconds);
        else
            *out = QDateTime::fromSecsSinceEpoch(qint64(seconds), Qt::UTC);
        return true;
    }
    case 'S':
    case 'x': {
        QByteArray bytes;
        if (!readLongString(data, pos, &bytes, error))
            return false;
        *out = bytes;
        return true;
    }
    case 'F': {
        QVariantMap nested;
        if (!readTable(data, pos, depth + 1, &nested, error))
            return false;
        *out = nested;
        return true;
    }
    case 'A': {
        QVariantList list;
        if (!readArray(data, pos, depth + 1, &list, error))
            return false;
        *out = list;
        return true;
    }
    case 'V':
        *out = QVariant();
        return true;
    default:
        *error = tr("unknown field type 0x%1 at offset %2")
                     .arg(quint8(type), 2, 16, QLatin1Char('0'))
                     .arg(*pos - 1);
        return false;
    }
}

} // namespace ws
