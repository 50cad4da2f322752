#include "AmqpFrameReader.h"

#include <QCoreApplication>
#include <QtEndian>

namespace ws {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ws::AmqpFrameReader", text);
}

// A short, printable picture of the first bytes, for "this is not AMQP" messages.
QString preview(QByteArrayView bytes)
{
    QString text;
    for (char c : bytes.first(std::min<qsizetype>(bytes.size(), 16)))
        text += (c >= 0x20 && c < 0x7f) ? QChar::fromLatin1(c) : QChar(u'.');
    return text;
}

} // namespace

AmqpFrameReader::State AmqpFrameReader::feed(QByteArrayView bytes)
{
    if (m_state != State::NeedMore)
        return m_state;
    m_buffer.append(bytes);
    m_state = parse();
    return m_state;
}

AmqpFrameReader::State AmqpFrameReader::parse()
{
    const QByteArrayView data(m_buffer);
    // "AMQP" can only begin a protocol header: no frame type is 'A'.
    if (data.size() >= 1 && data[0] == 'A') {
        const QByteArrayView magic("AMQP");
        const qsizetype have = std::min<qsizetype>(data.size(), 4);
        if (data.first(have) != magic.first(have)) {
            m_error = tr("the server sent \"%1\", which is not an AMQP frame").arg(preview(data));
            return State::Error;
        }
        if (data.size() < 8)
            return State::NeedMore;
        const auto b = [&](int i) {
            return int(quint8(data[i]));
        };
        // AMQP 0-9-1 writes 0 0 9 1; AMQP 1.0 writes a protocol id then 1 0 0; older
        // drafts 1 1 major minor. Show the last three as the version, the id when not zero.
        m_protocol = QStringLiteral("%1-%2-%3").arg(b(5)).arg(b(6)).arg(b(7));
        if (b(4) != 0 && b(4) != 1)
            m_protocol += QStringLiteral(" (protocol id %1)").arg(b(4));
        return State::ProtocolHeader;
    }
    if (data.isEmpty())
        return State::NeedMore;
    const quint8 type = quint8(data[0]);
    if (type != 1 && type != 2 && type != 3 && type != 8) {
        m_error = tr("the server sent \"%1\", which is not an AMQP frame (type %2)")
                      .arg(preview(data))
                      .arg(type);
        return State::Error;
    }
    if (data.size() < 7)
        return State::NeedMore;
    const quint16 channel = qFromBigEndian<quint16>(data.data() + 1);
    const quint32 size = qFromBigEndian<quint32>(data.data() + 3);
    if (size > kMaxFrameSize) {
        m_error = tr("the server announced a frame of %1 bytes (more than the %2 a "
                     "Connection.Start can need): it is not AMQP")
                      .arg(size)
                      .arg(kMaxFrameSize);
        return State::Error;
    }
    if (quint64(data.size()) < 7 + quint64(size) + 1)
        return State::NeedMore;
    if (quint8(data[7 + size]) != kFrameEnd) {
        m_error = tr("the frame does not end with 0xCE (found 0x%1 after %2 bytes of payload)")
                      .arg(quint8(data[7 + size]), 2, 16, QLatin1Char('0'))
                      .arg(size);
        return State::Error;
    }
    m_frame.type = type;
    m_frame.channel = channel;
    m_frame.payload = m_buffer.mid(7, qsizetype(size));
    return State::Frame;
}

} // namespace ws
