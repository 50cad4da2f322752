#include "EtcdView.h"

#include "EtcdBrowser.h"
#include "EtcdCataloguePanel.h"
#include "EtcdChainPanel.h"
#include "EtcdConnectionDialog.h"
#include "EtcdExportAction.h"
#include "EtcdImportDialog.h"
#include "EtcdKeyActions.h"
#include "EtcdValueEditor.h"
#include "common/AppIcons.h"
#include "etcd/EtcdDraftStore.h"
#include "etcd/EtcdKeyTree.h"
#include "etcd/EtcdStore.h"
#include "etcd/EtcdTreeModel.h"
#include "etcd/EtcdTreeSync.h"
#include "secrets/SecretStore.h"
#include "settings/ProfileStore.h"

#include <QAction>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace ws {

EtcdView::EtcdView(QWidget *parent)
    : QWidget(parent), m_profiles(std::make_unique<ProfileStore>()),
      m_secrets(new SecretStore(this))
{
    setObjectName(QStringLiteral("etcdView"));
    m_profiles->load(); // a broken file still gives the profiles that parse

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("etcdToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_connectAction
        = m_toolBar->addAction(AppIcons::icon(QStringLiteral("connect"), QStyle::SP_DriveNetIcon),
                               tr("&Connect…"), this, &EtcdView::showConnectDialog);
    m_connectAction->setObjectName(QStringLiteral("etcdConnectAction"));
    m_reloadAction
        = m_toolBar->addAction(AppIcons::icon(QStringLiteral("refresh"), QStyle::SP_BrowserReload),
                               tr("Re&load Keys"), this, &EtcdView::reload);
    m_reloadAction->setObjectName(QStringLiteral("etcdReloadAction"));
    m_toolBar->addSeparator();
    // The view's own actions forward to the key actions of the current store, which are made
    // again for each connection; the toolbar keeps its buttons.
    m_newKeyAction = m_toolBar->addAction(tr("&New Key…"), this, [this] {
        if (m_actions)
            m_actions->newKeyAction()->trigger();
    });
    m_newKeyAction->setObjectName(QStringLiteral("etcdNewKeyAction"));
    m_renameAction = m_toolBar->addAction(tr("&Rename…"), this, [this] {
        if (m_actions)
            m_actions->renameAction()->trigger();
    });
    m_renameAction->setObjectName(QStringLiteral("etcdRenameAction"));
    m_deleteAction = m_toolBar->addAction(tr("&Delete…"), this, [this] {
        if (m_actions)
            m_actions->deleteAction()->trigger();
    });
    m_deleteAction->setObjectName(QStringLiteral("etcdDeleteAction"));
    m_historyAction = m_toolBar->addAction(tr("&History…"), this, [this] {
        if (m_editor && !m_editor->key().isEmpty())
            m_editor->showHistory();
    });
    m_historyAction->setObjectName(QStringLiteral("etcdHistoryAction"));
    m_toolBar->addSeparator();
    m_exportAction = m_toolBar->addAction(tr("E&xport…"), this, [this] {
        if (m_export)
            m_export->trigger();
    });
    m_exportAction->setObjectName(QStringLiteral("etcdExportToolAction"));
    m_exportAction->setToolTip(
        tr("Save every key under a prefix, as one snapshot, to a YAML file"));
    m_importAction = m_toolBar->addAction(tr("&Import…"), this, &EtcdView::showImportDialog);
    m_importAction->setObjectName(QStringLiteral("etcdImportAction"));
    m_importAction->setToolTip(tr("Apply a YAML file to the store, after a dry run that shows "
                                  "every change"));

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("etcdStatus"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_status->setWordWrap(true);
    m_status->setText(tr("Not connected."));

    m_browser = new EtcdBrowser(this);
    connect(m_browser, &EtcdBrowser::currentKeyChanged, this, &EtcdView::onCurrentKeyChanged);
    connect(m_browser, &EtcdBrowser::contextMenuRequested, this, &EtcdView::showContextMenu);

    m_details = new QTabWidget(this);
    m_details->setObjectName(QStringLiteral("etcdDetailTabs"));
    m_details->setDocumentMode(true);
    m_editorHost = new QWidget(m_details);
    auto *hostLayout = new QVBoxLayout(m_editorHost);
    hostLayout->setContentsMargins(0, 0, 0, 0);
    m_chain = new EtcdChainPanel(m_details);
    m_catalogue = new EtcdCataloguePanel(m_details);
    m_details->addTab(m_editorHost, tr("Value"));
    m_details->addTab(m_chain, tr("Used By"));
    m_details->addTab(m_catalogue, tr("Template Keys"));
    connect(m_catalogue, &EtcdCataloguePanel::keyActivated, this, [this](const QByteArray &key) {
        if (!m_browser->selectKey(key))
            setStatus(tr("%1 is not in the store.").arg(QString::fromUtf8(key)), true);
    });

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("etcdSplitter"));
    splitter->addWidget(m_browser);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);
    updateActions();
}

