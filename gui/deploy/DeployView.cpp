#include "DeployView.h"

#include "DeployConnectionDialog.h"
#include "DeployDiffDialog.h"
#include "DeployGenerateDialog.h"
#include "DeployImageDialog.h"
#include "DeployMatrixProxy.h"
#include "DeployPreviewDialog.h"
#include "build/BuildHistory.h"
#include "common/AppIcons.h"
#include "etcd/EtcdConnector.h"
#include "etcd/EtcdEndpoints.h"
#include "etcd/EtcdStore.h"
#include "fleet/FleetClient.h"
#include "fleet/FleetScheduleExplainer.h"
#include "fleet/FleetStateModel.h"
#include "fleet/FleetStatePoller.h"
#include "fleet/FleetTunnel.h"
#include "fleet/FleetUnitGenerator.h"
#include "fleet/FleetUnitOptions.h"
#include "fleet/FleetUnitRestart.h"
#include "fleet/UnitFileParser.h"
#include "fleet/UnitImageLink.h"
#include "workspace/ImageReference.h"

#include <QAction>
#include <QFile>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QTextBrowser>
#include <QTime>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace ws {

namespace {

constexpr int kNameRole = Qt::UserRole + 1;

bool isTemplateName(const QString &name)
{
    const qsizetype at = name.indexOf(QLatin1Char('@'));
    return at > 0 && name.lastIndexOf(QLatin1Char('.')) == at + 1;
}

QString htmlEscaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

DeployView::DeployView(QWidget *parent)
    : QWidget(parent), m_model(new FleetStateModel(this)),
      m_poller(new FleetStatePoller(m_model, this)), m_proxy(new DeployMatrixProxy(this))
{
    setObjectName(QStringLiteral("deployView"));
    // Nothing is polled until the view is shown.
    m_poller->setPaused(true);
    m_proxy->setSourceModel(m_model);

    // Non-modal dialogs by default: the answer comes from finished().
    m_confirm
        = [this](const QString &title, const QString &question, std::function<void(bool)> answer) {
              auto *box = new QMessageBox(QMessageBox::Question, title, question,
                                          QMessageBox::Yes | QMessageBox::Cancel, this);
              box->setObjectName(QStringLiteral("deployConfirm"));
              box->setAttribute(Qt::WA_DeleteOnClose);
              connect(box, &QMessageBox::finished, this, [box, answer](int) {
                  answer(box->standardButton(box->clickedButton()) == QMessageBox::Yes);
              });
              box->open();
          };
    m_askCount = [this](const QString &title, const QString &label,
                        std::function<void(std::optional<int>)> answer) {
        auto *dialog = new QInputDialog(this);
        dialog->setObjectName(QStringLiteral("deployAskCount"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(title);
        dialog->setLabelText(label);
        dialog->setInputMode(QInputDialog::IntInput);
        dialog->setIntRange(1, 100);
        dialog->setIntValue(3);
        connect(dialog, &QInputDialog::finished, this, [dialog, answer](int result) {
            answer(result == QDialog::Accepted ? std::optional(dialog->intValue()) : std::nullopt);
        });
        dialog->open();
    };
    m_preview = [this](const QString &what, const QList<FleetDeployPreview::Item> &items,
                       const FleetScheduleExplainer &cluster, std::function<void(bool)> answer) {
        auto *dialog = new DeployPreviewDialog(what, items, cluster, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::finished, this,
                [answer](int result) { answer(result == QDialog::Accepted); });
        dialog->open();
    };

    // Two rows: where fleet is and how often it is read; what to do with the selected units.
    auto *connectionBar = new QToolBar(this);
    connectionBar->setObjectName(QStringLiteral("deployConnectionBar"));
    connectionBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *toolBar = new QToolBar(this);
    toolBar->setObjectName(QStringLiteral("deployToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connectionBar->addWidget(new QLabel(tr("fleet:"), connectionBar));
    m_endpointEdit = new QLineEdit(connectionBar);
    m_endpointEdit->setObjectName(QStringLiteral("deployEndpoint"));
    m_endpointEdit->setPlaceholderText(QString::fromLatin1(FleetEndpoint::kDefaultEndpoint));
    m_endpointEdit->setToolTip(tr("fleet's API: unix:///path/to/fleet.sock or http://host:port "
                                  "(FLEETCTL_ENDPOINT by default)"));
    m_endpointEdit->setMinimumWidth(220);
    m_endpointEdit->setMaximumWidth(420);
    connectionBar->addWidget(m_endpointEdit);
    m_connectAction = connectionBar->addAction(tr("&Connect"), this, [this] {
        // The tunnel set in the connection settings stays (Tunnel… turns it off).
        FleetEndpoint endpoint
            = FleetEndpoint::fromAddress(m_endpointEdit->text().trimmed(), tr("typed"));
        endpoint.tunnel = m_endpoint.tunnel;
        connectTo(endpoint);
    });
    m_connectAction->setObjectName(QStringLiteral("deployConnectAction"));
    connect(m_endpointEdit, &QLineEdit::returnPressed, m_connectAction, &QAction::trigger);
    m_connectionAction
        = connectionBar->addAction(tr("T&unnel…"), this, [this] { editConnection(); });
    m_connectionAction->setObjectName(QStringLiteral("deployConnectionAction"));
    m_connectionAction->setToolTip(
        tr("Connection settings: the endpoint, and an SSH tunnel to a cluster host "
           "(FLEETCTL_TUNNEL) with its identity file and ssh options"));
    m_refreshAction
        = connectionBar->addAction(tr("&Refresh"), this, [this] { m_poller->refresh(); });
    m_refreshAction->setObjectName(QStringLiteral("deployRefreshAction"));
    connectionBar->addSeparator();
    connectionBar->addWidget(new QLabel(tr("Read every"), connectionBar));
    m_interval = new QSpinBox(connectionBar);
    m_interval->setObjectName(QStringLiteral("deployInterval"));
    m_interval->setRange(1, 3600);
    m_interval->setValue(5);
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("How often fleet is asked for the units' states"));
    m_poller->setInterval(5000);
    connect(m_interval, &QSpinBox::valueChanged, this,
            [this](int seconds) { m_poller->setInterval(seconds * 1000); });
    connectionBar->addWidget(m_interval);

    auto addAction
        = [this, toolBar](const QString &text, const char *name, const QString &tip, auto slot) {
              QAction *action = toolBar->addAction(text, this, slot);
              action->setObjectName(QString::fromLatin1(name));
              action->setToolTip(tip);
              return action;
          };
    m_submitAction = addAction(tr("&Submit"), "deploySubmitAction",
                               tr("Put the selected workspace units on fleet, inactive"),
                               [this] { submitSelected(); });
    m_loadAction = addAction(tr("&Load"), "deployLoadAction",
                             tr("Schedule the selected units on machines without starting them"),
                             [this] { loadSelected(); });
    m_startAction = addAction(tr("S&tart"), "deployStartAction",
                              tr("Start the selected units (submitting them first when needed)"),
                              [this] { startSelected(); });
    m_stopAction = addAction(tr("St&op"), "deployStopAction", tr("Stop the selected units"),
                             [this] { stopSelected(); });
    m_unloadAction
        = addAction(tr("&Unload"), "deployUnloadAction",
                    tr("Take the selected units off their machines"), [this] { unloadSelected(); });
    m_destroyAction
        = addAction(tr("&Destroy…"), "deployDestroyAction",
                    tr("Remove the selected units from fleet"), [this] { destroySelected(); });
    toolBar->addSeparator();
    m_instancesAction = addAction(tr("Start &Instances…"), "deployInstancesAction",
                                  tr("Start name@1 … name@N of the selected template"),
                                  [this] { startInstances(); });
    m_diffAction = addAction(tr("Di&ff…"), "deployDiffAction",
                             tr("Show how the unit on fleet differs from the workspace's file"),
                             [this] { showDiff(); });
    m_updateAction = addAction(tr("U&pdate…"), "deployUpdateAction",
                               tr("Replace changed units on fleet by the workspace's files "
                                  "(destroy, then submit again)"),
                               [this] { updateSelected(); });
    toolBar->addSeparator();
    m_generateAction = addAction(tr("&Generate Unit…"), "deployGenerateAction",
                                 tr("Write a unit file for a workspace image that has none"),
                                 [this] { generateUnit(); });
    m_pointImageAction = addAction(
        tr("Point at &Built Image…"), "deployPointImageAction",
        tr("Write a freshly built image's name into the etcd key the unit reads its image "
           "from, then restart the unit"),
        [this] { pointAtBuiltImage(); });

    m_banner = new QLabel(this);
    m_banner->setObjectName(QStringLiteral("deployInsecureBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAutoFillBackground(true);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fff0c0; color: #402000; padding: "
                                           "4px; border: 1px solid #d0a000; }"));
    m_banner->hide();

    m_status = new QLabel(tr("Not connected."), this);
    m_status->setObjectName(QStringLiteral("deployStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tunnelState = new QLabel(this);
    m_tunnelState->setObjectName(QStringLiteral("deployTunnelState"));
    m_tunnelState->setWordWrap(true);
    m_tunnelState->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tunnelState->hide();

    // Left: the workspace's unit files and the cluster's machines.
    m_workspaceUnits = new QTreeWidget(this);
    m_workspaceUnits->setObjectName(QStringLiteral("deployWorkspaceUnits"));
    m_workspaceUnits->setHeaderLabels({tr("Workspace unit"), tr("On fleet")});
    m_workspaceUnits->setRootIsDecorated(false);
    m_workspaceUnits->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_workspaceUnits->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_workspaceUnits->header()->setStretchLastSection(false);
    m_machines = new QTreeWidget(this);
    m_machines->setObjectName(QStringLiteral("deployMachines"));
    m_machines->setHeaderLabels({tr("Machine"), tr("IP"), tr("Metadata")});
    m_machines->setRootIsDecorated(false);
    m_machines->setTextElideMode(Qt::ElideMiddle); // IDs often differ only at the end
    auto *left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_workspaceUnits);
    left->addWidget(m_machines);

    // Centre: the matrix with its filter, and the selected unit's details under it.
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("deployFilter"));
    m_filter->setPlaceholderText(tr("Filter units"));
    m_filter->setClearButtonEnabled(true);
    connect(m_filter, &QLineEdit::textChanged, m_proxy,
            [this](const QString &text) { m_proxy->setFilterFixedString(text); });
    m_matrix = new QTreeView(this);
    m_matrix->setObjectName(QStringLiteral("deployMatrix"));
    m_matrix->setModel(m_proxy);
    m_matrix->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_matrix->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_matrix->setSortingEnabled(true);
    m_matrix->sortByColumn(FleetStateModel::UnitColumn, Qt::AscendingOrder);
    m_matrix->setUniformRowHeights(true);
    m_matrix->setAlternatingRowColors(false);
    m_matrix->header()->setDefaultSectionSize(130);
    // A wide last column would paint its state colour across the whole view.
    m_matrix->header()->setStretchLastSection(false);
    m_matrix->header()->setMinimumSectionSize(60);
    m_details = new QTextBrowser(this);
    m_details->setObjectName(QStringLiteral("deployDetails"));
    m_details->setPlaceholderText(tr("Select a unit to see its options and states."));
    auto *matrixHost = new QWidget(this);
    auto *matrixLayout = new QVBoxLayout(matrixHost);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    matrixLayout->addWidget(m_filter);
    matrixLayout->addWidget(m_matrix, 1);
    auto *centre = new QSplitter(Qt::Vertical, this);
    centre->addWidget(matrixHost);
    centre->addWidget(m_details);
    centre->setStretchFactor(0, 3);
    centre->setStretchFactor(1, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("deploySplitter"));
    splitter->addWidget(left);
    splitter->addWidget(centre);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(connectionBar);
    layout->addWidget(m_banner);
    layout->addWidget(m_tunnelState);
    layout->addWidget(toolBar);
    layout->addWidget(m_status);
    layout->addWidget(splitter, 1);

    connect(m_poller, &FleetStatePoller::refreshed, this, &DeployView::onRefreshed);
    connect(m_poller, &FleetStatePoller::errorOccurred, this,
            [this](const QString &message) { setStatus(message, true); });
    connect(m_matrix->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_matrix->selectionModel()->hasSelection()) {
            m_matrixSelectionLast = true;
            const QSignalBlocker blocker(m_workspaceUnits);
            m_workspaceUnits->clearSelection();
        }
        // A unit picked again reads its image key afresh.
        m_imageValues.removeIf([](const auto &it) { return !it.value().reading; });
        updateDetails();
        updateActions();
    });
    connect(m_workspaceUnits, &QTreeWidget::itemSelectionChanged, this, [this] {
        if (!m_workspaceUnits->selectedItems().isEmpty()) {
            m_matrixSelectionLast = false;
            const QSignalBlocker blocker(m_matrix->selectionModel());
            m_matrix->selectionModel()->clearSelection();
            m_matrix->viewport()->update();
        }
        // A unit picked again reads its image key afresh.
        m_imageValues.removeIf([](const auto &it) { return !it.value().reading; });
        updateDetails();
        updateActions();
    });
    // After the first snapshot (the only reset): names readable, templates open.
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        m_matrix->expandAll();
        m_matrix->resizeColumnToContents(FleetStateModel::UnitColumn);
    });
    // A template's row opens when its first instances arrive.
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &parent, int first, int) {
                if (parent.isValid() && first == 0)
                    m_matrix->expand(parent);
            });
    updateActions();
}

