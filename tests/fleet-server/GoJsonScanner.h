#pragma once

#include <QByteArray>
#include <QString>

namespace ws::test {

// The first syntax error Go's encoding/json Decoder reports for a body, in Go's own words
// ("invalid character 'n' looking for beginning of object key string", "unexpected EOF"), so
// the test server's 400 answers read as fleetd's do. Like json.Decoder.Decode, only the first
// value counts: what follows it is not looked at.
class GoJsonScanner
{
public:
    // Empty when the first value of `body` is well-formed JSON; *end is then where it ends.
    static QString firstError(const QByteArray &body, qsizetype *end = nullptr);
    // Go's quoteChar(): how an offending byte is shown in a message ('n', '\'', '\x01').
    static QString quoteChar(unsigned char c);

private:
    explicit GoJsonScanner(const QByteArray &body) : m_body(body) { }

    bool atEnd() const { return m_pos >= m_body.size(); }
    unsigned char peek() const { return static_cast<unsigned char>(m_body.at(m_pos)); }
    void skipSpace();
    bool fail(const char *context);
    bool failEof();
    bool value();
    bool object();
    bool array();
    bool string();
    bool number();
    bool literal(const char *word);

    QByteArray m_body;
    qsizetype m_pos = 0;
    QString m_error;
};

} // namespace ws::test
