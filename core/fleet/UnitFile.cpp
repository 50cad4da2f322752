#include "fleet/UnitFile.h"

namespace ws {

QStringList UnitFile::sections() const
{
    QStringList result;
    for (const UnitOption &option : options)
        if (!result.contains(option.section))
            result.append(option.section);
    return result;
}

QStringList UnitFile::values(const QString &section, const QString &name) const
{
    QStringList result;
    for (const UnitOption &option : options)
        if (option.section == section && option.name == name)
            result.append(option.value);
    return result;
}

QString UnitFile::templateName() const
{
    if (kind != Kind::Instance)
        return {};
    return prefix + QLatin1String("@.") + type;
}

} // namespace ws
