// Fuzz target for HttpResponseParser. The input is a response; its last byte picks the split
// pattern and whether the request was HEAD. The oracle is differential: the bytes fed in random
// pieces must give exactly what they give fed whole (same verdict, same body, same status).
#include "http/HttpResponseParser.h"

#include <cstdint>
#include <cstdlib>

namespace {

struct Result
{
    bool ok;
    bool done;
    int status;
    QByteArray body;
};

Result run(QByteArrayView input, bool head, uint32_t seed, bool split)
{
    ws::HttpResponseParser parser;
    if (head)
        parser.setRequestMethod("HEAD");
    Result r {true, false, 0, {}};
    qsizetype pos = 0;
    while (pos < input.size()) {
        qsizetype take = input.size() - pos;
        if (split) {
            seed = seed * 1103515245u + 12345u; // a small LCG: deterministic pieces of 1..64 bytes
            take = std::min<qsizetype>(take, 1 + (seed >> 16) % 64);
        }
        // Pieces alternate between feed() and the zero-copy feedShared() of the transport.
        QByteArray body;
        const bool fed = (split && (seed & 0x100))
            ? parser.feedShared(input.sliced(pos, take).toByteArray(), &body)
            : parser.feed(input.sliced(pos, take), &body);
        r.body += body;
        if (!fed)
            r.ok = false;
        pos += take;
    }
    if (!parser.isDone() && !parser.finish())
        r.ok = false;
    r.done = parser.isDone();
    r.status = parser.statusCode();
    if (r.ok && r.done && parser.framing() == ws::HttpResponseParser::Framing::ContentLength
        && r.body.size() != parser.contentLength())
        std::abort();
    if (r.ok != !parser.hasError() || (!r.ok && parser.errorString().isEmpty()))
        std::abort();
    return r;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0)
        return 0;
    const uint8_t control = data[size - 1];
    const QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size - 1));
    const bool head = (control & 0x80) != 0;
    const Result whole = run(input, head, 0, false);
    const Result pieces = run(input, head, control, true);
    if (whole.ok != pieces.ok || whole.done != pieces.done)
        std::abort();
    if (whole.ok && (whole.body != pieces.body || whole.status != pieces.status))
        std::abort();
    return 0;
}
