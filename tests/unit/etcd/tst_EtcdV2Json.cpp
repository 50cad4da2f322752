// EtcdV2Json: decoding v2 keys API answers (recursive listings, writes with prevNode, events,
// error bodies), mapping nodes onto EtcdKeyValue / EtcdEvent, broken inputs as messages,
// percent-encoded key paths, and the messages for v2 error codes.
#include "etcd/EtcdV2Json.h"

#include <QTest>

using namespace ws;

class tst_EtcdV2Json : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void recursiveListing();
    void writeWithPrevNode();
    void events_data();
    void events();
    void brokenInputs_data();
    void brokenInputs();
    void errorBodies_data();
    void errorBodies();
    void keysPath_data();
    void keysPath();
    void errorMessages_data();
    void errorMessages();
};

void tst_EtcdV2Json::recursiveListing()
{
    const QByteArray body = R"({"action":"get","node":{"key":"/s","dir":true,"nodes":[
        {"key":"/s/app","dir":true,"modifiedIndex":6,"createdIndex":6,"nodes":[
            {"key":"/s/app/db","value":"mysql","modifiedIndex":7,"createdIndex":7}]},
        {"key":"/s/b","value":"x","ttl":30,"expiration":"2026-01-01T00:00:00Z",
         "modifiedIndex":9,"createdIndex":8},
        {"key":"/s/empty","dir":true,"modifiedIndex":10,"createdIndex":10}],
        "modifiedIndex":6,"createdIndex":6}})";
    EtcdV2Response r;
    QString error;
    QVERIFY2(EtcdV2Json::readResponse(body, &r, &error), qPrintable(error));
    QCOMPARE(r.action, QStringLiteral("get"));
    QVERIFY(r.node.dir);
    QCOMPARE(r.node.nodes.size(), 3);
    QVERIFY(!r.hasPrevNode);
    EtcdKeyValues kvs;
    EtcdV2Json::flatten(r.node, &kvs);
    QCOMPARE(kvs.size(), 2); // directories are not keys
    QCOMPARE(kvs.at(0).key, QByteArray("/s/app/db"));
    QCOMPARE(kvs.at(0).value, QByteArray("mysql"));
    QCOMPARE(kvs.at(0).modRevision, 7);
    QCOMPARE(kvs.at(0).createRevision, 7);
    QCOMPARE(kvs.at(0).version, 1);
    QCOMPARE(kvs.at(0).leaseTtl, -1);
    QCOMPARE(kvs.at(1).key, QByteArray("/s/b"));
    QCOMPARE(kvs.at(1).leaseTtl, 30);
    QCOMPARE(kvs.at(1).version, 2);
}

void tst_EtcdV2Json::writeWithPrevNode()
{
    const QByteArray body = R"({"action":"compareAndSwap","node":{"key":"/a","value":"new",
        "modifiedIndex":12,"createdIndex":4},"prevNode":{"key":"/a","value":"old",
        "modifiedIndex":11,"createdIndex":4}})";
    EtcdV2Response r;
    QString error;
    QVERIFY2(EtcdV2Json::readResponse(body, &r, &error), qPrintable(error));
    QVERIFY(r.hasPrevNode);
    QCOMPARE(r.prevNode.value, QByteArray("old"));
    QCOMPARE(r.node.modifiedIndex, 12);
}

void tst_EtcdV2Json::events_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isEvent");
    QTest::addColumn<int>("type");
    QTest::addColumn<qint64>("version");
    QTest::addColumn<bool>("hasPrev");
    const int put = int(EtcdEvent::Type::Put), del = int(EtcdEvent::Type::Delete);
    QTest::newRow("create") << QByteArray(
        R"({"action":"create","node":{"key":"/a","value":"1","modifiedIndex":5,"createdIndex":5}})")
                            << true << put << qint64(1) << false;
    QTest::newRow("set over a key") << QByteArray(
        R"({"action":"set","node":{"key":"/a","value":"2","modifiedIndex":6,"createdIndex":6},"prevNode":{"key":"/a","value":"1","modifiedIndex":5,"createdIndex":5}})")
                                    << true << put << qint64(2) << true;
    QTest::newRow("delete") << QByteArray(
        R"({"action":"delete","node":{"key":"/a","modifiedIndex":7,"createdIndex":6},"prevNode":{"key":"/a","value":"2","modifiedIndex":6,"createdIndex":6}})")
                            << true << del << qint64(0) << true;
    QTest::newRow("expire") << QByteArray(
        R"({"action":"expire","node":{"key":"/t","modifiedIndex":9,"createdIndex":8}})")
                            << true << del << qint64(0) << false;
    QTest::newRow("directory") << QByteArray(
        R"({"action":"set","node":{"key":"/d","dir":true,"modifiedIndex":9,"createdIndex":9}})")
                               << false << put << qint64(0) << false;
}

