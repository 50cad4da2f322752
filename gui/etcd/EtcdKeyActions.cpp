#include "EtcdKeyActions.h"

#include "etcd/EtcdJson.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdStore.h"

#include <QAction>
#include <QInputDialog>
#include <QMessageBox>

namespace ws {

EtcdKeyActions::EtcdKeyActions(EtcdStore *store, QWidget *parentWidget)
    : QObject(parentWidget), m_store(store), m_parentWidget(parentWidget),
      m_newKey(new QAction(tr("New key…"), this)), m_rename(new QAction(tr("Rename…"), this)),
      m_delete(new QAction(tr("Delete…"), this))
{
    m_newKey->setObjectName(QStringLiteral("newKeyAction"));
    m_rename->setObjectName(QStringLiteral("renameAction"));
    m_delete->setObjectName(QStringLiteral("deleteAction"));
    m_rename->setEnabled(false);
    m_delete->setEnabled(false);

    // Non-modal dialogs by default: open() returns at once, the answer comes from finished().
    m_confirm
        = [this](const QString &title, const QString &question, std::function<void(bool)> answer) {
              auto *box = new QMessageBox(QMessageBox::Question, title, question,
                                          QMessageBox::Yes | QMessageBox::Cancel, m_parentWidget);
              box->setAttribute(Qt::WA_DeleteOnClose);
              connect(box, &QMessageBox::finished, this, [box, answer](int) {
                  answer(box->standardButton(box->clickedButton()) == QMessageBox::Yes);
              });
              box->open();
          };
    m_askText = [this](const QString &title, const QString &label, const QString &initial,
                       std::function<void(std::optional<QString>)> answer) {
        auto *dialog = new QInputDialog(m_parentWidget);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(title);
        dialog->setLabelText(label);
        dialog->setTextValue(initial);
        connect(dialog, &QInputDialog::finished, this, [dialog, answer](int result) {
            answer(result == QDialog::Accepted ? std::optional(dialog->textValue()) : std::nullopt);
        });
        dialog->open();
    };

    connect(m_newKey, &QAction::triggered, this, [this]() {
        QString initial = QString::fromUtf8(m_current);
        if (m_currentIsFolder && !initial.endsWith(QLatin1Char('/')))
            initial += QLatin1Char('/');
        m_askText(tr("New key"), tr("Name of the new key:"), initial,
                  [this](std::optional<QString> name) {
                      if (name && !name->isEmpty())
                          createKey(name->toUtf8());
                  });
    });
    connect(m_rename, &QAction::triggered, this, [this]() {
        const QByteArray from = m_current;
        const bool folder = m_currentIsFolder;
        m_askText(folder ? tr("Rename folder") : tr("Rename key"), tr("New name:"),
                  QString::fromUtf8(from), [this, from, folder](std::optional<QString> name) {
                      if (!name || name->isEmpty() || name->toUtf8() == from)
                          return;
                      if (folder)
                          renameFolder(from, name->toUtf8());
                      else
                          renameKey(from, name->toUtf8());
                  });
    });
    connect(m_delete, &QAction::triggered, this, [this]() {
        if (m_currentIsFolder)
            deleteFolder(m_current);
        else
            deleteKey(m_current);
    });
}

void EtcdKeyActions::setCurrent(const QByteArray &key, bool isFolder)
{
    m_current = key;
    m_currentIsFolder = isFolder;
    m_rename->setEnabled(!key.isEmpty());
    m_delete->setEnabled(!key.isEmpty());
}

int EtcdKeyActions::maxTxnOps() const
{
    if (const auto *kv = qobject_cast<const EtcdKv *>(m_store))
        return std::max(2, kv->maxTxnOps());
    return EtcdKv::DefaultMaxTxnOps;
}

void EtcdKeyActions::ask(const QString &title, const QString &question, std::function<void()> then)
{
    QPointer<EtcdKeyActions> self(this);
    m_confirm(title, question, [self, then](bool yes) {
        if (self && yes)
            then();
    });
}

void EtcdKeyActions::fail(const QString &message)
{
    Q_EMIT failed(message);
}

void EtcdKeyActions::createKey(const QByteArray &key, const QByteArray &value)
{
    if (key.isEmpty())
        return fail(tr("A key needs a name."));
    EtcdCasJob *job = m_store->putIfUnchanged(key, value, 0); // only if it does not exist
    connect(job, &ApiJob::finished, this, [this, job, key]() {
        job->deleteLater();
        if (job->hasError())
            return fail(job->errorString());
        if (!job->result().succeeded)
            return fail(
                tr("%1 already exists; nothing was written.").arg(EtcdJson::displayKey(key)));
        Q_EMIT done(tr("Created %1.").arg(EtcdJson::displayKey(key)));
        Q_EMIT created(key);
    });
}

void EtcdKeyActions::renameKey(const QByteArray &from, const QByteArray &to)
{
    if (to.isEmpty() || from == to)
        return fail(tr("Choose a different name for %1.").arg(EtcdJson::displayKey(from)));
    EtcdRangeJob *read = m_store->range(from);
    connect(read, &ApiJob::finished, this, [this, read, from, to]() {
        read->deleteLater();
        if (read->hasError())
            return fail(read->errorString());
        if (read->result().kvs.isEmpty())
            return fail(tr("%1 no longer exists.").arg(EtcdJson::displayKey(from)));
        const EtcdKeyValue kv = read->result().kvs.constFirst();
        ask(tr("Rename key"),
            tr("Rename %1 to %2?").arg(EtcdJson::displayKey(from), EtcdJson::displayKey(to)),
            [this, kv, to]() {
                EtcdBatchJob *job
                    = m_store->applyBatch({EtcdBatchOp::put(to, kv.value, 0),
                                           EtcdBatchOp::remove(kv.key, false, kv.modRevision)});
                connect(job, &ApiJob::finished, this, [this, job, kv, to]() {
                    job->deleteLater();
                    if (job->hasError())
                        return fail(job->errorString());
                    if (!job->result().complete())
                        return fail(
                            tr("Not renamed: %1 exists already, or %2 changed since it "
                               "was read. Nothing was written.")
                                .arg(EtcdJson::displayKey(to), EtcdJson::displayKey(kv.key)));
                    Q_EMIT done(tr("Renamed %1 to %2.")
                                    .arg(EtcdJson::displayKey(kv.key), EtcdJson::displayKey(to)));
                });
            });
    });
}

namespace {

// A folder is everything under "name/": "/del" must not take "/delete-me" with it.
QByteArray folderPrefix(QByteArray name)
{
    if (!name.isEmpty() && !name.endsWith('/'))
        name += '/';
    return name;
}

} // namespace

void EtcdKeyActions::renameFolder(const QByteArray &fromFolder, const QByteArray &toFolder)
{
    const QByteArray fromPrefix = folderPrefix(fromFolder);
    const QByteArray toPrefix = folderPrefix(toFolder);
    if (toPrefix.isEmpty() || fromPrefix.isEmpty() || toPrefix.startsWith(fromPrefix)
        || fromPrefix.startsWith(toPrefix)) {
        return fail(tr("Cannot rename %1 to %2: one contains the other.")
                        .arg(EtcdJson::displayKey(fromPrefix), EtcdJson::displayKey(toPrefix)));
    }
    EtcdRangeAllJob *read = m_store->rangeAll(fromPrefix);
    connect(read, &ApiJob::finished, this, [this, read, fromPrefix, toPrefix]() {
        read->deleteLater();
        if (read->hasError())
            return fail(read->errorString());
        const EtcdKeyValues kvs = read->result().kvs;
        if (kvs.isEmpty())
            return fail(tr("%1 holds no keys.").arg(EtcdJson::displayKey(fromPrefix)));
        // A put of the new key and the delete of the old one side by side: with an even
        // transaction size every key moves in one transaction.
        QList<EtcdBatchOp> ops;
        for (const EtcdKeyValue &kv : kvs) {
            ops << EtcdBatchOp::put(toPrefix + kv.key.mid(fromPrefix.size()), kv.value, 0);
            ops << EtcdBatchOp::remove(kv.key, false, kv.modRevision);
        }
        const int perTxn = maxTxnOps() / 2 * 2;
        const int txns = int((ops.size() + perTxn - 1) / perTxn);
        QString question
            = tr("Move %n key(s) from %1 to %2?", nullptr, int(kvs.size()))
                  .arg(EtcdJson::displayKey(fromPrefix), EtcdJson::displayKey(toPrefix));
        if (txns > 1 || !m_store->atomicBatches()) {
            question += QLatin1Char('\n')
                + tr("This takes %n transaction(s), applied one after another: if one "
                     "fails, the keys moved before it stay moved.",
                     nullptr, txns);
        }
        ask(tr("Rename folder"), question, [this, ops, kvs, fromPrefix, toPrefix]() {
            EtcdBatchJob *job = m_store->applyBatch(ops);
            connect(job, &ApiJob::finished, this, [this, job, kvs, fromPrefix, toPrefix]() {
                job->deleteLater();
                const EtcdBatchResult &result = job->result();
                if (job->hasError() || !result.complete()) {
                    const QString why = job->hasError() ? job->errorString() : result.failure;
                    return fail(tr("The folder was moved only in part (%1 of %2 transactions): "
                                   "%3")
                                    .arg(result.appliedTxns)
                                    .arg(result.txns)
                                    .arg(why.isEmpty() ? tr("a key changed meanwhile") : why));
                }
                Q_EMIT done(
                    tr("Moved %n key(s) from %1 to %2.", nullptr, int(kvs.size()))
                        .arg(EtcdJson::displayKey(fromPrefix), EtcdJson::displayKey(toPrefix)));
            });
        });
    });
}

void EtcdKeyActions::deleteKey(const QByteArray &key)
{
    ask(tr("Delete key"), tr("Delete %1?").arg(EtcdJson::displayKey(key)), [this, key]() {
        EtcdDeleteJob *job = m_store->remove(key);
        connect(job, &ApiJob::finished, this, [this, job, key]() {
            job->deleteLater();
            if (job->hasError())
                return fail(job->errorString());
            Q_EMIT done(tr("Deleted %1.").arg(EtcdJson::displayKey(key)));
        });
    });
}

void EtcdKeyActions::deleteFolder(const QByteArray &folder)
{
    const QByteArray prefix = folderPrefix(folder);
    if (prefix.isEmpty())
        return fail(tr("Refusing to delete every key of the cluster at once."));
    EtcdRangeAllJob *read = m_store->rangeAll(prefix, true);
    connect(read, &ApiJob::finished, this, [this, read, prefix]() {
        read->deleteLater();
        if (read->hasError())
            return fail(read->errorString());
        const EtcdKeyValues kvs = read->result().kvs;
        if (kvs.isEmpty())
            return fail(tr("%1 holds no keys.").arg(EtcdJson::displayKey(prefix)));
        // Delete exactly the keys counted, each as it was counted: a key written meanwhile is
        // neither deleted unseen nor lost.
        QList<EtcdBatchOp> ops;
        for (const EtcdKeyValue &kv : kvs)
            ops << EtcdBatchOp::remove(kv.key, false, kv.modRevision);
        const int txns = int((ops.size() + maxTxnOps() - 1) / maxTxnOps());
        QString question
            = tr("Delete the folder %1 and the %n key(s) in it?", nullptr, int(kvs.size()))
                  .arg(EtcdJson::displayKey(prefix));
        if (txns > 1 || !m_store->atomicBatches()) {
            question += QLatin1Char('\n')
                + tr("This takes %n transaction(s), applied one after another: if one "
                     "fails, the keys deleted before it stay deleted.",
                     nullptr, txns);
        }
        ask(tr("Delete folder"), question, [this, ops, prefix]() {
            EtcdBatchJob *job = m_store->applyBatch(ops);
            connect(job, &ApiJob::finished, this, [this, job, prefix]() {
                job->deleteLater();
                const EtcdBatchResult &result = job->result();
                if (job->hasError() || !result.complete()) {
                    const QString why = job->hasError() ? job->errorString() : result.failure;
                    return fail(tr("The folder was deleted only in part (%1 of %2 "
                                   "transactions): %3")
                                    .arg(result.appliedTxns)
                                    .arg(result.txns)
                                    .arg(why.isEmpty() ? tr("a key changed meanwhile") : why));
                }
                Q_EMIT done(tr("Deleted %n key(s) under %1.", nullptr, int(result.deleted))
                                .arg(EtcdJson::displayKey(prefix)));
            });
        });
    });
}

} // namespace ws
