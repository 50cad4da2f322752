#pragma once

#include "EtcdYamlDocument.h"
#include "http/ApiJob.h"

#include <QByteArray>
#include <QFutureWatcher>
#include <QPointer>
#include <QString>

namespace ws {

class EtcdStore;

// What an export wrote: the YAML (also when it went to a file), the store revision it shows
// and how many keys it holds.
struct EtcdExportResult
{
    QByteArray yaml;
    QString fileName; // where it was saved, empty when not asked to
    QByteArray prefix;
    qint64 revision = 0;
    qint64 keys = 0;
    QString endpoint;
};

// Exports every key under a prefix, read as one snapshot at one revision, as an
// EtcdYamlDocument. The listing arrives page by page from the store; the YAML is written (and
// saved, with setFileName()) on a worker thread, so 100,000 keys never stall the event loop.
// finished() comes once; the caller deleteLater()s the job. cancel() stops it with an error.
class EtcdExportJob : public ResultJob<EtcdExportResult>
{
    Q_OBJECT

public:
    EtcdExportJob(EtcdStore *store, const QByteArray &prefix, QObject *parent = nullptr);
    ~EtcdExportJob() override;

    // Save the YAML to this file too (atomically, through QSaveFile).
    void setFileName(const QString &fileName) { m_fileName = fileName; }
    // Shown in the file's header comment ("endpoint …"); the endpoint that answered otherwise.
    void setEndpointLabel(const QString &label) { m_endpointLabel = label; }

    void start();
    void cancel();

    // The header comment written at the top of an export.
    static QString headerFor(const QString &endpoint, qint64 revision, const QByteArray &prefix,
                             qint64 keys);

Q_SIGNALS:
    // While reading: keys read so far of `total`.
    void progress(qint64 keysRead, qint64 total);

private:
    struct Written
    {
        QByteArray yaml;
        QString error;
    };
    void onListed();
    void onWritten();

    QPointer<EtcdStore> m_store;
    QByteArray m_prefix;
    QString m_fileName;
    QString m_endpointLabel;
    EtcdExportResult m_pending;
    QFutureWatcher<Written> m_writer;
    QPointer<ApiJob> m_listing;
    bool m_cancelled = false;
};

} // namespace ws
