// JsonMessageStream: captured streams from a real dockerd (build, cached build, failing RUN,
// push, push to a closed port), fed whole and split at every size, and broken streams that must
// end in an error naming the byte offset.
#include "docker/JsonMessageStream.h"

#include <QFile>
#include <QTest>

using namespace ws;

namespace {

QByteArray captured(const QString &name)
{
    QFile f(qEnvironmentVariable("WHALESTACK_TEST_DATA") + QLatin1String("/docker/streams/")
            + name);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

struct Parsed
{
    bool ok = true;
    QList<JsonMessage> messages;
    QString error;
    qint64 errorOffset = -1;
};

Parsed parse(const QByteArray &bytes, qsizetype piece)
{
    Parsed p;
    JsonMessageStream stream;
    for (qsizetype pos = 0; pos < bytes.size() && p.ok; pos += piece)
        p.ok = stream.feed(QByteArrayView(bytes).sliced(pos, qMin(piece, bytes.size() - pos)),
                           &p.messages);
    if (p.ok)
        p.ok = stream.finish();
    p.error = stream.errorString();
    p.errorOffset = stream.errorOffset();
    return p;
}

int countKind(const QList<JsonMessage> &messages, JsonMessage::Kind kind)
{
    return int(std::count_if(messages.begin(), messages.end(),
                             [kind](const JsonMessage &m) { return m.kind == kind; }));
}

} // namespace

class tst_JsonMessageStream : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capturedStreams_data();
    void capturedStreams();
    void fields();
    void withoutNewlines();
    void brokenStreams_data();
    void brokenStreams();
    void objectTooLarge();
    void stopsAfterError();
};

void tst_JsonMessageStream::capturedStreams_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("messages");
    QTest::addColumn<int>("streams");
    QTest::addColumn<int>("statuses");
    QTest::addColumn<int>("auxes");
    QTest::addColumn<int>("errors");
    QTest::addColumn<QString>("lastAuxId");

    const QString id
        = QStringLiteral("sha256:092e9769dfd91af30cd4eb8758e09c16524115b5ce0e601476d9f71f573486a2");
    QTest::newRow("build") << "build-success.jsonl" << 20 << 19 << 0 << 1 << 0 << id;
    QTest::newRow("cached build") << "build-cached.jsonl" << 18 << 17 << 0 << 1 << 0 << id;
    QTest::newRow("failing RUN") << "build-failing-run.jsonl" << 13 << 12 << 0 << 0 << 1
                                 << QString();
    QTest::newRow("push") << "push-success.jsonl" << 11 << 0 << 10 << 1 << 0 << QString();
    QTest::newRow("push refused") << "push-refused.jsonl" << 2 << 0 << 1 << 0 << 1 << QString();
}

void tst_JsonMessageStream::capturedStreams()
{
    QFETCH(QString, file);
    QFETCH(int, messages);
    QFETCH(int, streams);
    QFETCH(int, statuses);
    QFETCH(int, auxes);
    QFETCH(int, errors);
    QFETCH(QString, lastAuxId);

    const QByteArray bytes = captured(file);
    QVERIFY2(!bytes.isEmpty(), qPrintable(file));
    const Parsed whole = parse(bytes, bytes.size());
    QVERIFY2(whole.ok, qPrintable(whole.error));
    QCOMPARE(whole.messages.size(), messages);
    QCOMPARE(countKind(whole.messages, JsonMessage::Kind::Stream), streams);
    QCOMPARE(countKind(whole.messages, JsonMessage::Kind::Status), statuses);
    QCOMPARE(countKind(whole.messages, JsonMessage::Kind::Aux), auxes);
    QCOMPARE(countKind(whole.messages, JsonMessage::Kind::Error), errors);
    QString auxId;
    for (const JsonMessage &m : whole.messages)
        if (!m.auxId.isEmpty())
            auxId = m.auxId;
    QCOMPARE(auxId, lastAuxId);

    // Every split gives the same messages.
    for (qsizetype piece : {1, 2, 3, 7, 64, 1000}) {
        const Parsed split = parse(bytes, piece);
        QVERIFY2(split.ok, qPrintable(split.error));
        QCOMPARE(split.messages.size(), whole.messages.size());
        for (int i = 0; i < split.messages.size(); ++i) {
            QCOMPARE(split.messages[i].stream, whole.messages[i].stream);
            QCOMPARE(split.messages[i].status, whole.messages[i].status);
            QCOMPARE(split.messages[i].offset, whole.messages[i].offset);
        }
    }
}

