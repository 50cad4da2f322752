#include "etcd/EtcdGlob.h"

namespace ws {

// Written by hand: confd matches with Go's path.Match, and no maintained C++ library implements
// exactly that. fnmatch(3) with FNM_PATHNAME comes close but differs where it matters here: it
// needs NUL-terminated text (etcd keys are bytes and may hold NUL), reads "[!...]" and POSIX
// "[:alpha:]" classes, depends on the locale, and has no notion of a malformed pattern. This is a
// line-by-line port of Go's path/match.go (Go 1.19), so a key counts as matched exactly when
// confd's template would see it.

namespace {

constexpr char32_t runeError = 0xFFFD;

struct Rune
{
    char32_t value = runeError;
    qsizetype size = 1;
};

// Go's utf8.DecodeRune: an invalid or truncated sequence is RuneError of width 1.
Rune decodeRune(QByteArrayView s)
{
    if (s.isEmpty())
        return {runeError, 0};
    const auto b0 = static_cast<unsigned char>(s[0]);
    if (b0 < 0x80)
        return {b0, 1};
    int size = 0;
    char32_t value = 0;
    char32_t min = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        size = 2;
        value = b0 & 0x1F;
        min = 0x80;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        size = 3;
        value = b0 & 0x0F;
        min = 0x800;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        size = 4;
        value = b0 & 0x07;
        min = 0x10000;
    } else {
        return {runeError, 1};
    }
    if (s.size() < size)
        return {runeError, 1};
    for (int i = 1; i < size; ++i) {
        const auto b = static_cast<unsigned char>(s[i]);
        if ((b & 0xC0) != 0x80)
            return {runeError, 1};
        value = (value << 6) | (b & 0x3F);
    }
    if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return {runeError, 1};
    return {value, size};
}

struct Chunk
{
    bool star = false;
    QByteArrayView chunk;
    QByteArrayView rest;
};

Chunk scanChunk(QByteArrayView pattern)
{
    Chunk result;
    while (!pattern.isEmpty() && pattern[0] == '*') {
        pattern = pattern.sliced(1);
        result.star = true;
    }
    bool inRange = false;
    qsizetype i = 0;
    for (; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '\\') {
            if (i + 1 < pattern.size())
                ++i;
        } else if (c == '[') {
            inRange = true;
        } else if (c == ']') {
            inRange = false;
        } else if (c == '*' && !inRange) {
            break;
        }
    }
    result.chunk = pattern.first(i);
    result.rest = pattern.sliced(i);
    return result;
}

// One (possibly escaped) character of a class; false for a malformed class.
bool getEsc(QByteArrayView &chunk, char32_t *rune)
{
    if (chunk.isEmpty() || chunk[0] == '-' || chunk[0] == ']')
        return false;
    if (chunk[0] == '\\') {
        chunk = chunk.sliced(1);
        if (chunk.isEmpty())
            return false;
    }
    const Rune r = decodeRune(chunk);
    chunk = chunk.sliced(r.size);
    *rune = r.value;
    return !(r.value == runeError && r.size == 1) && !chunk.isEmpty();
}

enum class ChunkResult { Match, NoMatch, Bad };

