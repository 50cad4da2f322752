#include "MysqlHandshakeResponse.h"

#include "MysqlGreeting.h"

#include <QCryptographicHash>

namespace ws {

QByteArray MysqlHandshakeResponse::nativePasswordScramble(const QByteArray &password,
                                                          const QByteArray &scramble)
{
    if (password.isEmpty())
        return {};
    const QByteArray stage1 = QCryptographicHash::hash(password, QCryptographicHash::Sha1);
    const QByteArray stage2 = QCryptographicHash::hash(stage1, QCryptographicHash::Sha1);
    const QByteArray mix
        = QCryptographicHash::hash(scramble.left(20) + stage2, QCryptographicHash::Sha1);
    QByteArray out(stage1.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < stage1.size(); ++i)
        out[i] = char(stage1.at(i) ^ mix.at(i));
    return out;
}

QByteArray MysqlHandshakeResponse::build(const QString &user, const QByteArray &authResponse)
{
    const quint32 capabilities = MysqlGreeting::kClientLongPassword
        | MysqlGreeting::kClientProtocol41 | MysqlGreeting::kClientSecureConnection
        | MysqlGreeting::kClientPluginAuth;
    const quint32 maxPacket = 1u << 24;
    QByteArray payload;
    for (int i = 0; i < 4; ++i)
        payload.append(char((capabilities >> (8 * i)) & 0xff));
    for (int i = 0; i < 4; ++i)
        payload.append(char((maxPacket >> (8 * i)) & 0xff));
    payload.append(char(kCharacterSet));
    payload.append(QByteArray(23, '\0'));
    payload.append(user.toUtf8());
    payload.append('\0');
    // CLIENT_SECURE_CONNECTION: a one-byte length; the scramble is 20 bytes.
    payload.append(char(authResponse.size()));
    payload.append(authResponse);
    payload.append(kNativePassword);
    payload.append('\0');
    return payload;
}

} // namespace ws
