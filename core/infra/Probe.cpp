#include "Probe.h"

namespace ws {

Probe::Probe(const ProbeTarget &target, QObject *parent) : QObject(parent), m_target(target)
{
    m_deadline.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        if (m_finished)
            return;
        abort();
        fail(tr("%1 did not answer within %2 s: it is not a %3 server, or it hangs. Check the "
                "address and that the service is running.")
                 .arg(m_target.endpoint)
                 .arg(m_timeoutMs / 1000.0, 0, 'g', 3)
                 .arg(m_target.kind));
    });
}

Probe::~Probe() = default;

void Probe::start()
{
    if (m_started)
        return;
    m_started = true;
    m_clock.start();
    m_deadline.start(m_timeoutMs);
    // run() may fail at once (a malformed endpoint); finished() must still come from the event
    // loop, after the caller has connected to it.
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (!m_finished)
                run();
        },
        Qt::QueuedConnection);
}

double Probe::elapsedMsPrecise() const
{
    return m_clock.isValid() ? m_clock.nsecsElapsed() / 1e6 : 0.0;
}

void Probe::succeed(ProbeResult result)
{
    if (result.latencyMs < 0 && result.status != ProbeStatus::Down)
        result.latencyMs = elapsedMsPrecise();
    finishWith(std::move(result));
}

void Probe::fail(const QString &reason)
{
    fail(ProbeResult {}, reason);
}

void Probe::fail(ProbeResult partial, const QString &reason)
{
    partial.status = ProbeStatus::Down;
    partial.detail = reason;
    finishWith(std::move(partial));
}

void Probe::finishWith(ProbeResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    result.kind = m_target.kind;
    result.name = m_target.name;
    result.endpoint = m_target.endpoint;
    result.checkedAt = QDateTime::currentDateTimeUtc();
    m_result = result;
    // Queued, so that a subclass may call succeed()/fail() from inside a socket's signal and
    // the receiver may delete the probe from its slot.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT finished(m_result); }, Qt::QueuedConnection);
}

} // namespace ws
