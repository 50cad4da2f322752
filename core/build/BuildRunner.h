#pragma once

#include "BuildState.h"

#include <QObject>
#include <QString>

namespace ws {

class BuildPlan;

// What builds one image for a BuildScheduler: the Docker engine in the application, a timer in
// tests and benchmarks. A runner reports every start() exactly once through finished(), also
// after cancel() (with Cancelled, or with what really happened if the build ended first), and
// fails an image itself when its engine stalls or drops the connection: the scheduler waits for
// finished() and has no timeout of its own.
class BuildRunner : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;
    ~BuildRunner() override;

    // Called once when a queue starts, before any start(): per-image options such as
    // BuildPlan::Image::onlyIfStale come from here. The default does nothing.
    virtual void prepare(const BuildPlan &plan);
    virtual void start(const QString &image) = 0;
    virtual void cancel(const QString &image) = 0;

signals:
    // `message` says why a build failed or was cancelled, for people; may be empty on success.
    void finished(const QString &image, ws::BuildOutcome outcome, const QString &message);
};

} // namespace ws
