// HttpResponseParser: every framing, fed whole, byte by byte and split at every position;
// broken inputs of each kind end in an error, never a crash or a hang.
#include "http/HttpResponseParser.h"

#include <QDir>
#include <QFile>
#include <QTest>

using ws::HttpResponseParser;

namespace {

struct Outcome
{
    bool ok = false;
    bool done = false;
    int status = 0;
    QByteArray body;
    QString error;
};

// Feeds `input` cut at the given positions, then signals the close when `close` is set.
Outcome parse(const QByteArray &input, const QList<qsizetype> &cuts, bool close,
              const QByteArray &method = "GET", HttpResponseParser::Limits limits = {})
{
    HttpResponseParser parser(limits);
    parser.setRequestMethod(method);
    Outcome out;
    out.ok = true;
    qsizetype from = 0;
    QList<qsizetype> points = cuts;
    points.append(input.size());
    for (qsizetype to : points) {
        // Odd pieces go through feedShared(), the transport's zero-copy path.
        const QByteArrayView piece = QByteArrayView(input).sliced(from, to - from);
        QByteArray pieceBody;
        const bool fed = (points.indexOf(to) % 2)
            ? parser.feedShared(piece.toByteArray(), &pieceBody)
            : parser.feed(piece, &pieceBody);
        out.body += pieceBody;
        if (!fed)
            out.ok = false;
        from = to;
    }
    if (close && !parser.isDone() && !parser.finish())
        out.ok = false;
    out.ok = out.ok && !parser.hasError();
    out.done = parser.isDone();
    out.status = parser.statusCode();
    out.error = parser.errorString();
    return out;
}

} // namespace

class tst_HttpResponseParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wellFormed_data();
    void wellFormed();
    void broken_data();
    void broken();
    void headersAndTrailers();
    void headRequestHasNoBody();
    void contentLengthWaitsForTheRest();
    void closeDelimitedNeedsTheClose();
    void bytesAfterTheEndAreIgnored();
    void capturedResponses_data();
    void capturedResponses();
};

void tst_HttpResponseParser::wellFormed_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("close"); // the peer closes after the input
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");

    QTest::newRow("content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nOK")
        << false << 200 << QByteArray("OK");
    QTest::newRow("content-length zero")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << false << 200
        << QByteArray();
    QTest::newRow("repeated equal content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 3, 3\r\nContent-Length: 3\r\n\r\nabc")
        << false << 200 << QByteArray("abc");
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "5\r\nhello\r\n7\r\n, world\r\n0\r\n\r\n")
                             << false << 200 << QByteArray("hello, world");
    QTest::newRow("chunked upper-case hex, extensions, trailers")
        << QByteArray(
               "HTTP/1.1 200 OK\r\nTransfer-Encoding: Chunked\r\n\r\n"
               "A;name=value\r\n0123456789\r\n1 ; x=\"y\"\r\n!\r\n0;last\r\nX-Trailer: t\r\n\r\n")
        << false << 200 << QByteArray("0123456789!");
    QTest::newRow("chunked empty")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n") << false
        << 200 << QByteArray();
    QTest::newRow("close-delimited") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n{\"a\":1}\n{\"b\":2}\n")
                                     << true << 200 << QByteArray("{\"a\":1}\n{\"b\":2}\n");
    QTest::newRow("close-delimited empty")
        << QByteArray("HTTP/1.0 200 OK\r\n\r\n") << true << 200 << QByteArray();
    QTest::newRow("bare LF line ends") << QByteArray("HTTP/1.1 200 OK\nContent-Length: 4\n\nbody")
                                       << false << 200 << QByteArray("body");
    QTest::newRow("no reason phrase")
        << QByteArray("HTTP/1.1 204\r\nX: y\r\n\r\n") << false << 204 << QByteArray();
    QTest::newRow("204 ignores content-length")
        << QByteArray("HTTP/1.1 204 No Content\r\nContent-Length: 10\r\n\r\n") << false << 204
        << QByteArray();
    QTest::newRow("304 no body") << QByteArray(
        "HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << false << 304 << QByteArray();
    QTest::newRow("100 continue then answer") << QByteArray(
        "HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}")
                                              << false << 201 << QByteArray("{}");
    QTest::newRow("404 with json body (docker)")
        << QByteArray(
               "HTTP/1.1 404 Not Found\r\nApi-Version: 1.41\r\nContent-Type: application/json\r\n"
               "Content-Length: 45\r\n\r\n{\"message\":\"No such container: c2ada9df5af8\"}")
        << false << 404 << QByteArray("{\"message\":\"No such container: c2ada9df5af8\"}");
    QTest::newRow("binary body") << QByteArray(
        "HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\n\0\r\n\xff", 43)
                                 << false << 200 << QByteArray("\0\r\n\xff", 4);
    QTest::newRow("empty header value")
        << QByteArray("HTTP/1.1 200 OK\r\nX-Empty:\r\nContent-Length: 1\r\n\r\nx") << false << 200
        << QByteArray("x");
}

