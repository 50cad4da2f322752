// EtcdJson: the gateway's protobuf-JSON (base64 bytes, int64 as strings, omitted zero values),
// prefix range ends, API prefixes per version, and error bodies turned into messages.
#include "etcd/EtcdJson.h"

#include <QTest>

using ws::EtcdJson;
using ws::EtcdKeyValue;
using ws::EtcdRange;

class tst_EtcdJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefixEnd_data();
    void prefixEnd();
    void apiPrefixFor_data();
    void apiPrefixFor();
    void readRangeFull();
    void omittedZeroValues();
    void int64Limits();
    void brokenInput_data();
    void brokenInput();
    void errorBodies_data();
    void errorBodies();
    void displayKey_data();
    void displayKey();
    void formatBytes_data();
    void formatBytes();
};

void tst_EtcdJson::prefixEnd_data()
{
    QTest::addColumn<QByteArray>("prefix");
    QTest::addColumn<QByteArray>("end");
    QTest::newRow("plain") << QByteArray("aa") << QByteArray("ab");
    QTest::newRow("slash") << QByteArray("/services/") << QByteArray("/services0");
    QTest::newRow("last 0xff") << QByteArray("a\xff") << QByteArray("b");
    QTest::newRow("two 0xff") << QByteArray("a\xff\xff") << QByteArray("b");
    QTest::newRow("0xfe") << QByteArray("a\xfe") << QByteArray("a\xff");
    QTest::newRow("nul") << QByteArray("a\0", 2) << QByteArray("a\x01");
    QTest::newRow("all 0xff") << QByteArray("\xff\xff") << QByteArray(1, '\0');
    QTest::newRow("empty") << QByteArray() << QByteArray(1, '\0');
}

void tst_EtcdJson::prefixEnd()
{
    QFETCH(QByteArray, prefix);
    QFETCH(QByteArray, end);
    QCOMPARE(EtcdJson::prefixEnd(prefix), end);
}

void tst_EtcdJson::apiPrefixFor_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QByteArray>("prefix");
    QTest::newRow("3.4") << "3.4.23" << QByteArray("/v3/");
    QTest::newRow("3.5") << "3.5.9" << QByteArray("/v3/");
    QTest::newRow("3.3") << "3.3.11" << QByteArray("/v3beta/");
    QTest::newRow("3.2") << "3.2.32" << QByteArray("/v3alpha/");
    QTest::newRow("unknown") << "" << QByteArray("/v3/");
}

void tst_EtcdJson::apiPrefixFor()
{
    QFETCH(QString, version);
    QFETCH(QByteArray, prefix);
    QCOMPARE(EtcdJson::apiPrefixFor(version), prefix);
}

void tst_EtcdJson::readRangeFull()
{
    QJsonObject o;
    QString error;
    QVERIFY(EtcdJson::parseObject(
        R"({"header":{"cluster_id":"14841639068965178418","member_id":"10276657743932975437",
            "revision":"42","raft_term":"2"},
            "kvs":[{"key":"L3NlcnZpY2VzL2E=","create_revision":"5","mod_revision":"40",
                    "version":"3","value":"AP8vYQ==","lease":"7587862013271452161"}],
            "more":true,"count":"2"})",
        &o, &error));
    EtcdRange range;
    QVERIFY2(EtcdJson::readRange(o, &range, &error), qPrintable(error));
    QCOMPARE(range.revision, 42);
    QVERIFY(range.more);
    QCOMPARE(range.count, 2);
    QCOMPARE(range.kvs.size(), 1);
    const EtcdKeyValue &kv = range.kvs.first();
    QCOMPARE(kv.key, QByteArray("/services/a"));
    QCOMPARE(kv.value, QByteArray("\x00\xff/a", 4));
    QCOMPARE(kv.createRevision, 5);
    QCOMPARE(kv.modRevision, 40);
    QCOMPARE(kv.version, 3);
    QCOMPARE(kv.lease, Q_INT64_C(7587862013271452161));

    ws::EtcdResponseHeader header;
    QVERIFY(EtcdJson::readHeader(o, &header, &error));
    QCOMPARE(header.clusterId, Q_UINT64_C(14841639068965178418)); // beyond a double's precision
    QCOMPARE(header.memberId, Q_UINT64_C(10276657743932975437));
    QCOMPARE(header.raftTerm, 2);
}

