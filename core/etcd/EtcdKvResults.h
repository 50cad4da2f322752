#pragma once

#include "EtcdKeyValue.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ws {

// What every etcd v3 answer starts with: the store revision the request was served at.
struct EtcdResponseHeader
{
    quint64 clusterId = 0;
    quint64 memberId = 0;
    qint64 revision = 0;
    qint64 raftTerm = 0;
};

// The answer to a range: the keys read at `revision`, whether a limit cut the listing short
// (`more`) and how many keys the whole range holds (`count`).
struct EtcdRange
{
    qint64 revision = 0;
    EtcdKeyValues kvs;
    bool more = false;
    qint64 count = 0;
};

// The outcome of a compare-and-swap. On a conflict nothing was written and `current` is the
// key as it is now (in the same transaction), so a caller can show theirs against mine.
struct EtcdCasResult
{
    bool succeeded = false;
    qint64 revision = 0; // on success the key's new mod revision; else the store revision
    EtcdKeyValue current; // on conflict; version 0 when the key does not exist
};

// One write of a batch: a put or a delete (of one key or of a prefix), optionally guarded by the
// key's mod revision (0: the key must not exist; -1: no guard).
struct EtcdBatchOp
{
    enum class Kind { Put, Delete };
    Kind kind = Kind::Put;
    QByteArray key;
    QByteArray value;
    bool prefix = false; // deletes only
    qint64 expectedModRevision = -1;

    static EtcdBatchOp put(const QByteArray &key, const QByteArray &value, qint64 expected = -1)
    {
        return {Kind::Put, key, value, false, expected};
    }
    static EtcdBatchOp remove(const QByteArray &key, bool prefix = false, qint64 expected = -1)
    {
        return {Kind::Delete, key, {}, prefix, expected};
    }
};

// How far a batch got. Transactions run in order; each is all or nothing. A failed guard stops
// the batch at that transaction (failedTxn, conflicts); earlier transactions stay applied.
struct EtcdBatchResult
{
    int txns = 0; // how many transactions the batch was split into
    int appliedTxns = 0;
    int failedTxn = -1; // index of the transaction whose guard failed, -1: none
    int failedFirstOp = -1; // its ops in the batch: [failedFirstOp, failedFirstOp + failedOpCount)
    int failedOpCount = 0;
    EtcdKeyValues conflicts; // guarded keys as they are now, whose mod revision differed
    QString failure; // why the failed transaction was not applied
    qint64 revision = 0; // store revision after the last applied transaction
    qint64 deleted = 0; // keys deleted by the applied transactions

    bool complete() const { return failedTxn < 0 && appliedTxns == txns; }
};

} // namespace ws
