// Written by hand because Qt 6.4's QNetworkAccessManager cannot reach a unix socket (DESIGN.md)
// and Debian packages no small, maintained C library for HTTP/1.1 response parsing that fits
// (llhttp and picohttpparser are not in Debian 12 as libraries). The grammar is RFC 9112's,
// with the leniencies Go's and nginx's clients have: bare LF line ends are accepted.
#include "HttpResponseParser.h"

#include <limits>

namespace ws {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!':
    case '#':
    case '$':
    case '%':
    case '&':
    case '\'':
    case '*':
    case '+':
    case '-':
    case '.':
    case '^':
    case '_':
    case '`':
    case '|':
    case '~':
        return true;
    default:
        return false;
    }
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Printable form of bytes from the wire for an error message: no control characters, bounded.
QString excerpt(QByteArrayView bytes)
{
    QString out;
    for (char c : bytes.first(std::min<qsizetype>(bytes.size(), 60))) {
        const auto u = static_cast<unsigned char>(c);
        out += (u >= 0x20 && u < 0x7f) ? QChar(c) : QChar(u'\uFFFD');
    }
    if (bytes.size() > 60)
        out += QStringLiteral("…");
    return out;
}

} // namespace

HttpResponseParser::HttpResponseParser() = default;

HttpResponseParser::HttpResponseParser(Limits limits) : m_limits(limits)
{ }

void HttpResponseParser::setRequestMethod(QByteArrayView method)
{
    m_headRequest = method.compare("HEAD", Qt::CaseInsensitive) == 0;
}

QByteArray HttpResponseParser::header(QByteArrayView name) const
{
    return headerValue(m_headers, name);
}

QByteArray HttpResponseParser::headerValue(const QList<Header> &headers, QByteArrayView name)
{
    QByteArray value;
    bool found = false;
    for (const Header &h : headers) {
        if (QByteArrayView(h.first).compare(name, Qt::CaseInsensitive) != 0)
            continue;
        if (found)
            value += ", ";
        value += h.second;
        found = true;
    }
    return value;
}

bool HttpResponseParser::fail(const QString &message)
{
    m_state = State::Failed;
    m_error = message;
    m_line.clear();
    return false;
}

bool HttpResponseParser::takeLine(QByteArrayView &data, QByteArray *line)
{
    const qsizetype newline = data.indexOf('\n');
    const qsizetype take = newline < 0 ? data.size() : newline + 1;
    if (m_line.size() + take > m_limits.maxLineLength + 2) {
        fail(tr("The server sent a line longer than %1 bytes; this is not an HTTP response "
                "the client can read.")
                 .arg(m_limits.maxLineLength));
        return false;
    }
    if (newline < 0) {
        m_line.append(data);
        data = {};
        return false;
    }
    m_line.append(data.first(newline));
    data = data.sliced(take);
    if (m_line.endsWith('\r'))
        m_line.chop(1);
    *line = std::move(m_line);
    m_line = QByteArray();
    return true;
}

bool HttpResponseParser::parseStatusLine(const QByteArray &line)
{
    // HTTP-version SP 3DIGIT SP reason-phrase; some servers leave out the SP before an empty
    // reason.
    const auto bad = [&] {
        return fail(tr("The server's answer does not start with an HTTP/1.x status line (it "
                       "starts with \"%1\"). Check that the endpoint is an HTTP server.")
                        .arg(excerpt(line)));
    };
    if (line.size() < 12 || !line.startsWith("HTTP/1.") || line[8] != ' ')
        return bad();
    if (line[7] != '0' && line[7] != '1')
        return bad();
    m_minorVersion = line[7] - '0';
    int status = 0;
    for (int i = 9; i < 12; ++i) {
        if (line[i] < '0' || line[i] > '9')
            return bad();
        status = status * 10 + (line[i] - '0');
    }
    if (status < 100)
        return bad();
    if (line.size() > 12 && line[12] != ' ')
        return bad();
    m_status = status;
    m_reason = line.size() > 13 ? line.mid(13) : QByteArray();
    return true;
}

