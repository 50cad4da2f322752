// Fuzz target for EtcdYamlDocument::parse(), the reader of etcd export files. Oracles: nothing
// crashes or hangs; a refusal says why; what was read has no duplicate or empty key; writing
// what was read and reading it again gives the same entries and the same file.
#include "etcd/EtcdYamlDocument.h"

#include <QSet>

#include <cstdint>
#include <cstdlib>

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray yaml(reinterpret_cast<const char *>(data), qsizetype(size));
    const ws::EtcdYamlParseResult parsed = ws::EtcdYamlDocument::parse(yaml);
    if (!parsed.ok()) {
        check(!parsed.error.isEmpty());
        check(parsed.entries.isEmpty());
        check(parsed.line >= 0 && parsed.column >= 0);
        return 0;
    }
    QSet<QByteArray> keys;
    for (const ws::EtcdYamlEntry &e : parsed.entries) {
        check(!e.key.isEmpty());
        check(!keys.contains(e.key));
        keys.insert(e.key);
    }
    // Comments are kept only as far as they are single lines written by us; compare without.
    ws::EtcdYamlEntries plain = parsed.entries;
    for (ws::EtcdYamlEntry &e : plain)
        e.comment.clear();
    const QByteArray written = ws::EtcdYamlDocument::write(plain, QStringLiteral("fuzz"));
    const ws::EtcdYamlParseResult again = ws::EtcdYamlDocument::parse(written);
    check(again.ok());
    check(again.entries == plain);
    check(ws::EtcdYamlDocument::write(again.entries, again.header) == written);
    return 0;
}
