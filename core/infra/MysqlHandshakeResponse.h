#pragma once

#include <QByteArray>
#include <QString>

namespace ws {

// The client's answer to the greeting (HandshakeResponse41) and the mysql_native_password
// scramble it carries. The probe always answers the greeting, credentials or not: a client that
// reads the greeting and hangs up counts as a connection error, and after max_connect_errors of
// those the server blocks the whole host (PROTOCOLS.md 7.5); a refused login does not count.
struct MysqlHandshakeResponse
{
    static constexpr const char *kNativePassword = "mysql_native_password";
    // utf8mb4_general_ci: every server since 5.5.3 knows it.
    static constexpr quint8 kCharacterSet = 45;

    // SHA1(password) XOR SHA1(scramble + SHA1(SHA1(password))); empty for an empty password.
    // scramble: the 20 bytes of the greeting (or of an auth switch request).
    static QByteArray nativePasswordScramble(const QByteArray &password,
                                             const QByteArray &scramble);

    // The payload of HandshakeResponse41 for `user` with the given auth response, naming
    // mysql_native_password as the plugin; no database, no TLS, no compression.
    static QByteArray build(const QString &user, const QByteArray &authResponse);
};

} // namespace ws