// Matches `chunk` against the start of `s`; on a match, *rest is what is left of `s`.
ChunkResult matchChunk(QByteArrayView chunk, QByteArrayView s, QByteArrayView *rest)
{
    // Go keeps parsing after a mismatch (failed) so that a malformed pattern is always reported.
    bool failed = false;
    while (!chunk.isEmpty()) {
        if (!failed && s.isEmpty())
            failed = true;
        const char c = chunk[0];
        if (c == '[') {
            char32_t r = 0;
            if (!failed) {
                const Rune decoded = decodeRune(s);
                r = decoded.value;
                s = s.sliced(decoded.size);
            }
            chunk = chunk.sliced(1);
            bool negated = false;
            if (!chunk.isEmpty() && chunk[0] == '^') {
                negated = true;
                chunk = chunk.sliced(1);
            }
            bool matched = false;
            int ranges = 0;
            for (;;) {
                if (!chunk.isEmpty() && chunk[0] == ']' && ranges > 0) {
                    chunk = chunk.sliced(1);
                    break;
                }
                char32_t lo = 0;
                if (!getEsc(chunk, &lo))
                    return ChunkResult::Bad;
                char32_t hi = lo;
                if (chunk[0] == '-') {
                    chunk = chunk.sliced(1);
                    if (!getEsc(chunk, &hi))
                        return ChunkResult::Bad;
                }
                if (lo <= r && r <= hi)
                    matched = true;
                ++ranges;
            }
            if (matched == negated)
                failed = true;
        } else if (c == '?') {
            if (!failed) {
                if (s[0] == '/')
                    failed = true;
                s = s.sliced(decodeRune(s).size);
            }
            chunk = chunk.sliced(1);
        } else {
            if (c == '\\') {
                chunk = chunk.sliced(1);
                if (chunk.isEmpty())
                    return ChunkResult::Bad;
            }
            if (!failed) {
                if (chunk[0] != s[0])
                    failed = true;
                s = s.sliced(1);
            }
            chunk = chunk.sliced(1);
        }
    }
    if (failed)
        return ChunkResult::NoMatch;
    *rest = s;
    return ChunkResult::Match;
}

// After a mismatch Go still checks that the rest of the pattern is well formed.
bool restIsValid(QByteArrayView pattern)
{
    while (!pattern.isEmpty()) {
        const Chunk next = scanChunk(pattern);
        pattern = next.rest;
        QByteArrayView ignored;
        if (matchChunk(next.chunk, {}, &ignored) == ChunkResult::Bad)
            return false;
    }
    return true;
}

} // namespace

bool EtcdGlob::isPattern(QByteArrayView pattern)
{
    for (const char c : pattern)
        if (c == '*' || c == '?' || c == '[' || c == '\\')
            return true;
    return false;
}

bool EtcdGlob::match(QByteArrayView pattern, QByteArrayView name, bool *badPattern)
{
    if (badPattern)
        *badPattern = false;
    auto bad = [badPattern] {
        if (badPattern)
            *badPattern = true;
        return false;
    };
    while (!pattern.isEmpty()) {
        const Chunk next = scanChunk(pattern);
        pattern = next.rest;
        if (next.star && next.chunk.isEmpty()) {
            // A trailing '*' matches the rest unless it holds a '/'.
            return !name.contains('/');
        }
        QByteArrayView rest;
        const ChunkResult here = matchChunk(next.chunk, name, &rest);
        if (here == ChunkResult::Match && (rest.isEmpty() || !pattern.isEmpty())) {
            name = rest;
            continue;
        }
        if (here == ChunkResult::Bad)
            return bad();
        bool advanced = false;
        if (next.star) {
            // Let the star eat i+1 bytes, never a '/'.
            for (qsizetype i = 0; i < name.size() && name[i] != '/'; ++i) {
                const ChunkResult skipped = matchChunk(next.chunk, name.sliced(i + 1), &rest);
                if (skipped == ChunkResult::Match) {
                    if (pattern.isEmpty() && !rest.isEmpty())
                        continue;
                    name = rest;
                    advanced = true;
                    break;
                }
                if (skipped == ChunkResult::Bad)
                    return bad();
            }
        }
        if (advanced)
            continue;
        if (!restIsValid(pattern))
            return bad();
        return false;
    }
    return name.isEmpty();
}

bool EtcdGlob::isValid(QByteArrayView pattern)
{
    bool badPattern = false;
    match(pattern, {}, &badPattern);
    return !badPattern;
}

QByteArray EtcdGlob::literalPrefix(QByteArrayView pattern)
{
    QByteArray prefix;
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const char c = pattern[i];
        if (c == '*' || c == '?' || c == '[')
            break;
        if (c == '\\') {
            if (i + 1 >= pattern.size())
                break;
            ++i;
        }
        prefix.append(pattern[i]);
    }
    return prefix;
}

} // namespace ws
