#include "FleetStatePoller.h"

#include "fleet/FleetClient.h"
#include "fleet/FleetStateModel.h"

namespace ws {

FleetStatePoller::FleetStatePoller(FleetStateModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &FleetStatePoller::poll);
}

void FleetStatePoller::setClient(FleetClient *client)
{
    m_client = client;
    m_timer.stop();
    // Jobs of a previous client die with it or land late; either way they are not waited for.
    ++m_generation;
    m_inFlight = false;
    m_again = false;
    if (client && !m_paused)
        refresh();
}

void FleetStatePoller::setInterval(int ms)
{
    m_intervalMs = qMax(100, ms);
    if (m_timer.isActive())
        m_timer.start(m_intervalMs);
}

void FleetStatePoller::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_timer.stop();
        m_again = false;
    } else if (m_client) {
        refresh();
    }
    Q_EMIT pausedChanged(paused);
}

void FleetStatePoller::refresh()
{
    if (m_inFlight) {
        m_again = true;
        return;
    }
    m_timer.stop();
    poll();
}

void FleetStatePoller::poll()
{
    if (m_inFlight || m_paused || !m_client)
        return;
    m_inFlight = true;
    m_again = false;
    ++m_polls;
    m_pending = 3;
    m_error.clear();
    m_snapshot = {};
    m_clock.start();
    const int generation = m_generation;
    // The three lists are asked for together; the snapshot is whole only when all are in.
    FleetUnitsJob *units = m_client->units();
    connect(units, &ApiJob::finished, this, [this, units, generation] {
        units->deleteLater();
        if (generation != m_generation)
            return;
        if (units->hasError())
            m_error = units->errorString();
        else
            m_snapshot.units = units->result();
        partDone();
    });
    FleetStatesJob *states = m_client->states();
    connect(states, &ApiJob::finished, this, [this, states, generation] {
        states->deleteLater();
        if (generation != m_generation)
            return;
        if (states->hasError()) {
            if (m_error.isEmpty())
                m_error = states->errorString();
        } else {
            m_snapshot.states = states->result();
        }
        partDone();
    });
    FleetMachinesJob *machines = m_client->machines();
    connect(machines, &ApiJob::finished, this, [this, machines, generation] {
        machines->deleteLater();
        if (generation != m_generation)
            return;
        if (machines->hasError()) {
            if (m_error.isEmpty())
                m_error = machines->errorString();
        } else {
            m_snapshot.machines = machines->result();
        }
        partDone();
    });
}

void FleetStatePoller::partDone()
{
    if (--m_pending > 0)
        return;
    m_inFlight = false;
    if (m_error.isEmpty()) {
        m_model->update(m_snapshot);
        std::swap(m_last, m_snapshot);
        // The previous snapshot (thousands of units with their options: milliseconds of
        // free()) goes from the event loop, after the view has had the refreshed model.
        QMetaObject::invokeMethod(
            this, [retired = std::exchange(m_snapshot, {})] { Q_UNUSED(retired); },
            Qt::QueuedConnection);
        Q_EMIT refreshed(m_clock.elapsed());
    } else {
        m_snapshot = {};
        Q_EMIT errorOccurred(m_error);
    }
    if (m_again && !m_paused) {
        poll();
        return;
    }
    scheduleNext();
}

void FleetStatePoller::scheduleNext()
{
    if (!m_paused && m_client)
        m_timer.start(m_intervalMs);
}

} // namespace ws