void tst_EtcdJson::omittedZeroValues()
{
    QJsonObject o;
    QString error;
    QVERIFY(
        EtcdJson::parseObject(R"({"header":{"revision":"7"},"kvs":[{"key":"YQ=="}]})", &o, &error));
    EtcdRange range;
    QVERIFY2(EtcdJson::readRange(o, &range, &error), qPrintable(error));
    QCOMPARE(range.revision, 7);
    QVERIFY(!range.more);
    QCOMPARE(range.count, 0);
    QCOMPARE(range.kvs.first().key, QByteArray("a"));
    QVERIFY(range.kvs.first().value.isEmpty());
    QCOMPARE(range.kvs.first().version, 0);

    QVERIFY(EtcdJson::parseObject("{}", &o, &error));
    QVERIFY(EtcdJson::readRange(o, &range, &error));
    QCOMPARE(range.revision, 0);
    QVERIFY(range.kvs.isEmpty());
    bool succeeded = true;
    QVERIFY(EtcdJson::readBool(o, QLatin1String("succeeded"), &succeeded, &error));
    QVERIFY(!succeeded); // a txn answer without "succeeded" is a failed compare
}

void tst_EtcdJson::int64Limits()
{
    QJsonObject o;
    QString error;
    QVERIFY(EtcdJson::parseObject(
        R"({"max":"9223372036854775807","neg":"-5","number":12345,"exact":9007199254740992})", &o,
        &error));
    qint64 n = 0;
    QVERIFY(EtcdJson::readInt64(o, QLatin1String("max"), &n, &error));
    QCOMPARE(n, std::numeric_limits<qint64>::max());
    QVERIFY(EtcdJson::readInt64(o, QLatin1String("neg"), &n, &error));
    QCOMPARE(n, -5);
    QVERIFY(EtcdJson::readInt64(o, QLatin1String("number"), &n, &error));
    QCOMPARE(n, 12345);
    QVERIFY(EtcdJson::readInt64(o, QLatin1String("exact"), &n, &error));
    QCOMPARE(n, Q_INT64_C(9007199254740992));
    QVERIFY(EtcdJson::readInt64(o, QLatin1String("absent"), &n, &error));
    QCOMPARE(n, 0);
}

void tst_EtcdJson::brokenInput_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");
    QTest::newRow("empty") << QByteArray() << "not JSON";
    QTest::newRow("html") << QByteArray("<html>404</html>") << "not JSON";
    QTest::newRow("truncated") << QByteArray(R"({"header":{"revision":"4")") << "not JSON";
    QTest::newRow("array") << QByteArray("[]") << "not an object";
    QTest::newRow("header string") << QByteArray(R"({"header":"x"})") << "\"header\"";
    QTest::newRow("revision word") << QByteArray(R"({"header":{"revision":"abc"}})")
                                   << "header: \"revision\" is \"abc\", not a 64-bit integer";
    QTest::newRow("revision overflow")
        << QByteArray(R"({"header":{"revision":"99999999999999999999"}})") << "revision";
    QTest::newRow("revision fraction")
        << QByteArray(R"({"header":{"revision":1.5}})") << "not a 64-bit integer";
    QTest::newRow("revision inexact")
        << QByteArray(R"({"header":{"revision":1e300}})") << "not a 64-bit integer";
    QTest::newRow("cluster id negative")
        << QByteArray(R"({"header":{"cluster_id":"-1"}})") << "cluster_id";
    QTest::newRow("kvs object") << QByteArray(R"({"kvs":{}})") << "\"kvs\" is an object";
    QTest::newRow("kv number") << QByteArray(R"({"kvs":[3]})") << "kvs[0]";
    QTest::newRow("key not base64") << QByteArray(R"({"kvs":[{"key":"YQ=="},{"key":"%%%"}]})")
                                    << "kvs[1]: \"key\" is \"%%%\", not base64";
    QTest::newRow("key number") << QByteArray(R"({"kvs":[{"key":5}]})") << "not base64";
    QTest::newRow("value bad padding")
        << QByteArray(R"({"kvs":[{"key":"YQ==","value":"YQ="}]})") << "\"value\"";
    QTest::newRow("version bool") << QByteArray(R"({"kvs":[{"key":"YQ==","version":true}]})")
                                  << "\"version\" is true";
    QTest::newRow("more string") << QByteArray(R"({"more":"yes"})")
                                 << "\"more\" is \"yes\", not true or false";
    QTest::newRow("count array") << QByteArray(R"({"count":[]})") << "\"count\" is an array";
}

