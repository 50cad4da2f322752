#include "DnsQuery.h"

#include <QCoreApplication>
#include <QUrl>
#include <QtEndian>

namespace ws {

bool DnsQuery::build(quint16 id, const QString &name, quint16 type, QByteArray *out, QString *error)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("ws::DnsQuery", text);
    };
    QString trimmed = name.trimmed();
    if (trimmed.endsWith(QLatin1Char('.')))
        trimmed.chop(1);
    QByteArray message(12, '\0');
    qToBigEndian<quint16>(id, message.data());
    // flags 0: a standard query, no recursion desired; QDCOUNT 1.
    qToBigEndian<quint16>(1, message.data() + 4);
    if (!trimmed.isEmpty()) {
        const QByteArray ascii = QUrl::toAce(trimmed);
        if (ascii.isEmpty()) {
            *error = tr("\"%1\" is not a valid domain name").arg(name);
            return false;
        }
        if (ascii.size() > 253) {
            *error = tr("\"%1\" is longer than a domain name may be (255 bytes)").arg(name);
            return false;
        }
        for (const QByteArray &label : ascii.split('.')) {
            if (label.isEmpty() || label.size() > 63) {
                *error = tr("\"%1\" has an empty label or one over 63 characters").arg(name);
                return false;
            }
            message.append(char(label.size()));
            message.append(label);
        }
    }
    message.append('\0');
    char tail[4];
    qToBigEndian<quint16>(type, tail);
    qToBigEndian<quint16>(1, tail + 2); // class IN
    message.append(tail, 4);
    *out = message;
    return true;
}

QByteArray DnsQuery::framedForTcp(const QByteArray &message)
{
    QByteArray framed(2, '\0');
    qToBigEndian<quint16>(quint16(message.size()), framed.data());
    return framed + message;
}

} // namespace ws
