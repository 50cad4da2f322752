// Replays every exchange of shared/fixtures/fleet/v1-transcript.json, in order, against a
// fresh ws-fleet-test-server and checks that it answers as the real fleetd did: status,
// content type and body. Bodies are compared key by key (same keys, same value types, lists
// of the same length and element shapes) and then value by value: with the transcript's
// machines and requests everything the test server sends is deterministic (unit names,
// states, machine IDs, error codes and messages, and even the unit hashes, which are SHA-1s
// of the unit's serialized options), so every value must match.
#include "FleetFixture.h"
#include "http/HttpClient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QtTest>

using ws::Endpoint;
using ws::HttpClient;
using ws::HttpReply;
using ws::HttpRequest;
using ws::test::FleetFixture;

namespace {

QString typeName(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("bool");
    case QJsonValue::Double:
        return QStringLiteral("number");
    case QJsonValue::String:
        return QStringLiteral("string");
    case QJsonValue::Array:
        return QStringLiteral("array");
    case QJsonValue::Object:
        return QStringLiteral("object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("undefined");
}

QString compact(const QJsonValue &v)
{
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(
        QJsonDocument(QJsonArray {v}).toJson(QJsonDocument::Compact).mid(1).chopped(1));
}

// Appends to *diffs every place where `actual` differs from `expected`, named by its path
// ("body.units[2].machineID"): first the shape, then the values.
void compare(const QJsonValue &expected, const QJsonValue &actual, const QString &path,
             QStringList *diffs)
{
    if (expected.type() != actual.type()) {
        diffs->append(QStringLiteral("%1: expected a %2, got a %3 (%4)")
                          .arg(path, typeName(expected), typeName(actual), compact(actual)));
        return;
    }
    if (expected.isObject()) {
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key()))
                diffs->append(QStringLiteral("%1: key \"%2\" missing").arg(path, it.key()));
            else
                compare(it.value(), a.value(it.key()), path + QLatin1Char('.') + it.key(), diffs);
        }
        for (auto it = a.begin(); it != a.end(); ++it)
            if (!e.contains(it.key()))
                diffs->append(QStringLiteral("%1: unexpected key \"%2\"").arg(path, it.key()));
        return;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (e.size() != a.size())
            diffs->append(QStringLiteral("%1: expected %2 elements, got %3: %4")
                              .arg(path)
                              .arg(e.size())
                              .arg(a.size())
                              .arg(compact(a)));
        for (qsizetype i = 0; i < std::min(e.size(), a.size()); ++i)
            compare(e.at(i), a.at(i), QStringLiteral("%1[%2]").arg(path).arg(i), diffs);
        return;
    }
    if (expected != actual)
        diffs->append(QStringLiteral("%1: expected %2, got %3")
                          .arg(path, compact(expected), compact(actual)));
}

QJsonArray loadTranscript(QString *error)
{
    const QString path = qEnvironmentVariable("WHALESTACK_SHARED_FIXTURES")
        + QStringLiteral("/fleet/v1-transcript.json");
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1: %2 (is WHALESTACK_SHARED_FIXTURES set?)")
                     .arg(path, file.errorString());
        return {};
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isArray())
        *error = QStringLiteral("%1 is not a JSON array: %2").arg(path, parseError.errorString());
    return doc.array();
}

HttpRequest requestFor(const QJsonObject &r)
{
    HttpRequest request(r.value(QLatin1String("method")).toString().toLatin1(),
                        r.value(QLatin1String("path")).toString().toUtf8());
    const QJsonValue body = r.value(QLatin1String("body"));
    if (body.isString())
        request.body = body.toString().toUtf8();
    else if (body.isObject())
        request.body = QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    else if (body.isArray())
        request.body = QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    // A recorded "content_type": null means the request went without one; otherwise a body
    // goes as JSON, the way every fleet client sends it.
    if (r.contains(QLatin1String("content_type"))) {
        if (r.value(QLatin1String("content_type")).isString())
            request.setHeader("Content-Type",
                              r.value(QLatin1String("content_type")).toString().toLatin1());
    } else if (!body.isNull()) {
        request.setHeader("Content-Type", "application/json");
    }
    return request;
}

