#include "BuildHistoryStore.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <atomic>

namespace ws {

namespace {

std::atomic<quint64> connectionCounter {0};

// SQLite's primary result codes for a file that is not a database, or a damaged one. Qt reports
// them as the native error code; an extended code keeps the primary one in its low byte.
bool isDamage(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return false;
    const int primary = code & 0xff;
    return primary == 11 /* SQLITE_CORRUPT */ || primary == 26 /* SQLITE_NOTADB */;
}

QString errorText(const QSqlError &error)
{
    const QString text = error.databaseText().trimmed();
    return text.isEmpty() ? error.text().trimmed() : text;
}

QSqlDatabase connection(const QString &name)
{
    return QSqlDatabase::database(name, false);
}

// Version 1: one row a finished queue, one row an image's end in it. Times are milliseconds since
// the epoch, UTC. Only names, states, numbers and image IDs: no free text that could carry a
// credential.
const char *const schemaV1[] = {
    "CREATE TABLE queues ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " workspace TEXT NOT NULL,"
    " finished_at INTEGER NOT NULL,"
    " wall_ms INTEGER NOT NULL)",
    "CREATE INDEX queues_by_workspace ON queues (workspace, id)",
    "CREATE TABLE builds ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " queue_id INTEGER NOT NULL REFERENCES queues (id) ON DELETE CASCADE,"
    " image TEXT NOT NULL,"
    " state TEXT NOT NULL,"
    " duration_ms INTEGER NOT NULL,"
    " image_id TEXT NOT NULL,"
    " cache_hits INTEGER NOT NULL,"
    " pushed INTEGER NOT NULL,"
    " finished_at INTEGER NOT NULL)",
    "CREATE INDEX builds_by_image ON builds (image, finished_at)",
    "CREATE INDEX builds_by_queue ON builds (queue_id)",
    "CREATE INDEX builds_by_time ON builds (finished_at)",
};

// Version 2: each image's size on the engine and the file its build log went to, so a past build's
// log opens from the history. Added columns have defaults: rows of version 1 read as unknown.
const char *const schemaV2[] = {
    "ALTER TABLE builds ADD COLUMN size_bytes INTEGER NOT NULL DEFAULT -1",
    "ALTER TABLE builds ADD COLUMN log_file TEXT NOT NULL DEFAULT ''",
};

// What the current schema must answer; a file of ours that cannot is damaged.
const char *const schemaProbes[] = {
    "SELECT id, workspace, finished_at, wall_ms FROM queues LIMIT 0",
    "SELECT id, queue_id, image, state, duration_ms, image_id, cache_hits, pushed, finished_at,"
    " size_bytes, log_file FROM builds LIMIT 0",
};

// The nearest existing folder above `folder` and why nothing can be made below it.
QString folderProblem(const QString &folder)
{
    QFileInfo info(folder);
    while (!info.exists() && !info.isRoot()) {
        const QString parent = info.absolutePath();
        if (parent == info.absoluteFilePath())
            break;
        info = QFileInfo(parent);
    }
    if (info.exists() && !info.isDir())
        return BuildHistoryStore::tr("%1 is a file, not a folder")
            .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
    return BuildHistoryStore::tr("%1 is not writable")
        .arg(QDir::toNativeSeparators(info.absoluteFilePath()));
}

// The columns are NOT NULL, and Qt binds a null QString as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2 == 1)
        return values.at(n / 2);
    return (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

} // namespace

BuildHistoryStore::BuildHistoryStore(QString path, Reporter report)
    : m_path(std::move(path)),
      m_connection(QStringLiteral("ws-build-history-%1").arg(++connectionCounter)),
      m_report(std::move(report))
{ }

BuildHistoryStore::~BuildHistoryStore()
{
    closeConnection();
}

QString BuildHistoryStore::queryError(const QSqlError &error)
{
    // A damage found by a query (past what open() checks) makes the next call inspect the file
    // again, which moves it aside.
    if (isDamage(error))
        m_ready = false;
    return errorText(error);
}

bool BuildHistoryStore::fail(const QString &message)
{
    m_report(message);
    return false;
}

bool BuildHistoryStore::openConnection()
{
    const QString native = QDir::toNativeSeparators(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder))
        return fail(tr("Cannot use the build history %1: its folder cannot be made (%2). Choose "
                       "another file with WHALESTACK_HISTORY.")
                        .arg(native, folderProblem(folder)));
    if (QFileInfo(m_path).isDir())
        return fail(tr("Cannot use the build history %1: it is a folder, not a file. Move it away "
                       "or choose another file with WHALESTACK_HISTORY.")
                        .arg(native));

    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? connection(m_connection)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!db.isValid())
        return fail(tr("Cannot use the build history %1: Qt's SQLite driver is missing (install "
                       "libqt6sql6-sqlite).")
                        .arg(native));
    db.setDatabaseName(m_path);
    // Another instance (the desktop app and the command line) may write at the same moment.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("Cannot open the build history %1: %2. Check that the file and its folder "
                       "are writable, or choose another file with WHALESTACK_HISTORY.")
                        .arg(native, errorText(db.lastError())));
    return true;
}