bool HttpResponseParser::parseHeaderLine(const QByteArray &line, QList<Header> *into)
{
    m_headerBytes += line.size() + 2;
    if (m_headerBytes > m_limits.maxHeaderBytes)
        return fail(
            tr("The server sent more than %1 bytes of headers.").arg(m_limits.maxHeaderBytes));
    if (into->size() >= m_limits.maxHeaderCount)
        return fail(tr("The server sent more than %1 header lines.").arg(m_limits.maxHeaderCount));
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(tr("The server folded a header over several lines (\"%1\"), which HTTP/1.1 "
                       "no longer allows.")
                        .arg(excerpt(line)));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return fail(tr("The server sent a header line without a name and colon: \"%1\".")
                        .arg(excerpt(line)));
    for (qsizetype i = 0; i < colon; ++i) {
        if (!isTokenChar(line[i]))
            return fail(tr("The server sent a header with an invalid name: \"%1\".")
                            .arg(excerpt(line.first(colon))));
    }
    into->append({line.first(colon), line.mid(colon + 1).trimmed()});
    return true;
}

bool HttpResponseParser::headersDone()
{
    m_headersComplete = true;
    // Interim answers (100 Continue, 102, 103) are followed by the real one; 101 hands the
    // connection to another protocol, which this client never asks for: it ends the response.
    if (m_status >= 100 && m_status < 200 && m_status != 101) {
        m_headersComplete = false;
        m_headers.clear();
        m_headerBytes = 0;
        m_state = State::StatusLine;
        return true;
    }
    if (m_headRequest || m_status < 200 || m_status == 204 || m_status == 304) {
        m_framing = Framing::NoBody;
        m_state = State::Done;
        return true;
    }
    const QByteArray transferEncoding = header("Transfer-Encoding").trimmed().toLower();
    if (!transferEncoding.isEmpty()) {
        // Only "chunked" is ever applied by the servers we talk to; a coding we cannot undo
        // would hand garbage to the caller.
        const QList<QByteArray> codings = transferEncoding.split(',');
        for (qsizetype i = 0; i < codings.size(); ++i) {
            const QByteArray coding = codings[i].trimmed();
            if (coding == "chunked" && i == codings.size() - 1)
                continue;
            if (coding == "identity")
                continue;
            return fail(tr("The server used the transfer coding \"%1\", which this client does "
                           "not decode.")
                            .arg(QString::fromLatin1(coding)));
        }
        m_framing
            = transferEncoding.endsWith("chunked") ? Framing::Chunked : Framing::CloseDelimited;
        m_state = m_framing == Framing::Chunked ? State::ChunkSize : State::Body;
        return true;
    }
    bool haveLength = false;
    for (const Header &h : std::as_const(m_headers)) {
        if (h.first.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        // Several identical values (or a list of them) are allowed; differing ones are an attack
        // or a broken proxy.
        for (const QByteArray &part : h.second.split(',')) {
            const QByteArray digits = part.trimmed();
            qint64 length = 0;
            bool ok = !digits.isEmpty() && digits.size() <= 18;
            // At most 18 digits: the value fits in qint64 without overflow checks.
            for (char c : ok ? digits : QByteArray()) {
                if (c < '0' || c > '9') {
                    ok = false;
                    break;
                }
                length = length * 10 + (c - '0');
            }
            if (!ok)
                return fail(tr("The server sent an invalid Content-Length: \"%1\".")
                                .arg(excerpt(h.second)));
            if (haveLength && length != m_contentLength)
                return fail(tr("The server sent two different Content-Length values."));
            haveLength = true;
            m_contentLength = length;
        }
    }
    if (haveLength) {
        m_framing = Framing::ContentLength;
        m_remaining = m_contentLength;
        m_state = m_remaining == 0 ? State::Done : State::Body;
        return true;
    }
    m_framing = Framing::CloseDelimited;
    m_state = State::Body;
    return true;
}

bool HttpResponseParser::parseChunkSize(const QByteArray &line)
{
    // chunk-size [ BWS ";" chunk-ext ]; the extensions carry nothing we use.
    qint64 size = 0;
    qsizetype i = 0;
    for (; i < line.size(); ++i) {
        const int digit = hexValue(line[i]);
        if (digit < 0)
            break;
        if (size > (std::numeric_limits<qint64>::max() >> 4))
            return fail(tr("The server announced a chunk too large to be real (\"%1\").")
                            .arg(excerpt(line)));
        size = size * 16 + digit;
    }
    bool ok = i > 0;
    for (qsizetype j = i; ok && j < line.size(); ++j) {
        if (line[j] == ';')
            break;
        if (line[j] != ' ' && line[j] != '\t')
            ok = false;
    }
    if (!ok)
        return fail(tr("The server sent an invalid chunk size line: \"%1\".").arg(excerpt(line)));
    if (size == 0) {
        m_headerBytes = 0;
        m_state = State::Trailers;
    } else {
        m_remaining = size;
        m_state = State::ChunkData;
    }
    return true;
}

bool HttpResponseParser::feedShared(const QByteArray &data, QByteArray *body)
{
    const bool inBody = m_state == State::Body || m_state == State::ChunkData;
    if (inBody && body->isEmpty() && !data.isEmpty()
        && (m_framing == Framing::CloseDelimited || qint64(data.size()) <= m_remaining)) {
        *body = data;
        m_bodyBytes += data.size();
        if (m_framing != Framing::CloseDelimited) {
            m_remaining -= data.size();
            if (m_remaining == 0)
                m_state = m_framing == Framing::Chunked ? State::ChunkDataEnd : State::Done;
        }
        return true;
    }
    return feed(QByteArrayView(data), body);
}

bool HttpResponseParser::feed(QByteArrayView data, QByteArray *body)
{
    // At most all of it is body: one allocation instead of one per chunk.
    body->reserve(body->size() + data.size());
    QByteArray line;
    while (!data.isEmpty()) {
        switch (m_state) {
        case State::Failed:
            return false;
        case State::Done:
            // With "Connection: close" nothing may follow; anything that does is ignored.
            return true;
        case State::StatusLine:
            if (!takeLine(data, &line))
                return !hasError();
            // RFC 9112 §2.2: a client may skip empty lines before the status line.
            if (line.isEmpty() && m_status == 0)
                break;
            if (!parseStatusLine(line))
                return false;
            m_state = State::Headers;
            break;
        case State::Headers:
            if (!takeLine(data, &line))
                return !hasError();
            if (line.isEmpty()) {
                if (!headersDone())
                    return false;
            } else if (!parseHeaderLine(line, &m_headers)) {
                return false;
            }
            break;
        case State::Body:
        case State::ChunkData: {
            qsizetype take = data.size();
            if (m_framing != Framing::CloseDelimited)
                take = qsizetype(std::min<qint64>(take, m_remaining));
            body->append(data.first(take));
            data = data.sliced(take);
            m_bodyBytes += take;
            if (m_framing == Framing::CloseDelimited)
                break;
            m_remaining -= take;
            if (m_remaining == 0)
                m_state = m_framing == Framing::Chunked ? State::ChunkDataEnd : State::Done;
            break;
        }
        case State::ChunkDataEnd:
            if (!takeLine(data, &line))
                return !hasError();
            if (!line.isEmpty())
                return fail(tr("The server sent %1 more bytes than the chunk size announced.")
                                .arg(line.size()));
            m_state = State::ChunkSize;
            break;
        case State::ChunkSize:
            if (!takeLine(data, &line))
                return !hasError();
            if (!parseChunkSize(line))
                return false;
            break;
        case State::Trailers:
            if (!takeLine(data, &line))
                return !hasError();
            if (line.isEmpty())
                m_state = State::Done;
            else if (!parseHeaderLine(line, &m_trailers))
                return false;
            break;
        }
    }
    return !hasError();
}

bool HttpResponseParser::finish()
{
    switch (m_state) {
    case State::Done:
        return true;
    case State::Failed:
        return false;
    case State::Body:
        if (m_framing == Framing::CloseDelimited) {
            m_state = State::Done;
            return true;
        }
        break;
    default:
        break;
    }
    if (m_state == State::StatusLine && m_status == 0 && m_line.isEmpty())
        return fail(tr("The server closed the connection without answering."));
    if (!m_headersComplete)
        return fail(tr("The server closed the connection in the middle of the response headers."));
    if (m_contentLength >= 0)
        return fail(tr("The server closed the connection after %1 of %2 body bytes.")
                        .arg(m_bodyBytes)
                        .arg(m_contentLength));
    return fail(tr("The server closed the connection in the middle of a chunked body, after "
                   "%1 bytes.")
                    .arg(m_bodyBytes));
}

} // namespace ws
