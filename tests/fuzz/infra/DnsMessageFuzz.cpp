// Fuzz target for DnsMessage: arbitrary bytes as a DNS reply. Oracles: nothing crashes or
// loops; a failure says something; names stay within 255 bytes (plus dots); the records found
// are no more than the header announced.
#include "infra/DnsMessage.h"

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    ws::DnsMessage message;
    QString error;
    if (!ws::DnsMessage::parse(input, &message, &error)) {
        if (error.isEmpty())
            __builtin_trap();
        return 0;
    }
    if (message.answers.size() > message.answerCount
        || message.authority.size() > message.authorityCount)
        __builtin_trap();
    for (const ws::DnsRecord &record : message.answers + message.authority)
        if (record.name.size() > 255 || record.soa.mname.size() > 255)
            __builtin_trap();
    (void)message.soaAnswer();
    (void)ws::DnsMessage::rcodeName(message.rcode);
    return 0;
}
