#pragma once

#include "EtcdKeyValue.h"

#include <QObject>
#include <QString>

namespace ws {

// A live view of changes to one key or a key prefix, whichever etcd API carries it (v3 watch
// stream or v2 long polls). Implementations reconnect on their own and resume after the last
// revision they delivered, so every change arrives once and in order; when that revision is no
// longer in the server's history they emit compacted() and stop. Never blocks.
class EtcdWatcher : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~EtcdWatcher() override = default;

    // Opens the watch (again after stop(), from where it stopped).
    virtual void start() = 0;
    // Opens the watch from `revision` (after compacted(): the reloaded revision + 1).
    virtual void startFrom(qint64 revision) = 0;
    // Closes the watch; no signal follows.
    virtual void stop() = 0;
    virtual bool isActive() const = 0;
    // The revision the next (re)connection starts from; 0 while it would be "now".
    virtual qint64 nextRevision() const = 0;

Q_SIGNALS:
    // Changes in revision order; `revision` is the mod revision of the last one.
    void events(const ws::EtcdEvents &events, qint64 revision);
    // Nothing changed up to `revision` (etcd's progress notification).
    void progress(qint64 revision);
    // The watch is open (the first time and after each reconnection).
    void created(qint64 revision);
    // The connection was lost; a new one follows after a backoff.
    void reconnecting(const QString &why);
    // After reconnecting: the watch is open again and continues at `fromRevision`.
    void resumed(qint64 fromRevision);
    // The revision to continue from is gone; everything up to compactRevision is compacted.
    // The watch has stopped: reload, then startFrom(the reloaded revision + 1).
    void compacted(qint64 compactRevision);
    // The watch cannot go on (refused request, permission, a broken stream); it has stopped.
    void failed(const QString &error);
};

} // namespace ws
