#pragma once

#include "etcd/EtcdExportJob.h"

#include <QAction>
#include <QByteArray>
#include <QPointer>

namespace ws {

class EtcdStore;

// "Export to YAML…": asks for the prefix (the selected folder, by default) and a file, then
// writes every key under the prefix, read at one revision, as an export file. The work runs as
// an EtcdExportJob (off the UI thread for the YAML); finished() says how it went.
class EtcdExportAction : public QAction
{
    Q_OBJECT

public:
    // `store` must outlive the action; `dialogParent` hosts the prefix and file dialogs.
    EtcdExportAction(EtcdStore *store, QWidget *dialogParent, QObject *parent = nullptr);
    ~EtcdExportAction() override;

    QByteArray prefix() const { return m_prefix; }
    void setPrefix(const QByteArray &prefix) { m_prefix = prefix; }

    // Exports prefix() to `fileName` without asking; what triggering does after its dialogs.
    void exportTo(const QString &fileName);
    bool isRunning() const { return m_job != nullptr; }

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void ask();

    EtcdStore *m_store;
    QPointer<QWidget> m_dialogParent;
    QByteArray m_prefix;
    QPointer<EtcdExportJob> m_job;
};

} // namespace ws
