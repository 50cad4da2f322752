#pragma once

#include "fleet/FleetSnapshot.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace ws {

class FleetClient;
class FleetStateModel;

// Reads units, states and machines from fleet every interval and hands each snapshot to a
// FleetStateModel. One poll at a time: the next is timed from the end of the last, and a
// refresh asked for during a poll follows it. Paused (a view that is hidden), it sends nothing;
// a poll under way still lands. Errors come as signals and the model keeps what it showed.
class FleetStatePoller : public QObject
{
    Q_OBJECT

public:
    explicit FleetStatePoller(FleetStateModel *model, QObject *parent = nullptr);

    // The client to poll through (not owned; null stops polling). Polls at once unless paused.
    void setClient(FleetClient *client);
    FleetClient *client() const { return m_client; }

    int interval() const { return m_intervalMs; }
    void setInterval(int ms);

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    // Polls now, or right after the poll under way.
    void refresh();
    bool isPolling() const { return m_inFlight; }
    // Polls started so far (for status lines and tests).
    int pollCount() const { return m_polls; }
    // The snapshot last given to the model (for explanations that need every unit).
    const FleetSnapshot &lastSnapshot() const { return m_last; }

Q_SIGNALS:
    // A snapshot is in the model; `elapsedMs` is the time from request to updated model.
    void refreshed(qint64 elapsedMs);
    // A poll failed: `message` says what, where and what to do.
    void errorOccurred(const QString &message);
    void pausedChanged(bool paused);

private:
    void poll();
    void scheduleNext();
    void partDone();

    FleetStateModel *m_model;
    QPointer<FleetClient> m_client;
    QTimer m_timer;
    int m_intervalMs = 5000;
    bool m_paused = false;
    bool m_inFlight = false;
    bool m_again = false;
    int m_pending = 0;
    int m_polls = 0;
    int m_generation = 0;
    QString m_error;
    FleetSnapshot m_snapshot;
    FleetSnapshot m_last;
    QElapsedTimer m_clock;
};

} // namespace ws
