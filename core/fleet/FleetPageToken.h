#pragma once

#include <QString>

#include <optional>

namespace ws {

// fleet's page token (api/pagination.go): its limit and page number, two little-endian uint16,
// base64url-encoded. Knowing the format lets a client ask for the pages after the second
// before the previous answer arrives; a token that does not decode means the server pages
// some other way, and the client then follows tokens one by one.
struct FleetPageToken
{
    quint16 limit = 0;
    quint16 page = 0;

    static std::optional<FleetPageToken> decode(const QString &token);
    QString encode() const;
};

} // namespace ws