void tst_HttpResponseParser::wellFormed()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, close);
    QFETCH(int, status);
    QFETCH(QByteArray, body);

    // Whole.
    Outcome whole = parse(input, {}, close);
    QVERIFY2(whole.ok, qPrintable(whole.error));
    QVERIFY(whole.done);
    QCOMPARE(whole.status, status);
    QCOMPARE(whole.body, body);

    // Byte by byte.
    QList<qsizetype> everyByte;
    for (qsizetype i = 1; i < input.size(); ++i)
        everyByte.append(i);
    Outcome bytes = parse(input, everyByte, close);
    QVERIFY2(bytes.ok, qPrintable(bytes.error));
    QCOMPARE(bytes.body, body);

    // Every split into two and every split into three pieces.
    for (qsizetype i = 0; i <= input.size(); ++i) {
        Outcome two = parse(input, {i}, close);
        QVERIFY2(two.ok && two.done && two.body == body,
                 qPrintable(QStringLiteral("split at %1: %2").arg(i).arg(two.error)));
        for (qsizetype j = i; j <= input.size(); j += 3) {
            Outcome three = parse(input, {i, j}, close);
            QVERIFY2(three.ok && three.body == body,
                     qPrintable(QStringLiteral("split at %1,%2").arg(i).arg(j)));
        }
    }
}

