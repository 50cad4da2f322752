#include "HaproxyStatsCsv.h"

#include <QCoreApplication>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::HaproxyStatsCsv", text);
}

// Splits one line into fields. HAProxy quotes a field (doubling inner quotes) when it holds a
// comma or a quote, e.g. a check's description; a trailing comma ends every line, so the
// empty field after it is dropped. False on an unterminated quote.
bool splitLine(const QByteArray &line, QStringList *fields)
{
    fields->clear();
    QByteArray field;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quoted) {
            if (c == '"') {
                if (i + 1 < line.size() && line.at(i + 1) == '"') {
                    field += '"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == '"' && field.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == ',') {
            *fields << QString::fromUtf8(field);
            field.clear();
            wasQuoted = false;
        } else {
            field += c;
        }
    }
    if (quoted)
        return false;
    if (!field.isEmpty() || wasQuoted)
        *fields << QString::fromUtf8(field);
    return true;
}

} // namespace

QString HaproxyStatsCsv::value(qsizetype row, const QString &column) const
{
    if (row < 0 || row >= m_rows.size())
        return {};
    const auto it = m_index.constFind(column);
    if (it == m_index.constEnd())
        return {};
    const QStringList &fields = m_rows.at(row);
    return it.value() < fields.size() ? fields.at(it.value()) : QString();
}

bool HaproxyStatsCsv::parse(const QByteArray &text, HaproxyStatsCsv *out, QString *error)
{
    if (text.contains('\0')) {
        *error = tr("the answer holds binary bytes, so it is not HAProxy's CSV");
        return false;
    }
    HaproxyStatsCsv csv;
    const QList<QByteArray> lines = text.split('\n');
    bool haveHeader = false;
    int lineNumber = 0;
    for (QByteArray line : lines) {
        ++lineNumber;
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.trimmed().isEmpty())
            continue;
        if (!haveHeader) {
            if (!line.startsWith("# ")) {
                *error = tr("line %1 should be the CSV header starting with '# pxname,svname', "
                            "but starts with '%2'")
                             .arg(lineNumber)
                             .arg(QString::fromUtf8(line.left(40)));
                return false;
            }
            if (!splitLine(line.mid(2), &csv.m_columns)) {
                *error = tr("line %1, the CSV header, has an unterminated quote").arg(lineNumber);
                return false;
            }
            if (csv.m_columns.size() > kMaxColumns) {
                *error = tr("the CSV header has %1 columns; HAProxy has about 100")
                             .arg(csv.m_columns.size());
                return false;
            }
            for (int i = 0; i < csv.m_columns.size(); ++i)
                if (!csv.m_index.contains(csv.m_columns.at(i)))
                    csv.m_index.insert(csv.m_columns.at(i), i);
            for (const char *needed : {"pxname", "svname", "status"})
                if (!csv.m_index.contains(QString::fromLatin1(needed))) {
                    *error = tr("the CSV header has no '%1' column, so it is not HAProxy's "
                                "statistics")
                                 .arg(QString::fromLatin1(needed));
                    return false;
                }
            haveHeader = true;
            continue;
        }
        if (csv.m_rows.size() >= kMaxRows) {
            *error = tr("more than %1 rows of statistics").arg(kMaxRows);
            return false;
        }
        QStringList fields;
        if (!splitLine(line, &fields)) {
            *error = tr("line %1 has an unterminated quote").arg(lineNumber);
            return false;
        }
        csv.m_rows << fields;
    }
    if (!haveHeader) {
        *error = tr("the answer is empty: no CSV header");
        return false;
    }
    *out = std::move(csv);
    return true;
}

} // namespace ws
