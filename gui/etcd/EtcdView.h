#pragma once

#include "etcd/EtcdConnector.h"
#include "etcd/EtcdEndpoints.h"
#include "etcd/EtcdKeyValue.h"
#include "workspace/Workspace.h"

#include <QPointer>
#include <QWidget>

#include <memory>

class QAction;
class QLabel;
class QTabWidget;
class QToolBar;

namespace ws {

class EtcdBrowser;
class EtcdCataloguePanel;
class EtcdChainPanel;
class EtcdDraftStore;
class EtcdExportAction;
class EtcdImportDialog;
class EtcdKeyActions;
class EtcdStore;
class EtcdValueEditor;
class ProfileStore;
class SecretStore;

// The etcd configuration editor: the key tree of one cluster on the left; on the right the
// selected key's value editor, the chain of templates, files, images and units that read it,
// and the workspace's template keys against the store. Connects through EtcdConnector (v3 or
// v2, auth, TLS) to the ETCDCTL_* environment when first shown, or to what the user picks in
// the connection dialog. A new connection replaces the store and everything built on it.
class EtcdView : public QWidget
{
    Q_OBJECT

public:
    explicit EtcdView(QWidget *parent = nullptr);
    ~EtcdView() override;

    void setWorkspace(const Workspace &workspace);

    // Connects to `endpoints`; `label` names them in the status line (a profile's name).
    void connectTo(const EtcdEndpoints &endpoints,
                   EtcdConnector::Preference preference = EtcdConnector::Preference::Auto,
                   const QString &label = {});
    // Connects to ETCDCTL_ENDPOINTS (or the local default) as etcdctl would.
    void connectFromEnvironment();
    // Opens the connection dialog (non-modal); connecting follows when the user accepts.
    void showConnectDialog();
    // Lists the keys again from the server (after a long disconnection, say).
    void reload();
    // Opens the YAML import dialog (dry run, then apply) on the current store; non-modal.
    EtcdImportDialog *showImportDialog();

    bool isConnected() const { return m_store != nullptr; }
    EtcdStore *store() const { return m_store.get(); }
    QString statusText() const;

    EtcdBrowser *browser() const { return m_browser; }
    EtcdValueEditor *editor() const { return m_editor; }
    EtcdKeyActions *keyActions() const { return m_actions; }
    // Export to YAML for the current store (null before connecting); its prefix follows the
    // selected folder.
    EtcdExportAction *exportAction() const { return m_export; }
    EtcdChainPanel *chainPanel() const { return m_chain; }
    EtcdCataloguePanel *cataloguePanel() const { return m_catalogue; }
    QTabWidget *detailTabs() const { return m_details; }

Q_SIGNALS:
    // A store is open and its keys are listing; `description` is the status line.
    void connected(const QString &description);
    void connectionFailed(const QString &error);
    // The first listing after connecting is in the tree.
    void keysLoaded(int keys);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void adoptStore(std::unique_ptr<EtcdStore> store, const EtcdEndpoints &endpoints,
                    const QString &description);
    void rebuildEditor();
    void onCurrentKeyChanged(const QByteArray &key, bool isFolder);
    void onEventsApplied(const EtcdEvents &events);
    void onKeysLoaded(int keys);
    void showContextMenu(const QByteArray &key, bool isFolder, const QPoint &globalPos);
    void setStatus(const QString &text, bool problem = false);
    void updateActions();

    std::unique_ptr<ProfileStore> m_profiles;
    SecretStore *m_secrets = nullptr;
    QPointer<EtcdConnector> m_connecting;
    std::unique_ptr<EtcdStore> m_store;
    std::unique_ptr<EtcdDraftStore> m_drafts;
    QString m_description;
    bool m_triedEnvironment = false;

    QToolBar *m_toolBar = nullptr;
    QAction *m_connectAction = nullptr;
    QAction *m_reloadAction = nullptr;
    QAction *m_newKeyAction = nullptr;
    QAction *m_renameAction = nullptr;
    QAction *m_deleteAction = nullptr;
    QAction *m_historyAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_importAction = nullptr;
    QLabel *m_status = nullptr;
    EtcdBrowser *m_browser = nullptr;
    QWidget *m_editorHost = nullptr;
    EtcdValueEditor *m_editor = nullptr;
    EtcdKeyActions *m_actions = nullptr;
    EtcdExportAction *m_export = nullptr;
    EtcdChainPanel *m_chain = nullptr;
    EtcdCataloguePanel *m_catalogue = nullptr;
    QTabWidget *m_details = nullptr;
};

} // namespace ws
