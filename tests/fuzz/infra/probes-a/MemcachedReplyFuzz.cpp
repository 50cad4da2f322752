// Fuzz target: MemcachedReply on arbitrary bytes, fed whole and in uneven chunks. The first
// byte picks the command. No crash; both feedings agree; a failure has a reason; a complete
// version reply has a version; no stat has an empty name.
#include "infra/MemcachedReply.h"

#include <cstddef>
#include <cstdint>

using ws::MemcachedReply;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const auto command
        = (data[0] & 1) ? MemcachedReply::Command::Stats : MemcachedReply::Command::Version;
    const QByteArray input(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    MemcachedReply whole(command);
    whole.feed(input);
    MemcachedReply chunked(command);
    qsizetype step = 1;
    for (qsizetype i = 0; i < input.size(); i += step, step = step % 7 + 1)
        chunked.feed(input.mid(i, step));
    if (whole.state() == MemcachedReply::State::Complete
        && chunked.state() != MemcachedReply::State::Complete)
        __builtin_trap();
    if (whole.state() == MemcachedReply::State::Failed && whole.errorString().isEmpty())
        __builtin_trap();
    if (whole.state() == MemcachedReply::State::Complete
        && command == MemcachedReply::Command::Version && whole.version().isEmpty())
        __builtin_trap();
    for (const auto &[name, value] : whole.stats())
        if (name.isEmpty())
            __builtin_trap();
    if (whole.stats().size() > MemcachedReply::kMaxStats)
        __builtin_trap();
    return 0;
}