void BuildHistoryStore::closeConnection()
{
    m_ready = false;
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = connection(m_connection);
        db.close();
    }
    // No QSqlDatabase copy is alive past the block above, so removing leaves nothing dangling.
    QSqlDatabase::removeDatabase(m_connection);
}

BuildHistoryStore::Check BuildHistoryStore::inspect(int *version, QString *reason)
{
    QSqlQuery query(connection(m_connection));
    auto failed = [&] {
        *reason = errorText(query.lastError());
        return isDamage(query.lastError()) ? Check::Damaged : Check::Failed;
    };
    // One statement, so one snapshot: read one by one, the mark could predate and the tables
    // postdate another instance creating the schema, and the file would look foreign.
    if (!query.exec(QStringLiteral("SELECT (SELECT application_id FROM pragma_application_id),"
                                   " (SELECT user_version FROM pragma_user_version),"
                                   " (SELECT count(*) FROM sqlite_master)"))
        || !query.next())
        return failed();
    const int applicationId = query.value(0).toInt();
    *version = query.value(1).toInt();
    const int objects = query.value(2).toInt();

    if (applicationId == 0 && objects == 0 && *version == 0)
        return Check::Empty;
    if (applicationId != ApplicationId)
        return Check::Foreign;
    if (*version < SchemaVersion)
        return Check::Older;
    if (*version > SchemaVersion)
        return Check::Newer;
    for (const char *probe : schemaProbes) {
        if (!query.exec(QLatin1String(probe))) {
            *reason = errorText(query.lastError());
            return Check::Damaged;
        }
    }
    // A damaged page would otherwise show only in some later query, as a failure the user can do
    // nothing about. The history is small (200 queues a workspace), so the check is quick.
    if (!query.exec(QStringLiteral("PRAGMA quick_check(1)")) || !query.next()) {
        *reason = errorText(query.lastError());
        return isDamage(query.lastError()) ? Check::Damaged : Check::Failed;
    }
    const QString verdict = query.value(0).toString();
    if (verdict != QLatin1String("ok")) {
        *reason = verdict.simplified();
        return Check::Damaged;
    }
    return Check::Ours;
}

bool BuildHistoryStore::createOrMigrate()
{
    QSqlDatabase db = connection(m_connection);
    const QString native = QDir::toNativeSeparators(m_path);
    QSqlQuery query(db);
    auto run = [&](const QString &sql) {
        return query.exec(sql);
    };
    auto failed = [&] {
        const QString detail = errorText(query.lastError());
        query.finish();
        query.exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot write the build history %1: %2").arg(native, detail));
    };
    // IMMEDIATE takes the write lock first, so of two instances opening a new file at once one
    // creates the schema and the other, reading the version again under the lock, finds it made.
    if (!run(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(
            tr("Cannot write the build history %1: %2").arg(native, errorText(query.lastError())));
    if (!run(QStringLiteral("PRAGMA user_version")) || !query.next())
        return failed();
    const int version = query.value(0).toInt();
    // Each step takes the file from one version to the next; a later version adds its own step.
    if (version < 1) {
        for (const char *statement : schemaV1) {
            if (!run(QLatin1String(statement)))
                return failed();
        }
    }
    if (version < 2) {
        for (const char *statement : schemaV2) {
            if (!run(QLatin1String(statement)))
                return failed();
        }
    }
    if (!run(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId))
        || !run(QStringLiteral("PRAGMA user_version = %1").arg(SchemaVersion))
        || !run(QStringLiteral("COMMIT")))
        return failed();
    return true;
}

bool BuildHistoryStore::moveAside(const QString &problem)
{
    closeConnection();
    const QString stamp
        = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
    QString target = m_path + QStringLiteral(".broken-") + stamp;
    for (int n = 2; QFileInfo::exists(target); ++n)
        target
            = m_path + QStringLiteral(".broken-") + stamp + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_path, target))
        return fail(problem + QLatin1Char(' ')
                    + tr("It could not be moved aside to %1; move or remove it yourself.")
                          .arg(QDir::toNativeSeparators(target)));
    // SQLite's side files belong to the moved file; left behind they would be read as the new
    // file's journal.
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QString side = m_path + QLatin1String(suffix);
        if (QFileInfo::exists(side) && !QFile::rename(side, target + QLatin1String(suffix)))
            QFile::remove(side);
    }
    m_report(problem + QLatin1Char(' ')
             + tr("It was moved to %1 and a new, empty history was started.")
                   .arg(QDir::toNativeSeparators(target)));
    return true;
}

