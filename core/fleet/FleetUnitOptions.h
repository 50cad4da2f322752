#pragma once

#include "fleet/UnitFile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ws {

// A unit's contents as fleet's API carries them: a list of {section, name, value} options.
// Made from a workspace unit file, from a template for one of its instances, and compared as
// fleet compares them.
class FleetUnitOptions
{
public:
    // The options of a parsed unit file, in file order (lines kept for messages; fleet ignores
    // them).
    static QList<UnitOption> fromUnitFile(const UnitFile &unit);

    enum class Specifiers {
        // The template's options as they are: what fleetctl submits for an instance ("same
        // unit file as the template, but different name"); systemd resolves %i and friends
        // on the machine, fleet in [X-Fleet]. An instance made so matches one that fleetctl
        // made, so the two never look like a change in place.
        Keep,
        // %i %I %n %N %p %P (and %%) resolved here for the instance, as systemd and fleet
        // will resolve them: for showing what an instance will run and where.
        Expand,
    };
    // The options of `instanceName` ("web@2.service") made from its template's options on the
    // client (fleet does not derive instances). Empty when instanceName is not an instance.
    static QList<UnitOption> forInstance(const QList<UnitOption> &templateOptions,
                                         const QString &instanceName,
                                         Specifiers specifiers = Specifiers::Keep);
    // `value` with the specifiers of `unitName` resolved: %n full name, %N full name without
    // the type, %p prefix, %P unescaped prefix, %i instance, %I unescaped instance, %% a '%'.
    // Unknown specifiers stay as they are.
    static QString expandSpecifiers(const QString &value, const QString &unitName);
    // systemd's unescaping of a unit name part: "-" is "/", "\xNN" a byte.
    static QString unescape(const QString &part);

    // The unit file fleet makes of the options (go-systemd's serializer: sections in
    // first-seen order, their options in order, a blank line between sections), and the SHA-1
    // fleet names it by (UnitState.hash).
    static QByteArray serialize(const QList<UnitOption> &options);
    static QString hash(const QList<UnitOption> &options);
    // Whether fleet takes the two as the same unit (it compares the serialized files).
    static bool same(const QList<UnitOption> &a, const QList<UnitOption> &b);
};

} // namespace ws
