#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// One option line of a systemd unit file. Repeated options stay separate, in file order.
struct UnitOption
{
    QString section; // "Unit", "Service", "X-Fleet", ...
    QString name;
    QString value; // continuation lines joined with a space, %-specifiers left as text
    int line = 0; // 1-based line where the option starts

    friend bool operator==(const UnitOption &, const UnitOption &) = default;
};

// A systemd / fleet unit file from the workspace.
struct UnitFile
{
    enum class Kind { Plain, Template, Instance };

    QString path; // absolute path
    QString name; // file name: "router@.service", "router@1.service", "registrator.service"
    Kind kind = Kind::Plain;
    QString prefix; // part before '@' (or the whole base name for a plain unit)
    QString instance; // part between '@' and the suffix; empty unless Kind::Instance
    QString type; // "service", "socket", "timer"
    QList<UnitOption> options;

    QStringList sections() const; // in first-seen order
    QStringList values(const QString &section, const QString &name) const; // every value, in order
    QString templateName() const; // "router@.service" for an instance, else empty
};

} // namespace ws
