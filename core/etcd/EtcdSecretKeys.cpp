#include "EtcdSecretKeys.h"

#include <QList>

namespace ws {

namespace {

// Words split on anything but letters and digits, and at lower→upper case changes.
QList<QByteArray> words(const QByteArray &segment)
{
    QList<QByteArray> out;
    QByteArray current;
    auto flush = [&]() {
        if (!current.isEmpty())
            out << current.toLower();
        current.clear();
    };
    for (qsizetype i = 0; i < segment.size(); ++i) {
        const char c = segment.at(i);
        const bool alnum
            = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alnum) {
            flush();
            continue;
        }
        const bool upper = c >= 'A' && c <= 'Z';
        if (upper && !current.isEmpty()) {
            const char previous = current.back();
            if (previous >= 'a' && previous <= 'z')
                flush();
        }
        current += c;
    }
    flush();
    return out;
}

} // namespace

bool EtcdSecretKeys::looksSecret(const QByteArray &key)
{
    QByteArray segment = key;
    while (segment.endsWith('/'))
        segment.chop(1);
    segment = segment.mid(segment.lastIndexOf('/') + 1);
    const QByteArray lower = segment.toLower();
    static const char *const anywhere[] = {"password", "passwd",     "passphrase", "secret",
                                           "token",    "credential", "apikey",     "privatekey"};
    for (const char *word : anywhere) {
        if (lower.contains(word))
            return true;
    }
    static const char *const whole[] = {"key", "keys", "pwd", "pass", "auth", "creds"};
    for (const QByteArray &word : words(segment)) {
        for (const char *secret : whole) {
            if (word == secret)
                return true;
        }
    }
    return false;
}

} // namespace ws
