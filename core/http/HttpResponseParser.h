#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace ws {

// Incremental HTTP/1.1 response parser: status line, headers, then the body framed by
// Content-Length, chunked transfer coding (extensions and trailers) or the peer closing.
// Bytes can arrive split anywhere; decoded body bytes come out as soon as they are in.
// Used by the unix-socket transport, where QNetworkAccessManager cannot go in Qt 6.4.
class HttpResponseParser
{
    Q_DECLARE_TR_FUNCTIONS(HttpResponseParser)

public:
    using Header = QPair<QByteArray, QByteArray>;

    struct Limits
    {
        qsizetype maxLineLength = 16 * 1024; // one status, header, chunk-size or trailer line
        qsizetype maxHeaderBytes = 256 * 1024; // all header (or trailer) lines of one response
        int maxHeaderCount = 256;
    };

    enum class Framing { Unknown, NoBody, ContentLength, Chunked, CloseDelimited };

    HttpResponseParser();
    explicit HttpResponseParser(Limits limits);

    // The request's method decides whether a body follows (HEAD: never).
    void setRequestMethod(QByteArrayView method);

    // Parses more bytes and appends the body bytes they complete to *body.
    // Returns false once the response is malformed (see errorString()); later calls do nothing.
    bool feed(QByteArrayView data, QByteArray *body);
    // The same; when all of `data` is body and *body is empty, *body shares it without a copy
    // (the common case while a large body streams in).
    bool feedShared(const QByteArray &data, QByteArray *body);
    // The peer closed the connection: ends a close-delimited body, or fails a truncated response.
    bool finish();

    bool headersComplete() const { return m_headersComplete; }
    bool isDone() const { return m_state == State::Done; }
    bool hasError() const { return m_state == State::Failed; }
    QString errorString() const { return m_error; }

    int statusCode() const { return m_status; }
    QByteArray reasonPhrase() const { return m_reason; }
    int httpMinorVersion() const { return m_minorVersion; }
    Framing framing() const { return m_framing; }
    qint64 contentLength() const { return m_contentLength; } // -1 when not announced
    qint64 bodyBytes() const { return m_bodyBytes; } // decoded so far

    // In the order received; names as sent (compare them case-insensitively).
    const QList<Header> &headers() const { return m_headers; }
    // The value of a header in `headers`, case-insensitive; repeated headers joined with ", "
    // as RFC 9110 allows. Empty when absent.
    static QByteArray headerValue(const QList<Header> &headers, QByteArrayView name);
    const QList<Header> &trailers() const { return m_trailers; }
    // Values of every header with that name (case-insensitive), joined by ", ".
    QByteArray header(QByteArrayView name) const;

private:
    enum class State {
        StatusLine,
        Headers,
        Body,
        ChunkSize,
        ChunkData,
        ChunkDataEnd,
        Trailers,
        Done,
        Failed
    };

    bool fail(const QString &message);
    // Takes one CRLF- (or LF-) terminated line out of the input; false when it is not complete yet.
    bool takeLine(QByteArrayView &data, QByteArray *line);
    bool parseStatusLine(const QByteArray &line);
    bool parseHeaderLine(const QByteArray &line, QList<Header> *into);
    bool headersDone();
    bool parseChunkSize(const QByteArray &line);

    Limits m_limits;
    State m_state = State::StatusLine;
    QString m_error;
    QByteArray m_line; // the incomplete line carried over between feed() calls
    bool m_headRequest = false;
    bool m_headersComplete = false;
    int m_status = 0;
    int m_minorVersion = 1;
    QByteArray m_reason;
    QList<Header> m_headers;
    QList<Header> m_trailers;
    qsizetype m_headerBytes = 0;
    Framing m_framing = Framing::Unknown;
    qint64 m_contentLength = -1;
    qint64 m_remaining = 0; // of the Content-Length body or the current chunk
    qint64 m_bodyBytes = 0;
};

} // namespace ws
