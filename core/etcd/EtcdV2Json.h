#pragma once

#include "EtcdKeyValue.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ws {

// One node of the etcd v2 keys API: a key with a value, or a directory of nodes.
struct EtcdV2Node
{
    QByteArray key; // "/a/b"; the root directory has none
    QByteArray value;
    bool dir = false;
    qint64 createdIndex = 0;
    qint64 modifiedIndex = 0;
    qint64 ttl = -1; // seconds left; -1: none
    QList<EtcdV2Node> nodes; // a directory's children (all levels with recursive=true)
};

// An answer of /v2/keys: what was done and the node it was done to.
struct EtcdV2Response
{
    QString action; // get, set, create, update, delete, expire, compareAndSwap, compareAndDelete
    EtcdV2Node node;
    bool hasPrevNode = false;
    EtcdV2Node prevNode;
};

// An error body of /v2/keys: {"errorCode":N,"message":…,"cause":…,"index":N}.
struct EtcdV2Error
{
    int code = 0; // 100 key not found, 101 compare failed, 105 exists, 401 index cleared, …
    QString message;
    QString cause;
    qint64 index = 0;
};

// Decodes the etcd v2 keys API's JSON (plain strings, JSON numbers for indexes) into nodes and
// maps them onto the v3 shapes: modifiedIndex → modRevision, createdIndex → createRevision,
// ttl → leaseTtl. Takes any bytes; never throws: false with a message on what it cannot read.
class EtcdV2Json
{
    Q_DECLARE_TR_FUNCTIONS(EtcdV2Json)

public:
    static bool readResponse(const QByteArray &body, EtcdV2Response *out, QString *error);
    static bool readNode(const QByteArray &body, EtcdV2Node *out, QString *error); // for tests
    // false when `body` is not a v2 error object.
    static bool readError(const QByteArray &body, EtcdV2Error *out);

    // The keys (not directories) in `node` and below, in the order given (sorted answers
    // stay sorted).
    static void flatten(const EtcdV2Node &node, EtcdKeyValues *out);
    // v2 keeps no version count: 1 while the node was never modified since its creation
    // (created == modified), else 2. A plain set replaces the node, so its createdIndex is
    // that of the last set; events of a set over an existing key say version 2.
    static EtcdKeyValue toKeyValue(const EtcdV2Node &node);
    // The event a watch answer stands for; false for directory events.
    static bool toEvent(const EtcdV2Response &response, EtcdEvent *out);

    // "/v2/keys" + the key with each path segment percent-encoded and '/' kept.
    static QByteArray keysPath(const QByteArray &key);
    // A message a person can act on for a v2 error answer.
    static QString errorMessage(const QString &what, const QString &endpoint, int httpStatus,
                                const QByteArray &body, const QString &transportError,
                                const QString &user = {});
};

} // namespace ws
