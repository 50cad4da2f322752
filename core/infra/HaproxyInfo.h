#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace ws {

// What HAProxy says of itself: the stats socket's `show info` ("Name: HAProxy", "Version: ...",
// "Uptime_sec: ...", one "Key: value" a line), or the version line of its HTML stats page when
// only the page can be reached.
class HaproxyInfo
{
public:
    // Reads `show info`. False when no line has the "Key: value" form or "Name"/"Version" is
    // missing (not HAProxy's answer, or an error such as "Unknown command").
    static bool parse(const QByteArray &text, HaproxyInfo *out);
    // The version the HTML stats page prints ("HAProxy version 2.6.12-1+deb12u4, released
    // ..."); empty when it has none (a page without the version: `stats hide-version`).
    static QString versionFromStatsPage(const QByteArray &html);

    QString value(const QString &key) const { return m_values.value(key); }
    QString version() const { return value(QStringLiteral("Version")); }

    static constexpr qsizetype kMaxKeys = 1000;

private:
    QHash<QString, QString> m_values;
};

} // namespace ws
