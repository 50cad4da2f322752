#include "RegistratorKeys.h"

#include <QHostAddress>

#include <algorithm>

namespace ws {

bool RegistratorKeys::readAddress(const QByteArray &value, QString *address)
{
    const QString text = QString::fromUtf8(value).trimmed();
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    const bool bracketed = host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']'));
    if (bracketed)
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return false;
    QHostAddress ip;
    if (!ip.setAddress(host))
        return false;
    // An IPv6 address must come in brackets, or its own colons would be read as the port's.
    if (ip.protocol() == QAbstractSocket::IPv6Protocol && !bracketed)
        return false;
    *address = text;
    return true;
}

QList<RegistratorKey> RegistratorKeys::fromKeyValues(const EtcdKeyValues &kvs,
                                                     const QByteArray &prefix, int *skipped)
{
    QByteArray base = prefix;
    while (base.endsWith('/'))
        base.chop(1);
    base += '/';
    QList<RegistratorKey> keys;
    int left = 0;
    for (const EtcdKeyValue &kv : kvs) {
        if (!kv.key.startsWith(base)) {
            ++left;
            continue;
        }
        const QString rest = QString::fromUtf8(kv.key.mid(base.size()));
        const qsizetype slash = rest.lastIndexOf(QLatin1Char('/'));
        QString address;
        if (slash <= 0 || slash == rest.size() - 1 || !readAddress(kv.value, &address)) {
            ++left;
            continue;
        }
        RegistratorKey key;
        key.key = QString::fromUtf8(kv.key);
        key.service = rest.left(slash);
        key.serviceId = rest.mid(slash + 1);
        key.address = address;
        key.ttl = kv.leaseTtl;
        keys << key;
    }
    std::sort(keys.begin(), keys.end(),
              [](const RegistratorKey &a, const RegistratorKey &b) { return a.key < b.key; });
    if (skipped)
        *skipped = left;
    return keys;
}

} // namespace ws
