#include "MysqlPacketReader.h"

#include <QCoreApplication>

namespace ws {

QByteArray MysqlPacket::frame(quint8 sequence, const QByteArray &payload)
{
    const auto size = quint32(payload.size());
    QByteArray bytes;
    bytes.reserve(payload.size() + 4);
    bytes.append(char(size & 0xff));
    bytes.append(char((size >> 8) & 0xff));
    bytes.append(char((size >> 16) & 0xff));
    bytes.append(char(sequence));
    bytes.append(payload);
    return bytes;
}

bool MysqlPacketReader::next(MysqlPacket *packet)
{
    if (hasError() || m_buffer.size() < 4)
        return false;
    const auto *b = reinterpret_cast<const uchar *>(m_buffer.constData());
    const int length = int(b[0]) | int(b[1]) << 8 | int(b[2]) << 16;
    if (length > m_maxPayload) {
        // 0xffffff would announce a continued packet; no answer a probe reads is that large.
        m_error = QCoreApplication::translate("ws::MysqlPacketReader",
                                              "it announced a packet of %1 bytes, more than the "
                                              "%2 any MySQL answer to a probe has")
                      .arg(length)
                      .arg(m_maxPayload);
        m_buffer.clear();
        return false;
    }
    if (m_buffer.size() < 4 + length)
        return false;
    packet->sequence = b[3];
    packet->payload = m_buffer.mid(4, length);
    m_buffer.remove(0, 4 + length);
    return true;
}

} // namespace ws
