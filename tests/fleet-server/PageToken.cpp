#include "PageToken.h"

namespace ws::test {

namespace {

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

QString corrupt(qsizetype at)
{
    return QStringLiteral("illegal base64 data at input byte %1").arg(at);
}

} // namespace

QByteArray PageToken::encode() const
{
    QByteArray raw(4, '\0');
    raw[0] = char(limit & 0xff);
    raw[1] = char(limit >> 8);
    raw[2] = char(page & 0xff);
    raw[3] = char(page >> 8);
    return raw.toBase64(QByteArray::Base64UrlEncoding);
}

// A transcription of Go's decodeQuantum loop (encoding/base64), so that the byte offsets in
// its errors come out the same: a premature end points at the start of the quantum, a bad
// character at itself.
bool PageToken::decodeBase64(const QByteArray &src, QByteArray *out, QString *error)
{
    out->clear();
    qsizetype si = 0;
    for (;;) {
        int dbuf[4] = {0, 0, 0, 0};
        int dlen = 4;
        bool end = false;
        for (int j = 0; j < 4; ++j) {
            if (si == src.size()) {
                if (j == 0)
                    return true;
                *error = corrupt(si - j); // padding is required
                return false;
            }
            const char in = src.at(si++);
            const int v = sextet(in);
            if (v >= 0) {
                dbuf[j] = v;
                continue;
            }
            if (in == '\n' || in == '\r') {
                --j;
                continue;
            }
            if (in != '=') {
                *error = corrupt(si - 1);
                return false;
            }
            if (j == 0 || j == 1) {
                *error = corrupt(si - 1);
                return false;
            }
            if (j == 2) {
                while (si < src.size() && (src.at(si) == '\n' || src.at(si) == '\r'))
                    ++si;
                if (si == src.size()) {
                    *error = corrupt(src.size());
                    return false;
                }
                if (src.at(si) != '=') {
                    *error = corrupt(si - 1);
                    return false;
                }
                ++si;
            }
            while (si < src.size() && (src.at(si) == '\n' || src.at(si) == '\r'))
                ++si;
            if (si < src.size()) {
                *error = corrupt(si);
                return false;
            }
            dlen = j;
            end = true;
            break;
        }
        const quint32 val = quint32(dbuf[0]) << 18 | quint32(dbuf[1]) << 12 | quint32(dbuf[2]) << 6
            | quint32(dbuf[3]);
        const char bytes[3] = {char(val >> 16), char(val >> 8), char(val)};
        out->append(bytes, dlen - 1);
        if (end)
            return true;
    }
}

bool PageToken::decode(const QByteArray &text, quint16 serverLimit, PageToken *out, QString *error)
{
    QByteArray raw;
    if (!decodeBase64(text, &raw, error))
        return false;
    // binary.Read of two uint16s.
    if (raw.isEmpty()) {
        *error = QStringLiteral("EOF");
        return false;
    }
    if (raw.size() < 4) {
        *error = QStringLiteral("unexpected EOF");
        return false;
    }
    const auto u16 = [&raw](int i) {
        return quint16(quint8(raw.at(i)) | quint16(quint8(raw.at(i + 1))) << 8);
    };
    out->limit = u16(0);
    out->page = u16(2);
    if (out->limit != serverLimit) {
        *error = QStringLiteral("token limit must be %1").arg(serverLimit);
        return false;
    }
    if (out->page == 0) {
        *error = QStringLiteral("token page must be greater than zero");
        return false;
    }
    return true;
}

} // namespace ws::test
