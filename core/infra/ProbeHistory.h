#pragma once

#include "ProbeResult.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace ws {

// The probes' results over time, in SQLite (QtSql, its own connection, WAL): the latest result
// of each target, latency samples for a sparkline, and the moments a target's status changed.
// Rows are kept for a retention period and up to a number per target. Only what a
// ProbeResult holds is written (status, latency, version, detail, facts and elements as JSON):
// never a credential, since results never carry one. Used from one thread; calls are short
// (one prepared statement, or one transaction for a batch).
class ProbeHistory
{
    Q_DECLARE_TR_FUNCTIONS(ProbeHistory)

public:
    static constexpr int SchemaVersion = 1;
    static constexpr int ApplicationId = 0x57535048; // "WSPH"

    struct LatencySample
    {
        QDateTime at; // UTC
        double latencyMs = -1; // -1: no answer (Down)
        ProbeStatus status = ProbeStatus::Unknown;
    };
    struct StatusChange
    {
        QDateTime at; // UTC, the first result with the new status
        ProbeStatus from = ProbeStatus::Unknown; // Unknown for the first result of a target
        ProbeStatus to = ProbeStatus::Unknown;
        QString detail;
    };

    // `path` empty: defaultPath().
    explicit ProbeHistory(const QString &path = QString());
    ~ProbeHistory();
    ProbeHistory(const ProbeHistory &) = delete;
    ProbeHistory &operator=(const ProbeHistory &) = delete;

    // WHALESTACK_PROBE_HISTORY, else probe-history.sqlite in the application's data folder
    // (QStandardPaths::AppDataLocation).
    static QString defaultPath();
    QString path() const { return m_path; }

    // Opens (creating the file and schema when needed); false with errorString().
    bool open();
    bool isOpen() const { return m_ready; }
    // The last failure, translated, naming the file.
    QString errorString() const { return m_error; }

    // Keep rows younger than `days` and at most `rowsPerTarget` per target (defaults 7 and
    // 10,000). Applied by prune(), which record() calls now and then.
    void setRetention(int days, int rowsPerTarget);
    bool prune();

    // The target id of a result: ProbeTarget::id() (kind|endpoint).
    static QString idOf(const ProbeResult &result);

    bool record(const ProbeResult &result);
    // All of them in one transaction.
    bool record(const QList<ProbeResult> &results);

    // The newest result of a target; status Unknown and an empty kind when there is none.
    ProbeResult latest(const QString &id);
    // Latency samples, oldest first: those since `since` (invalid: any), the newest `limit`.
    QList<LatencySample> latency(const QString &id, const QDateTime &since = {}, int limit = 100);
    // Status changes, oldest first, within the rows kept.
    QList<StatusChange> statusChanges(const QString &id, const QDateTime &since = {},
                                      int limit = 100);
    // How many rows a target has (for tests and the retention).
    int count(const QString &id);

private:
    bool fail(const QString &message);
    bool createSchema();
    bool insert(const ProbeResult &result);

    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_ready = false;
    int m_keepDays = 7;
    int m_keepRows = 10'000;
    int m_sincePrune = 0;
};

} // namespace ws
