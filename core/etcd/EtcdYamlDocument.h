#pragma once

#include "common/Problem.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ws {

// One key of an export file: its bytes, its value's bytes, and an optional comment written on
// the line(s) above it (the skeleton of missing keys says which template reads the key there).
struct EtcdYamlEntry
{
    QByteArray key;
    QByteArray value;
    QString comment;

    friend bool operator==(const EtcdYamlEntry &, const EtcdYamlEntry &) = default;
};

using EtcdYamlEntries = QList<EtcdYamlEntry>;

// What EtcdYamlDocument::parse() read: the entries in file order, or why the file was refused,
// located at a 1-based line and column.
struct EtcdYamlParseResult
{
    EtcdYamlEntries entries;
    QString header; // the comment lines at the top of the file, without "# "
    QString error; // empty: the file was read
    int line = 0;
    int column = 0;

    bool ok() const { return error.isEmpty(); }
    // "line:column: message" (or the message alone when the whole file is meant).
    QString errorString() const;
    // The error as a Problem in `file`, for the problems panel.
    Problem toProblem(const QString &file) const;
};

// The YAML file format of etcd export and import. One flat mapping under `keys:`, one entry per
// key, so that /a and /a/b can both be present and a file greps well:
//
//   # whalestack etcd export — endpoint http://127.0.0.1:2379, revision 1234, prefix /services/
//   keys:
//     /services/keystone/config/admin-token: "s3cret"
//     # read by templates/nginx.conf.tmpl:3
//     /services/web/config/nginx.conf: |
//       server { … }
//
// Values are strings: single-line ones double-quoted, multi-line ones as literal blocks (with
// chomping and indentation indicators so that every byte comes back). A key or value that is
// not valid UTF-8 (etcd stores bytes) is written as a `!!binary` base64 scalar. Keys that are
// plain path-like names stay unquoted; any other key is double-quoted.
//
// Reading is lenient where a person edits by hand (plain scalars such as 8080 or true are taken
// as the text they show) and strict where a mistake would lose data: broken YAML, a missing
// `keys:` mapping, other top-level entries, duplicate keys, and null, sequence or mapping values
// are refused with the reason and the line:column.
class EtcdYamlDocument
{
    Q_DECLARE_TR_FUNCTIONS(EtcdYamlDocument)

public:
    // `header` (may be several lines) is written as comment lines at the top.
    static QByteArray write(const QList<EtcdYamlEntry> &entries, const QString &header = {});
    static EtcdYamlParseResult parse(const QByteArray &yaml);

    // Whether a value would be written as a `!!binary` scalar (not valid UTF-8).
    static bool isBinary(const QByteArray &bytes);
};

} // namespace ws
