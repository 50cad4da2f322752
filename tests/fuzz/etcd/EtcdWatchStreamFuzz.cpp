// Fuzz target for EtcdWatchStreamParser. The input is a watch stream; its last byte seeds the
// split pattern. The oracle is differential: the bytes fed in random pieces must give exactly
// what they give fed whole (same verdict, same messages), and a failure must say why.
#include "etcd/EtcdWatchStreamParser.h"

#include <cstdint>
#include <cstdlib>

namespace {

struct Result
{
    bool ok = true;
    QList<ws::EtcdWatchMessage> messages;
};

Result run(QByteArrayView input, uint32_t seed, bool split)
{
    ws::EtcdWatchStreamParser parser;
    Result r;
    qsizetype pos = 0;
    while (pos < input.size() && r.ok) {
        qsizetype take = input.size() - pos;
        if (split) {
            seed = seed * 1103515245u + 12345u; // a small LCG: deterministic pieces of 1..64 bytes
            take = std::min<qsizetype>(take, 1 + (seed >> 16) % 64);
        }
        r.ok = parser.feed(input.sliced(pos, take), &r.messages);
        pos += take;
    }
    if (r.ok)
        r.ok = parser.finish(&r.messages);
    if (r.ok == parser.hasError() || (!r.ok && parser.errorString().isEmpty()))
        std::abort();
    return r;
}

bool same(const ws::EtcdWatchMessage &a, const ws::EtcdWatchMessage &b)
{
    return a.kind == b.kind && a.revision == b.revision && a.watchId == b.watchId
        && a.created == b.created && a.canceled == b.canceled
        && a.compactRevision == b.compactRevision && a.cancelReason == b.cancelReason
        && a.events == b.events && a.grpcCode == b.grpcCode && a.errorMessage == b.errorMessage;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t control = data[size - 1];
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size - 1));
    const Result whole = run(input, 0, false);
    const Result pieces = run(input, control, true);
    if (whole.ok != pieces.ok)
        std::abort();
    // A broken stream stops at the same message however it was split.
    if (whole.messages.size() != pieces.messages.size())
        std::abort();
    for (qsizetype i = 0; i < whole.messages.size(); ++i)
        if (!same(whole.messages[i], pieces.messages[i]))
            std::abort();
    return 0;
}
