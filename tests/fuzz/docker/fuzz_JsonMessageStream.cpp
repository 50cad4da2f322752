// Fuzz target for JsonMessageStream. The oracle is differential: the bytes fed in pseudo-random
// pieces (chosen by the input's last byte) must give exactly what they give fed whole.
#include "docker/JsonMessageStream.h"

#include <cstdint>
#include <cstdlib>

namespace {

struct Result
{
    bool ok;
    QList<ws::JsonMessage> messages;
    qint64 errorOffset;
};

Result run(QByteArrayView input, uint32_t seed, bool split)
{
    ws::JsonMessageStream stream;
    Result r {true, {}, -1};
    qsizetype pos = 0;
    while (pos < input.size() && r.ok) {
        qsizetype take = input.size() - pos;
        if (split) {
            seed = seed * 1103515245u + 12345u;
            take = std::min<qsizetype>(take, 1 + (seed >> 16) % 32);
        }
        r.ok = stream.feed(input.sliced(pos, take), &r.messages);
        pos += take;
    }
    if (r.ok)
        r.ok = stream.finish();
    r.errorOffset = stream.errorOffset();
    if (r.ok != !stream.hasError())
        abort();
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    const uint32_t seed = size ? data[size - 1] : 0;
    const Result whole = run(input, seed, false);
    const Result split = run(input, seed, true);
    if (whole.ok != split.ok || whole.errorOffset != split.errorOffset
        || whole.messages.size() != split.messages.size())
        abort();
    for (qsizetype i = 0; i < whole.messages.size(); ++i) {
        const ws::JsonMessage &a = whole.messages[i];
        const ws::JsonMessage &b = split.messages[i];
        if (a.kind != b.kind || a.offset != b.offset || a.stream != b.stream
            || a.errorMessage != b.errorMessage || a.auxId != b.auxId)
            abort();
    }
    return 0;
}
