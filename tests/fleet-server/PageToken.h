#pragma once

#include <QByteArray>
#include <QString>

namespace ws::test {

// fleet's page token: URL-safe base64 (with padding) of two little-endian uint16s, the page
// size and the 1-based page number. Decoding fails with the messages fleetd sends (Go's
// base64 and binary errors, then fleet's own checks).
struct PageToken
{
    quint16 limit = 100;
    quint16 page = 1;

    QByteArray encode() const;
    PageToken next() const { return {limit, quint16(page + 1)}; }

    // `serverLimit` is the page size this server uses; a token made for another fails.
    static bool decode(const QByteArray &text, quint16 serverLimit, PageToken *out, QString *error);
    // Go's base64.URLEncoding.DecodeString, with its error ("illegal base64 data at input
    // byte N"). Exposed for the tests of the server.
    static bool decodeBase64(const QByteArray &text, QByteArray *out, QString *error);
};

} // namespace ws::test
