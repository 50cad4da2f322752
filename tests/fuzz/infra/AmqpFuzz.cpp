// Fuzz target for the AMQP decoders: the input is what a server sends after our protocol
// header, fed to AmqpFrameReader in two pieces (split at the first byte's value), then a frame's
// payload decoded as Connection.Start, and the whole input as a field table. Oracles: nothing
// crashes or recurses without bound; an error always says something; a frame never holds more
// than the input.
#include "infra/AmqpConnectionStart.h"
#include "infra/AmqpFieldTable.h"
#include "infra/AmqpFrameReader.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype split = input.isEmpty() ? 0 : quint8(input[0]) % (input.size() + 1);
    ws::AmqpFrameReader reader;
    reader.feed(input.left(split));
    const ws::AmqpFrameReader::State state = reader.feed(input.mid(split));
    if (state == ws::AmqpFrameReader::State::Error && reader.errorString().isEmpty())
        __builtin_trap();
    if (state == ws::AmqpFrameReader::State::Frame && reader.frame().payload.size() > input.size())
        __builtin_trap();
    QString error;
    ws::AmqpConnectionStart start;
    const QByteArray payload
        = state == ws::AmqpFrameReader::State::Frame ? reader.frame().payload : input;
    if (!ws::AmqpConnectionStart::decode(payload, &start, &error) && error.isEmpty())
        __builtin_trap();
    qsizetype pos = 0;
    QVariantMap table;
    error.clear();
    if (ws::AmqpFieldTable::read(input, &pos, &table, &error)) {
        if (pos > input.size())
            __builtin_trap();
    } else if (error.isEmpty()) {
        __builtin_trap();
    }
    return 0;
}
