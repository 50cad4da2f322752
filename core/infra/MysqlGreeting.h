#pragma once

#include <QByteArray>
#include <QString>

namespace ws {

// The server's first packet, HandshakeV10 (PROTOCOLS.md 7.5): its version, connection id, the
// scramble (auth-plugin-data) a login answers and the capabilities it offers.
struct MysqlGreeting
{
    // Capability flags a probe cares about.
    static constexpr quint32 kClientLongPassword = 0x00000001;
    static constexpr quint32 kClientProtocol41 = 0x00000200;
    static constexpr quint32 kClientSecureConnection = 0x00008000;
    static constexpr quint32 kClientPluginAuth = 0x00080000;

    quint8 protocolVersion = 0;
    QString serverVersion; // as sent, e.g. "5.5.5-10.11.6-MariaDB-0+deb12u1"
    quint32 connectionId = 0;
    QByteArray scramble; // auth-plugin-data parts 1 and 2, without the trailing NUL (20 bytes)
    quint32 capabilities = 0;
    quint8 characterSet = 0;
    quint16 statusFlags = 0;
    QString authPluginName; // "mysql_native_password", "caching_sha2_password", ...

    // The version for people: MariaDB's "5.5.5-" replication prefix taken off.
    QString version() const;
    bool isMariaDb() const { return serverVersion.contains(QLatin1String("MariaDB")); }

    // Reads a greeting payload (first byte 0x0A). False with *error (translated) when it is
    // not one: another protocol version, a truncated field, a version that is not text.
    static bool parse(const QByteArray &payload, MysqlGreeting *out, QString *error);
};

// An ERR packet (first byte 0xFF): the error code, SQLSTATE when the 4.1 protocol marker '#'
// is there (the pre-handshake errors, e.g. 1129 host blocked, come without it) and the message.
struct MysqlErrorPacket
{
    quint16 code = 0;
    QString sqlState;
    QString message;

    static bool parse(const QByteArray &payload, MysqlErrorPacket *out);
};

} // namespace ws
