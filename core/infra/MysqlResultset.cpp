#include "MysqlResultset.h"

#include <QCoreApplication>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::MysqlResultset", text);
}

bool isEof(const QByteArray &payload)
{
    return !payload.isEmpty() && uchar(payload.at(0)) == 0xfe && payload.size() < 9;
}

// A length-encoded integer at *pos; false when it is cut off or is not one (0xFF).
// 0xFB (SQL NULL in a row) gives *isNull.
bool readLength(const QByteArray &data, qsizetype *pos, quint64 *value, bool *isNull)
{
    *isNull = false;
    if (*pos >= data.size())
        return false;
    const auto *b = reinterpret_cast<const uchar *>(data.constData());
    const uchar first = b[*pos];
    int bytes = 0;
    if (first < 0xfb) {
        *value = first;
        *pos += 1;
        return true;
    }
    if (first == 0xfb) {
        *isNull = true;
        *pos += 1;
        return true;
    }
    if (first == 0xfc)
        bytes = 2;
    else if (first == 0xfd)
        bytes = 3;
    else if (first == 0xfe)
        bytes = 8;
    else
        return false;
    if (data.size() - *pos - 1 < bytes)
        return false;
    quint64 v = 0;
    for (int i = 0; i < bytes; ++i)
        v |= quint64(b[*pos + 1 + i]) << (8 * i);
    *value = v;
    *pos += 1 + bytes;
    return true;
}

// A length-encoded string; false when cut off. NULL gives a null QString.
bool readString(const QByteArray &data, qsizetype *pos, QString *out)
{
    quint64 length = 0;
    bool isNull = false;
    if (!readLength(data, pos, &length, &isNull))
        return false;
    if (isNull) {
        *out = QString();
        return true;
    }
    if (length > quint64(data.size() - *pos))
        return false;
    *out = QString::fromUtf8(data.mid(*pos, qsizetype(length)));
    if (out->isNull())
        *out = QLatin1String(""); // empty, but not NULL
    *pos += qsizetype(length);
    return true;
}

} // namespace

MysqlResultset::State MysqlResultset::failWith(const QString &reason)
{
    m_state = State::Failed;
    m_error = reason;
    return m_state;
}

MysqlResultset::State MysqlResultset::add(const QByteArray &payload)
{
    if (m_state != State::NeedMore)
        return m_state;
    if (payload.isEmpty())
        return failWith(tr("an empty packet in the answer to a query"));
    if (uchar(payload.at(0)) == 0xff) {
        MysqlErrorPacket error;
        if (!MysqlErrorPacket::parse(payload, &error))
            return failWith(tr("a broken error packet in the answer to a query"));
        m_serverError = error;
        return failWith(tr("the server answered error %1 (%2): %3")
                            .arg(error.code)
                            .arg(error.sqlState, error.message));
    }
    switch (m_phase) {
    case Phase::ColumnCount: {
        if (uchar(payload.at(0)) == 0x00) { // OK: a statement without a resultset
            m_state = State::Done;
            return m_state;
        }
        qsizetype pos = 0;
        quint64 count = 0;
        bool isNull = false;
        if (!readLength(payload, &pos, &count, &isNull) || isNull || count == 0
            || pos != payload.size())
            return failWith(tr("the answer to a query does not start with a column count"));
        if (count > quint64(kMaxColumns))
            return failWith(tr("the answer to a query announces %1 columns").arg(count));
        m_columnCount = qint64(count);
        m_phase = Phase::ColumnDefinitions;
        return m_state;
    }
    case Phase::ColumnDefinitions: {
        if (isEof(payload)) {
            if (m_columns.size() != m_columnCount)
                return failWith(tr("the answer to a query defines %1 of its %2 columns")
                                    .arg(m_columns.size())
                                    .arg(m_columnCount));
            m_phase = Phase::Rows;
            return m_state;
        }
        if (m_columns.size() >= m_columnCount)
            return failWith(tr("the answer to a query defines more columns than it announced"));
        // catalog, schema, table, org_table, name, org_name, then fixed-length fields
        qsizetype pos = 0;
        QString field;
        for (int i = 0; i < 5; ++i)
            if (!readString(payload, &pos, &field))
                return failWith(tr("a column definition is cut off"));
        m_columns << field;
        return m_state;
    }
    case Phase::Rows: {
        if (isEof(payload)) {
            m_state = State::Done;
            return m_state;
        }
        if (m_rows.size() >= kMaxRows)
            return failWith(tr("the answer to a query has more than %1 rows").arg(kMaxRows));
        QStringList row;
        row.reserve(m_columns.size());
        qsizetype pos = 0;
        for (int i = 0; i < m_columns.size(); ++i) {
            QString value;
            if (!readString(payload, &pos, &value))
                return failWith(
                    tr("row %1 of the answer to a query is cut off").arg(m_rows.size() + 1));
            row << value;
        }
        if (pos != payload.size())
            return failWith(tr("row %1 of the answer to a query has more values than columns")
                                .arg(m_rows.size() + 1));
        m_rows << row;
        return m_state;
    }
    }
    return m_state;
}

} // namespace ws
