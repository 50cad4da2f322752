#include "ProbeHistory.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <atomic>

namespace ws {

namespace {

std::atomic<quint64> connectionCounter {0};

QSqlDatabase db(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

const char *const schema[] = {
    "CREATE TABLE IF NOT EXISTS results ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " target TEXT NOT NULL,"
    " kind TEXT NOT NULL,"
    " name TEXT NOT NULL,"
    " endpoint TEXT NOT NULL,"
    " checked_at INTEGER NOT NULL," // ms since the epoch, UTC
    " status TEXT NOT NULL,"
    " latency_ms REAL," // NULL when no answer came
    " version TEXT NOT NULL,"
    " detail TEXT NOT NULL,"
    " facts TEXT NOT NULL," // JSON object
    " elements TEXT NOT NULL)", // JSON array
    "CREATE INDEX IF NOT EXISTS results_by_target ON results (target, checked_at)",
    "CREATE INDEX IF NOT EXISTS results_by_time ON results (checked_at)",
};

} // namespace

ProbeHistory::ProbeHistory(const QString &path)
    : m_path(path.isEmpty() ? defaultPath() : path),
      m_connection(QStringLiteral("ws-probe-history-%1").arg(++connectionCounter))
{ }

ProbeHistory::~ProbeHistory()
{
    m_ready = false;
    if (!QSqlDatabase::contains(m_connection))
        return;
    db(m_connection).close();
    QSqlDatabase::removeDatabase(m_connection);
}

QString ProbeHistory::defaultPath()
{
    const QString env = qEnvironmentVariable("WHALESTACK_PROBE_HISTORY");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/probe-history.sqlite");
}

QString ProbeHistory::idOf(const ProbeResult &result)
{
    return result.targetId();
}

bool ProbeHistory::fail(const QString &message)
{
    m_error = message;
    return false;
}

void ProbeHistory::setRetention(int days, int rowsPerTarget)
{
    m_keepDays = days;
    m_keepRows = rowsPerTarget;
}

bool ProbeHistory::open()
{
    if (m_ready)
        return true;
    const QString native = QDir::toNativeSeparators(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot use the probe history %1: its folder cannot be made. Choose "
                       "another file with WHALESTACK_PROBE_HISTORY.")
                        .arg(native));
    QSqlDatabase d = QSqlDatabase::contains(m_connection)
        ? db(m_connection)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!d.isValid())
        return fail(tr("Cannot use the probe history %1: Qt's SQLite driver is missing (install "
                       "libqt6sql6-sqlite).")
                        .arg(native));
    d.setDatabaseName(m_path);
    // The desktop app and the command line may both write.
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!d.open())
        return fail(tr("Cannot open the probe history %1: %2. Check that the file and its folder "
                       "are writable, or choose another file with WHALESTACK_PROBE_HISTORY.")
                        .arg(native, errorText(d.lastError())));
    QSqlQuery q(d);
    if (!q.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                               " (SELECT user_version FROM pragma_user_version),"
                               " (SELECT count(*) FROM sqlite_master)"))
        || !q.next())
        return fail(tr("Cannot read the probe history %1: %2. Move it away to start a new one.")
                        .arg(native, errorText(q.lastError())));
    const int appId = q.value(0).toInt();
    const int version = q.value(1).toInt();
    const int objects = q.value(2).toInt();
    q.finish();
    if (!(appId == 0 && version == 0 && objects == 0) && appId != ApplicationId)
        return fail(tr("The file %1 is not a Whalestack probe history. Move it away or choose "
                       "another file with WHALESTACK_PROBE_HISTORY.")
                        .arg(native));
    if (version > SchemaVersion)
        return fail(tr("The probe history %1 was written by a newer Whalestack (schema %2). Use "
                       "the newer version, or choose another file with WHALESTACK_PROBE_HISTORY.")
                        .arg(native)
                        .arg(version));
    // WAL: the map reads the history while the scheduler writes it. NORMAL sync is safe with
    // WAL (a crash loses at most the last results, never the file) and keeps writes cheap.
    q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
    q.exec(QStringLiteral("PRAGMA synchronous = NORMAL"));
    if (!createSchema())
        return false;
    m_ready = true;
    prune();
    return true;
}