void tst_EtcdV2Json::events()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isEvent);
    EtcdV2Response r;
    QString error;
    QVERIFY2(EtcdV2Json::readResponse(body, &r, &error), qPrintable(error));
    EtcdEvent e;
    QCOMPARE(EtcdV2Json::toEvent(r, &e), isEvent);
    if (!isEvent)
        return;
    QTEST(int(e.type), "type");
    QTEST(e.kv.version, "version");
    QTEST(e.hasPrevKv, "hasPrev");
    QCOMPARE(e.kv.modRevision, r.node.modifiedIndex);
    QCOMPARE(e.kv.key, r.node.key);
}

void tst_EtcdV2Json::brokenInputs_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QByteArray() << "not JSON";
    QTest::newRow("not json") << QByteArray("<html>") << "not JSON";
    QTest::newRow("truncated") << QByteArray(R"({"action":"get","node":{"key":"/a")") << "not JSON";
    QTest::newRow("array") << QByteArray("[1,2]") << "object";
    QTest::newRow("no action") << QByteArray(R"({"node":{"key":"/a"}})") << "action";
    QTest::newRow("action not string") << QByteArray(R"({"action":1,"node":{}})") << "action";
    QTest::newRow("no node") << QByteArray(R"({"action":"get"})") << "node";
    QTest::newRow("node not object") << QByteArray(R"({"action":"get","node":"x"})") << "node";
    QTest::newRow("key not string") << QByteArray(R"({"action":"get","node":{"key":5}})") << "key";
    QTest::newRow("value not string")
        << QByteArray(R"({"action":"get","node":{"key":"/a","value":1}})") << "value";
    QTest::newRow("dir not bool") << QByteArray(
        R"({"action":"get","node":{"key":"/a","dir":"yes"}})")
                                  << "dir";
    QTest::newRow("index as string")
        << QByteArray(R"({"action":"get","node":{"key":"/a","modifiedIndex":"7"}})")
        << "modifiedIndex";
    QTest::newRow("index fractional")
        << QByteArray(R"({"action":"get","node":{"key":"/a","createdIndex":1.5}})")
        << "createdIndex";
    QTest::newRow("index too large")
        << QByteArray(R"({"action":"get","node":{"key":"/a","createdIndex":1e300}})")
        << "createdIndex";
    QTest::newRow("ttl not number")
        << QByteArray(R"({"action":"get","node":{"key":"/a","ttl":true}})") << "ttl";
    QTest::newRow("nodes not array")
        << QByteArray(R"({"action":"get","node":{"key":"/a","dir":true,"nodes":{}}})") << "nodes";
    QTest::newRow("child broken") << QByteArray(
        R"({"action":"get","node":{"key":"/a","dir":true,"nodes":[{"key":"/a/b","value":[]}]}})")
                                  << "value";
    QTest::newRow("prevNode broken")
        << QByteArray(R"({"action":"set","node":{"key":"/a"},"prevNode":{"key":false}})") << "key";
}

void tst_EtcdV2Json::brokenInputs()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, mentions);
    EtcdV2Response r;
    QString error;
    QVERIFY(!EtcdV2Json::readResponse(body, &r, &error));
    QVERIFY2(error.contains(mentions), qPrintable(error));
}

