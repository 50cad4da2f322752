// EtcdWatchStreamParser: the gateway's watch stream (newline-delimited {"result":…} objects in
// a chunked body) split anywhere, the protobuf-JSON traps (base64 bytes, int64 as strings,
// omitted zero values), and broken input that must end in a readable error, never a crash.
#include "etcd/EtcdWatchStreamParser.h"

#include <QTest>

using namespace ws;

namespace {

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64();
}

// What etcd 3.4 sends for: the creation, a put of /a (created), an update of /a with a binary
// value, a delete of /a, a progress notification.
QByteArray sampleStream()
{
    return QByteArray(
               "{\"result\":{\"header\":{\"cluster_id\":\"14841639068965178418\",\"member_id\":"
               "\"10276657743932975437\",\"revision\":\"1\",\"raft_term\":\"2\"},\"created\":true}}"
               "\n")
        + "{\"result\":{\"header\":{\"revision\":\"2\"},\"events\":[{\"kv\":{\"key\":\"" + b64("/a")
        + "\",\"create_revision\":\"2\",\"mod_revision\":\"2\",\"version\":\"1\",\"value\":\""
        + b64("one")
        + "\"}}]}}"
          "\n"
        + "{\"result\":{\"header\":{\"revision\":\"3\"},\"events\":[{\"kv\":{\"key\":\"" + b64("/a")
        + "\",\"create_revision\":\"2\",\"mod_revision\":\"3\",\"version\":\"2\",\"value\":\""
        + b64(QByteArray("\x00\xff\n\"", 4)) + "\"},\"prev_kv\":{\"key\":\"" + b64("/a")
        + "\",\"create_revision\":\"2\",\"mod_revision\":\"2\",\"version\":\"1\",\"value\":\""
        + b64("one")
        + "\"}}]}}"
          "\n"
        + "{\"result\":{\"header\":{\"revision\":\"4\"},\"events\":[{\"type\":\"DELETE\",\"kv\":{"
          "\"key\":\""
        + b64("/a")
        + "\",\"mod_revision\":\"4\"}}]}}"
          "\n"
        + "{\"result\":{\"header\":{\"revision\":\"9\"}}}"
          "\n";
}

QList<EtcdWatchMessage> parseAll(const QByteArray &stream, qsizetype pieceSize, bool *ok,
                                 QString *error)
{
    EtcdWatchStreamParser parser;
    QList<EtcdWatchMessage> out;
    *ok = true;
    for (qsizetype i = 0; i < stream.size() && *ok; i += pieceSize)
        *ok = parser.feed(QByteArrayView(stream).sliced(i, qMin(pieceSize, stream.size() - i)),
                          &out);
    if (*ok)
        *ok = parser.finish(&out);
    *error = parser.errorString();
    return out;
}

} // namespace

class tst_EtcdWatchStreamParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messages_data();
    void messages();
    void progressAndCompaction();
    void errors();
    void lastMessageWithoutNewline();
    void broken_data();
    void broken();
    void nothingAfterAnError();
};

void tst_EtcdWatchStreamParser::messages_data()
{
    QTest::addColumn<int>("pieceSize");
    QTest::newRow("whole") << 1'000'000;
    QTest::newRow("1 byte") << 1;
    QTest::newRow("7 bytes") << 7;
    QTest::newRow("64 bytes") << 64;
}

