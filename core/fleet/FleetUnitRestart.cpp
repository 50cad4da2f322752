#include "fleet/FleetUnitRestart.h"

#include "fleet/FleetClient.h"

#include <QTimer>

namespace ws {

FleetUnitRestart::FleetUnitRestart(FleetClient *client, const QString &unitName, QObject *parent)
    : ApiJob(parent), m_client(client), m_unit(unitName), m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &FleetUnitRestart::poll);
    // Started from the event loop, so the caller connects to finished() first.
    QTimer::singleShot(0, this, &FleetUnitRestart::stop);
}

void FleetUnitRestart::phase(const QString &key, const QString &message)
{
    m_phases << key;
    Q_EMIT progress(message);
}

void FleetUnitRestart::fail(ApiJob *job, const QString &step)
{
    finishWithError(job->error(),
                    tr("Restarting %1 failed while %2: %3").arg(m_unit, step, job->errorString()),
                    job->endpoint());
}

void FleetUnitRestart::stop()
{
    if (!m_client) {
        finishWithError(HttpReply::Error::Aborted,
                        tr("Restarting %1: the connection to fleet was closed; connect again and "
                           "retry.")
                            .arg(m_unit),
                        QString());
        return;
    }
    phase(QStringLiteral("stopping"), tr("Stopping %1…").arg(m_unit));
    FleetActionJob *job = m_client->setDesiredState(m_unit, FleetUnit::State::Loaded);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->hasError()) {
            fail(job, tr("stopping it"));
            return;
        }
        m_timer->start(0);
    });
}

void FleetUnitRestart::poll()
{
    if (!m_client)
        return stop(); // reports the closed connection
    FleetStatesJob *job = m_client->states(QString(), m_unit);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->hasError()) {
            fail(job, tr("waiting for it to stop"));
            return;
        }
        bool running = false;
        for (const FleetUnitState &state : job->result())
            running = running || state.systemdActiveState == QLatin1String("active")
                || state.systemdActiveState == QLatin1String("activating")
                || state.systemdActiveState == QLatin1String("deactivating");
        if (!running) {
            phase(QStringLiteral("inactive"), tr("%1 stopped.").arg(m_unit));
            start();
            return;
        }
        m_waitedMs += m_pollMs;
        if (m_waitedMs > m_stopTimeoutMs) {
            finishWithError(HttpReply::Error::Timeout,
                            tr("Restarting %1: it was still active %2 s after it was asked to "
                               "stop; see its state on each machine and try again.")
                                .arg(m_unit)
                                .arg(m_stopTimeoutMs / 1000),
                            job->endpoint());
            return;
        }
        m_timer->start(m_pollMs);
    });
}

void FleetUnitRestart::start()
{
    phase(QStringLiteral("starting"), tr("Starting %1…").arg(m_unit));
    FleetActionJob *job = m_client->setDesiredState(m_unit, FleetUnit::State::Launched);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->hasError()) {
            fail(job, tr("starting it again"));
            return;
        }
        phase(QStringLiteral("launched"), tr("%1 restarted.").arg(m_unit));
        setEndpoint(job->endpoint());
        finish();
    });
}

} // namespace ws
