#include "EtcdHistoryDialog.h"

#include "EtcdDiffView.h"
#include "etcd/EtcdJson.h"
#include "etcd/EtcdStore.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

namespace ws {

namespace {

constexpr int kRevisionRole = Qt::UserRole;
constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

EtcdHistoryDialog::EtcdHistoryDialog(EtcdStore *store, const QByteArray &key, QWidget *parent)
    : QDialog(parent), m_store(store), m_key(key), m_history(new EtcdKeyHistory(store, key, this)),
      m_list(new QListWidget(this)), m_diff(new EtcdDiffView(this)), m_status(new QLabel(this)),
      m_restore(new QPushButton(tr("Restore this value"), this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(tr("History of %1").arg(EtcdJson::displayKey(key)));
    m_list->setObjectName(QStringLiteral("revisions"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_status->setWordWrap(true);
    m_restore->setObjectName(QStringLiteral("restore"));
    m_restore->setEnabled(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_diff);
    splitter->setStretchFactor(1, 3);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(900, 600);

    m_status->setText(m_history->endText());
    connect(m_history, &EtcdKeyHistory::revisionFound, this,
            [this](const EtcdKeyRevision &revision) {
                const int index = m_list->count();
                QString text;
                if (revision.deleted)
                    text = tr("Revision %1: deleted").arg(revision.modRevision);
                else if (index == 0)
                    text = tr("Revision %1 (version %2, current)")
                               .arg(revision.modRevision)
                               .arg(revision.version);
                else
                    text = tr("Revision %1 (version %2)")
                               .arg(revision.modRevision)
                               .arg(revision.version);
                auto *item = new QListWidgetItem(text, m_list);
                item->setData(kRevisionRole, revision.modRevision);
                item->setData(kIndexRole, index);
                if (index == 1)
                    m_list->setCurrentItem(item);
            });
    connect(m_history, &EtcdKeyHistory::finished, this,
            [this]() { m_status->setText(m_history->endText()); });
    connect(m_list, &QListWidget::currentItemChanged, this, &EtcdHistoryDialog::showSelected);
    connect(m_restore, &QPushButton::clicked, this, &EtcdHistoryDialog::restore);
    m_history->start();
}

bool EtcdHistoryDialog::selectRevision(qint64 modRevision)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        const EtcdKeyRevision &revision = m_history->revisions().at(item->data(kIndexRole).toInt());
        if (!revision.deleted && revision.modRevision == modRevision) {
            m_list->setCurrentItem(item);
            return true;
        }
    }
    return false;
}

void EtcdHistoryDialog::showSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    const QList<EtcdKeyRevision> &revisions = m_history->revisions();
    if (!item || revisions.isEmpty()) {
        m_restore->setEnabled(false);
        return;
    }
    const int index = item->data(kIndexRole).toInt();
    const EtcdKeyRevision &selected = revisions.at(index);
    const EtcdKeyRevision &current = revisions.constFirst();
    m_diff->setTexts(QString::fromUtf8(selected.value), QString::fromUtf8(current.value),
                     tr("revision %1").arg(selected.modRevision),
                     tr("current (revision %1)").arg(current.modRevision));
    m_restore->setEnabled(index > 0 && !selected.deleted);
}

void EtcdHistoryDialog::restore()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const EtcdKeyRevision selected = m_history->revisions().at(item->data(kIndexRole).toInt());
    const qint64 current = m_history->revisions().constFirst().modRevision;
    m_restore->setEnabled(false);
    m_status->setText(tr("Restoring the value of revision %1…").arg(selected.modRevision));
    EtcdCasJob *job = m_store->putIfUnchanged(m_key, selected.value, current);
    connect(job, &ApiJob::finished, this, [this, job, selected]() {
        job->deleteLater();
        m_restore->setEnabled(true);
        if (job->hasError()) {
            m_status->setText(tr("Could not restore: %1").arg(job->errorString()));
            return;
        }
        if (!job->result().succeeded) {
            m_status->setText(tr("Not restored: someone changed the key meanwhile (now at "
                                 "revision %1). Reopen the history to see their change.")
                                  .arg(job->result().current.modRevision));
            return;
        }
        m_status->setText(tr("Restored the value of revision %1 as revision %2.")
                              .arg(selected.modRevision)
                              .arg(job->result().revision));
        Q_EMIT restored(m_key, job->result().revision);
        accept();
    });
}

} // namespace ws