void tst_EtcdWatchStreamParser::messages()
{
    QFETCH(int, pieceSize);
    bool ok = false;
    QString error;
    const QList<EtcdWatchMessage> m = parseAll(sampleStream(), pieceSize, &ok, &error);
    QVERIFY2(ok, qPrintable(error));
    QCOMPARE(m.size(), 5);

    QVERIFY(m[0].created);
    QCOMPARE(m[0].revision, 1);
    QVERIFY(m[0].events.isEmpty());
    QVERIFY(!m[0].isProgress());

    QCOMPARE(m[1].events.size(), 1);
    const EtcdEvent &create = m[1].events[0];
    QCOMPARE(create.type, EtcdEvent::Type::Put); // no "type": PUT
    QCOMPARE(create.kv.key, QByteArray("/a"));
    QCOMPARE(create.kv.value, QByteArray("one"));
    QCOMPARE(create.kv.version, 1);
    QCOMPARE(create.kv.modRevision, 2);
    QVERIFY(!create.hasPrevKv);

    const EtcdEvent &update = m[2].events[0];
    QCOMPARE(update.kv.value, QByteArray("\x00\xff\n\"", 4));
    QVERIFY(update.hasPrevKv);
    QCOMPARE(update.prevKv.value, QByteArray("one"));
    QCOMPARE(update.prevKv.modRevision, 2);

    const EtcdEvent &del = m[3].events[0];
    QCOMPARE(del.type, EtcdEvent::Type::Delete);
    QCOMPARE(del.kv.key, QByteArray("/a"));
    QCOMPARE(del.kv.modRevision, 4);
    QVERIFY(del.kv.value.isEmpty());
    QCOMPARE(del.kv.version, 0);

    QVERIFY(m[4].isProgress());
    QCOMPARE(m[4].revision, 9);
}

void tst_EtcdWatchStreamParser::progressAndCompaction()
{
    EtcdWatchStreamParser parser;
    QList<EtcdWatchMessage> m;
    QVERIFY(parser.feed("{\"result\":{\"header\":{\"revision\":\"20\"},\"canceled\":true,\"compact_"
                        "revision\":\"15\"}}"
                        "\r\n\n  \n"
                        "{\"result\":{\"header\":{\"revision\":\"21\"},\"canceled\":true,\"cancel_"
                        "reason\":\"permission denied\"}}"
                        "\n",
                        &m));
    QVERIFY(parser.finish(&m));
    QCOMPARE(m.size(), 2);
    QVERIFY(m[0].canceled);
    QCOMPARE(m[0].compactRevision, 15);
    QVERIFY(!m[0].isProgress());
    QVERIFY(m[1].canceled);
    QCOMPARE(m[1].compactRevision, 0);
    QCOMPARE(m[1].cancelReason, QStringLiteral("permission denied"));
}

void tst_EtcdWatchStreamParser::errors()
{
    EtcdWatchStreamParser parser;
    QList<EtcdWatchMessage> m;
    QVERIFY(parser.feed("{\"error\":{\"grpc_code\":14,\"http_code\":503,\"message\":\"etcdserver: "
                        "no leader\",\"http_status\":\"Service Unavailable\"}}"
                        "\n"
                        "{\"error\":\"etcdserver: permission denied\",\"message\":\"etcdserver: "
                        "permission denied\",\"code\":7}"
                        "\n",
                        &m));
    QCOMPARE(m.size(), 2);
    QCOMPARE(m[0].kind, EtcdWatchMessage::Kind::Error);
    QCOMPARE(m[0].grpcCode, 14);
    QCOMPARE(m[0].httpCode, 503);
    QCOMPARE(m[0].errorMessage, QStringLiteral("etcdserver: no leader"));
    QCOMPARE(m[1].kind, EtcdWatchMessage::Kind::Error);
    QCOMPARE(m[1].grpcCode, 7);
    QCOMPARE(m[1].errorMessage, QStringLiteral("etcdserver: permission denied"));
}

void tst_EtcdWatchStreamParser::lastMessageWithoutNewline()
{
    EtcdWatchStreamParser parser;
    QList<EtcdWatchMessage> m;
    QVERIFY(parser.feed("{\"result\":{\"header\":{\"revision\":\"5\"}}}", &m));
    QVERIFY(m.isEmpty());
    QVERIFY(parser.finish(&m));
    QCOMPARE(m.size(), 1);
    QCOMPARE(m[0].revision, 5);
}

