#pragma once

// Runs one probe to its end through the event loop, for the probes-a integration tests.

#include "infra/Probe.h"
#include "infra/ProbeFactory.h"
#include "infra/ProbeTarget.h"

#include <QElapsedTimer>
#include <QSignalSpy>

#include <memory>

namespace ws::test {

struct ProbeRun
{
    ProbeResult result;
    bool finished = false; // finished() came within the bound
    qint64 elapsedMs = 0; // start() to finished()
};

// Makes the probe through ProbeFactory (so the kind is registered), runs it with the given
// deadline and waits for finished() up to the deadline plus a margin.
inline ProbeRun runProbe(const QString &kind, const QString &endpoint, int timeoutMs,
                         const ProbeCredentials &credentials = {},
                         const QHash<QString, QString> &options = {})
{
    ProbeTarget target;
    target.kind = kind;
    target.endpoint = endpoint;
    target.options = options;
    ProbeRun run;
    std::unique_ptr<Probe> probe = ProbeFactory::create(target, nullptr);
    if (!probe)
        return run;
    probe->setTimeout(timeoutMs);
    probe->setCredentials(credentials);
    QSignalSpy finished(probe.get(), &Probe::finished);
    QElapsedTimer clock;
    clock.start();
    probe->start();
    run.finished = finished.wait(timeoutMs + 3000);
    run.elapsedMs = clock.elapsed();
    if (run.finished)
        run.result = probe->result();
    return run;
}

} // namespace ws::test
