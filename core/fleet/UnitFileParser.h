#pragma once

#include "common/Problem.h"
#include "fleet/UnitFile.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace ws {

// Reads systemd unit files the way fleet does (go-systemd's unit deserializer), and reports
// what fleet would drop or reject: options before the first [Section], lines that are not
// options, broken section headers, unknown [X-Fleet] options.
class UnitFileParser
{
    Q_DECLARE_TR_FUNCTIONS(UnitFileParser)

public:
    // The unit in `content`; `path` names the file (its file name gives name, kind, prefix,
    // instance and type). Problems are appended with line and column; the rest still loads.
    static UnitFile parse(const QByteArray &content, const QString &path, Problems *problems);

    // Fills name, kind, prefix, instance and type from a unit file name ("router@1.service";
    // a path is cut to its last component). False when it is not a valid unit name: empty
    // prefix, more than one '@', an unknown type, characters systemd does not allow.
    static bool parseName(const QString &fileName, UnitFile *unit);
};

} // namespace ws