void tst_EtcdJson::brokenInput()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QJsonObject o;
    QString error;
    EtcdRange range;
    const bool ok
        = EtcdJson::parseObject(body, &o, &error) && EtcdJson::readRange(o, &range, &error);
    QVERIFY(!ok);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_EtcdJson::errorBodies_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QStringList>("expected");
    const auto unary = [](const char *message, int code) {
        return QByteArray(R"({"error":")") + message + R"(","message":")" + message + R"(","code":)"
            + QByteArray::number(code) + "}";
    };
    QTest::newRow("too large") << 400 << unary("etcdserver: request is too large", 3)
                               << QStringList {"--max-request-bytes", "1.5 MiB", "\"k\"", "E1"};
    QTest::newRow("grpc limit")
        << 429 << unary("grpc: received message larger than max (1048583 vs. 589824)", 8)
        << QStringList {"--max-request-bytes", "this server accepts 64 KiB", "is 1 MiB"};
    QTest::newRow("grpc limit, no sizes")
        << 429 << unary("grpc: received message larger than max", 8)
        << QStringList {"--max-request-bytes", "gRPC limit"};
    QTest::newRow("too many ops") << 400
                                  << unary("etcdserver: too many operations in txn request", 3)
                                  << QStringList {"--max-txn-ops", "128"};
    QTest::newRow("duplicate") << 400 << unary("etcdserver: duplicate key given in txn request", 3)
                               << QStringList {"same key"};
    QTest::newRow("compacted") << 400
                               << unary("etcdserver: mvcc: required revision has been compacted",
                                        11)
                               << QStringList {"compacted", "Reload"};
    QTest::newRow("future") << 400
                            << unary("etcdserver: mvcc: required revision is a future revision", 11)
                            << QStringList {"newer"};
    QTest::newRow("permission") << 403 << unary("etcdserver: permission denied", 7)
                                << QStringList {"permission denied", "administrator"};
    QTest::newRow("permission stream")
        << 200
        << QByteArray(
               R"({"error":{"grpc_code":7,"http_code":403,"message":"etcdserver: permission denied"}})")
        << QStringList {"permission denied"};
    QTest::newRow("token") << 401 << unary("etcdserver: invalid auth token", 16)
                           << QStringList {"auth token", "Sign in"};
    QTest::newRow("quota") << 429 << unary("etcdserver: mvcc: database space exceeded", 8)
                           << QStringList {"--quota-backend-bytes", "alarm"};
    QTest::newRow("no leader") << 503 << unary("etcdserver: no leader", 14)
                               << QStringList {"unavailable", "no leader"};
    QTest::newRow("not found") << 404 << QByteArray("404 page not found")
                               << QStringList {"404", "etcd 3.x"};
    QTest::newRow("unknown json") << 500 << unary("something odd", 2)
                                  << QStringList {"HTTP 500", "something odd"};
    QTest::newRow("not json") << 502 << QByteArray("<html>bad gateway</html>")
                              << QStringList {"HTTP 502", "bad gateway"};
    QTest::newRow("empty body") << 500 << QByteArray()
                                << QStringList {"HTTP 500", "transport says"};
    QTest::newRow("no answer") << 0 << QByteArray() << QStringList {"transport says"};
}

void tst_EtcdJson::errorBodies()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QStringList, expected);
    const QString message
        = EtcdJson::errorMessage(QStringLiteral("Reading key \"k\""), QStringLiteral("E1"), status,
                                 body, QStringLiteral("transport says"));
    for (const QString &part : expected)
        QVERIFY2(message.contains(part), qPrintable(message));
}

void tst_EtcdJson::displayKey_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QString>("shown");
    QTest::newRow("plain") << QByteArray("/a/b") << "\"/a/b\"";
    QTest::newRow("nul") << QByteArray("a\0b", 3) << "\"a\\x00b\"";
    QTest::newRow("utf-8") << QByteArray("/ключ") << QString::fromUtf8("\"/ключ\"");
    QTest::newRow("not utf-8") << QByteArray("/\xff\xfe") << "\"/\\xff\\xfe\"";
    QTest::newRow("long") << QByteArray(200, 'k') << "\"" + QString(120, QLatin1Char('k')) + "…\"";
}

void tst_EtcdJson::displayKey()
{
    QFETCH(QByteArray, key);
    QFETCH(QString, shown);
    QCOMPARE(EtcdJson::displayKey(key), shown);
}

void tst_EtcdJson::formatBytes_data()
{
    QTest::addColumn<qint64>("bytes");
    QTest::addColumn<QString>("text");
    QTest::newRow("default limit") << qint64(1572864) << "1.5 MiB";
    QTest::newRow("64 KiB") << qint64(65536) << "64 KiB";
    QTest::newRow("2 MiB") << qint64(2 * 1024 * 1024 + 12) << "2 MiB";
    QTest::newRow("bytes") << qint64(700) << "700 byte"; // "%n byte(s)" until translated
}

void tst_EtcdJson::formatBytes()
{
    QFETCH(qint64, bytes);
    QFETCH(QString, text);
    const QString formatted = EtcdJson::formatBytes(bytes);
    QVERIFY2(formatted == text || (bytes < 1024 && formatted.startsWith(text)),
             qPrintable(formatted));
}

QTEST_GUILESS_MAIN(tst_EtcdJson)
#include "tst_EtcdJson.moc"
