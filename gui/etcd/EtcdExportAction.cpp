#include "EtcdExportAction.h"

#include "etcd/EtcdExportJob.h"

#include <QFileDialog>
#include <QInputDialog>

namespace ws {

EtcdExportAction::EtcdExportAction(EtcdStore *store, QWidget *dialogParent, QObject *parent)
    : QAction(tr("Export to YAML…"), parent), m_store(store), m_dialogParent(dialogParent)
{
    setObjectName(QStringLiteral("etcdExportAction"));
    setToolTip(tr("Save every key under a prefix, as one snapshot, to a YAML file"));
    connect(this, &QAction::triggered, this, &EtcdExportAction::ask);
}

EtcdExportAction::~EtcdExportAction() = default;

void EtcdExportAction::ask()
{
    if (m_job)
        return;
    bool ok = false;
    const QString prefix
        = QInputDialog::getText(m_dialogParent, tr("Export to YAML"),
                                tr("Export every key under this prefix (empty: all keys):"),
                                QLineEdit::Normal, QString::fromUtf8(m_prefix), &ok);
    if (!ok)
        return;
    m_prefix = prefix.toUtf8();
    const QString file = QFileDialog::getSaveFileName(m_dialogParent, tr("Export to YAML"),
                                                      QStringLiteral("etcd-export.yaml"),
                                                      tr("YAML files (*.yaml *.yml)"));
    if (!file.isEmpty())
        exportTo(file);
}

void EtcdExportAction::exportTo(const QString &fileName)
{
    if (m_job)
        return;
    auto *job = new EtcdExportJob(m_store, m_prefix, this);
    m_job = job;
    job->setFileName(fileName);
    setEnabled(false);
    connect(job, &ApiJob::finished, this, [this, job] {
        job->deleteLater();
        m_job = nullptr;
        setEnabled(true);
        if (job->hasError()) {
            Q_EMIT finished(false, job->errorString());
            return;
        }
        const EtcdExportResult &r = job->result();
        Q_EMIT finished(true,
                        tr("Exported %n key(s) at revision %1 to %2.", nullptr, int(r.keys))
                            .arg(r.revision)
                            .arg(r.fileName));
    });
    job->start();
}

} // namespace ws
