#pragma once

#include "BuildRequest.h"
#include "DockerStreamJob.h"

namespace ws {

class HttpReply;

// One image build on the engine (POST /build), made by DockerClient::build(). The engine's
// stream is the truth: the job succeeds only when no error message came and an image ID did.
// Otherwise errorString() names the failing step and the end of its output; a dropped
// connection, a stalled stream (BuildRequest::idleTimeoutMs) or abort() fail it with that reason.
class DockerBuildJob : public DockerStreamJob
{
    Q_OBJECT

public:
    const BuildResult &result() const { return m_result; }
    bool wasCancelled() const { return m_result.cancelled; }

    // Closes the connection, which makes the engine cancel the build, and kills the step's
    // container if one is running (the engine notices a closed connection late at times).
    // finished() follows.
    void abort();

Q_SIGNALS:
    void logLine(const QString &line); // one line of build output (or pull progress)
    void stepStarted(int step, int total, const QString &instruction);
    void cacheHit();

private:
    friend class DockerClient;
    DockerBuildJob(HttpReply *reply, const QString &endpoint, QObject *parent);

    void handleMessage(const JsonMessage &message) override;
    void streamEnded(HttpReply *reply) override;
    void handleLine(const QString &line);
    void fail(HttpReply::Error error, const QString &message);
    void killRunningContainer();

    QString m_partialLine;
    QString m_shortId; // from "Successfully built <id>"
    QString m_runningContainer; // from " ---> Running in <id>" until its removal
    BuildResult m_result;
};

} // namespace ws