bool ProbeHistory::createSchema()
{
    QSqlQuery q(db(m_connection));
    const QString native = QDir::toNativeSeparators(m_path);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(
            tr("Cannot write the probe history %1: %2").arg(native, errorText(q.lastError())));
    for (const char *statement : schema) {
        if (!q.exec(QLatin1String(statement))) {
            const QString why = errorText(q.lastError());
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(tr("Cannot write the probe history %1: %2").arg(native, why));
        }
    }
    if (!q.exec(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
        || !q.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))
        || !q.exec(QStringLiteral("COMMIT"))) {
        const QString why = errorText(q.lastError());
        q.exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot write the probe history %1: %2").arg(native, why));
    }
    return true;
}

bool ProbeHistory::insert(const ProbeResult &r)
{
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("INSERT INTO results (target, kind, name, endpoint, checked_at, "
                             "status, latency_ms, version, detail, facts, elements) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QJsonObject json = r.toJson();
    q.addBindValue(idOf(r));
    q.addBindValue(notNull(r.kind));
    q.addBindValue(notNull(r.name));
    q.addBindValue(notNull(r.endpoint));
    q.addBindValue((r.checkedAt.isValid() ? r.checkedAt : QDateTime::currentDateTimeUtc())
                       .toMSecsSinceEpoch());
    q.addBindValue(probeStatusName(r.status));
    q.addBindValue(r.latencyMs < 0 ? QVariant(QMetaType(QMetaType::Double))
                                   : QVariant(r.latencyMs));
    q.addBindValue(notNull(r.version));
    q.addBindValue(notNull(r.detail));
    q.addBindValue(QString::fromUtf8(QJsonDocument(json.value(QLatin1String("facts")).toObject())
                                         .toJson(QJsonDocument::Compact)));
    q.addBindValue(QString::fromUtf8(QJsonDocument(json.value(QLatin1String("elements")).toArray())
                                         .toJson(QJsonDocument::Compact)));
    if (!q.exec())
        return fail(tr("Cannot write the probe history %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), errorText(q.lastError())));
    return true;
}

bool ProbeHistory::record(const ProbeResult &result)
{
    return record(QList<ProbeResult> {result});
}

bool ProbeHistory::record(const QList<ProbeResult> &results)
{
    if (!open())
        return false;
    if (results.isEmpty())
        return true;
    QSqlDatabase d = db(m_connection);
    if (!d.transaction())
        return fail(tr("Cannot write the probe history %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), errorText(d.lastError())));
    for (const ProbeResult &r : results) {
        if (!insert(r)) {
            d.rollback();
            return false;
        }
    }
    if (!d.commit())
        return fail(tr("Cannot write the probe history %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), errorText(d.lastError())));
    // Pruning costs a scan per target; every few thousand rows is often enough to keep the file
    // within its bounds.
    m_sincePrune += int(results.size());
    if (m_sincePrune >= 5000)
        prune();
    return true;
}

bool ProbeHistory::prune()
{
    if (!m_ready)
        return false;
    m_sincePrune = 0;
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("DELETE FROM results WHERE checked_at < ?"));
    q.addBindValue(QDateTime::currentDateTimeUtc().addDays(-m_keepDays).toMSecsSinceEpoch());
    if (!q.exec())
        return fail(tr("Cannot prune the probe history %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), errorText(q.lastError())));
    // Per target, everything older than its m_keepRows-th newest row.
    q.prepare(QStringLiteral(
        "DELETE FROM results WHERE id IN (SELECT id FROM (SELECT id, row_number() OVER "
        "(PARTITION BY target ORDER BY id DESC) AS n FROM results) WHERE n > ?)"));
    q.addBindValue(m_keepRows);
    if (!q.exec())
        return fail(tr("Cannot prune the probe history %1: %2")
                        .arg(QDir::toNativeSeparators(m_path), errorText(q.lastError())));
    return true;
}

ProbeResult ProbeHistory::latest(const QString &id)
{
    ProbeResult r;
    if (!open())
        return r;
    QSqlQuery q(db(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT kind, name, endpoint, checked_at, status, latency_ms, "
                             "version, detail, facts, elements FROM results WHERE target = ? "
                             "ORDER BY id DESC LIMIT 1"));
    q.addBindValue(id);
    if (!q.exec()) {
        fail(tr("Cannot read the probe history %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), errorText(q.lastError())));
        return r;
    }
    if (!q.next())
        return r;
    r.kind = q.value(0).toString();
    r.name = q.value(1).toString();
    r.endpoint = q.value(2).toString();
    r.checkedAt = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
    r.status = probeStatusFromName(q.value(4).toString());
    r.latencyMs = q.value(5).isNull() ? -1 : q.value(5).toDouble();
    r.version = q.value(6).toString();
    r.detail = q.value(7).toString();
    QJsonObject o;
    o.insert(QStringLiteral("facts"),
             QJsonDocument::fromJson(q.value(8).toString().toUtf8()).object());
    o.insert(QStringLiteral("elements"),
             QJsonDocument::fromJson(q.value(9).toString().toUtf8()).array());
    const ProbeResult parts = ProbeResult::fromJson(o);
    r.facts = parts.facts;
    r.elements = parts.elements;
    return r;
}

QList<ProbeHistory::LatencySample> ProbeHistory::latency(const QString &id, const QDateTime &since,
                                                         int limit)
{
    QList<LatencySample> samples;
    if (!open())
        return samples;
    QSqlQuery q(db(m_connection));
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT checked_at, latency_ms, status FROM results WHERE target = ? "
                             "AND checked_at >= ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(id);
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(tr("Cannot read the probe history %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), errorText(q.lastError())));
        return samples;
    }
    while (q.next())
        samples.prepend({QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC),
                         q.value(1).isNull() ? -1 : q.value(1).toDouble(),
                         probeStatusFromName(q.value(2).toString())});
    return samples;
}

QList<ProbeHistory::StatusChange> ProbeHistory::statusChanges(const QString &id,
                                                              const QDateTime &since, int limit)
{
    QList<StatusChange> changes;
    if (!open())
        return changes;
    QSqlQuery q(db(m_connection));
    q.setForwardOnly(true);
    // A change is a row whose status differs from the row before it (of the same target).
    q.prepare(QStringLiteral(
        "SELECT checked_at, previous, status, detail FROM (SELECT id, checked_at, status, detail, "
        "lag(status) OVER (ORDER BY id) AS previous FROM results WHERE target = ?) "
        "WHERE (previous IS NULL OR previous != status) AND checked_at >= ? "
        "ORDER BY id DESC LIMIT ?"));
    q.addBindValue(id);
    q.addBindValue(since.isValid() ? since.toMSecsSinceEpoch() : qint64(0));
    q.addBindValue(limit);
    if (!q.exec()) {
        fail(tr("Cannot read the probe history %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), errorText(q.lastError())));
        return changes;
    }
    while (q.next())
        changes.prepend({QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC),
                         q.value(1).isNull() ? ProbeStatus::Unknown
                                             : probeStatusFromName(q.value(1).toString()),
                         probeStatusFromName(q.value(2).toString()), q.value(3).toString()});
    return changes;
}

int ProbeHistory::count(const QString &id)
{
    if (!open())
        return 0;
    QSqlQuery q(db(m_connection));
    q.prepare(QStringLiteral("SELECT count(*) FROM results WHERE target = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toInt();
}

} // namespace ws
