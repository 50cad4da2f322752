#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace ws {

// Glob patterns as confd's gets/getvs match them against keys: Go's path.Match (filepath.Match
// on Linux). '*' matches any run of bytes without '/', '?' one character other than '/',
// "[a-z]" / "[^a-z]" one character in (or not in) a class, '\' escapes the next character.
// A malformed pattern ("[", "a\", "[]") matches nothing, as confd's store sees it.
class EtcdGlob
{
public:
    // True when `pattern` holds an unescaped '*', '?' or '[' (or any '\'), i.e. is not a literal
    // key.
    static bool isPattern(QByteArrayView pattern);
    // True when the whole of `key` matches `pattern`. *badPattern (when given) says the pattern
    // is malformed; the result is then false.
    static bool match(QByteArrayView pattern, QByteArrayView key, bool *badPattern = nullptr);
    // True when `pattern` is well formed.
    static bool isValid(QByteArrayView pattern);
    // The bytes every matching key starts with: the pattern up to its first special character,
    // escapes resolved. Lets a caller scan only that range of a sorted key list.
    static QByteArray literalPrefix(QByteArrayView pattern);
};

} // namespace ws