// Every difference between the reply and the recorded response; empty when they agree.
QStringList check(const QJsonObject &recorded, const HttpReply &reply)
{
    QStringList diffs;
    const int status = recorded.value(QLatin1String("status")).toInt();
    if (reply.status() != status)
        diffs.append(QStringLiteral("status: expected %1, got %2 (%3)")
                         .arg(status)
                         .arg(reply.status())
                         .arg(reply.errorString()));
    const QByteArray contentType = reply.header("Content-Type").split(';').first().trimmed();
    if (recorded.contains(QLatin1String("content_type"))) {
        const QJsonValue expected = recorded.value(QLatin1String("content_type"));
        if (expected.isNull() && !contentType.isEmpty())
            diffs.append(QStringLiteral("content type: expected none, got %1")
                             .arg(QString::fromLatin1(contentType)));
        else if (expected.isString() && contentType != expected.toString().toLatin1())
            diffs.append(QStringLiteral("content type: expected %1, got \"%2\"")
                             .arg(expected.toString(), QString::fromLatin1(contentType)));
    } else if (contentType != "application/json") {
        // Not recorded (the 415): fleetd's sendError always says application/json.
        diffs.append(QStringLiteral("content type: expected application/json, got \"%1\"")
                         .arg(QString::fromLatin1(contentType)));
    }

    QJsonValue expectedBody = recorded.value(QLatin1String("body"));
    const QByteArray raw = reply.readAll();
    if (expectedBody.isString()) {
        // Recorded as text where the recorder did not parse it; JSON text compares as JSON.
        const QJsonDocument doc = QJsonDocument::fromJson(expectedBody.toString().toUtf8());
        if (doc.isNull()) {
            if (QString::fromUtf8(raw) != expectedBody.toString())
                diffs.append(QStringLiteral("body: expected %1, got %2")
                                 .arg(expectedBody.toString(), QString::fromUtf8(raw)));
            return diffs;
        }
        expectedBody = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    if (expectedBody.isNull()) {
        if (!raw.isEmpty())
            diffs.append(QStringLiteral("body: expected none, got %1").arg(QString::fromUtf8(raw)));
        return diffs;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw, &parseError);
    if (doc.isNull()) {
        diffs.append(QStringLiteral("body: not JSON (%1): %2")
                         .arg(parseError.errorString(), QString::fromUtf8(raw.left(200))));
        return diffs;
    }
    compare(expectedBody, doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array()),
            QStringLiteral("body"), &diffs);
    return diffs;
}

} // namespace

class tst_FleetTranscript : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void replay_data();
    void replay();

private:
    QJsonArray m_transcript;
};

void tst_FleetTranscript::initTestCase()
{
    QString error;
    m_transcript = loadTranscript(&error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The fixture's README counts 27 exchanges; a shorter file would replay less than it says.
    QCOMPARE(m_transcript.size(), 27);
}

void tst_FleetTranscript::replay_data()
{
    QTest::addColumn<bool>("unixSocket");
    QTest::newRow("unix socket") << true;
    QTest::newRow("tcp") << false;
}

void tst_FleetTranscript::replay()
{
    QFETCH(bool, unixSocket);
    FleetFixture fleet; // fresh for each pass: the transcript starts from an empty cluster
    QVERIFY2(fleet.start(), qPrintable(fleet.failureReason()));
    QString endpointError;
    const Endpoint endpoint = Endpoint::fromUrl(
        unixSocket ? fleet.unixUrl() : fleet.tcpUrl().toString(), &endpointError);
    QVERIFY2(endpoint.isValid(), qPrintable(endpointError));
    HttpClient client(endpoint);

    QStringList failures;
    for (qsizetype i = 0; i < m_transcript.size(); ++i) {
        const QJsonObject exchange = m_transcript.at(i).toObject();
        const QJsonObject request = exchange.value(QLatin1String("request")).toObject();
        const QString label = QStringLiteral("#%1 %2 %3 (%4)")
                                  .arg(i)
                                  .arg(request.value(QLatin1String("method")).toString(),
                                       request.value(QLatin1String("path")).toString(),
                                       exchange.value(QLatin1String("note")).toString());
        std::unique_ptr<HttpReply> reply(client.send(requestFor(request)));
        QSignalSpy finished(reply.get(), &HttpReply::finished);
        QVERIFY2(reply->isFinished() || finished.wait(20'000),
                 qPrintable(label + QStringLiteral(": no answer")));
        if (!reply->isHeadersReceived()) {
            failures.append(label + QStringLiteral(": no answer: ") + reply->errorString());
            continue;
        }
        const QStringList diffs
            = check(exchange.value(QLatin1String("response")).toObject(), *reply);
        for (const QString &diff : diffs)
            failures.append(label + QStringLiteral(": ") + diff);
    }
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(tst_FleetTranscript)
#include "tst_FleetTranscript.moc"
