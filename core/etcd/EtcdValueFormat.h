#pragma once

#include "common/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ws {

// What kind of text an etcd value holds, recognised from its bytes, and whether it is valid as
// that kind: JSON (QJsonDocument), YAML (yaml-cpp), TOML (toml++), INI (a small parser of our
// own) or plain text. Values that are not UTF-8 text are Binary: the editor shows them as such
// and never writes them back through a text conversion.
class EtcdValueFormat
{
    Q_DECLARE_TR_FUNCTIONS(EtcdValueFormat)

public:
    enum class Kind { Plain, Json, Yaml, Toml, Ini, Binary };

    // Whether `value` is UTF-8 text without NUL or other control characters (tab, line feed and
    // carriage return allowed), so that editing it as text and saving round-trips the bytes.
    static bool isText(const QByteArray &value);
    // The most specific kind `value` parses as: JSON when it starts like JSON (also when broken,
    // so its error shows), then TOML, INI, YAML mappings or sequences; else Plain. Binary first.
    static Kind detect(const QByteArray &value);
    // Problems of `value` read as `kind`, each with a 1-based line and column; empty when valid.
    // Plain text and Binary are always valid. `file` names the key in the problems.
    static Problems validate(const QByteArray &value, Kind kind, const QString &file = {});

    static QString name(Kind kind);
    static QList<Kind> textKinds(); // the kinds a user can choose for a text value
};

} // namespace ws
