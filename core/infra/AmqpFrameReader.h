#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace ws {

// One AMQP 0-9-1 frame: type (1 method, 2 header, 3 body, 8 heartbeat), channel, payload.
struct AmqpFrame
{
    quint8 type = 0;
    quint16 channel = 0;
    QByteArray payload;
};

// Reads the first thing an AMQP server sends after our protocol header, however the bytes
// arrive: either one frame (type, channel, size, payload, 0xCE) or, when the server does not
// speak 0-9-1, its own 8-byte protocol header ("AMQP" + 4 bytes) before it closes.
//
// Feed it bytes as they come; it says when it has a frame, a protocol header, needs more, or
// the bytes are not AMQP. Frames larger than kMaxFrameSize are refused: a Connection.Start is a
// few hundred bytes, and a garbage "size" must not make us buffer gigabytes.
class AmqpFrameReader
{
public:
    enum class State { NeedMore, Frame, ProtocolHeader, Error };

    static constexpr quint32 kMaxFrameSize = 128 * 1024;
    static constexpr quint8 kFrameEnd = 0xCE;

    State feed(QByteArrayView bytes);
    State state() const { return m_state; }

    const AmqpFrame &frame() const { return m_frame; } // State::Frame
    // "0-9-1", "1-0-0" (AMQP 1.0), ... from the server's header (State::ProtocolHeader)
    QString protocolVersion() const { return m_protocol; }
    QString errorString() const { return m_error; } // State::Error, translated

private:
    State parse();

    QByteArray m_buffer;
    State m_state = State::NeedMore;
    AmqpFrame m_frame;
    QString m_protocol;
    QString m_error;
};

} // namespace ws
