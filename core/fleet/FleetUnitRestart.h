#pragma once

#include "http/ApiJob.h"

#include <QPointer>
#include <QString>
#include <QStringList>

class QTimer;

namespace ws {

class FleetClient;

// Restarts a unit through fleet, which has no restart: stop it (desired state loaded), wait
// until no machine reports it active any more, then start it (launched). The job starts by
// itself from the event loop and finishes once; errors name the step, the unit and the
// endpoint. phases() says what was seen, in order ("stopping", "inactive", "starting",
// "launched"), so a caller (or a test) can tell the unit really went down before it came back.
class FleetUnitRestart : public ApiJob
{
    Q_OBJECT

public:
    FleetUnitRestart(FleetClient *client, const QString &unitName, QObject *parent = nullptr);

    // How often fleet is asked whether the unit stopped, and for how long at most (ms).
    void setPollInterval(int ms) { m_pollMs = ms; }
    void setStopTimeout(int ms) { m_stopTimeoutMs = ms; }

    QString unitName() const { return m_unit; }
    QStringList phases() const { return m_phases; }

Q_SIGNALS:
    // A step began or was seen done, in words for a status line.
    void progress(const QString &message);

private:
    void stop();
    void poll();
    void start();
    void phase(const QString &key, const QString &message);
    void fail(ApiJob *job, const QString &step);

    QPointer<FleetClient> m_client;
    QString m_unit;
    QStringList m_phases;
    int m_pollMs = 500;
    int m_stopTimeoutMs = 120'000;
    qint64 m_waitedMs = 0;
    QTimer *m_timer;
};

} // namespace ws
