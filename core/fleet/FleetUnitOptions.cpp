#include "FleetUnitOptions.h"

#include <QCryptographicHash>
#include <QStringList>

namespace ws {

namespace {

struct NameParts
{
    QString full; // web@a-b.service
    QString withoutType; // web@a-b
    QString prefix; // web
    QString instance; // a-b
};

NameParts split(const QString &unitName)
{
    NameParts p;
    p.full = unitName;
    const qsizetype dot = unitName.lastIndexOf(QLatin1Char('.'));
    p.withoutType = dot < 0 ? unitName : unitName.left(dot);
    const qsizetype at = p.withoutType.indexOf(QLatin1Char('@'));
    p.prefix = at < 0 ? p.withoutType : p.withoutType.left(at);
    p.instance = at < 0 ? QString() : p.withoutType.mid(at + 1);
    return p;
}

int hexValue(QChar c)
{
    const char l = c.toLatin1();
    if (l >= '0' && l <= '9')
        return l - '0';
    if (l >= 'a' && l <= 'f')
        return l - 'a' + 10;
    if (l >= 'A' && l <= 'F')
        return l - 'A' + 10;
    return -1;
}

} // namespace

QList<UnitOption> FleetUnitOptions::fromUnitFile(const UnitFile &unit)
{
    return unit.options;
}

QList<UnitOption> FleetUnitOptions::forInstance(const QList<UnitOption> &templateOptions,
                                                const QString &instanceName, Specifiers specifiers)
{
    const NameParts parts = split(instanceName);
    if (parts.instance.isEmpty() || parts.prefix.isEmpty())
        return {};
    QList<UnitOption> out = templateOptions;
    if (specifiers == Specifiers::Expand)
        for (UnitOption &o : out)
            o.value = expandSpecifiers(o.value, instanceName);
    return out;
}

QString FleetUnitOptions::unescape(const QString &part)
{
    QByteArray bytes;
    const QByteArray in = part.toUtf8();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const char c = in.at(i);
        if (c == '-') {
            bytes.append('/');
        } else if (c == '\\' && i + 3 < in.size() && in.at(i + 1) == 'x'
                   && hexValue(QLatin1Char(in.at(i + 2))) >= 0
                   && hexValue(QLatin1Char(in.at(i + 3))) >= 0) {
            bytes.append(char(hexValue(QLatin1Char(in.at(i + 2))) << 4
                              | hexValue(QLatin1Char(in.at(i + 3)))));
            i += 3;
        } else {
            bytes.append(c);
        }
    }
    return QString::fromUtf8(bytes);
}

QString FleetUnitOptions::expandSpecifiers(const QString &value, const QString &unitName)
{
    const NameParts parts = split(unitName);
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        if (value.at(i) != QLatin1Char('%') || i + 1 >= value.size()) {
            out.append(value.at(i));
            continue;
        }
        const QChar s = value.at(i + 1);
        QString replacement;
        bool known = true;
        switch (s.toLatin1()) {
        case 'n':
            replacement = parts.full;
            break;
        case 'N':
            replacement = parts.withoutType;
            break;
        case 'p':
            replacement = parts.prefix;
            break;
        case 'P':
            replacement = unescape(parts.prefix);
            break;
        case 'i':
            replacement = parts.instance;
            break;
        case 'I':
            replacement = unescape(parts.instance);
            break;
        case '%':
            replacement = QStringLiteral("%");
            break;
        default:
            known = false; // %h, %H, %m, … belong to the machine; systemd fills them there
        }
        if (known) {
            out.append(replacement);
            ++i;
        } else {
            out.append(value.at(i));
        }
    }
    return out;
}

QByteArray FleetUnitOptions::serialize(const QList<UnitOption> &options)
{
    QStringList sections;
    for (const UnitOption &o : options)
        if (!sections.contains(o.section))
            sections.append(o.section);
    QByteArray out;
    for (qsizetype i = 0; i < sections.size(); ++i) {
        out += '[' + sections[i].toUtf8() + "]\n";
        for (const UnitOption &o : options)
            if (o.section == sections[i])
                out += o.name.toUtf8() + '=' + o.value.toUtf8() + '\n';
        if (i < sections.size() - 1)
            out += '\n';
    }
    return out;
}

QString FleetUnitOptions::hash(const QList<UnitOption> &options)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(serialize(options), QCryptographicHash::Sha1).toHex());
}

bool FleetUnitOptions::same(const QList<UnitOption> &a, const QList<UnitOption> &b)
{
    return serialize(a) == serialize(b);
}

} // namespace ws
