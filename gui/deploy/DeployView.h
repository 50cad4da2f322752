#pragma once

// QPointer<BuildHistory> and its inline setter need the complete type in every includer.
#include "build/BuildHistory.h"
#include "fleet/FleetDeployPreview.h"
#include "fleet/FleetEndpoint.h"
#include "fleet/FleetMachine.h"
#include "fleet/FleetUnit.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTextBrowser;
class QTreeView;
class QTreeWidget;

namespace ws {

class ApiJob;
class DeployMatrixProxy;
class EtcdConnector;
class EtcdStore;
class FleetClient;
class FleetStateModel;
class FleetStatePoller;
class FleetTunnel;
struct EtcdEndpoints;
struct UnitImageLink;

// Deploys through fleet: the cluster's machines, its units × machines matrix (template
// instances under their template, states in colour and words, a filter, sorting), and actions
// on the selected units made from the workspace's unit files: submit, load, start, stop,
// unload, destroy, start N instances of a template, and update (destroy + submit) a unit whose
// file changed, after a look at the difference. A unit file with problems is refused before
// anything is sent; what a submit or start would do (where each unit can land, what it
// replaces) is shown first. Connects to FLEETCTL_ENDPOINT (through FLEETCTL_TUNNEL's SSH tunnel,
// which it supervises) when first shown; warns when the endpoint is reachable from other
// machines (fleet has no authentication). Polls only while shown. Generates unit files for
// images that have none, and points a unit's image key in etcd at a freshly built image.
class DeployView : public QWidget
{
    Q_OBJECT

public:
    // Asks a yes/no question; the answer comes later (a non-modal box by default).
    using Confirm = std::function<void(const QString &title, const QString &question,
                                       std::function<void(bool)> answer)>;
    // Asks for a count of instances; nullopt when cancelled.
    using AskCount = std::function<void(const QString &title, const QString &label,
                                        std::function<void(std::optional<int>)> answer)>;

    // Shows what a deploy would do and asks to go on (a non-modal DeployPreviewDialog by
    // default).
    using Preview = std::function<void(
        const QString &what, const QList<FleetDeployPreview::Item> &items,
        const FleetScheduleExplainer &cluster, std::function<void(bool)> answer)>;

    explicit DeployView(QWidget *parent = nullptr);
    ~DeployView() override;

    void setWorkspace(const Workspace &workspace);
    void connectTo(const FleetEndpoint &endpoint);
    // FLEETCTL_ENDPOINT (and FLEETCTL_TUNNEL), as fleetctl reads them.
    void connectFromEnvironment();

    bool isConnected() const;
    FleetClient *client() const;
    FleetStateModel *model() const { return m_model; }
    FleetStatePoller *poller() const { return m_poller; }
    QTreeView *matrix() const { return m_matrix; }
    QString statusText() const;

    // Units selected in the matrix or in the workspace list (the last one clicked).
    QStringList selectedUnits() const;
    // Selects these units in the matrix (when there) or else in the workspace list.
    bool selectUnits(const QStringList &names);

    void submitSelected() { applyState(FleetUnit::State::Inactive, true); }
    void loadSelected() { applyState(FleetUnit::State::Loaded, false); }
    void startSelected() { applyState(FleetUnit::State::Launched, false); }
    void stopSelected();
    void unloadSelected();
    void destroySelected();
    void startInstances();
    void updateSelected();
    void showDiff();

    // Connection settings: the endpoint and the tunnel as the dialog takes them.
    void editConnection();
    // ssh arguments (-i KEY, -o …) for the tunnels opened from now on.
    void setTunnelArguments(const QStringList &arguments) { m_tunnelArguments = arguments; }
    FleetTunnel *tunnel() const { return m_tunnel; }
    QString tunnelStateText() const;

    // Opens the dialog that writes a unit file for a workspace image.
    void generateUnit();