void tst_JsonMessageStream::fields()
{
    Parsed p = parse(captured(QStringLiteral("push-success.jsonl")), 5);
    QVERIFY(p.ok);
    const JsonMessage &pushing = p.messages.at(3);
    QCOMPARE(pushing.kind, JsonMessage::Kind::Status);
    QCOMPARE(pushing.status, QStringLiteral("Pushing"));
    QCOMPARE(pushing.id, QStringLiteral("9cbac8eac35f"));
    QCOMPARE(pushing.current, 33792);
    QCOMPARE(pushing.total, 1982256);
    QVERIFY(pushing.progress.contains(QLatin1String("33.79kB")));
    QCOMPARE(p.messages.at(4).total, -1); // no total for a small layer
    const JsonMessage &result = p.messages.last();
    QCOMPARE(result.kind, JsonMessage::Kind::Aux);
    QCOMPARE(result.aux.value(QLatin1String("Tag")).toString(), QStringLiteral("1"));
    QCOMPARE(result.aux.value(QLatin1String("Size")).toInt(), 734);

    p = parse(captured(QStringLiteral("build-failing-run.jsonl")), 1);
    const JsonMessage &error = p.messages.last();
    QCOMPARE(error.kind, JsonMessage::Kind::Error);
    QCOMPARE(error.errorCode, 3);
    QVERIFY(error.errorMessage.contains(QLatin1String("returned a non-zero code: 3")));

    // Only the deprecated `error` field.
    p = parse(R"({"error":"boom"})", 100);
    QCOMPARE(p.messages.size(), 1);
    QCOMPARE(p.messages.constFirst().kind, JsonMessage::Kind::Error);
    QCOMPARE(p.messages.constFirst().errorMessage, QStringLiteral("boom"));
}

void tst_JsonMessageStream::withoutNewlines()
{
    const QByteArray bytes
        = R"({"stream":"a}{\"b"}{"status":"x","id":"1"}  {"aux":{"ID":"sha256:1"}})";
    const Parsed p = parse(bytes, 1);
    QVERIFY2(p.ok, qPrintable(p.error));
    QCOMPARE(p.messages.size(), 3);
    QCOMPARE(p.messages[0].stream, QStringLiteral("a}{\"b"));
    QCOMPARE(p.messages[1].offset, 19);
    QCOMPARE(p.messages[2].auxId, QStringLiteral("sha256:1"));
}

void tst_JsonMessageStream::brokenStreams_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("messagesBefore");
    QTest::addColumn<qint64>("offset");

    QTest::newRow("text") << QByteArray("hello") << 0 << qint64(0);
    QTest::newRow("html after an object")
        << QByteArray("{\"stream\":\"x\"}\r\n<html>") << 1 << qint64(16);
    QTest::newRow("array") << QByteArray("[1,2]") << 0 << qint64(0);
    QTest::newRow("bad value inside") << QByteArray("{\"a\":nope}") << 0 << qint64(7);
    QTest::newRow("mismatched bracket") << QByteArray("{\"a\":[1}]") << 0 << qint64(8);
    QTest::newRow("cut off") << QByteArray("{\"stream\":\"x\"}{\"stream\":\"y") << 1 << qint64(14);
    QTest::newRow("nul byte") << QByteArray("{}\0{}", 5) << 1 << qint64(2);
}

void tst_JsonMessageStream::brokenStreams()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, messagesBefore);
    QFETCH(qint64, offset);
    for (qsizetype piece : {qsizetype(1), bytes.size()}) {
        const Parsed p = parse(bytes, piece);
        QVERIFY(!p.ok);
        QCOMPARE(p.messages.size(), messagesBefore);
        QCOMPARE(p.errorOffset, offset);
        QVERIFY2(p.error.contains(QString::number(offset)), qPrintable(p.error));
    }
}

void tst_JsonMessageStream::objectTooLarge()
{
    JsonMessageStream stream;
    stream.setMaxObjectSize(100);
    QList<JsonMessage> out;
    QVERIFY(stream.feed("{\"stream\":\"", &out));
    QVERIFY(!stream.feed(QByteArray(200, 'x'), &out));
    QVERIFY(stream.errorString().contains(QLatin1String("100")));
}

void tst_JsonMessageStream::stopsAfterError()
{
    JsonMessageStream stream;
    QList<JsonMessage> out;
    QVERIFY(!stream.feed("x", &out));
    QVERIFY(!stream.feed("{}", &out));
    QVERIFY(out.isEmpty());
    QVERIFY(!stream.finish());
    QCOMPARE(stream.errorOffset(), 0);
}

QTEST_GUILESS_MAIN(tst_JsonMessageStream)
#include "tst_JsonMessageStream.moc"