void tst_EtcdV2Json::errorBodies_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("isError");
    QTest::addColumn<int>("code");
    QTest::addColumn<qint64>("index");
    QTest::newRow("compare failed") << QByteArray(
        R"({"errorCode":101,"message":"Compare failed","cause":"[1 != 2]","index":14})")
                                    << true << 101 << qint64(14);
    QTest::newRow("cleared") << QByteArray(
        R"({"errorCode":401,"message":"The event in requested index is outdated and cleared","index":2007})")
                             << true << 401 << qint64(2007);
    QTest::newRow("no index") << QByteArray(R"({"errorCode":100,"message":"Key not found"})")
                              << true << 100 << qint64(0);
    QTest::newRow("v3 error") << QByteArray(R"({"error":"x","code":3})") << false << 0 << qint64(0);
    QTest::newRow("text") << QByteArray("404 page not found") << false << 0 << qint64(0);
    QTest::newRow("code as string")
        << QByteArray(R"({"errorCode":"101"})") << false << 0 << qint64(0);
}

void tst_EtcdV2Json::errorBodies()
{
    QFETCH(QByteArray, body);
    QFETCH(bool, isError);
    EtcdV2Error e;
    QCOMPARE(EtcdV2Json::readError(body, &e), isError);
    if (!isError)
        return;
    QTEST(e.code, "code");
    QTEST(e.index, "index");
}

void tst_EtcdV2Json::keysPath_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("path");
    QTest::newRow("root") << QByteArray("/") << QByteArray("/v2/keys/");
    QTest::newRow("empty") << QByteArray() << QByteArray("/v2/keys/");
    QTest::newRow("plain") << QByteArray("/a/b") << QByteArray("/v2/keys/a/b");
    QTest::newRow("dir") << QByteArray("/a/b/") << QByteArray("/v2/keys/a/b/");
    QTest::newRow("space and query")
        << QByteArray("/a b?c#d") << QByteArray("/v2/keys/a%20b%3Fc%23d");
    QTest::newRow("percent and plus") << QByteArray("/50%+1") << QByteArray("/v2/keys/50%25%2B1");
    QTest::newRow("utf-8") << QByteArray("/é") << QByteArray("/v2/keys/%C3%A9");
    QTest::newRow("double slash") << QByteArray("//a") << QByteArray("/v2/keys/a");
}

void tst_EtcdV2Json::keysPath()
{
    QFETCH(QByteArray, key);
    QTEST(EtcdV2Json::keysPath(key), "path");
}

void tst_EtcdV2Json::errorMessages_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not a file") << 403
                                << QByteArray(
                                       R"({"errorCode":102,"message":"Not a file","cause":"/d"})")
                                << ""
                                << "directory";
    QTest::newRow("dir not empty")
        << 403 << QByteArray(R"({"errorCode":108,"message":"Directory not empty"})") << ""
        << "not empty";
    QTest::newRow("unauthorized no user")
        << 401
        << QByteArray(R"({"errorCode":110,"message":"The request requires user authentication"})")
        << ""
        << "user name and password";
    QTest::newRow("unauthorized user")
        << 401 << QByteArray(R"({"errorCode":110,"message":"Insufficient credentials"})") << "app"
        << "user app";
    QTest::newRow("no v2 api") << 404 << QByteArray("404 page not found") << ""
                               << "--enable-v2";
    QTest::newRow("leader election")
        << 500 << QByteArray(R"({"errorCode":301,"message":"During leader election"})") << ""
        << "unavailable";
    QTest::newRow("other code")
        << 400 << QByteArray(R"({"errorCode":209,"message":"Invalid field","cause":"ttl"})") << ""
        << "209";
}

void tst_EtcdV2Json::errorMessages()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, user);
    QFETCH(QString, mentions);
    const QString message = EtcdV2Json::errorMessage(
        QStringLiteral("Writing key \"/k\""), QStringLiteral("http://127.0.0.1:2379"), status, body,
        QStringLiteral("HTTP error"), user);
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(message.contains(QLatin1String("http://127.0.0.1:2379")), qPrintable(message));
}

QTEST_GUILESS_MAIN(tst_EtcdV2Json)
#include "tst_EtcdV2Json.moc"
