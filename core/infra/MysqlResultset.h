#pragma once

#include "MysqlGreeting.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ws {

// A text resultset as the server answers COM_QUERY, packet by packet: the column count, the
// column definitions, an EOF, the rows (length-encoded strings, NULL as 0xFB) and a closing
// EOF; or an ERR packet instead. Clients that do not ask for CLIENT_DEPRECATE_EOF (the probe
// does not) always get the EOF packets. Hand-written for the reason MysqlPacketReader gives.
class MysqlResultset
{
public:
    enum class State { NeedMore, Done, Failed };

    // Feeds the payload of the next packet of the answer.
    State add(const QByteArray &payload);
    State state() const { return m_state; }
    // Failed: why (translated), the server's own error when it sent one.
    QString errorString() const { return m_error; }
    bool hasServerError() const { return m_serverError.code != 0; }
    const MysqlErrorPacket &serverError() const { return m_serverError; }

    const QStringList &columns() const { return m_columns; }
    // Each row has columns().size() values; SQL NULL is a null QString.
    const QList<QStringList> &rows() const { return m_rows; }

    static constexpr int kMaxColumns = 4096;
    static constexpr int kMaxRows = 100'000;

private:
    enum class Phase { ColumnCount, ColumnDefinitions, Rows };
    State failWith(const QString &reason);

    State m_state = State::NeedMore;
    Phase m_phase = Phase::ColumnCount;
    qint64 m_columnCount = 0;
    QString m_error;
    MysqlErrorPacket m_serverError;
    QStringList m_columns;
    QList<QStringList> m_rows;
};

} // namespace ws
