#include "settings/ConnectionProfile.h"

namespace ws {

namespace {

struct KindSpelling
{
    ConnectionProfile::Kind kind;
    const char *name;
};

constexpr KindSpelling Kinds[] = {
    {ConnectionProfile::Kind::Docker, "docker"},
    {ConnectionProfile::Kind::Etcd, "etcd"},
    {ConnectionProfile::Kind::Fleet, "fleet"},
    {ConnectionProfile::Kind::Registry, "registry"},
};

} // namespace

QString ConnectionProfile::kindName(Kind kind)
{
    for (const auto &k : Kinds)
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    return {};
}

std::optional<ConnectionProfile::Kind> ConnectionProfile::kindFromName(const QString &name)
{
    for (const auto &k : Kinds)
        if (name == QLatin1String(k.name))
            return k.kind;
    return std::nullopt;
}

QStringList ConnectionProfile::kindNames()
{
    QStringList names;
    for (const auto &k : Kinds)
        names.append(QString::fromLatin1(k.name));
    return names;
}

} // namespace ws