DeployView::~DeployView()
{
    m_poller->setClient(nullptr);
    // Jobs of the store, and the connector, go before the store they belong to.
    delete m_etcdConnecting;
}

bool DeployView::isConnected() const
{
    return m_client != nullptr;
}

FleetClient *DeployView::client() const
{
    return m_client;
}

QString DeployView::statusText() const
{
    return m_status->text();
}

void DeployView::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b00000; }") : QString());
}

void DeployView::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    m_workspaceUnits->clear();
    for (const UnitFile &unit : std::as_const(m_workspace.units)) {
        auto *item = new QTreeWidgetItem(m_workspaceUnits, {unit.name, QString()});
        item->setData(0, kNameRole, unit.name);
        item->setToolTip(0, unit.path);
    }
    updateLocalHashes();
    onRefreshed();
}

void DeployView::updateLocalHashes()
{
    QHash<QString, QString> hashes;
    for (const UnitFile &unit : std::as_const(m_workspace.units)) {
        Planned planned;
        QString problem;
        if (localUnit(unit.name, &planned, &problem))
            hashes.insert(unit.name, FleetUnitOptions::hash(planned.options));
    }
    m_model->setLocalHashes(hashes);
}

void DeployView::connectFromEnvironment()
{
    m_triedEnvironment = true;
    connectTo(FleetEndpoint::fromEnvironment());
}

