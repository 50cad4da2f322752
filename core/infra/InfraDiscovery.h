#pragma once

#include "InfraSnapshot.h"
#include "InfraSnapshotAssembler.h"
#include "ProbeResult.h"
#include "workspace/Manifest.h"

#include <QHash>
#include <QObject>
#include <QStringList>

class QTimer;

namespace ws {

class EtcdClient;

// Finds out what an environment is made of, asking its live servers: fleet (machines, units,
// their states), every Docker engine the environment names (containers), etcd (registrator's
// keys under /services, through the v2 keys API that registrator writes and the v3 API, as the
// cluster has them), and HAProxy's stats rows given with applyProbeResult(). The pieces become
// one InfraSnapshot (InfraSnapshotAssembler) with its drift (InfraDriftFinder).
//
// Each source has its own deadline (sourceTimeout()); a source that fails or does not answer in
// time leaves one translated line in snapshot().problems and the rest of the snapshot still
// comes. finished() comes once, from the event loop.
class InfraDiscovery : public QObject
{
    Q_OBJECT

public:
    explicit InfraDiscovery(const Environment &environment, QObject *parent = nullptr);
    ~InfraDiscovery() override;

    // The workspace's registry (Manifest::registry), drawn as a service; empty: none.
    void setRegistry(const QString &registry) { m_data.registry = registry; }
    // Milliseconds each source may take, 5,000 by default.
    int sourceTimeout() const { return m_timeoutMs; }
    void setSourceTimeout(int ms) { m_timeoutMs = ms; }

    // A probe result to read routes (HAProxy's) and drift (HAProxy's down servers) from. Before
    // start() it goes into the first snapshot; after finished() the snapshot is put together
    // again with it and snapshotChanged() follows. A result of the same kind and endpoint
    // replaces the earlier one.
    void applyProbeResult(const ProbeResult &result);

    void start();
    bool isFinished() const { return m_finished; }
    const InfraSnapshot &snapshot() const { return m_snapshot; }

Q_SIGNALS:
    void finished(const ws::InfraSnapshot &snapshot);
    void snapshotChanged(const ws::InfraSnapshot &snapshot);

private:
    // One source being asked; done when its parts have all answered or its timer fired.
    struct Source
    {
        QString what; // translated, for the problem line
        int parts = 0;
        bool done = false;
        QTimer *timer = nullptr;
        QStringList errors;
    };

    int beginSource(const QString &what, int parts);
    // Whether the source still waits for this part (false once it timed out: ignore the answer).
    bool isOpen(int source) const;
    void endPart(int source, const QString &error = {});
    void closeSource(int source);
    void finishIfDone();
    void assemble();

    void askFleet();
    void askDocker(const QString &endpoint);
    void askEtcd();

    int m_timeoutMs = 5'000;
    bool m_started = false;
    bool m_starting = false; // within start(): finished() waits for the event loop
    bool m_finished = false;
    InfraDiscoveryData m_data;
    QList<ProbeResult> m_results;
    QList<Source> m_sources;
    InfraSnapshot m_snapshot;
};

} // namespace ws