bool BuildHistoryStore::open()
{
    if (m_ready)
        return true;
    const QString native = QDir::toNativeSeparators(m_path);
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (!openConnection())
            return false;
        int version = 0;
        QString reason;
        const Check check = inspect(&version, &reason);
        switch (check) {
        case Check::Failed:
            closeConnection();
            return fail(tr("Cannot read the build history %1: %2").arg(native, reason));
        case Check::Newer:
            closeConnection();
            return fail(
                tr("The build history %1 was written by a newer Whalestack (schema %2; this "
                   "one knows %3). It is left as it is; use the newer version, or choose "
                   "another file with WHALESTACK_HISTORY.")
                    .arg(native)
                    .arg(version)
                    .arg(SchemaVersion));
        case Check::Damaged:
        case Check::Foreign:
            if (attempt > 0) {
                // The file made a moment ago does not read back: the disk, not the file, is at
                // fault, and moving more files aside would not help.
                closeConnection();
                return fail(
                    tr("Cannot start a new build history at %1: %2")
                        .arg(native, reason.isEmpty() ? tr("it does not read back") : reason));
            }
            if (!moveAside(check == Check::Damaged
                               ? tr("The build history %1 is damaged (%2).").arg(native, reason)
                               : tr("The file %1 is an SQLite database of another program, not a "
                                    "build history.")
                                     .arg(native)))
                return false;
            continue;
        case Check::Empty:
        case Check::Older:
            // WAL lets readers (a second window, the command line) go on while a queue is recorded.
            // It must be set outside a transaction; when the file system refuses it SQLite keeps
            // its rollback journal, which is slower but just as safe.
            QSqlQuery(connection(m_connection)).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            if (!createOrMigrate()) {
                closeConnection();
                return false;
            }
            break;
        case Check::Ours:
            QSqlQuery(connection(m_connection)).exec(QStringLiteral("PRAGMA journal_mode = WAL"));
            break;
        }
        QSqlQuery(connection(m_connection)).exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        m_ready = true;
        return true;
    }
    return false;
}

