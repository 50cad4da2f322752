#include "fleet/FleetSchedulingRules.h"

#include "fleet/FleetUnitOptions.h"

#include <QRegularExpression>

namespace ws {

namespace {

// fleet 0.8 renamed these; units written before still use the old names.
QString currentName(const QString &name)
{
    if (name == QLatin1String("X-ConditionMachineID"))
        return QStringLiteral("MachineID");
    if (name == QLatin1String("X-ConditionMachineOf"))
        return QStringLiteral("MachineOf");
    if (name == QLatin1String("X-ConditionMachineMetadata"))
        return QStringLiteral("MachineMetadata");
    if (name == QLatin1String("X-Conflicts"))
        return QStringLiteral("Conflicts");
    return name;
}

} // namespace

FleetSchedulingRules FleetSchedulingRules::fromOptions(const QString &unitName,
                                                       const QList<UnitOption> &options)
{
    FleetSchedulingRules rules;
    rules.unitName = unitName;
    for (const UnitOption &o : options) {
        if (o.section != QLatin1String("X-Fleet"))
            continue;
        const QString name = currentName(o.name);
        const QString value = FleetUnitOptions::expandSpecifiers(o.value, unitName).trimmed();
        if (name == QLatin1String("MachineID")) {
            rules.machineIds.append(value);
        } else if (name == QLatin1String("MachineOf")) {
            rules.machineOf.append(value);
        } else if (name == QLatin1String("MachineMetadata")) {
            for (const QString &pair : words(value)) {
                const QStringList kv = pair.split(QLatin1Char('='));
                if (kv.size() == 2 && !kv[0].isEmpty() && !kv[1].isEmpty())
                    rules.metadata[kv[0]].append(kv[1]);
            }
        } else if (name == QLatin1String("Conflicts")) {
            rules.conflicts.append(words(value));
        } else if (name == QLatin1String("Global")) {
            rules.global = rules.global || value == QLatin1String("true");
        }
    }
    return rules;
}

bool FleetSchedulingRules::metadataMatches(const FleetMachine &machine) const
{
    return missingMetadata(machine).isEmpty();
}

QStringList FleetSchedulingRules::missingMetadata(const FleetMachine &machine) const
{
    QStringList missing;
    for (auto it = metadata.cbegin(); it != metadata.cend(); ++it)
        if (!machine.metadata.contains(it.key())
            || !it.value().contains(machine.metadata.value(it.key())))
            missing.append(it.key() + QLatin1Char('=') + it.value().join(QLatin1Char('|')));
    return missing;
}

bool FleetSchedulingRules::conflictsWith(const FleetSchedulingRules &other) const
{
    if (other.unitName == unitName)
        return false;
    for (const QString &glob : conflicts)
        if (globMatch(glob, other.unitName))
            return true;
    for (const QString &glob : other.conflicts)
        if (globMatch(glob, unitName))
            return true;
    return false;
}

bool FleetSchedulingRules::globMatch(const QString &pattern, const QString &name)
{
    // Unit names have no '/', so Qt's path-aware wildcards match as Go's path.Match does.
    const QRegularExpression re(QRegularExpression::wildcardToRegularExpression(pattern));
    return re.isValid() && re.match(name).hasMatch();
}

QStringList FleetSchedulingRules::words(const QString &value)
{
    QStringList out;
    QString current;
    bool quoted = false;
    for (const QChar c : value) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
        } else if (c.isSpace() && !quoted) {
            if (!current.isEmpty())
                out.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    if (!current.isEmpty())
        out.append(current);
    return out;
}

bool FleetSchedulingRules::isTemplateName(const QString &name)
{
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    const qsizetype dot = name.lastIndexOf(QLatin1Char('.'));
    return at >= 0 && dot == at + 1;
}

} // namespace ws
