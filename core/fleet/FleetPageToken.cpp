#include "FleetPageToken.h"

#include <QByteArray>

namespace ws {

std::optional<FleetPageToken> FleetPageToken::decode(const QString &token)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        token.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != 4)
        return std::nullopt;
    const QByteArray &raw = decoded.decoded;
    FleetPageToken t;
    t.limit = quint16(quint8(raw[0]) | (quint8(raw[1]) << 8));
    t.page = quint16(quint8(raw[2]) | (quint8(raw[3]) << 8));
    // Round-trip: a token that is not exactly what fleet would write is not fleet's.
    if (t.limit == 0 || t.page == 0 || t.encode() != token)
        return std::nullopt;
    return t;
}

QString FleetPageToken::encode() const
{
    QByteArray raw(4, '\0');
    raw[0] = char(limit & 0xff);
    raw[1] = char(limit >> 8);
    raw[2] = char(page & 0xff);
    raw[3] = char(page >> 8);
    return QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding));
}

} // namespace ws
