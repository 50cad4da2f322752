#pragma once

#include "etcd/EtcdKeyHistory.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace ws {

class EtcdDiffView;
class EtcdStore;

// A key's earlier values by revision (as far back as compaction allows), each with its diff
// against the current value, and Restore: a compare-and-swap put of the old value against the
// current mod revision, so a change made meanwhile is not overwritten. Non-blocking: open() it.
class EtcdHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    EtcdHistoryDialog(EtcdStore *store, const QByteArray &key, QWidget *parent = nullptr);

    EtcdKeyHistory *history() const { return m_history; }
    // Selects the entry of `modRevision` in the list; false when there is none.
    bool selectRevision(qint64 modRevision);
    EtcdDiffView *diffView() const { return m_diff; }

Q_SIGNALS:
    // The old value was written back; the key's mod revision is now `modRevision`.
    void restored(const QByteArray &key, qint64 modRevision);

private:
    void showSelected();
    void restore();

    EtcdStore *m_store;
    QByteArray m_key;
    EtcdKeyHistory *m_history;
    QListWidget *m_list;
    EtcdDiffView *m_diff;
    QLabel *m_status;
    QPushButton *m_restore;
};

} // namespace ws