void DeployView::connectTo(const FleetEndpoint &endpoint)
{
    m_triedEnvironment = true;
    m_poller->setClient(nullptr);
    delete m_client;
    if (m_tunnel) {
        m_tunnel->stop();
        m_tunnel->deleteLater();
        m_tunnel = nullptr;
    }
    setTunnelState(QString(), false);
    m_endpoint = endpoint;
    m_endpointEdit->setText(endpoint.toDisplayString());
    // fleet has no authentication: whoever reaches a TCP port on the network can change
    // the cluster. A unix socket, loopback or a tunnel reaches only this machine.
    const bool exposed = endpoint.isValid() && !endpoint.isLocal() && endpoint.tunnel.isEmpty();
    m_banner->setVisible(exposed);
    if (exposed)
        m_banner->setText(
            tr("fleet at %1 is reached over the network without authentication or encryption: "
               "anyone who can reach it can change the cluster. Use a unix socket or an SSH "
               "tunnel (FLEETCTL_TUNNEL) instead.")
                .arg(endpoint.toDisplayString()));
    if (!endpoint.isValid()) {
        setStatus(tr("Cannot use the fleet endpoint from %1: %2 Set FLEETCTL_ENDPOINT or type "
                     "an address such as unix:///var/run/fleet.sock.")
                      .arg(endpoint.source, endpoint.error),
                  true);
        updateActions();
        return;
    }
    if (!endpoint.tunnel.isEmpty()) {
        startTunnel(endpoint);
        updateActions();
        return;
    }
    adoptClient(endpoint);
}

void DeployView::adoptClient(const FleetEndpoint &endpoint)
{
    m_client = new FleetClient(endpoint, this);
    setStatus(tr("Connecting to fleet at %1…").arg(m_endpoint.toDisplayString()));
    m_poller->setClient(m_client);
    updateActions();
    Q_EMIT connectedTo(endpoint.toDisplayString());
}

void DeployView::startTunnel(const FleetEndpoint &endpoint)
{
    m_tunnel = new FleetTunnel(endpoint.tunnel, this);
    if (!m_tunnel->isTargetValid()) {
        setTunnelState(tr("No SSH tunnel to %1: %2").arg(endpoint.tunnel, m_tunnel->targetError()),
                       true);
        setStatus(tunnelStateText(), true);
        return;
    }
    // Through the tunnel, the endpoint names fleet on the host: its socket or a port there.
    if (endpoint.endpoint.kind == Endpoint::Kind::UnixSocket)
        m_tunnel->setRemoteSocket(endpoint.endpoint.socketPath);
    else
        m_tunnel->setRemotePort(quint16(endpoint.endpoint.baseUrl.port(80)));
    m_tunnel->setExtraArguments(m_tunnelArguments);
    FleetTunnel *tunnel = m_tunnel;
    const QString target = endpoint.tunnel;
    connect(tunnel, &FleetTunnel::stateChanged, this, [this, tunnel, target](FleetTunnel::State s) {
        if (tunnel == m_tunnel && s == FleetTunnel::State::Starting
            && tunnel->errorString().isEmpty())
            setTunnelState(tr("SSH tunnel to %1: connecting…").arg(target), false);
    });
    connect(tunnel, &FleetTunnel::ready, this, [this, tunnel, target] {
        if (tunnel != m_tunnel)
            return; // an earlier tunnel, on its way out
        setTunnelState(
            tr("SSH tunnel to %1: up (local port %2).").arg(target).arg(tunnel->localPort()),
            false);
        // A restarted tunnel listens on the same port: the client stays, the poller reads again.
        if (m_client) {
            m_poller->refresh();
            return;
        }
        adoptClient(FleetEndpoint::fromAddress(tunnel->localUrl().toString(),
                                               tr("tunnel to %1").arg(target)));
    });
    connect(tunnel, &FleetTunnel::lost, this,
            [this, tunnel, target](const QString &message, bool willRestart) {
                if (tunnel != m_tunnel)
                    return;
                if (willRestart)
                    setTunnelState(
                        tr("SSH tunnel to %1: ssh exited (%2); restarting…").arg(target, message),
                        true);
                else
                    setTunnelState(tr("SSH tunnel to %1 failed: %2").arg(target, message), true);
            });
    setTunnelState(tr("SSH tunnel to %1: connecting…").arg(target), false);
    setStatus(
        tr("Opening an SSH tunnel to %1 for fleet at %2…").arg(target, endpoint.toDisplayString()));
    m_tunnel->start();
}

void DeployView::setTunnelState(const QString &text, bool problem)
{
    m_tunnelStateText = text;
    m_tunnelState->setText(text);
    m_tunnelState->setVisible(!text.isEmpty());
    m_tunnelState->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b00000; }")
                                         : QString());
    if (!text.isEmpty())
        Q_EMIT tunnelStateChanged(text);
}

QString DeployView::tunnelStateText() const
{
    return m_tunnelStateText;
}

void DeployView::editConnection()
{
    DeployConnectionDialog::Settings settings;
    settings.endpoint = m_endpointEdit->text().trimmed();
    settings.tunnel = m_endpoint.tunnel;
    settings.identityFile = m_tunnelIdentity;
    settings.sshArguments = m_tunnelSshText;
    auto *dialog = new DeployConnectionDialog(settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const DeployConnectionDialog::Settings s = dialog->settings();
        m_tunnelIdentity = s.identityFile;
        m_tunnelSshText = s.sshArguments;
        m_tunnelArguments = DeployConnectionDialog::sshArgumentsOf(s);
        FleetEndpoint endpoint = FleetEndpoint::fromAddress(s.endpoint, tr("typed"));
        endpoint.tunnel = s.tunnel;
        connectTo(endpoint);
    });
    dialog->open();
}

