#include "fleet/UnitImageLink.h"

#include "fleet/UnitFileParser.h"

#include <QRegularExpression>

namespace ws {

namespace {

// Names in the key are what etcd paths and the original's vars.mk use; the component takes
// every character up to the last "-image-name" before the key ends (components have dashes:
// "glance-api").
const QRegularExpression &keyPattern()
{
    static const QRegularExpression pattern(QStringLiteral(
        R"(/services/([A-Za-z0-9_.\-]+)/config/([A-Za-z0-9_.\-]+)-image-name(?![A-Za-z0-9_.\-/]))"));
    return pattern;
}

struct Found
{
    QString key;
    QString service;
    QString component;
};

QList<Found> scan(const QString &text)
{
    QList<Found> found;
    auto it = keyPattern().globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        found.append({m.captured(0), m.captured(1), m.captured(2)});
    }
    return found;
}

// Lower is preferred: the line that runs the image names the key the unit really uses.
int rank(const UnitOption &option)
{
    if (option.section != QLatin1String("Service"))
        return 3;
    if (option.name == QLatin1String("ExecStart"))
        return 0;
    if (option.name == QLatin1String("ExecStartPre"))
        return 1;
    return 2;
}

} // namespace

QString UnitImageLink::keyFor(const QString &service, const QString &component)
{
    return QStringLiteral("/services/%1/config/%2-image-name").arg(service, component);
}

QStringList UnitImageLink::keysIn(const QString &text)
{
    QStringList keys;
    for (const Found &f : scan(text))
        if (!keys.contains(f.key))
            keys.append(f.key);
    return keys;
}

UnitImageLink UnitImageLink::fromOptions(const QList<UnitOption> &options)
{
    UnitImageLink link;
    int best = 4;
    QStringList all;
    for (const UnitOption &option : options) {
        const QList<Found> found = scan(option.value);
        for (const Found &f : found)
            if (!all.contains(f.key))
                all.append(f.key);
        if (found.isEmpty() || rank(option) >= best)
            continue;
        best = rank(option);
        link.key = found.first().key;
        link.service = found.first().service;
        link.component = found.first().component;
        link.line = option.line;
    }
    all.removeAll(link.key);
    link.otherKeys = all;
    return link;
}

UnitImageLink UnitImageLink::fromText(const QString &text)
{
    // The unit parser joins continuation lines, so a key split over "\\\n" is still whole; its
    // problems do not matter here (a broken file can still name its image).
    Problems problems;
    const UnitFile unit = UnitFileParser::parse(text.toUtf8(), QString(), &problems);
    UnitImageLink link = fromOptions(unit.options);
    if (!link.isValid()) {
        // Text outside any option (a comment, a file the parser gave up on) still counts.
        const QList<Found> found = scan(text);
        if (!found.isEmpty()) {
            link.key = found.first().key;
            link.service = found.first().service;
            link.component = found.first().component;
            link.line = int(text.left(text.indexOf(link.key)).count(QLatin1Char('\n'))) + 1;
            QStringList others = keysIn(text);
            others.removeAll(link.key);
            link.otherKeys = others;
        }
    }
    return link;
}

} // namespace ws