    // etcd, where units read their image names: a store of the application's (not owned), or
    // one this view opens (ETCDCTL_* on first need).
    void setEtcdStore(EtcdStore *store);
    void connectEtcd(const EtcdEndpoints &endpoints);
    EtcdStore *etcdStore() const;
    // Where successful builds are looked up (not owned); default: the user's build history.
    void setBuildHistory(BuildHistory *history) { m_history = history; }
    // The image key of the selected unit's image, a choice of built images, a compare-and-swap
    // of the key and a restart of the unit, after a confirm.
    void pointAtBuiltImage();

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
    void setPreview(Preview preview) { m_preview = std::move(preview); }
    void setAskCount(AskCount ask) { m_askCount = std::move(ask); }
    // Requests sent for actions so far (tests check that a refusal sent nothing).
    int actionRequests() const { return m_actionRequests; }

Q_SIGNALS:
    void connectedTo(const QString &endpoint);
    // The model has a snapshot from fleet.
    void refreshed();
    // An action finished; `ok` false when a unit failed (the status line says which).
    void actionFinished(const QString &summary, bool ok);
    // A unit file with problems stopped an action before anything was sent.
    void refused(const QString &message);
    // The SSH tunnel's state changed; the text as the view shows it.
    void tunnelStateChanged(const QString &text);
    // A generated unit file was saved into the workspace (and the view lists it).
    void unitFileWritten(const QString &path);
    void etcdConnected(const QString &description);
    // A unit's image key was read: its value, empty with `error` set when it could not be read.
    void imageKeyRead(const QString &key, const QString &value, const QString &error);
    // A step of restarting a unit after its image key changed ("stopping", "inactive", …).
    void restartProgress(const QString &unit, const QString &phase);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // What is sent for one unit: its name and the options made from the workspace (empty when
    // the workspace has no file for it).
    struct Planned
    {
        QString name;
        QList<UnitOption> options;
        QString path; // the file the options came from
        bool local = false;
    };
    using Step = std::function<void(std::function<void(const QString &error)> done)>;

    // The workspace's options for `name` (its own file, or its template's for an instance);
    // false with `problem` ("file:line: message") when the file cannot be sent.
    bool localUnit(const QString &name, Planned *out, QString *problem) const;
    bool plan(const QStringList &names, QList<Planned> *out);
    void refuse(const QString &message);
    void applyState(FleetUnit::State state, bool submitOnly);
    // Templates selected stand for their instances on fleet.
    QStringList expandTemplates(const QStringList &names, bool keepTemplates) const;
    void setStateOnFleet(FleetUnit::State state);
    void runSteps(const QString &what, QList<Step> steps);
    void track(ApiJob *job, std::function<void(const QString &)> done);
    void onRefreshed();
    void updateMachines();
    void updateDetails();
    void updateActions();
    void setStatus(const QString &text, bool problem = false);
    void updateLocalHashes();
    void adoptClient(const FleetEndpoint &endpoint);
    void startTunnel(const FleetEndpoint &endpoint);
    void setTunnelState(const QString &text, bool problem);
    // Runs `steps` after the preview of `submissions` was accepted (at once when empty).
    void previewThenRun(const QString &what,
                        const QList<FleetDeployPreview::Submission> &submissions,
                        QList<Step> steps);
    void addUnitFile(const QString &path);
    UnitImageLink imageLinkOf(const QString &name) const;
    void ensureEtcd();
    void readImageKey(const QString &key);
    QString imageDetailsHtml(const QString &name);
    void pointKey(const QString &unit, const QString &key, const QString &image,
                  qint64 modRevision);

    Workspace m_workspace;
    FleetEndpoint m_endpoint;
    QPointer<FleetClient> m_client;
    FleetStateModel *m_model;
    FleetStatePoller *m_poller;
    DeployMatrixProxy *m_proxy;
    bool m_triedEnvironment = false;
    bool m_matrixSelectionLast = true;
    int m_actionRequests = 0;
    int m_running = 0;
    Confirm m_confirm;
    AskCount m_askCount;
    Preview m_preview;
    FleetTunnel *m_tunnel = nullptr;
    QStringList m_tunnelArguments;
    QString m_tunnelIdentity; // as the connection dialog last had them
    QString m_tunnelSshText;
    QString m_tunnelStateText;
    QPointer<EtcdStore> m_etcd;
    std::unique_ptr<EtcdStore> m_ownEtcd;
    QPointer<EtcdConnector> m_etcdConnecting;
    bool m_triedEtcd = false;
    QString m_etcdError;
    struct KeyValue
    {
        QByteArray value;
        qint64 modRevision = 0;
        bool exists = false;
        bool reading = false;
        QString error;
    };
    QHash<QString, KeyValue> m_imageValues; // image key → what etcd said last
    QPointer<BuildHistory> m_history;
    std::unique_ptr<BuildHistory> m_ownHistory;
    QList<FleetMachine> m_shownMachines;

    QLineEdit *m_endpointEdit;
    QLabel *m_banner;
    QLabel *m_status;
    QLabel *m_tunnelState;
    QSpinBox *m_interval;
    QLineEdit *m_filter;
    QTreeView *m_matrix;
    QTreeWidget *m_workspaceUnits;
    QTreeWidget *m_machines;
    QTextBrowser *m_details;
    QAction *m_connectAction;
    QAction *m_refreshAction;
    QAction *m_submitAction;
    QAction *m_loadAction;
    QAction *m_startAction;
    QAction *m_stopAction;
    QAction *m_unloadAction;
    QAction *m_destroyAction;
    QAction *m_instancesAction;
    QAction *m_updateAction;
    QAction *m_diffAction;
    QAction *m_connectionAction;
    QAction *m_generateAction;
    QAction *m_pointImageAction;
};

} // namespace ws