void DeployView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_triedEnvironment)
        connectFromEnvironment();
    m_poller->setPaused(false);
}

void DeployView::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    // Nobody looks: nothing is asked of fleet until the view comes back.
    m_poller->setPaused(true);
}

void DeployView::onRefreshed()
{
    if (m_client && m_model->hasSnapshot()) {
        int units = 0;
        for (int r = 0; r < m_model->rowCount(); ++r) {
            const QModelIndex index = m_model->index(r, 0);
            units += m_model->rowCount(index);
            if (index.data(FleetStateModel::OnFleetRole).toBool())
                ++units;
        }
        const QString units_ = tr("%n unit(s)", "", units);
        const QString machines = tr("%n machine(s)", "", int(m_model->machines().size()));
        setStatus(tr("fleet at %1: %2 on %3, read at %4.")
                      .arg(m_endpoint.toDisplayString(), units_, machines,
                           QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
    }
    for (int i = 0; i < m_workspaceUnits->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_workspaceUnits->topLevelItem(i);
        const QString name = item->data(0, kNameRole).toString();
        QString text;
        if (const FleetUnit *unit = m_model->unit(name)) {
            text = FleetUnit::displayState(unit->currentState);
            if (m_model->indexOf(name).data(FleetStateModel::LocalStateRole).toInt()
                == int(FleetStateModel::LocalState::Differs))
                text = tr("%1, differs").arg(text);
        } else if (isTemplateName(name)) {
            const int n = int(m_model->instances(name).size());
            text = n > 0 ? tr("%n instance(s)", "", n) : tr("no");
        } else {
            text = tr("no");
        }
        item->setText(1, text);
    }
    updateMachines();
    updateDetails();
    updateActions();
    if (m_model->hasSnapshot())
        Q_EMIT refreshed();
}

void DeployView::updateMachines()
{
    if (m_model->machines() == m_shownMachines)
        return;
    m_shownMachines = m_model->machines();
    m_machines->clear();
    for (const FleetMachine &machine : std::as_const(m_shownMachines)) {
        QStringList metadata;
        for (auto it = machine.metadata.cbegin(); it != machine.metadata.cend(); ++it)
            metadata << it.key() + QLatin1Char('=') + it.value();
        auto *item = new QTreeWidgetItem(
            m_machines, {machine.id, machine.primaryIp, metadata.join(QLatin1String(", "))});
        item->setToolTip(0, machine.id);
        item->setData(0, kNameRole, machine.id);
    }
    m_machines->setColumnWidth(0, 120);
    m_machines->resizeColumnToContents(1);
}

QStringList DeployView::selectedUnits() const
{
    QStringList names;
    if (m_matrixSelectionLast) {
        for (const QModelIndex &index : m_matrix->selectionModel()->selectedRows())
            names << index.data(FleetStateModel::UnitNameRole).toString();
    } else {
        for (const QTreeWidgetItem *item : m_workspaceUnits->selectedItems())
            names << item->data(0, kNameRole).toString();
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

bool DeployView::selectUnits(const QStringList &names)
{
    QItemSelection selection;
    for (const QString &name : names) {
        const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(name));
        if (index.isValid())
            selection.select(index, index);
    }
    if (!selection.isEmpty() && selection.indexes().size() == names.size()) {
        m_matrix->selectionModel()->select(
            selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_matrix->setCurrentIndex(selection.indexes().first());
        m_matrixSelectionLast = true;
        updateDetails();
        updateActions();
        return true;
    }
    m_workspaceUnits->clearSelection();
    int found = 0;
    for (int i = 0; i < m_workspaceUnits->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_workspaceUnits->topLevelItem(i);
        if (names.contains(item->data(0, kNameRole).toString())) {
            item->setSelected(true);
            ++found;
        }
    }
    m_matrixSelectionLast = false;
    updateDetails();
    updateActions();
    return found == names.size();
}

bool DeployView::localUnit(const QString &name, Planned *out, QString *problem) const
{
    auto problemsOf = [this](const UnitFile &file) {
        QStringList lines;
        for (const Problem &p : m_workspace.problems)
            // Warnings (a deprecated [X-Fleet] name) still deploy as fleet reads them.
            if (p.file == file.path && p.severity == Problem::Severity::Error)
                lines << p.toString();
        return lines;
    };
    const UnitFile *own = nullptr;
    const UnitFile *tmpl = nullptr;
    const QString templateName = FleetStateModel::templateOf(name);
    for (const UnitFile &unit : m_workspace.units) {
        if (unit.name == name)
            own = &unit;
        else if (!templateName.isEmpty() && unit.name == templateName)
            tmpl = &unit;
    }
    out->name = name;
    out->local = false;
    // An instance file of its own is used as it is; an empty one stands for its template.
    const UnitFile *source = own && !own->options.isEmpty() ? own : tmpl;
    if (own && own->options.isEmpty() && !tmpl) {
        *problem = tr("%1:1: %2 is an instance of %3, which the workspace does not have; add "
                      "the template or give the instance its own contents.")
                       .arg(own->path, name, templateName);
        return false;
    }
    if (!source)
        return true; // not a workspace unit
    QStringList problems = problemsOf(*source);
    if (!problems.isEmpty()) {
        *problem = problems.join(QLatin1Char('\n'));
        return false;
    }
    out->local = true;
    out->path = source->path;
    const QList<UnitOption> options = FleetUnitOptions::fromUnitFile(*source);
    out->options = source == own ? options : FleetUnitOptions::forInstance(options, name);
    return true;
}

void DeployView::refuse(const QString &message)
{
    setStatus(message, true);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Unit file refused"), message,
                                QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("deployRefusal"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    Q_EMIT refused(message);
}

bool DeployView::plan(const QStringList &names, QList<Planned> *out)
{
    QStringList problems;
    for (const QString &name : names) {
        Planned planned;
        QString problem;
        if (!localUnit(name, &planned, &problem))
            problems << problem;
        else
            out->append(planned);
    }
    if (!problems.isEmpty()) {
        refuse(tr("Nothing was sent to fleet: %n unit file(s) cannot be deployed as they are. "
                  "Fix them and reload the workspace:\n%1",
                  "", int(problems.size()))
                   .arg(problems.join(QLatin1Char('\n'))));
        return false;
    }
    return true;
}

QStringList DeployView::expandTemplates(const QStringList &names, bool keepTemplates) const
{
    QStringList out;
    for (const QString &name : names) {
        if (isTemplateName(name)) {
            out << m_model->instances(name);
            if (keepTemplates && m_model->unit(name))
                out << name;
        } else {
            out << name;
        }
    }
    out.removeDuplicates();
    return out;
}

void DeployView::track(ApiJob *job, std::function<void(const QString &)> done)
{
    ++m_actionRequests;
    connect(job, &ApiJob::finished, this, [job, done] {
        job->deleteLater();
        done(job->hasError() ? job->errorString() : QString());
    });
}

void DeployView::runSteps(const QString &what, QList<Step> steps)
{
    if (steps.isEmpty())
        return;
    // The steps go out together; the summary comes when the last one is back.
    struct Batch
    {
        int left = 0;
        QStringList errors;
    };
    auto batch = std::make_shared<Batch>();
    batch->left = int(steps.size());
    ++m_running;
    setStatus(tr("%1…").arg(what));
    updateActions();
    for (const Step &step : std::as_const(steps)) {
        step([this, batch, what](const QString &error) {
            if (!error.isEmpty())
                batch->errors << error;
            if (--batch->left > 0)
                return;
            --m_running;
            const bool ok = batch->errors.isEmpty();
            const QString summary = ok
                ? tr("%1: done.").arg(what)
                : tr("%1: %2").arg(what, batch->errors.join(QLatin1Char('\n')));
            setStatus(summary, !ok);
            m_poller->refresh();
            updateActions();
            Q_EMIT actionFinished(summary, ok);
        });
    }
}

void DeployView::applyState(FleetUnit::State state, bool submitOnly)
{
    if (!m_client)
        return;
    QStringList names = selectedUnits();
    if (!submitOnly)
        names = expandTemplates(names, false);
    QList<Planned> planned;
    if (!plan(names, &planned))
        return;
    QList<Step> steps;
    QStringList skipped;
    QStringList units;
    QList<FleetDeployPreview::Submission> submissions;
    for (const Planned &p : std::as_const(planned)) {
        const FleetUnit *current = m_model->unit(p.name);
        const bool onFleet = current != nullptr;
        if (isTemplateName(p.name) && state != FleetUnit::State::Inactive) {
            skipped << tr("%1 is a template: start instances of it instead").arg(p.name);
            continue;
        }
        const bool differs
            = onFleet && p.local && !FleetUnitOptions::same(current->options, p.options);
        if (submitOnly && onFleet && !differs) {
            skipped << tr("%1 is already on fleet").arg(p.name);
            continue;
        }
        if (p.local)
            submissions << FleetDeployPreview::Submission {p.name, p.options};
        if (differs) {
            // The preview said so: fleet cannot change it in place, so destroy + submit.
            units << p.name;
            const Planned planned_ = p;
            const FleetUnit::State target = submitOnly ? current->desiredState : state;
            steps << [this, planned_, target](auto done) {
                FleetActionJob *destroy = m_client->destroy(planned_.name);
                ++m_actionRequests;
                connect(destroy, &ApiJob::finished, this, [this, destroy, planned_, target, done] {
                    destroy->deleteLater();
                    if (destroy->hasError() || !m_client) {
                        done(destroy->errorString());
                        return;
                    }
                    track(m_client->submit(planned_.name, planned_.options, target), done);
                });
            };
        } else if (p.local) {
            units << p.name;
            QPointer<FleetClient> client = m_client;
            const QString name = p.name;
            const QList<UnitOption> options = p.options;
            steps << [this, client, name, options, state](auto done) {
                FleetSubmitJob *job = client->submit(name, options, state);
                ++m_actionRequests;
                connect(job, &ApiJob::finished, this, [job, name, done] {
                    job->deleteLater();
                    if (job->optionsDiffer())
                        done(tr("%1 on fleet differs from the workspace's file; use Update… to "
                                "replace it")
                                 .arg(name));
                    else
                        done(job->hasError() ? job->errorString() : QString());
                });
            };
        } else if (onFleet && !submitOnly) {
            units << p.name;
            const QString name = p.name;
            steps << [this, name, state](auto done) {
                track(m_client->setDesiredState(name, state), done);
            };
        } else {
            skipped << tr("%1 has no unit file in the workspace").arg(p.name);
        }
    }
    if (!skipped.isEmpty() && steps.isEmpty()) {
        setStatus(skipped.join(QLatin1Char('\n')), true);
        return;
    }
    const QString verb = state == FleetUnit::State::Launched
        ? tr("Starting %n unit(s)", "", int(units.size()))
        : state == FleetUnit::State::Loaded ? tr("Loading %n unit(s)", "", int(units.size()))
                                            : tr("Submitting %n unit(s)", "", int(units.size()));
    previewThenRun(verb, submissions, steps);
}

void DeployView::previewThenRun(const QString &what,
                                const QList<FleetDeployPreview::Submission> &submissions,
                                QList<Step> steps)
{
    if (submissions.isEmpty()) {
        runSteps(what, steps);
        return;
    }
    const FleetSnapshot &snapshot = m_poller->lastSnapshot();
    const FleetScheduleExplainer cluster(snapshot.units, snapshot.machines, snapshot.states);
    const QList<FleetDeployPreview::Item> items = FleetDeployPreview(cluster).preview(submissions);
    m_preview(what, items, cluster, [this, what, steps](bool yes) {
        if (!yes) {
            setStatus(tr("%1: cancelled, nothing was sent.").arg(what));
            return;
        }
        if (m_client)
            runSteps(what, steps);
    });
}

void DeployView::setStateOnFleet(FleetUnit::State state)
{
    if (!m_client)
        return;
    QList<Step> steps;
    const QStringList names = expandTemplates(selectedUnits(), state == FleetUnit::State::Inactive);
    for (const QString &name : names) {
        if (!m_model->unit(name))
            continue;
        steps << [this, name, state](auto done) {
            track(m_client->setDesiredState(name, state), done);
        };
    }
    if (steps.isEmpty()) {
        setStatus(tr("None of the selected units is on fleet."), true);
        return;
    }
    const int n = int(steps.size());
    runSteps(state == FleetUnit::State::Inactive ? tr("Unloading %n unit(s)", "", n)
                                                 : tr("Stopping %n unit(s)", "", n),
             steps);
}

void DeployView::stopSelected()
{
    setStateOnFleet(FleetUnit::State::Loaded);
}

void DeployView::unloadSelected()
{
    setStateOnFleet(FleetUnit::State::Inactive);
}

void DeployView::destroySelected()
{
    if (!m_client)
        return;
    QStringList names;
    for (const QString &name : expandTemplates(selectedUnits(), true))
        if (m_model->unit(name))
            names << name;
    if (names.isEmpty()) {
        setStatus(tr("None of the selected units is on fleet."), true);
        return;
    }
    m_confirm(tr("Destroy Units"),
              tr("Destroy %n unit(s) on fleet? They stop and are removed from the cluster:\n%1", "",
                 int(names.size()))
                  .arg(names.join(QLatin1Char('\n'))),
              [this, names](bool yes) {
                  if (!yes || !m_client)
                      return;
                  QList<Step> steps;
                  for (const QString &name : names)
                      steps << [this, name](auto done) {
                          track(m_client->destroy(name), done);
                      };
                  runSteps(tr("Destroying %n unit(s)", "", int(names.size())), steps);
              });
}

void DeployView::startInstances()
{
    if (!m_client)
        return;
    const QStringList selected = selectedUnits();
    if (selected.size() != 1 || !isTemplateName(selected.first())) {
        setStatus(tr("Select one template (name@.service) to start instances of."), true);
        return;
    }
    const QString tmpl = selected.first();
    Planned planned;
    QString problem;
    if (!localUnit(tmpl, &planned, &problem)) {
        refuse(tr("Nothing was sent to fleet:\n%1").arg(problem));
        return;
    }
    if (!planned.local) {
        setStatus(tr("The workspace has no file for %1: instances are made from it.").arg(tmpl),
                  true);
        return;
    }
    m_askCount(tr("Start Instances"),
               tr("How many instances of %1? They are named %2 and so on.")
                   .arg(tmpl, QString(tmpl).replace(QLatin1String("@."), QLatin1String("@1."))),
               [this, tmpl, planned](std::optional<int> count) {
                   if (!count || !m_client)
                       return;
                   QList<Step> steps;
                   QList<FleetDeployPreview::Submission> submissions;
                   for (int i = 1; i <= *count; ++i) {
                       const QString name = QString(tmpl).replace(QLatin1String("@."),
                                                                  QStringLiteral("@%1.").arg(i));
                       // Instances are expanded here, as fleetctl does: fleet does not derive
                       // them from the template.
                       const QList<UnitOption> options
                           = FleetUnitOptions::forInstance(planned.options, name);
                       submissions << FleetDeployPreview::Submission {name, options};
                       steps << [this, name, options](auto done) {
                           FleetSubmitJob *job
                               = m_client->submit(name, options, FleetUnit::State::Launched);
                           track(job, done);
                       };
                   }
                   previewThenRun(tr("Starting %n instance(s) of %1", "", *count).arg(tmpl),
                                  submissions, steps);
               });
}

void DeployView::updateSelected()
{
    if (!m_client)
        return;
    QStringList names;
    for (const QString &name : expandTemplates(selectedUnits(), true))
        if (m_model->indexOf(name).data(FleetStateModel::LocalStateRole).toInt()
            == int(FleetStateModel::LocalState::Differs))
            names << name;
    if (names.isEmpty()) {
        setStatus(tr("None of the selected units differs from the workspace."), true);
        return;
    }
    QList<Planned> planned;
    if (!plan(names, &planned))
        return;
    m_confirm(tr("Update Units"),
              tr("fleet cannot change a unit in place. Destroy %n unit(s) and submit the "
                 "workspace's files again, in the same desired state? They stop meanwhile:\n%1",
                 "", int(names.size()))
                  .arg(names.join(QLatin1Char('\n'))),
              [this, planned](bool yes) {
                  if (!yes || !m_client)
                      return;
                  QList<Step> steps;
                  for (const Planned &p : planned) {
                      const FleetUnit *unit = m_model->unit(p.name);
                      const FleetUnit::State state
                          = unit ? unit->desiredState : FleetUnit::State::Inactive;
                      steps << [this, p, state](auto done) {
                          FleetActionJob *destroy = m_client->destroy(p.name);
                          ++m_actionRequests;
                          connect(destroy, &ApiJob::finished, this,
                                  [this, destroy, p, state, done] {
                                      destroy->deleteLater();
                                      if (destroy->hasError() || !m_client) {
                                          done(destroy->errorString());
                                          return;
                                      }
                                      track(m_client->submit(p.name, p.options, state), done);
                                  });
                      };
                  }
                  runSteps(tr("Updating %n unit(s)", "", int(planned.size())), steps);
              });
}

void DeployView::showDiff()
{
    const QStringList names = selectedUnits();
    if (names.isEmpty())
        return;
    const QString name = names.first();
    const FleetUnit *unit = m_model->unit(name);
    Planned planned;
    QString problem;
    if (!unit || !localUnit(name, &planned, &problem) || !planned.local) {
        setStatus(tr("%1 is not both on fleet and in the workspace.").arg(name), true);
        return;
    }
    auto *dialog = new DeployDiffDialog(
        name, QString::fromUtf8(FleetUnitOptions::serialize(unit->options)),
        QString::fromUtf8(FleetUnitOptions::serialize(planned.options)), planned.path, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void DeployView::updateDetails()
{
    const QStringList names = selectedUnits();
    if (names.isEmpty()) {
        m_details->clear();
        return;
    }
    const QString name = names.first();
    QString html = QStringLiteral("<h3>%1</h3>").arg(htmlEscaped(name));
    const FleetUnit *unit = m_model->unit(name);
    if (unit) {
        html += tr("<p>Desired: <b>%1</b>, current: <b>%2</b>%3</p>")
                    .arg(FleetUnit::displayState(unit->desiredState),
                         FleetUnit::displayState(unit->currentState),
                         unit->machineId.isEmpty()
                             ? QString()
                             : tr(", on machine %1").arg(unit->machineId.left(8)));
    } else {
        html += tr("<p>Not on fleet.</p>");
    }
    Planned planned;
    QString problem;
    if (!localUnit(name, &planned, &problem))
        html += QStringLiteral("<p style='color:#b00000'>%1</p>").arg(htmlEscaped(problem));
    else if (planned.local)
        html += tr("<p>Workspace file: %1%2</p>")
                    .arg(htmlEscaped(planned.path),
                         m_model->indexOf(name).data(FleetStateModel::LocalStateRole).toInt()
                                 == int(FleetStateModel::LocalState::Differs)
                             ? tr(" — <b>differs from the unit on fleet</b> (Diff…, Update…)")
                             : QString());
    const QList<FleetUnitState> states = m_model->states(name);
    if (!states.isEmpty()) {
        html += tr("<p><b>On machines</b></p>") + QStringLiteral("<table cellspacing=4>");
        for (const FleetUnitState &state : states) {
            QString ip;
            for (const FleetMachine &m : m_model->machines())
                if (m.id == state.machineId)
                    ip = m.primaryIp;
            html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                        .arg(htmlEscaped(state.machineId.left(8)), htmlEscaped(ip),
                             htmlEscaped(FleetStateModel::cellText(state)));
        }
        html += QStringLiteral("</table>");
    }
    // fleet keeps a unit it cannot place launched and never says why; the explainer reads the
    // why from the same snapshot the matrix shows.
    if (unit && unit->desiredState != FleetUnit::State::Inactive && states.isEmpty()) {
        const FleetSnapshot &snapshot = m_poller->lastSnapshot();
        const FleetScheduleExplainer explainer(snapshot.units, snapshot.machines, snapshot.states);
        const FleetScheduleExplanation why = explainer.explain(name);
        if (why.reason != FleetScheduleExplanation::Reason::Running)
            html += tr("<p><b>Why it is not running</b></p>")
                + QStringLiteral("<p style='color:#804000'>%1</p>")
                      .arg(htmlEscaped(why.toString())
                               .replace(QLatin1Char('\n'), QLatin1String("<br>")));
    }
    html += imageDetailsHtml(name);
    const QList<UnitOption> options = unit ? unit->options : planned.options;
    if (!options.isEmpty()) {
        html += tr("<p><b>Options</b></p>") + QStringLiteral("<table cellspacing=2>");
        for (const UnitOption &option : options)
            html += QStringLiteral("<tr><td>[%1]</td><td>%2</td><td><tt>%3</tt></td></tr>")
                        .arg(htmlEscaped(option.section), htmlEscaped(option.name),
                             htmlEscaped(option.value));
        html += QStringLiteral("</table>");
    }
    m_details->setHtml(html);
}

void DeployView::updateActions()
{
    const bool connected = m_client != nullptr;
    const QStringList names = selectedUnits();
    const bool any = connected && !names.isEmpty();
    m_refreshAction->setEnabled(connected);
    for (QAction *action : {m_submitAction, m_loadAction, m_startAction, m_stopAction,
                            m_unloadAction, m_destroyAction, m_updateAction})
        action->setEnabled(any);
    m_instancesAction->setEnabled(connected && names.size() == 1 && isTemplateName(names.first()));
    m_diffAction->setEnabled(
        any
        && m_model->indexOf(names.first()).data(FleetStateModel::LocalStateRole).toInt()
            == int(FleetStateModel::LocalState::Differs));
    m_generateAction->setEnabled(!m_workspace.images.isEmpty());
    m_pointImageAction->setEnabled(connected && names.size() == 1
                                   && imageLinkOf(names.first()).isValid());
}

void DeployView::generateUnit()
{
    auto *dialog = new DeployGenerateDialog(m_workspace, m_confirm, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeployGenerateDialog::saved, this, &DeployView::addUnitFile);
    dialog->open();
}

void DeployView::addUnitFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot read %1 back: %2").arg(path, file.errorString()), true);
        return;
    }
    Workspace workspace = m_workspace;
    workspace.problems.removeIf([&path](const Problem &p) { return p.file == path; });
    workspace.units.removeIf([&path](const UnitFile &u) { return u.path == path; });
    workspace.units << UnitFileParser::parse(file.readAll(), path, &workspace.problems);
    std::sort(workspace.units.begin(), workspace.units.end(),
              [](const UnitFile &a, const UnitFile &b) { return a.name < b.name; });
    setWorkspace(workspace);
    setStatus(tr("Wrote %1.").arg(path));
    Q_EMIT unitFileWritten(path);
}

UnitImageLink DeployView::imageLinkOf(const QString &name) const
{
    Planned planned;
    QString problem;
    if (localUnit(name, &planned, &problem) && planned.local)
        return UnitImageLink::fromOptions(planned.options);
    if (const FleetUnit *unit = m_model->unit(name))
        return UnitImageLink::fromOptions(unit->options);
    return {};
}

void DeployView::setEtcdStore(EtcdStore *store)
{
    delete m_etcdConnecting;
    m_etcd = store;
    m_ownEtcd.reset();
    m_imageValues.clear();
    m_etcdError.clear();
    m_triedEtcd = true;
    updateDetails();
}

EtcdStore *DeployView::etcdStore() const
{
    return m_etcd;
}

void DeployView::connectEtcd(const EtcdEndpoints &endpoints)
{
    m_triedEtcd = true;
    delete m_etcdConnecting;
    if (!endpoints.isValid()) {
        m_etcdError = endpoints.error;
        updateDetails();
        return;
    }
    auto *job = new EtcdConnector(endpoints, EtcdConnector::Preference::Auto, this);
    m_etcdConnecting = job;
    m_etcdError.clear();
    const QString where = endpoints.toDisplayString();
    connect(job, &ApiJob::finished, this, [this, job, where] {
        job->deleteLater();
        if (job->hasError()) {
            m_etcdError = tr("Cannot read image keys from etcd at %1: %2 Set ETCDCTL_ENDPOINTS "
                             "or connect the etcd view.")
                              .arg(where, job->errorString());
            updateDetails();
            return;
        }
        m_ownEtcd = job->takeStore();
        m_etcd = m_ownEtcd.get();
        m_imageValues.clear();
        const QString description = tr("%1 — %2").arg(where, job->choice());
        updateDetails();
        updateActions();
        Q_EMIT etcdConnected(description);
    });
}

void DeployView::ensureEtcd()
{
    // The same connection the etcd view makes from ETCDCTL_*, once, when a unit needs it.
    if (!m_etcd && !m_etcdConnecting && !m_triedEtcd)
        connectEtcd(EtcdEndpoints::fromEnvironment());
}

void DeployView::readImageKey(const QString &key)
{
    if (!m_etcd || m_imageValues.value(key).reading)
        return;
    m_imageValues[key].reading = true;
    EtcdRangeJob *job = m_etcd->range(key.toUtf8());
    connect(job, &ApiJob::finished, this, [this, job, key] {
        job->deleteLater();
        KeyValue value;
        if (job->hasError()) {
            value.error = job->errorString();
        } else if (!job->result().kvs.isEmpty()) {
            value.exists = true;
            value.value = job->result().kvs.first().value;
            value.modRevision = job->result().kvs.first().modRevision;
        }
        m_imageValues.insert(key, value);
        updateDetails();
        Q_EMIT imageKeyRead(key, QString::fromUtf8(value.value), value.error);
    });
}

QString DeployView::imageDetailsHtml(const QString &name)
{
    const UnitImageLink link = imageLinkOf(name);
    if (!link.isValid())
        return {};
    QString html = tr("<p><b>Image</b> from etcd key <tt>%1</tt>: ").arg(htmlEscaped(link.key));
    ensureEtcd();
    if (!m_etcd) {
        html += m_etcdError.isEmpty()
            ? tr("connecting to etcd…")
            : QStringLiteral("<span style='color:#b00000'>%1</span>").arg(htmlEscaped(m_etcdError));
    } else if (!m_imageValues.contains(link.key)) {
        readImageKey(link.key);
        html += tr("reading…");
    } else {
        const KeyValue &value = m_imageValues[link.key];
        if (value.reading)
            html += tr("reading…");
        else if (!value.error.isEmpty())
            html += QStringLiteral("<span style='color:#b00000'>%1</span>")
                        .arg(htmlEscaped(value.error));
        else if (!value.exists)
            html += tr("<b>not set</b> (the unit cannot pull its image)");
        else
            html += QStringLiteral("<b>%1</b>").arg(htmlEscaped(QString::fromUtf8(value.value)));
    }
    if (!link.otherKeys.isEmpty())
        html += tr("<br>It also reads %1.")
                    .arg(htmlEscaped(link.otherKeys.join(QLatin1String(", "))));
    return html + QStringLiteral("</p>");
}

void DeployView::pointAtBuiltImage()
{
    const QStringList names = selectedUnits();
    if (names.size() != 1)
        return;
    const QString name = names.first();
    const UnitImageLink link = imageLinkOf(name);
    if (!link.isValid()) {
        setStatus(tr("%1 does not read its image from an etcd key.").arg(name), true);
        return;
    }
    ensureEtcd();
    if (!m_etcd) {
        setStatus(m_etcdError.isEmpty() ? tr("Not connected to etcd yet; try again in a moment.")
                                        : m_etcdError,
                  true);
        return;
    }
    // What the workspace builds for that key: the image's computed name, and the newest
    // successful build of it in the history (which may carry another tag).
    QList<DeployImageDialog::Candidate> computed;
    QStringList repositories;
    for (const ImageDefinition &image : std::as_const(m_workspace.images)) {
        if (FleetUnitGenerator::imageNameKey(FleetUnitGenerator::imageOf(image)) != link.key)
            continue;
        computed << DeployImageDialog::Candidate {
            image.name, tr("the name the workspace gives %1").arg(image.id)};
        repositories << ImageReference::repository(image.name);
    }
    if (!m_history) {
        m_ownHistory = std::make_unique<BuildHistory>();
        m_history = m_ownHistory.get();
    }
    struct Gathered
    {
        int left = 1;
        QList<DeployImageDialog::Candidate> built;
        KeyValue current;
        QString error;
    };
    auto gathered = std::make_shared<Gathered>();
    gathered->left += int(repositories.size());
    const QString key = link.key;
    auto open = [this, gathered, computed, name, key] {
        if (--gathered->left > 0)
            return;
        if (!gathered->error.isEmpty()) {
            setStatus(gathered->error, true);
            return;
        }
        const QString current = QString::fromUtf8(gathered->current.value);
        auto *dialog = new DeployImageDialog(name, key, current, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->addCandidates(gathered->built + computed);
        const qint64 revision = gathered->current.exists ? gathered->current.modRevision : 0;
        connect(dialog, &QDialog::accepted, this, [this, dialog, name, key, current, revision] {
            const QString image = dialog->image();
            QStringList targets = expandTemplates({name}, false);
            targets.removeIf([this](const QString &unit) {
                const FleetUnit *u = m_model->unit(unit);
                return !u || u->desiredState != FleetUnit::State::Launched;
            });
            m_confirm(tr("Point at Built Image"),
                      tr("Write %1 into %2 (now: %3) and restart %n unit(s)? Each is stopped, "
                         "and started again once it has stopped:\n%4",
                         "", int(targets.size()))
                          .arg(image, key, current.isEmpty() ? tr("not set") : current,
                               targets.join(QLatin1Char('\n'))),
                      [this, name, key, image, revision](bool yes) {
                          if (yes)
                              pointKey(name, key, image, revision);
                      });
        });
        dialog->open();
    };
    EtcdRangeJob *read = m_etcd->range(key.toUtf8());
    connect(read, &ApiJob::finished, this, [read, gathered, key, open] {
        read->deleteLater();
        if (read->hasError())
            gathered->error = tr("Cannot read %1 from etcd: %2").arg(key, read->errorString());
        else if (!read->result().kvs.isEmpty()) {
            gathered->current.exists = true;
            gathered->current.value = read->result().kvs.first().value;
            gathered->current.modRevision = read->result().kvs.first().modRevision;
        }
        open();
    });
    for (const QString &repository : std::as_const(repositories)) {
        auto *watcher = new QFutureWatcher<QList<BuildHistoryEntry>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, gathered, open] {
            watcher->deleteLater();
            for (const BuildHistoryEntry &entry : watcher->result()) {
                if (!isSuccessState(entry.state))
                    continue;
                // Newest first: the first success is the freshly built image.
                gathered->built << DeployImageDialog::Candidate {
                    entry.image,
                    tr("latest successful build, %1")
                        .arg(QLocale().toString(entry.finishedAt.toLocalTime(),
                                                QLocale::ShortFormat))};
                break;
            }
            open();
        });
        watcher->setFuture(m_history->recent(repository, 20));
    }
}

void DeployView::pointKey(const QString &unit, const QString &key, const QString &image,
                          qint64 modRevision)
{
    if (!m_etcd || !m_client)
        return;
    ++m_actionRequests;
    EtcdCasJob *job = m_etcd->putIfUnchanged(key.toUtf8(), image.toUtf8(), modRevision);
    setStatus(tr("Writing %1 into %2…").arg(image, key));
    connect(job, &ApiJob::finished, this, [this, job, unit, key, image] {
        job->deleteLater();
        if (job->hasError() || !job->result().succeeded) {
            const QString message = job->hasError()
                ? tr("Cannot write %1: %2 Nothing was restarted.").arg(key, job->errorString())
                : tr("%1 was changed by someone else meanwhile (now: %2); nothing was written or "
                     "restarted. Look at it again and retry.")
                      .arg(key, QString::fromUtf8(job->result().current.value));
            m_imageValues.remove(key);
            updateDetails();
            setStatus(message, true);
            Q_EMIT actionFinished(message, false);
            return;
        }
        KeyValue value;
        value.exists = true;
        value.value = image.toUtf8();
        value.modRevision = job->result().revision;
        m_imageValues.insert(key, value);
        updateDetails();
        QStringList targets = expandTemplates({unit}, false);
        targets.removeIf([this](const QString &name) {
            const FleetUnit *u = m_model->unit(name);
            return !u || u->desiredState != FleetUnit::State::Launched;
        });
        if (targets.isEmpty() || !m_client) {
            const QString summary
                = tr("%1 now names %2; %3 is not running on fleet, so nothing was restarted.")
                      .arg(key, image, unit);
            setStatus(summary);
            Q_EMIT actionFinished(summary, true);
            return;
        }
        QList<Step> steps;
        for (const QString &name : std::as_const(targets))
            steps << [this, name](auto done) {
                auto *restart = new FleetUnitRestart(m_client, name, this);
                ++m_actionRequests;
                connect(restart, &FleetUnitRestart::progress, this,
                        [this, restart, name](const QString &message) {
                            setStatus(message);
                            Q_EMIT restartProgress(name, restart->phases().last());
                        });
                connect(restart, &ApiJob::finished, this, [restart, done] {
                    restart->deleteLater();
                    done(restart->hasError() ? restart->errorString() : QString());
                });
            };
        runSteps(tr("Pointing %1 at %2 and restarting %n unit(s)", "", int(targets.size()))
                     .arg(key, image),
                 steps);
    });
}

} // namespace ws