void tst_HttpResponseParser::broken_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("close");
    QTest::addColumn<QString>("errorMentions");

    const QByteArray longLine = "HTTP/1.1 200 OK\r\nX-Long: " + QByteArray(20000, 'a') + "\r\n\r\n";
    QByteArray manyHeaders = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 300; ++i)
        manyHeaders += "X-" + QByteArray::number(i) + ": v\r\n";
    QByteArray hugeHeaders = "HTTP/1.1 200 OK\r\n";
    for (int i = 0; i < 200; ++i)
        hugeHeaders += "X-" + QByteArray::number(i) + ": " + QByteArray(2000, 'b') + "\r\n";

    QTest::newRow("not http") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n") << false << "status line";
    QTest::newRow("http/2 status") << QByteArray("HTTP/2 200\r\n\r\n") << false << "status line";
    QTest::newRow("http/1.2") << QByteArray("HTTP/1.2 200 OK\r\n\r\n") << false << "status line";
    QTest::newRow("letters in status")
        << QByteArray("HTTP/1.1 2x0 OK\r\n\r\n") << false << "status line";
    QTest::newRow("two-digit status")
        << QByteArray("HTTP/1.1 99 OK\r\n\r\n") << false << "status line";
    QTest::newRow("status glued to reason")
        << QByteArray("HTTP/1.1 200OK\r\n\r\n") << false << "status line";
    QTest::newRow("header without colon")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length 2\r\n\r\nOK") << false << "colon";
    QTest::newRow("header name with space")
        << QByteArray("HTTP/1.1 200 OK\r\nContent Length: 2\r\n\r\nOK") << false << "invalid name";
    QTest::newRow("space before colon")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length : 2\r\n\r\nOK") << false << "invalid name";
    QTest::newRow("folded header")
        << QByteArray("HTTP/1.1 200 OK\r\nX-A: 1\r\n  continued\r\n\r\n") << false << "folded";
    QTest::newRow("header line too long") << longLine << false << "longer than";
    QTest::newRow("too many headers") << manyHeaders << false << "header lines";
    QTest::newRow("headers too large") << hugeHeaders << false << "bytes of headers";
    QTest::newRow("negative content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: -1\r\n\r\n") << false << "Content-Length";
    QTest::newRow("content-length with letters")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12a\r\n\r\n") << false
        << "Content-Length";
    QTest::newRow("content-length overflow")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 99999999999999999999999\r\n\r\n") << false
        << "Content-Length";
    QTest::newRow("conflicting content-length")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\nabc")
        << false << "different";
    QTest::newRow("unknown transfer coding")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: gzip, chunked, br\r\n\r\n") << false
        << "transfer coding";
    QTest::newRow("bad chunk size") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
                                    << false << "chunk size";
    QTest::newRow("empty chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n\r\n") << false
        << "chunk size";
    QTest::newRow("negative chunk size")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n-5\r\nhello\r\n")
        << false << "chunk size";
    QTest::newRow("chunk size overflow") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nfffffffffffffffffff\r\n")
                                         << false << "too large";
    QTest::newRow("chunk longer than announced") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nhello\r\n0\r\n\r\n")
                                                 << false << "more bytes";
    QTest::newRow("chunk size line too long") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1;" + QByteArray(20000, 'e'))
                                              << false << "longer than";
    QTest::newRow("closed before answering") << QByteArray() << true << "without answering";
    QTest::newRow("truncated status line") << QByteArray("HTTP/1.1 20") << true << "headers";
    QTest::newRow("truncated headers")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Len") << true << "headers";
    QTest::newRow("truncated content-length body")
        << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc") << true << "3 of 10";
    QTest::newRow("truncated chunked body")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhel") << true
        << "chunked";
    QTest::newRow("missing last chunk")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n") << true
        << "chunked";
    QTest::newRow("truncated trailers")
        << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nX-T: 1\r\n")
        << true << "chunked";
    QTest::newRow("bad trailer") << QByteArray(
        "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nno colon\r\n\r\n")
                                 << false << "colon";
    QTest::newRow("binary garbage")
        << QByteArray("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03\n", 13) << false
        << "status line";
}

void tst_HttpResponseParser::broken()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, close);
    QFETCH(QString, errorMentions);

    Outcome whole = parse(input, {}, close);
    QVERIFY(!whole.ok);
    QVERIFY(!whole.done);
    QVERIFY2(whole.error.contains(errorMentions, Qt::CaseInsensitive), qPrintable(whole.error));

    // The same verdict however the bytes arrive (small inputs: every split; large: a few).
    const qsizetype step = input.size() > 500 ? input.size() / 37 + 1 : 1;
    for (qsizetype i = 0; i <= input.size(); i += step) {
        Outcome two = parse(input, {i}, close);
        QVERIFY2(!two.ok && two.error.contains(errorMentions, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("split at %1: %2").arg(i).arg(two.error)));
    }
}

void tst_HttpResponseParser::headersAndTrailers()
{
    HttpResponseParser parser;
    QByteArray body;
    QVERIFY(
        parser.feed("HTTP/1.1 200 OK\r\nApi-Version: 1.41\r\nSet-Cookie: a=1\r\nset-cookie: b=2\r\n"
                    "Transfer-Encoding: chunked\r\n\r\n",
                    &body));
    QVERIFY(parser.headersComplete());
    QVERIFY(!parser.isDone());
    QCOMPARE(parser.header("API-VERSION"), QByteArray("1.41"));
    QCOMPARE(parser.header("Set-Cookie"), QByteArray("a=1, b=2"));
    QCOMPARE(parser.header("Missing"), QByteArray());
    QCOMPARE(parser.reasonPhrase(), QByteArray("OK"));
    QCOMPARE(parser.framing(), HttpResponseParser::Framing::Chunked);
    QVERIFY(parser.feed("3\r\nabc\r\n0\r\nDigest: xyz\r\n\r\n", &body));
    QVERIFY(parser.isDone());
    QCOMPARE(body, QByteArray("abc"));
    QCOMPARE(parser.trailers().size(), 1);
    QCOMPARE(parser.trailers().first().second, QByteArray("xyz"));
    QCOMPARE(parser.bodyBytes(), 3);
}

