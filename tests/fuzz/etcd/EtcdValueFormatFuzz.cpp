// Fuzz target for EtcdValueFormat (detection and validation of etcd values as JSON, YAML, TOML,
// INI or plain text) and TextDiff. The input is a value. Oracles: nothing crashes or throws;
// detect() says Binary exactly when isText() is false; every problem of every kind is located on
// a line and column inside the value; a diff of the value against itself is empty, and its diff
// against a changed copy counts the lines it adds and removes consistently.
#include "etcd/EtcdValueFormat.h"
#include "etcd/TextDiff.h"

#include <cstdint>
#include <cstdlib>

using ws::EtcdValueFormat;
using ws::TextDiff;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray value(reinterpret_cast<const char *>(data), qsizetype(size));
    const EtcdValueFormat::Kind kind = EtcdValueFormat::detect(value);
    check((kind == EtcdValueFormat::Kind::Binary) == !EtcdValueFormat::isText(value));
    const int lines = int(value.count('\n')) + 1;
    for (EtcdValueFormat::Kind k : EtcdValueFormat::textKinds()) {
        for (const ws::Problem &p : EtcdValueFormat::validate(value, k)) {
            check(!p.message.isEmpty());
            check(p.line >= 0 && p.line <= lines + 1); // parsers may point just past the end
            check(p.column >= 0);
        }
    }
    if (kind == EtcdValueFormat::Kind::Binary || size > 4096)
        return 0;
    const QString text = QString::fromUtf8(value);
    check(TextDiff::compute(text, text).isIdentical());
    const QString changed = QStringLiteral("first\n") + text + QStringLiteral("\nlast");
    const TextDiff diff = TextDiff::compute(text, changed, 1);
    int added = 0;
    int removed = 0;
    for (const TextDiff::Hunk &hunk : diff.hunks) {
        int oldLines = 0;
        int newLines = 0;
        for (const TextDiff::Line &line : hunk.lines) {
            added += line.type == TextDiff::Line::Type::Added;
            removed += line.type == TextDiff::Line::Type::Removed;
            oldLines += line.type != TextDiff::Line::Type::Added;
            newLines += line.type != TextDiff::Line::Type::Removed;
        }
        check(oldLines == hunk.oldCount && newLines == hunk.newCount);
    }
    check(added == diff.added && removed == diff.removed);
    check(added - removed
              == int(changed.count(QLatin1Char('\n'))) - int(text.count(QLatin1Char('\n')))
          || text.isEmpty() || text.endsWith(QLatin1Char('\n')));
    return 0;
}
