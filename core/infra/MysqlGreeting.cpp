#include "MysqlGreeting.h"

#include <QCoreApplication>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::MysqlGreeting", text);
}

bool isText(const QByteArray &bytes)
{
    for (const char c : bytes)
        if (static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) == 0x7f)
            return false;
    return true;
}

} // namespace

QString MysqlGreeting::version() const
{
    // MariaDB 10+ says "5.5.5-10.x" so that old replication clients accept it.
    if (serverVersion.startsWith(QLatin1String("5.5.5-")))
        return serverVersion.mid(6);
    return serverVersion;
}

bool MysqlGreeting::parse(const QByteArray &payload, MysqlGreeting *out, QString *error)
{
    if (payload.isEmpty()) {
        *error = tr("its greeting is empty");
        return false;
    }
    const auto *b = reinterpret_cast<const uchar *>(payload.constData());
    const qsizetype size = payload.size();
    if (b[0] != 0x0a) {
        *error = tr("its greeting has protocol version %1, not 10").arg(int(b[0]));
        return false;
    }
    MysqlGreeting g;
    g.protocolVersion = b[0];
    const qsizetype nul = payload.indexOf('\0', 1);
    if (nul < 0) {
        *error = tr("its greeting's server version never ends");
        return false;
    }
    const QByteArray version = payload.mid(1, nul - 1);
    if (version.isEmpty() || version.size() > 255 || !isText(version)) {
        *error = tr("its greeting's server version is not text");
        return false;
    }
    g.serverVersion = QString::fromUtf8(version);
    qsizetype p = nul + 1;
    // connection id (4), scramble part 1 (8), filler (1), capabilities low (2)
    if (size < p + 15) {
        *error = tr("its greeting ends after the server version");
        return false;
    }
    g.connectionId = quint32(b[p]) | quint32(b[p + 1]) << 8 | quint32(b[p + 2]) << 16
        | quint32(b[p + 3]) << 24;
    p += 4;
    g.scramble = payload.mid(p, 8);
    p += 8 + 1;
    g.capabilities = quint32(b[p]) | quint32(b[p + 1]) << 8;
    p += 2;
    if (p < size) {
        // charset (1), status (2), capabilities high (2), auth data length (1), reserved (10)
        if (size < p + 16) {
            *error = tr("its greeting is cut off after the capability flags");
            return false;
        }
        g.characterSet = b[p];
        g.statusFlags = quint16(b[p + 1] | b[p + 2] << 8);
        g.capabilities |= (quint32(b[p + 3]) | quint32(b[p + 4]) << 8) << 16;
        const int authLength = b[p + 5];
        p += 16;
        if (g.capabilities & kClientSecureConnection) {
            const int part2 = qMax(13, authLength - 8);
            if (size < p + part2) {
                *error = tr("its greeting is cut off in the scramble");
                return false;
            }
            QByteArray rest = payload.mid(p, part2);
            p += part2;
            if (rest.endsWith('\0'))
                rest.chop(1);
            g.scramble += rest;
        }
        if ((g.capabilities & kClientPluginAuth) && p < size) {
            const qsizetype end = payload.indexOf('\0', p);
            g.authPluginName
                = QString::fromLatin1(payload.mid(p, end < 0 ? size - p : end - p)).left(64);
        }
    }
    *out = g;
    return true;
}

bool MysqlErrorPacket::parse(const QByteArray &payload, MysqlErrorPacket *out)
{
    const auto *b = reinterpret_cast<const uchar *>(payload.constData());
    if (payload.size() < 3 || b[0] != 0xff)
        return false;
    MysqlErrorPacket e;
    e.code = quint16(b[1] | b[2] << 8);
    qsizetype p = 3;
    if (payload.size() >= 9 && payload.at(3) == '#') {
        e.sqlState = QString::fromLatin1(payload.mid(4, 5));
        p = 9;
    }
    // Messages are short; a huge one is cut, and control characters would break one line.
    QString message = QString::fromUtf8(payload.mid(p, 512)).trimmed();
    for (QChar &c : message)
        if (c.unicode() < 0x20)
            c = QLatin1Char(' ');
    e.message = message;
    *out = e;
    return true;
}

} // namespace ws
