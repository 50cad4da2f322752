#pragma once

#include "fleet/FleetEndpoint.h"
#include "fleet/FleetMachine.h"
#include "fleet/FleetUnit.h"
#include "workspace/Workspace.h"

#include <QPointer>
#include <QWidget>

#include <functional>
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
class FleetClient;
class FleetStateModel;
class FleetStatePoller;

// Deploys through fleet: the cluster's machines, its units × machines matrix (template
// instances under their template, states in colour and words, a filter, sorting), and actions
// on the selected units made from the workspace's unit files: submit, load, start, stop,
// unload, destroy, start N instances of a template, and update (destroy + submit) a unit whose
// file changed, after a look at the difference. A unit file with problems is refused before
// anything is sent. Connects to FLEETCTL_ENDPOINT when first shown; warns when the endpoint is
// reachable from other machines (fleet has no authentication). Polls only while shown.
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

    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }
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
    QList<FleetMachine> m_shownMachines;

    QLineEdit *m_endpointEdit;
    QLabel *m_banner;
    QLabel *m_status;
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
};

} // namespace ws
