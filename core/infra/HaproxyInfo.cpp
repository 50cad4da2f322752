#include "HaproxyInfo.h"

#include <QList>
#include <QRegularExpression>

namespace ws {

bool HaproxyInfo::parse(const QByteArray &text, HaproxyInfo *out)
{
    HaproxyInfo info;
    for (QByteArray line : text.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QString key = QString::fromUtf8(line.left(colon)).trimmed();
        if (key.isEmpty() || key.contains(QLatin1Char(' ')))
            continue;
        if (info.m_values.size() >= kMaxKeys)
            break;
        info.m_values.insert(key, QString::fromUtf8(line.mid(colon + 1)).trimmed());
    }
    if (!info.m_values.contains(QStringLiteral("Name")) || info.version().isEmpty())
        return false;
    *out = std::move(info);
    return true;
}

QString HaproxyInfo::versionFromStatsPage(const QByteArray &html)
{
    static const QRegularExpression pattern(
        QStringLiteral("HAProxy version ([0-9][0-9A-Za-z.+~:_-]{0,63})"));
    const QRegularExpressionMatch match = pattern.match(QString::fromUtf8(html.left(65536)));
    return match.hasMatch() ? match.captured(1) : QString();
}

} // namespace ws