void tst_HttpResponseParser::headRequestHasNoBody()
{
    Outcome out = parse("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nApi-Version: 1.41\r\n\r\n", {},
                        false, "HEAD");
    QVERIFY(out.ok);
    QVERIFY(out.done);
    QCOMPARE(out.body, QByteArray());
}

void tst_HttpResponseParser::contentLengthWaitsForTheRest()
{
    HttpResponseParser parser;
    QByteArray body;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nabc", &body));
    QVERIFY(!parser.isDone());
    QCOMPARE(parser.contentLength(), 6);
    QCOMPARE(body, QByteArray("abc"));
    QVERIFY(parser.feed("def", &body));
    QVERIFY(parser.isDone());
    QCOMPARE(body, QByteArray("abcdef"));
}

void tst_HttpResponseParser::closeDelimitedNeedsTheClose()
{
    HttpResponseParser parser;
    QByteArray body;
    QVERIFY(parser.feed("HTTP/1.1 200 OK\r\n\r\npartial", &body));
    QCOMPARE(parser.framing(), HttpResponseParser::Framing::CloseDelimited);
    QVERIFY(!parser.isDone());
    QVERIFY(parser.finish());
    QVERIFY(parser.isDone());
    QCOMPARE(body, QByteArray("partial"));
}

void tst_HttpResponseParser::bytesAfterTheEndAreIgnored()
{
    Outcome out = parse("HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nxHTTP/1.1 500 Oops\r\n\r\n",
                        {}, false);
    QVERIFY(out.ok);
    QCOMPARE(out.status, 200);
    QCOMPARE(out.body, QByteArray("x"));
}

void tst_HttpResponseParser::capturedResponses_data()
{
    // Answers recorded from dockerd 20.10 and etcd 3.4 (tests/data/http/captured).
    QTest::addColumn<QString>("file");
    // ctest sets WHALESTACK_TEST_DATA; run by hand, the source tree is found next to the test.
    const QString data = qEnvironmentVariable("WHALESTACK_TEST_DATA");
    const QDir dir(data.isEmpty() ? QFINDTESTDATA("../../data/http/captured")
                                  : data + QStringLiteral("/http/captured"));
    const QStringList files = dir.entryList({QStringLiteral("*.http")}, QDir::Files, QDir::Name);
    QVERIFY2(files.size() >= 10, qPrintable(dir.path()));
    for (const QString &file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file);
}

void tst_HttpResponseParser::capturedResponses()
{
    QFETCH(QString, file);
    QFile in(file);
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray input = in.readAll();
    const QByteArray method = file.contains(QLatin1String("-head")) ? "HEAD" : "GET";
    const int status = input.mid(9, 3).toInt();
    // A captured endless stream ends in the middle: complete headers, no error, not done.
    const bool truncated = file.contains(QLatin1String("truncated"));

    HttpResponseParser whole;
    whole.setRequestMethod(method);
    QByteArray body;
    QVERIFY2(whole.feed(input, &body), qPrintable(whole.errorString()));
    QVERIFY(whole.headersComplete());
    QCOMPARE(whole.statusCode(), status);
    QCOMPARE(whole.isDone(), !truncated);
    if (whole.framing() == HttpResponseParser::Framing::ContentLength)
        QCOMPARE(qint64(body.size()), whole.contentLength());

    // Split at every position: the same body.
    for (qsizetype i = 0; i <= input.size(); ++i) {
        HttpResponseParser split;
        split.setRequestMethod(method);
        QByteArray splitBody;
        QVERIFY(split.feed(QByteArrayView(input).first(i), &splitBody));
        QVERIFY(split.feed(QByteArrayView(input).sliced(i), &splitBody));
        QCOMPARE(splitBody, body);
    }
}

QTEST_GUILESS_MAIN(tst_HttpResponseParser)
#include "tst_HttpResponseParser.moc"
