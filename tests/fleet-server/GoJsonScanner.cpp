#include "GoJsonScanner.h"

namespace ws::test {

namespace {

bool isSpace(unsigned char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isDigit(unsigned char c)
{
    return c >= '0' && c <= '9';
}

bool isHex(unsigned char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

} // namespace

QString GoJsonScanner::firstError(const QByteArray &body, qsizetype *end)
{
    GoJsonScanner scanner(body);
    scanner.skipSpace();
    if (scanner.atEnd())
        return QStringLiteral("EOF"); // io.EOF: nothing at all to decode
    scanner.value();
    if (end)
        *end = scanner.m_pos;
    return scanner.m_error;
}

QString GoJsonScanner::quoteChar(unsigned char c)
{
    if (c == '\'')
        return QStringLiteral("'\\''");
    if (c == '"')
        return QStringLiteral("'\"'");
    // strconv.Quote of the byte taken as a rune (Latin-1), with single quotes around it.
    switch (c) {
    case '\a':
        return QStringLiteral("'\\a'");
    case '\b':
        return QStringLiteral("'\\b'");
    case '\f':
        return QStringLiteral("'\\f'");
    case '\n':
        return QStringLiteral("'\\n'");
    case '\r':
        return QStringLiteral("'\\r'");
    case '\t':
        return QStringLiteral("'\\t'");
    case '\v':
        return QStringLiteral("'\\v'");
    case '\\':
        return QStringLiteral("'\\\\'");
    default:
        break;
    }
    if (c < 0x20 || c == 0x7f)
        return QStringLiteral("'\\x%1'").arg(c, 2, 16, QLatin1Char('0'));
    if ((c >= 0x80 && c <= 0xa0) || c == 0xad)
        return QStringLiteral("'\\u%1'").arg(c, 4, 16, QLatin1Char('0'));
    return QLatin1Char('\'') + QChar(c) + QLatin1Char('\'');
}

void GoJsonScanner::skipSpace()
{
    while (!atEnd() && isSpace(peek()))
        ++m_pos;
}

bool GoJsonScanner::fail(const char *context)
{
    m_error = QStringLiteral("invalid character %1 %2")
                  .arg(quoteChar(peek()), QString::fromLatin1(context));
    return false;
}

bool GoJsonScanner::failEof()
{
    m_error = QStringLiteral("unexpected EOF");
    return false;
}

bool GoJsonScanner::value()
{
    skipSpace();
    if (atEnd())
        return failEof();
    const unsigned char c = peek();
    switch (c) {
    case '{':
        return object();
    case '[':
        return array();
    case '"':
        return string();
    case 't':
        return literal("true");
    case 'f':
        return literal("false");
    case 'n':
        return literal("null");
    default:
        if (c == '-' || isDigit(c))
            return number();
        return fail("looking for beginning of value");
    }
}

bool GoJsonScanner::object()
{
    ++m_pos; // '{'
    skipSpace();
    if (atEnd())
        return failEof();
    if (peek() == '}') {
        ++m_pos;
        return true;
    }
    for (;;) {
        skipSpace();
        if (atEnd())
            return failEof();
        if (peek() != '"')
            return fail("looking for beginning of object key string");
        if (!string())
            return false;
        skipSpace();
        if (atEnd())
            return failEof();
        if (peek() != ':')
            return fail("after object key");
        ++m_pos;
        if (!value())
            return false;
        skipSpace();
        if (atEnd())
            return failEof();
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        if (peek() == '}') {
            ++m_pos;
            return true;
        }
        return fail("after object key:value pair");
    }
}

bool GoJsonScanner::array()
{
    ++m_pos; // '['
    skipSpace();
    if (atEnd())
        return failEof();
    if (peek() == ']') {
        ++m_pos;
        return true;
    }
    for (;;) {
        if (!value())
            return false;
        skipSpace();
        if (atEnd())
            return failEof();
        if (peek() == ',') {
            ++m_pos;
            continue;
        }
        if (peek() == ']') {
            ++m_pos;
            return true;
        }
        return fail("after array element");
    }
}

bool GoJsonScanner::string()
{
    ++m_pos; // '"'
    for (;;) {
        if (atEnd())
            return failEof();
        const unsigned char c = peek();
        if (c == '"') {
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return fail("in string literal");
        ++m_pos;
        if (c != '\\')
            continue;
        if (atEnd())
            return failEof();
        const unsigned char e = peek();
        if (e == 'u') {
            ++m_pos;
            for (int i = 0; i < 4; ++i) {
                if (atEnd())
                    return failEof();
                if (!isHex(peek()))
                    return fail("in \\u hexadecimal character escape");
                ++m_pos;
            }
            continue;
        }
        if (!QByteArrayView("bfnrt\\/\"").contains(char(e)))
            return fail("in string escape code");
        ++m_pos;
    }
}

bool GoJsonScanner::number()
{
    if (peek() == '-') {
        ++m_pos;
        if (atEnd())
            return failEof();
        if (!isDigit(peek()))
            return fail("in numeric literal");
    }
    if (peek() == '0') {
        ++m_pos;
    } else {
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
    }
    if (!atEnd() && peek() == '.') {
        ++m_pos;
        if (atEnd())
            return failEof();
        if (!isDigit(peek()))
            return fail("after decimal point in numeric literal");
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
    }
    if (!atEnd() && (peek() == 'e' || peek() == 'E')) {
        ++m_pos;
        if (!atEnd() && (peek() == '+' || peek() == '-'))
            ++m_pos;
        if (atEnd())
            return failEof();
        if (!isDigit(peek()))
            return fail("in exponent of numeric literal");
        while (!atEnd() && isDigit(peek()))
            ++m_pos;
    }
    return true;
}

bool GoJsonScanner::literal(const char *word)
{
    const QByteArray w(word);
    ++m_pos; // first letter
    for (qsizetype i = 1; i < w.size(); ++i) {
        if (atEnd())
            return failEof();
        if (peek() != static_cast<unsigned char>(w.at(i))) {
            m_error = QStringLiteral("invalid character %1 in literal %2 (expecting %3)")
                          .arg(quoteChar(peek()), QString::fromLatin1(w),
                               quoteChar(static_cast<unsigned char>(w.at(i))));
            return false;
        }
        ++m_pos;
    }
    return true;
}

} // namespace ws::test
