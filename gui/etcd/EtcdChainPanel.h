#pragma once

#include "etcd/EtcdKeyChain.h"
#include "etcd/EtcdKeyValue.h"
#include "workspace/Workspace.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace ws {

// What a change to a key touches, before the user saves it: the key → the template that reads
// it (file:line) → the file it renders → check and reload commands → the image that carries the
// template (and the images built on it) → the units that run them. A key that nothing reads
// says so plainly. A key with a lease is marked as owned by the cluster (registrator writes
// such keys, and rewrites them).
class EtcdChainPanel : public QWidget
{
    Q_OBJECT

public:
    explicit EtcdChainPanel(QWidget *parent = nullptr);
    ~EtcdChainPanel() override;

    void setWorkspace(const Workspace &workspace);
    // Shows the chains of `key`; computed off the UI thread, then chainShown() is emitted.
    void showKey(const QByteArray &key);
    // The same for a stored key, marking it as the cluster's when it has a lease.
    void showKey(const EtcdKeyValue &kv);
    void clear();

    QByteArray key() const { return m_key; }
    const EtcdKeyChains &chains() const { return m_chains; }
    QTreeWidget *tree() const { return m_tree; }

signals:
    void chainShown(const QByteArray &key);

private:
    void compute();
    void render();
    void addUnits(QTreeWidgetItem *parent, const QList<EtcdChainUnit> &units);
    QString relative(const QString &path) const;

    Workspace m_workspace;
    QByteArray m_key;
    EtcdKeyValue m_kv; // lease details of the key shown, when known
    EtcdKeyChains m_chains;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_lease = nullptr;
    QTreeWidget *m_tree = nullptr;
    quint64 m_generation = 0;
};

} // namespace ws
