#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// HAProxy's statistics as CSV (the stats page's ";csv" and the stats socket's `show stat`,
// PROTOCOLS.md 7.3): a header line "# pxname,svname,...," and one line a frontend, backend,
// server or listener, every line with a trailing comma. Read by header name, never by position:
// every HAProxy release appends columns. Hand-written because the format has HAProxy's own
// quirks (the "# " header, trailing commas) and no Qt CSV reader exists.
class HaproxyStatsCsv
{
public:
    // Parses the whole answer. False with *error (translated, naming the line) when it is not
    // HAProxy's CSV: no "# " header, no pxname/svname/status columns, binary bytes, an
    // unterminated quote.
    static bool parse(const QByteArray &text, HaproxyStatsCsv *out, QString *error);

    const QStringList &columns() const { return m_columns; }
    qsizetype rowCount() const { return m_rows.size(); }
    bool hasColumn(const QString &name) const { return m_index.contains(name); }
    // The field of `row` under `column`; empty when the column is absent or the row is short.
    QString value(qsizetype row, const QString &column) const;

    static constexpr qsizetype kMaxColumns = 1000;
    static constexpr qsizetype kMaxRows = 500'000;

private:
    QStringList m_columns;
    QHash<QString, int> m_index;
    QList<QStringList> m_rows;
};

} // namespace ws