EtcdView::~EtcdView()
{
    // Everything that holds the store goes before it.
    delete m_editor;
    delete m_actions;
    delete m_export;
    m_browser->setStore(nullptr);
}

void EtcdView::setWorkspace(const Workspace &workspace)
{
    m_chain->setWorkspace(workspace);
    m_catalogue->setWorkspace(workspace);
}

void EtcdView::connectFromEnvironment()
{
    m_triedEnvironment = true;
    const EtcdEndpoints endpoints = EtcdEndpoints::fromEnvironment();
    if (!endpoints.isValid()) {
        setStatus(endpoints.error, true);
        return;
    }
    connectTo(endpoints, EtcdConnector::Preference::Auto,
              endpoints.source == QLatin1String("default") ? QString()
                                                           : QStringLiteral("ETCDCTL_ENDPOINTS"));
}

void EtcdView::connectTo(const EtcdEndpoints &endpoints, EtcdConnector::Preference preference,
                         const QString &label)
{
    m_triedEnvironment = true;
    if (m_connecting)
        m_connecting->deleteLater();
    const QString where = label.isEmpty() ? endpoints.toDisplayString()
                                          : tr("%1 (%2)").arg(label, endpoints.toDisplayString());
    setStatus(tr("Connecting to %1…").arg(where));
    auto *job = new EtcdConnector(endpoints, preference, this);
    m_connecting = job;
    connect(job, &ApiJob::finished, this, [this, job, endpoints, where] {
        job->deleteLater();
        if (job != m_connecting)
            return; // a newer connection was asked for meanwhile
        if (job->hasError()) {
            const QString error = tr("Cannot connect to %1: %2").arg(where, job->errorString());
            setStatus(error, true);
            Q_EMIT connectionFailed(error);
            return;
        }
        adoptStore(job->takeStore(), endpoints, tr("%1 — %2").arg(where, job->choice()));
    });
}

void EtcdView::adoptStore(std::unique_ptr<EtcdStore> store, const EtcdEndpoints &endpoints,
                          const QString &description)
{
    // The old editor, actions and tree let go of the old store before it is deleted.
    delete m_editor;
    m_editor = nullptr;
    delete m_actions;
    m_actions = nullptr;
    delete m_export;
    m_export = nullptr;
    // An open import dialog works on the old store: it closes with it.
    for (EtcdImportDialog *dialog : findChildren<EtcdImportDialog *>())
        delete dialog;
    m_browser->setStore(store.get());
    m_store = std::move(store);
    m_drafts = std::make_unique<EtcdDraftStore>(EtcdDraftStore::clusterId(endpoints));
    m_description = description;
    rebuildEditor();

    m_actions = new EtcdKeyActions(m_store.get(), this);
    connect(m_actions, &EtcdKeyActions::done, this, [this](const QString &m) { setStatus(m); });
    connect(m_actions, &EtcdKeyActions::failed, this,
            [this](const QString &m) { setStatus(m, true); });
    connect(m_actions, &EtcdKeyActions::created, this,
            [this](const QByteArray &key) { m_browser->selectKey(key); });
    m_export = new EtcdExportAction(m_store.get(), this, this);
    connect(m_export, &EtcdExportAction::finished, this,
            [this](bool ok, const QString &message) { setStatus(message, !ok); });

    if (EtcdTreeSync *sync = m_browser->sync()) {
        connect(sync, &EtcdTreeSync::loaded, this,
                [this](qint64, int keys) { onKeysLoaded(keys); });
        connect(sync, &EtcdTreeSync::applied, this, &EtcdView::onEventsApplied);
        connect(sync, &EtcdTreeSync::reloaded, this, [this] { onKeysLoaded(-1); });
    }
    setStatus(tr("%1 — listing keys…").arg(m_description));
    updateActions();
    Q_EMIT connected(m_description);
}

void EtcdView::rebuildEditor()
{
    m_editor = new EtcdValueEditor(m_store.get(), m_drafts.get(), m_editorHost);
    m_editor->setObjectName(QStringLiteral("etcdValueEditor"));
    m_editorHost->layout()->addWidget(m_editor);
    connect(m_editor, &EtcdValueEditor::failed, this,
            [this](const QString &m) { setStatus(m, true); });
    connect(m_editor, &EtcdValueEditor::saved, this, [this](const QByteArray &key, qint64 rev) {
        setStatus(tr("Saved %1 at revision %2.").arg(QString::fromUtf8(key)).arg(rev));
    });
}

