// Fuzz target: a MySQL byte stream through MysqlPacketReader, every packet through
// MysqlGreeting::parse, MysqlErrorPacket::parse and one MysqlResultset. No crash; a parsed
// greeting has a text version; a finished resultset's rows have as many values as columns.
#include "infra/MysqlGreeting.h"
#include "infra/MysqlPacketReader.h"
#include "infra/MysqlResultset.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    ws::MysqlPacketReader reader(1 << 16);
    reader.feed(input);
    ws::MysqlResultset resultset;
    ws::MysqlPacket packet;
    while (reader.next(&packet)) {
        if (packet.payload.size() > reader.maxPayload())
            __builtin_trap();
        ws::MysqlGreeting greeting;
        QString error;
        if (ws::MysqlGreeting::parse(packet.payload, &greeting, &error)) {
            if (greeting.serverVersion.isEmpty() || greeting.version().size() > 255)
                __builtin_trap();
        } else if (error.isEmpty()) {
            __builtin_trap();
        }
        ws::MysqlErrorPacket errorPacket;
        if (ws::MysqlErrorPacket::parse(packet.payload, &errorPacket)
            && errorPacket.message.contains(QLatin1Char('\n')))
            __builtin_trap();
        resultset.add(packet.payload);
    }
    if (resultset.state() == ws::MysqlResultset::State::Done)
        for (const QStringList &row : resultset.rows())
            if (row.size() != resultset.columns().size())
                __builtin_trap();
    if (resultset.state() == ws::MysqlResultset::State::Failed && resultset.errorString().isEmpty())
        __builtin_trap();
    return 0;
}
