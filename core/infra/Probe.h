#pragma once

#include "ProbeCredentials.h"
#include "ProbeResult.h"
#include "ProbeTarget.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace ws {

// One health check of one target, asynchronous: start() begins the I/O, finished() comes exactly
// once from the event loop with the result (up, degraded or down, latency, version, detail).
// Every probe has a deadline: silence past timeout() ends in Down with the reason. A subclass
// implements run() (begin its I/O) and abort() (drop its sockets and replies), and ends with
// succeed() or fail(). The owner deletes the probe after finished() (deleteLater() is safe).
class Probe : public QObject
{
    Q_OBJECT

public:
    explicit Probe(const ProbeTarget &target, QObject *parent = nullptr);
    ~Probe() override;

    const ProbeTarget &target() const { return m_target; }

    // The overall deadline, connect included. Default 5 s.
    int timeout() const { return m_timeoutMs; }
    void setTimeout(int ms) { m_timeoutMs = ms; }

    // For the deeper checks (RabbitMQ's management API, a MySQL login, PowerDNS's API key).
    void setCredentials(const ProbeCredentials &credentials) { m_credentials = credentials; }

    void start();
    bool isFinished() const { return m_finished; }
    const ProbeResult &result() const { return m_result; }

Q_SIGNALS:
    void finished(const ws::ProbeResult &result);

protected:
    virtual void run() = 0;
    // Called once when the deadline passes, before the probe fails: stop all I/O.
    virtual void abort() { }

    const ProbeCredentials &credentials() const { return m_credentials; }
    qint64 elapsedMs() const { return m_clock.isValid() ? m_clock.elapsed() : 0; }
    double elapsedMsPrecise() const;

    // Ends the probe. kind, name, endpoint and checkedAt are filled in; latencyMs too when the
    // subclass left it at -1 and the status is not Down.
    void succeed(ProbeResult result);
    // Ends the probe Down with a translated reason naming the endpoint and what to do.
    void fail(const QString &reason);
    // The same, keeping what was learnt before the failure (a version, facts).
    void fail(ProbeResult partial, const QString &reason);

private:
    void finishWith(ProbeResult result);

    ProbeTarget m_target;
    ProbeCredentials m_credentials;
    int m_timeoutMs = 5000;
    QElapsedTimer m_clock;
    QTimer m_deadline;
    bool m_started = false;
    bool m_finished = false;
    ProbeResult m_result;
};

} // namespace ws
