#pragma once

#include <QByteArrayView>
#include <QString>
#include <QVariantMap>

namespace ws {

// Decodes AMQP 0-9-1 field tables and their values, as RabbitMQ writes them (the errata the
// broker and every client follow: 's' is a signed 16-bit integer, 'u' unsigned 16-bit,
// 'l' signed 64-bit, 'x' a byte array). Values become QVariants: integers and floats as numbers,
// 'S'/'x' as QByteArray, 'F' as QVariantMap, 'A' as QVariantList, 'T' as a UTC QDateTime,
// 'D' (decimal) as a double, 'V' as an invalid QVariant.
//
// Everything is bounds-checked; nesting deeper than kMaxDepth is refused, so a hostile server
// cannot drive the recursion.
class AmqpFieldTable
{
public:
    static constexpr int kMaxDepth = 16;

    // Reads a table (uint32 byte length, then name/type/value entries) at data[*pos]; advances
    // *pos past it. False with *error (translated, naming the offset) on malformed input.
    static bool read(QByteArrayView data, qsizetype *pos, QVariantMap *out, QString *error);
    // A "long string" (uint32 length + bytes) at data[*pos].
    static bool readLongString(QByteArrayView data, qsizetype *pos, QByteArray *out,
                               QString *error);
    // A "short string" (one length byte + bytes) at data[*pos].
    static bool readShortString(QByteArrayView data, qsizetype *pos, QByteArray *out,
                                QString *error);

private:
    static bool readTable(QByteArrayView data, qsizetype *pos, int depth, QVariantMap *out,
                          QString *error);
    static bool readValue(QByteArrayView data, qsizetype *pos, int depth, QVariant *out,
                          QString *error);
    static bool readArray(QByteArrayView data, qsizetype *pos, int depth, QVariantList *out,
                          QString *error);
};

} // namespace ws