QHash<QString, qint64> BuildHistoryStore::estimatesMs(const QStringList &images, int samples)
{
    QHash<QString, qint64> result;
    if (images.isEmpty() || !open())
        return result;
    QSqlQuery query(connection(m_connection));
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT duration_ms FROM builds WHERE image = ? AND state = ?"
                                      " ORDER BY finished_at DESC, id DESC LIMIT ?"))) {
        fail(tr("Cannot read the build history %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), queryError(query.lastError())));
        return result;
    }
    for (const QString &image : images) {
        if (result.contains(image))
            continue;
        query.bindValue(0, image);
        query.bindValue(1, buildStateId(BuildState::Built));
        query.bindValue(2, samples);
        if (!query.exec()) {
            fail(tr("Cannot read the build history %1: %2")
                     .arg(QDir::toNativeSeparators(m_path), queryError(query.lastError())));
            return {};
        }
        QList<qint64> durations;
        while (query.next())
            durations << query.value(0).toLongLong();
        if (!durations.isEmpty())
            result.insert(image, median(durations));
    }
    return result;
}

bool BuildHistoryStore::record(const QString &workspace, qint64 wallMs,
                               const QList<BuildHistoryEntry> &images, int keepQueues)
{
    if (!open())
        return false;
    const QString native = QDir::toNativeSeparators(m_path);
    QSqlDatabase db = connection(m_connection);
    if (!db.transaction())
        return fail(tr("Cannot record the build queue in the build history %1: %2")
                        .arg(native, errorText(db.lastError())));
    QSqlQuery query(db);
    auto failed = [&] {
        const QString detail = queryError(query.lastError());
        query.finish();
        db.rollback();
        return fail(
            tr("Cannot record the build queue in the build history %1: %2").arg(native, detail));
    };

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!query.prepare(QStringLiteral(
            "INSERT INTO queues (workspace, finished_at, wall_ms) VALUES (?, ?, ?)")))
        return failed();
    query.addBindValue(notNull(workspace));
    query.addBindValue(now);
    query.addBindValue(std::max<qint64>(wallMs, 0));
    if (!query.exec())
        return failed();
    const qint64 queueId = query.lastInsertId().toLongLong();

    if (!query.prepare(QStringLiteral(
            "INSERT INTO builds (queue_id, image, state, duration_ms, image_id, cache_hits, pushed,"
            " finished_at, size_bytes, log_file) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return failed();
    for (const BuildHistoryEntry &entry : images) {
        query.addBindValue(queueId);
        query.addBindValue(notNull(entry.image));
        query.addBindValue(buildStateId(entry.state));
        query.addBindValue(std::max<qint64>(entry.durationMs, 0));
        query.addBindValue(notNull(entry.imageId));
        query.addBindValue(std::max(entry.cacheHits, 0));
        query.addBindValue(entry.pushed ? 1 : 0);
        query.addBindValue(entry.finishedAt.isValid() ? entry.finishedAt.toMSecsSinceEpoch() : now);
        query.addBindValue(std::max<qint64>(entry.sizeBytes, -1));
        query.addBindValue(notNull(entry.logFile));
        if (!query.exec())
            return failed();
    }

    // The newest `keepQueues` queues of this workspace stay; LIMIT -1 OFFSET n is "all but n".
    for (const char *sql :
         {"DELETE FROM builds WHERE queue_id IN (SELECT id FROM queues WHERE workspace = ?"
          " ORDER BY id DESC LIMIT -1 OFFSET ?)",
          "DELETE FROM queues WHERE id IN (SELECT id FROM queues WHERE workspace = ?"
          " ORDER BY id DESC LIMIT -1 OFFSET ?)"}) {
        if (!query.prepare(QLatin1String(sql)))
            return failed();
        query.addBindValue(notNull(workspace));
        query.addBindValue(keepQueues);
        if (!query.exec())
            return failed();
    }
    query.finish();
    if (!db.commit()) {
        const QString detail = errorText(db.lastError());
        db.rollback();
        return fail(
            tr("Cannot record the build queue in the build history %1: %2").arg(native, detail));
    }
    return true;
}

QList<BuildHistoryEntry> BuildHistoryStore::recent(const QString &image, int limit)
{
    QList<BuildHistoryEntry> result;
    if (!open())
        return result;
    QString sql = QStringLiteral(
        "SELECT b.queue_id, q.workspace, b.image, b.state, b.duration_ms, b.image_id,"
        " b.cache_hits, b.pushed, b.finished_at, b.size_bytes, b.log_file"
        " FROM builds b JOIN queues q ON q.id = b.queue_id");
    // A name without a tag ("demo/base") stands for all its tags: the range [name:, name;) holds
    // exactly the names that start with "name:", and can use the index on image.
    const QString lastPart = image.section(QLatin1Char('/'), -1);
    const bool untagged = !image.isEmpty() && !lastPart.contains(QLatin1Char(':'))
        && !lastPart.contains(QLatin1Char('@'));
    if (untagged)
        sql += QStringLiteral(" WHERE b.image = ? OR (b.image >= ? AND b.image < ?)");
    else if (!image.isEmpty())
        sql += QStringLiteral(" WHERE b.image = ?");
    sql += QStringLiteral(" ORDER BY b.finished_at DESC, b.id DESC LIMIT ?");

    QSqlQuery query(connection(m_connection));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        fail(tr("Cannot read the build history %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), queryError(query.lastError())));
        return result;
    }
    if (!image.isEmpty())
        query.addBindValue(image);
    if (untagged) {
        query.addBindValue(QString(image + QLatin1Char(':')));
        query.addBindValue(QString(image + QLatin1Char(';')));
    }
    query.addBindValue(limit > 0 ? limit : -1);
    if (!query.exec()) {
        fail(tr("Cannot read the build history %1: %2")
                 .arg(QDir::toNativeSeparators(m_path), queryError(query.lastError())));
        return result;
    }
    while (query.next()) {
        BuildHistoryEntry entry;
        // Rows only come from record(), but a state this build does not know is skipped rather
        // than shown as something it is not.
        if (!buildStateFromId(query.value(3).toString(), &entry.state))
            continue;
        entry.queueId = query.value(0).toLongLong();
        entry.workspace = query.value(1).toString();
        entry.image = query.value(2).toString();
        entry.durationMs = query.value(4).toLongLong();
        entry.imageId = query.value(5).toString();
        entry.cacheHits = query.value(6).toInt();
        entry.pushed = query.value(7).toInt() != 0;
        entry.finishedAt = QDateTime::fromMSecsSinceEpoch(query.value(8).toLongLong(), Qt::UTC);
        entry.sizeBytes = query.value(9).toLongLong();
        entry.logFile = query.value(10).toString();
        result << entry;
    }
    return result;
}

} // namespace ws
