#pragma once

#include <QByteArray>
#include <QList>

namespace ws {

// One key as etcd stores it (v3 KeyValue; v2 nodes map onto it: modifiedIndex → modRevision,
// createdIndex → createRevision, ttl → leaseTtl). Keys and values are bytes: etcd does not
// promise UTF-8.
struct EtcdKeyValue
{
    QByteArray key;
    QByteArray value; // empty for keys-only listings
    qint64 createRevision = 0;
    qint64 modRevision = 0;
    qint64 version = 0; // modifications since creation; 0: the key does not exist
    qint64 lease = 0; // lease ID (v3); 0: none
    qint64 leaseTtl = -1; // seconds left on the lease or v2 TTL when known; -1 unknown/none

    friend bool operator==(const EtcdKeyValue &, const EtcdKeyValue &) = default;
};

// One change seen by a watch. A put with version 1 is a create. A delete carries only the key
// and its mod revision in kv.
struct EtcdEvent
{
    enum class Type { Put, Delete };
    Type type = Type::Put;
    EtcdKeyValue kv;
    EtcdKeyValue prevKv; // when the watch asked for it and the key existed
    bool hasPrevKv = false;

    friend bool operator==(const EtcdEvent &, const EtcdEvent &) = default;
};

using EtcdKeyValues = QList<EtcdKeyValue>;
using EtcdEvents = QList<EtcdEvent>;

} // namespace ws