void EtcdView::reload()
{
    if (EtcdTreeSync *sync = m_browser->sync())
        sync->start();
}

EtcdImportDialog *EtcdView::showImportDialog()
{
    if (!m_store)
        return nullptr;
    auto *dialog = new EtcdImportDialog(m_store.get(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EtcdImportDialog::applied, this, [this](bool ok) {
        if (ok)
            setStatus(tr("The import was applied."));
    });
    dialog->open();
    return dialog;
}

void EtcdView::showConnectDialog()
{
    auto *dialog = new EtcdConnectionDialog(m_profiles.get(), m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionProfile profile = dialog->profile();
        const EtcdEndpoints endpoints = EtcdEndpoints::fromList(
            profile.endpoints.join(QLatin1Char(',')), profile.caFile, profile.certFile,
            profile.keyFile, profile.username, QString::fromUtf8(dialog->password()));
        if (!endpoints.isValid()) {
            setStatus(endpoints.error, true);
            return;
        }
        connectTo(endpoints, static_cast<EtcdConnector::Preference>(dialog->api()), profile.name);
    });
    dialog->open();
}

QString EtcdView::statusText() const
{
    return m_status->text();
}

void EtcdView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Connect only when someone looks: a window that never shows this view asks nothing.
    if (!m_triedEnvironment)
        connectFromEnvironment();
}

void EtcdView::onCurrentKeyChanged(const QByteArray &key, bool isFolder)
{
    if (m_actions)
        m_actions->setCurrent(key, isFolder);
    if (m_export)
        m_export->setPrefix(isFolder ? key : QByteArray());
    m_chain->showKey(key);
    if (m_editor && !isFolder && !key.isEmpty())
        m_editor->openKey(key);
    updateActions();
}

void EtcdView::onEventsApplied(const EtcdEvents &events)
{
    for (const EtcdEvent &event : events) {
        const bool put = event.type == EtcdEvent::Type::Put;
        if (put)
            m_catalogue->addStoredKey(event.kv.key, event.kv.lease != 0);
        else
            m_catalogue->removeStoredKey(event.kv.key);
        if (m_editor && event.kv.key == m_editor->key())
            m_editor->keyChangedOnServer(event);
    }
}

void EtcdView::onKeysLoaded(int keys)
{
    const EtcdKeyTree &tree = m_browser->model()->tree();
    QList<QByteArray> stored;
    QSet<QByteArray> leased;
    const std::vector<EtcdKeyTree::Id> nodes = tree.keyNodes();
    stored.reserve(qsizetype(nodes.size()));
    for (EtcdKeyTree::Id node : nodes) {
        stored.append(tree.key(node));
        if (tree.lease(node) != 0)
            leased.insert(stored.constLast());
    }
    m_catalogue->setStoredKeys(stored, leased);
    if (keys >= 0) {
        setStatus(tr("%1 — %n key(s), watching for changes.", nullptr, keys).arg(m_description));
        Q_EMIT keysLoaded(keys);
    } else {
        setStatus(tr("%1 — the history to resume from was compacted; the keys were listed "
                     "again (%n key(s)).",
                     nullptr, tree.keyCount())
                      .arg(m_description));
    }
}

void EtcdView::showContextMenu(const QByteArray &key, bool isFolder, const QPoint &globalPos)
{
    if (!m_actions)
        return;
    m_actions->setCurrent(key, isFolder);
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_actions->newKeyAction());
    menu->addAction(m_actions->renameAction());
    menu->addAction(m_actions->deleteAction());
    if (!isFolder && !key.isEmpty()) {
        menu->addSeparator();
        menu->addAction(m_historyAction);
    }
    menu->popup(globalPos);
}

void EtcdView::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setForegroundRole(problem ? QPalette::Link : QPalette::WindowText);
    m_status->setProperty("problem", problem);
}

void EtcdView::updateActions()
{
    const bool connected = m_store != nullptr;
    const bool haveKey = connected && !m_browser->currentKey().isEmpty();
    m_reloadAction->setEnabled(connected);
    m_newKeyAction->setEnabled(connected);
    m_renameAction->setEnabled(haveKey);
    m_deleteAction->setEnabled(haveKey);
    m_historyAction->setEnabled(haveKey && !m_browser->currentIsFolder());
    m_exportAction->setEnabled(connected);
    m_importAction->setEnabled(connected);
}

} // namespace ws
