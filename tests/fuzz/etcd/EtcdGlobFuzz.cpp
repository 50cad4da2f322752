// Fuzz target for EtcdGlob, the port of Go's path.Match that confd's gets/getvs use. The input is
// a pattern, a newline, and a key. Oracles: nothing crashes; a malformed pattern matches nothing;
// a match starts with the pattern's literal prefix; a literal pattern matches only itself; for
// patterns of only '*', '?' and plain bytes the result equals a simple reference matcher (which
// is slow but obviously right).
#include "etcd/EtcdGlob.h"

#include <QString>
#include <QStringView>

#include <cstdint>
#include <cstdlib>

using ws::EtcdGlob;

namespace {

void check(bool condition)
{
    if (!condition)
        std::abort();
}

// '*' any run of bytes without '/', '?' one UTF-8 character other than '/' (or one invalid byte).
qsizetype runeSize(QByteArrayView s)
{
    const QString decoded = QString::fromUtf8(s.first(std::min<qsizetype>(s.size(), 4)));
    if (s.startsWith("\xef\xbf\xbd"))
        return 3; // U+FFFD itself, validly encoded
    if (decoded.isEmpty() || decoded.at(0) == QChar::ReplacementCharacter)
        return 1;
    const qsizetype units = decoded.at(0).isHighSurrogate() ? 2 : 1;
    return QStringView(decoded).first(units).toUtf8().size();
}

bool reference(QByteArrayView pattern, QByteArrayView name)
{
    if (pattern.isEmpty())
        return name.isEmpty();
    if (pattern[0] == '*') {
        for (qsizetype i = 0;; ++i) {
            if (reference(pattern.sliced(1), name.sliced(i)))
                return true;
            if (i == name.size() || name[i] == '/')
                return false;
        }
    }
    if (name.isEmpty())
        return false;
    if (pattern[0] == '?') {
        if (name[0] == '/')
            return false;
        return reference(pattern.sliced(1), name.sliced(runeSize(name)));
    }
    return pattern[0] == name[0] && reference(pattern.sliced(1), name.sliced(1));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const qsizetype newline = input.indexOf('\n');
    const QByteArray pattern = newline < 0 ? input : input.first(newline);
    const QByteArray name = newline < 0 ? QByteArray() : input.sliced(newline + 1);
    if (pattern.size() > 64 || name.size() > 256)
        return 0; // the reference matcher is exponential in stars

    bool bad = false;
    const bool matched = EtcdGlob::match(pattern, name, &bad);
    check(!(matched && bad));
    if (bad)
        check(!EtcdGlob::isValid(pattern));
    if (matched) {
        check(EtcdGlob::isValid(pattern));
        check(name.startsWith(EtcdGlob::literalPrefix(pattern)));
    }
    if (!EtcdGlob::isPattern(pattern))
        check(matched == (pattern == name));
    if (!pattern.contains('[') && !pattern.contains('\\')) {
        check(!bad);
        check(matched == reference(pattern, name));
    }
    return 0;
}
