#pragma once

#include "BuildHistoryEntry.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QSqlError;

namespace ws {

// The SQL side of BuildHistory, private to the module: one QSqlDatabase connection and the
// schema. Made, used and destroyed on BuildHistory's one worker thread only.
class BuildHistoryStore
{
    Q_DECLARE_TR_FUNCTIONS(BuildHistoryStore)

public:
    // The schema this build writes (PRAGMA user_version) and the mark of a Whalestack history
    // file (PRAGMA application_id, "WSBH").
    static constexpr int SchemaVersion = 2;
    static constexpr int ApplicationId = 0x57534248;

    using Reporter = std::function<void(const QString &message)>;

    BuildHistoryStore(QString path, Reporter report);
    ~BuildHistoryStore(); // closes and removes the connection
    BuildHistoryStore(const BuildHistoryStore &) = delete;
    BuildHistoryStore &operator=(const BuildHistoryStore &) = delete;

    bool open();
    QHash<QString, qint64> estimatesMs(const QStringList &images, int samples);
    bool record(const QString &workspace, qint64 wallMs, const QList<BuildHistoryEntry> &images,
                int keepQueues);
    QList<BuildHistoryEntry> recent(const QString &image, int limit);

private:
    enum class Check { Ours, Empty, Older, Newer, Foreign, Damaged, Failed };

    bool openConnection();
    void closeConnection();
    Check inspect(int *version, QString *reason);
    bool createOrMigrate(); // to SchemaVersion, from what the file holds
    bool moveAside(const QString &reason);
    QString queryError(const QSqlError &error); // its text; notes a damaged file
    bool fail(const QString &message); // reports `message`, returns false

    QString m_path;
    QString m_connection;
    Reporter m_report;
    bool m_ready = false;
};

} // namespace ws