void tst_EtcdWatchStreamParser::broken_data()
{
    QTest::addColumn<QByteArray>("stream");
    QTest::addColumn<QString>("expected"); // a part of the error message

    const QByteArray ok = "{\"result\":{\"header\":{\"revision\":\"1\"},\"created\":true}}"
                          "\n";
    QTest::newRow("not JSON") << ok + "HTTP/1.1 200 OK\n" << QStringLiteral("not JSON");
    QTest::newRow("truncated object") << ok + "{\"result\":{\n" << QStringLiteral("not JSON");
    QTest::newRow("array") << QByteArray("[1,2]\n") << QStringLiteral("not a JSON object");
    QTest::newRow("neither result nor error")
        << QByteArray("{\"header\":{}}\n") << QStringLiteral("neither");
    QTest::newRow("result not object")
        << QByteArray("{\"result\":\"x\"}\n") << QStringLiteral("\"result\" is not an object");
    QTest::newRow("error a number")
        << QByteArray("{\"error\":3}\n") << QStringLiteral("neither an object nor a string");
    QTest::newRow("header not object")
        << QByteArray("{\"result\":{\"header\":[]}}\n") << QStringLiteral("\"header\"");
    QTest::newRow("revision not a number")
        << QByteArray("{\"result\":{\"header\":{\"revision\":\"12a\"}}}\n")
        << QStringLiteral("\"revision\" is not an integer");
    QTest::newRow("revision a fraction")
        << QByteArray("{\"result\":{\"header\":{\"revision\":1.5}}}\n")
        << QStringLiteral("\"revision\" is not an integer");
    QTest::newRow("created a string")
        << QByteArray("{\"result\":{\"created\":\"yes\"}}\n") << QStringLiteral("\"created\"");
    QTest::newRow("events an object")
        << QByteArray("{\"result\":{\"events\":{}}}\n") << QStringLiteral("\"events\"");
    QTest::newRow("event a number")
        << QByteArray("{\"result\":{\"events\":[7]}}\n") << QStringLiteral("an event");
    QTest::newRow("unknown event type")
        << QByteArray("{\"result\":{\"events\":[{\"type\":\"MOVE\",\"kv\":{}}]}}\n")
        << QStringLiteral("unknown type");
    QTest::newRow("kv not object")
        << QByteArray("{\"result\":{\"events\":[{\"kv\":\"a\"}]}}\n") << QStringLiteral("\"kv\"");
    QTest::newRow("key not base64")
        << QByteArray("{\"result\":{\"events\":[{\"kv\":{\"key\":\"a*b\"}}]}}\n")
        << QStringLiteral("\"key\" is not valid base64");
    QTest::newRow("value a number")
        << QByteArray("{\"result\":{\"events\":[{\"kv\":{\"value\":1}}]}}\n")
        << QStringLiteral("\"value\"");
    QTest::newRow("prev_kv broken")
        << QByteArray("{\"result\":{\"events\":[{\"kv\":{},\"prev_kv\":{\"version\":\"x\"}}]}}\n")
        << QStringLiteral("\"version\"");
    QTest::newRow("cancel_reason a number")
        << QByteArray("{\"result\":{\"cancel_reason\":1}}\n") << QStringLiteral("cancel_reason");
    QTest::newRow("ends inside a message")
        << ok + "{\"result\":{\"header\"" << QStringLiteral("ended inside a message");
}

void tst_EtcdWatchStreamParser::broken()
{
    QFETCH(QByteArray, stream);
    QFETCH(QString, expected);
    for (const qsizetype piece : {qsizetype(1), qsizetype(3), stream.size()}) {
        bool ok = true;
        QString error;
        parseAll(stream, piece, &ok, &error);
        QVERIFY(!ok);
        QVERIFY2(error.contains(expected), qPrintable(error));
        QVERIFY2(error.contains(QLatin1String("at byte")), qPrintable(error));
    }
}

void tst_EtcdWatchStreamParser::nothingAfterAnError()
{
    EtcdWatchStreamParser parser;
    QList<EtcdWatchMessage> m;
    QVERIFY(!parser.feed("nonsense\n", &m));
    QVERIFY(parser.hasError());
    QVERIFY(!parser.feed("{\"result\":{\"header\":{\"revision\":\"5\"}}}"
                         "\n",
                         &m));
    QVERIFY(!parser.finish(&m));
    QVERIFY(m.isEmpty());
    QVERIFY(parser.errorString().contains(QLatin1String("at byte 1")));
}

QTEST_GUILESS_MAIN(tst_EtcdWatchStreamParser)
#include "tst_EtcdWatchStreamParser.moc"
