#pragma once

#include "docker/RegistryCredentials.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace ws {

class BuildLog;
class DockerClient;
class DockerPushJob;

// Where one image stands in a PushQueue.
enum class PushState { NotQueued, Queued, Pushing, Pushed, Failed, Cancelled };

// "not-queued", "queued", "pushing", "pushed", "failed", "cancelled".
QString pushStateId(PushState state);
QString pushStateText(PushState state); // translated

// Pushes built images to one registry, each as soon as it is handed over: the image is tagged
// <registry>/<repository>:<tag> on the engine (the workspace's own prefix is kept as the
// repository path) and POST /images/…/push sends it. At most slotCount() pushes run at once;
// credentials are looked up once per queue through the credentials function. A push is "Pushed"
// only when the engine's stream ended with its result; an error inside the stream is a failure.
// Credentials never reach the log or a message.
class PushQueue : public QObject
{
    Q_OBJECT

public:
    // Looks up credentials for a registry host and calls back with them or with an error.
    using CredentialsCallback = std::function<void(const RegistryCredentials &, const QString &)>;
    using CredentialsLookup = std::function<void(const QString &registry, CredentialsCallback)>;

    // `client` and `log` are not owned and must outlive the queue; `log` may be null.
    PushQueue(DockerClient *client, const QString &registry, BuildLog *log,
              QObject *parent = nullptr);
    ~PushQueue() override;

    // "host[:port]" the images go to.
    QString registry() const { return m_registry; }
    // Without a lookup every push is anonymous.
    void setCredentialsLookup(CredentialsLookup lookup) { m_lookup = std::move(lookup); }
    int slotCount() const { return m_slots; }
    void setSlotCount(int slotCount); // at least 1; default 2

    // The name `image` gets in the registry: "registry/prefix/name:tag".
    QString remoteName(const QString &image) const;

    // Queues `image` (a local name:tag that exists on the engine). Pushing it again after an end
    // state starts a new push.
    void enqueue(const QString &image);
    void cancel(const QString &image);
    void cancelAll();
    // No more images will come: finished() follows once the queued ones have ended.
    void close();

    PushState state(const QString &image) const;
    QString detail(const QString &image) const; // the error, or the pushed digest
    QString digest(const QString &image) const; // "sha256:…" once Pushed
    QStringList images() const { return m_order; } // in the order they were handed over
    int count(PushState state) const;
    bool isIdle() const; // nothing queued or pushing

signals:
    void stateChanged(const QString &image, ws::PushState state, const QString &detail);
    // Bytes sent so far over all layers of `image` (total -1 when the engine does not say).
    void progress(const QString &image, qint64 current, qint64 total);
    // After close(), once every image has ended.
    void finished();

private:
    struct Entry;

    void dispatch();
    void lookUpCredentials();
    void startPush(const QString &image);
    void onPushFinished(const QString &image, DockerPushJob *job);
    void setState(const QString &image, PushState state, const QString &detail);
    void finishIfDone();

    QPointer<DockerClient> m_client;
    QString m_registry;
    BuildLog *m_log = nullptr;
    CredentialsLookup m_lookup;
    int m_slots = 2;
    bool m_closed = false;
    bool m_finishedSent = false;
    enum class Lookup { NotStarted, Running, Done };
    Lookup m_lookupState = Lookup::NotStarted;
    RegistryCredentials m_credentials;
    QString m_credentialsError;
    int m_running = 0;
    QStringList m_order;
    QHash<QString, std::shared_ptr<Entry>> m_entries;
};

} // namespace ws
