#pragma once

#include <QByteArray>
#include <QString>

namespace ws {

// One packet of the MySQL client/server protocol: its sequence id and payload.
struct MysqlPacket
{
    quint8 sequence = 0;
    QByteArray payload;

    // The bytes on the wire: 3-byte little-endian payload length, sequence id, payload.
    static QByteArray frame(quint8 sequence, const QByteArray &payload);
};

// Cuts the byte stream of a MySQL connection into packets as the bytes arrive (PROTOCOLS.md
// 7.5). Written by hand because no maintained Qt-friendly library reads the wire protocol
// without also owning the socket (libmariadb blocks). A length above maxPayload() is an error
// at once, so a port that sends garbage is recognised from its first four bytes.
class MysqlPacketReader
{
public:
    explicit MysqlPacketReader(int maxPayload = 1 << 20) : m_maxPayload(maxPayload) { }

    void setMaxPayload(int bytes) { m_maxPayload = bytes; }
    int maxPayload() const { return m_maxPayload; }

    void feed(const QByteArray &bytes) { m_buffer += bytes; }
    // Takes the next whole packet; false when more bytes are needed or hasError().
    bool next(MysqlPacket *packet);
    bool hasError() const { return !m_error.isEmpty(); }
    QString errorString() const { return m_error; } // translated
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    QString m_error;
    int m_maxPayload;
};

} // namespace ws
