#include "MainWindow.h"

#include "ServiceStatusProbe.h"

#include "build/BuildHistory.h"
#include "builds/BuildsView.h"
#include "common/AppIcons.h"
#include "common/ProblemsPanel.h"
#include "common/StatusIndicator.h"
#include "deploy/DeployView.h"
#include "docker/DockerClient.h"
#include "etcd/EtcdBrowser.h"
#include "etcd/EtcdView.h"
#include "explorer/ImageGraphView.h"
#include "explorer/WorkspaceExplorer.h"
#include "history/BuildHistoryPanel.h"
#include "map/MapView.h"
#include "settings/AppSettings.h"
#include "workspace/WorkspaceLoader.h"

#if __has_include("workspace/BundledWorkspaces.h")
#include "workspace/BundledWorkspaces.h"
#define WS_HAVE_BUNDLED_WORKSPACES 1
#endif

#include <QActionGroup>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QScreen>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace ws {

MainWindow::MainWindow(AppSettings *settings, QWidget *parent)
    : QMainWindow(parent), m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(AppIcons::applicationIcon());
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("messageBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setMargin(8);
    m_banner->setAutoFillBackground(true);
    // The tooltip colours are the theme's own pair for a note that stands out from the window.
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_banner->hide();
    // One engine and one build history for the whole window: the Builds view's queues use them.
    const DockerEndpoint endpoint = DockerEndpoint::fromEnvironment();
    if (endpoint.isValid())
        m_dockerClient = new DockerClient(endpoint, this);
    m_history = new BuildHistory(QString(), this);
    m_views = new QTabWidget(central);
    m_views->setObjectName(QStringLiteral("viewTabs"));
    m_views->setDocumentMode(true);
    m_explorer = new WorkspaceExplorer(m_views);
    m_builds = new BuildsView(m_dockerClient, m_history, m_views);
    m_views->addTab(m_explorer, AppIcons::icon(QStringLiteral("image"), QStyle::SP_FileIcon),
                    tr("Explorer"));
    m_views->addTab(m_builds, AppIcons::icon(QStringLiteral("build"), QStyle::SP_MediaPlay),
                    tr("Builds"));
    m_historyPanel = new BuildHistoryPanel(m_views);
    m_historyPanel->setHistory(m_history);
    m_views->addTab(m_historyPanel,
                    AppIcons::icon(QStringLiteral("history"), QStyle::SP_FileDialogDetailedView),
                    tr("History"));
    // The etcd editor connects when its tab is first shown (EtcdView::showEvent).
    m_etcdView = new EtcdView(m_views);
    m_views->addTab(m_etcdView,
                    AppIcons::icon(QStringLiteral("key"), QStyle::SP_FileDialogListView),
                    tr("Configuration"));
    // The Deploy view connects to fleet when first shown and polls only while shown.
    m_deployView = new DeployView(m_views);
    m_views->addTab(m_deployView, AppIcons::icon(QStringLiteral("unit"), QStyle::SP_ComputerIcon),
                    tr("Deploy"));
    // The infrastructure map: the environment's hosts, services and routes with their health.
    m_mapView = new MapView(m_views);
    m_views->addTab(m_mapView, AppIcons::icon(QStringLiteral("map"), QStyle::SP_DriveNetIcon),
                    tr("Map"));
    // One etcd connection for the window: once the Configuration tab has one (the user's
    // profile, with its credentials), the Deploy view reads image keys through it too.
    connect(m_etcdView, &EtcdView::connected, this,
            [this] { m_deployView->setEtcdStore(m_etcdView->store()); });
    connect(m_mapView, &MapView::openEtcdKey, this, [this](const QByteArray &key) {
        m_views->setCurrentWidget(m_etcdView);
        m_etcdView->browser()->selectKey(key);
    });
    connect(m_mapView, &MapView::openUnit, this, [this](const QString &unit) {
        m_views->setCurrentWidget(m_deployView);
        m_deployView->selectUnits({unit});
    });
    connect(m_mapView, &MapView::openImageBuild, this, [this](const QString &image) {
        m_views->setCurrentWidget(m_builds);
        m_builds->selectImages({image});
    });
    // The history is read when it is shown and after every queue, not at start: nothing is
    // loaded that nobody looks at.
    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (m_views->currentWidget() == m_historyPanel)
            m_historyPanel->refresh();
    });
    connect(m_builds, &BuildsView::queueFinished, this, [this] {
        if (m_views->currentWidget() == m_historyPanel)
            m_historyPanel->refresh();
    });
    layout->addWidget(m_banner);
    layout->addWidget(m_views, 1);
    connect(m_explorer, &WorkspaceExplorer::buildRequested, this, &MainWindow::buildImage);
    setCentralWidget(central);

    m_problems = new ProblemsPanel(this);
    m_problems->setObjectName(QStringLiteral("problemsPanel"));
    m_problemsDock = new QDockWidget(this);
    m_problemsDock->setObjectName(QStringLiteral("problemsDock"));
    m_problemsDock->setWidget(m_problems);
    m_problemsDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable
                                | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    connect(m_problems, &ProblemsPanel::countChanged, this, &MainWindow::updateProblemsTitle);
    connect(m_problems, &ProblemsPanel::problemActivated, this, [this](const Problem &problem) {
        statusBar()->showMessage(tr("Copied %1").arg(problem.toString()), 5000);
    });
    updateProblemsTitle(0);

    createActions();
    createStatusBar();
    connect(m_explorer, &WorkspaceExplorer::layoutRunningChanged, this, &MainWindow::updateBusy);
    // As large as a typical workstation window, never larger than the screen.
    QSize size(1400, 900);
    if (QScreen *current = screen())
        size = size.boundedTo(current->availableGeometry().size());
    resize(size);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_sized)
        return;
    // A few rows of problems; the explorer keeps the height.
    m_sized = true;
    resizeDocks({m_problemsDock}, {fontMetrics().height() * 9}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open
        = file->addAction(AppIcons::icon(QStringLiteral("folder-open"), QStyle::SP_DirOpenIcon),
                          tr("&Open Workspace…"), this, &MainWindow::chooseWorkspace);
    open->setObjectName(QStringLiteral("openWorkspaceAction"));
    open->setShortcut(QKeySequence::Open);

    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    rebuildRecentMenu();

    QMenu *bundled = file->addMenu(tr("Open &Bundled"));
    bundled->setObjectName(QStringLiteral("bundledMenu"));
    QAction *demo
        = bundled->addAction(tr("&Demo"), this, [this]() { openBundled(QStringLiteral("demo")); });
    demo->setObjectName(QStringLiteral("openDemoAction"));
    QAction *kilo = bundled->addAction(tr("OpenStack &kilo"), this,
                                       [this]() { openBundled(QStringLiteral("openstack-kilo")); });
    kilo->setObjectName(QStringLiteral("openKiloAction"));

    m_reloadAction
        = file->addAction(AppIcons::icon(QStringLiteral("refresh"), QStyle::SP_BrowserReload),
                          tr("Re&load"), this, &MainWindow::reload);
    m_reloadAction->setObjectName(QStringLiteral("reloadAction"));
    m_reloadAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_reloadAction->setEnabled(false);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    ImageGraphView *graph = m_explorer->graphView();
    QAction *zoomIn = view->addAction(AppIcons::icon(QStringLiteral("zoom-in"), QStyle::SP_ArrowUp),
                                      tr("Zoom &In"), graph, &ImageGraphView::zoomIn);
    zoomIn->setObjectName(QStringLiteral("zoomInAction"));
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    QAction *zoomOut
        = view->addAction(AppIcons::icon(QStringLiteral("zoom-out"), QStyle::SP_ArrowDown),
                          tr("Zoom &Out"), graph, &ImageGraphView::zoomOut);
    zoomOut->setObjectName(QStringLiteral("zoomOutAction"));
    zoomOut->setShortcut(QKeySequence::ZoomOut);
    QAction *fit
        = view->addAction(AppIcons::icon(QStringLiteral("zoom-fit"), QStyle::SP_TitleBarMaxButton),
                          tr("&Fit"), graph, &ImageGraphView::fitAll);
    fit->setObjectName(QStringLiteral("fitAction"));
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    view->addSeparator();
    QAction *showExplorer = view->addAction(tr("&Explorer"), this,
                                            [this]() { m_views->setCurrentWidget(m_explorer); });
    showExplorer->setObjectName(QStringLiteral("showExplorerAction"));
    showExplorer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *showBuilds
        = view->addAction(tr("&Builds"), this, [this]() { m_views->setCurrentWidget(m_builds); });
    showBuilds->setObjectName(QStringLiteral("showBuildsAction"));
    showBuilds->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *showHistory = view->addAction(tr("Build &History"), this,
                                           [this]() { m_views->setCurrentWidget(m_historyPanel); });
    showHistory->setObjectName(QStringLiteral("showHistoryAction"));
    showHistory->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *showEtcd = view->addAction(tr("&Configuration (etcd)"), this,
                                        [this]() { m_views->setCurrentWidget(m_etcdView); });
    showEtcd->setObjectName(QStringLiteral("showEtcdAction"));
    showEtcd->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *showDeploy = view->addAction(tr("&Deploy (fleet)"), this,
                                          [this]() { m_views->setCurrentWidget(m_deployView); });
    showDeploy->setObjectName(QStringLiteral("showDeployAction"));
    showDeploy->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction *showMap
        = view->addAction(tr("&Map"), this, [this]() { m_views->setCurrentWidget(m_mapView); });
    showMap->setObjectName(QStringLiteral("showMapAction"));
    showMap->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    view->addSeparator();
    QAction *problems = m_problemsDock->toggleViewAction();
    problems->setText(tr("&Problems"));
    view->addAction(problems);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->setToolButtonStyle(Qt::ToolButtonIconOnly);
    toolBar->addAction(open);
    toolBar->addAction(m_reloadAction);
    toolBar->addSeparator();
    toolBar->addAction(zoomIn);
    toolBar->addAction(zoomOut);
    toolBar->addAction(fit);
    toolBar->addSeparator();
    QAction *build = new QAction(AppIcons::icon(QStringLiteral("build"), QStyle::SP_MediaPlay),
                                 tr("&Build Image"), this);
    build->setObjectName(QStringLiteral("buildImageAction"));
    build->setToolTip(tr("Build the image selected in the explorer (F7)"));
    build->setShortcut(QKeySequence(Qt::Key_F7));
    connect(build, &QAction::triggered, this, [this]() {
        if (m_views->currentWidget() == m_builds) {
            m_builds->buildSelected();
            return;
        }
        const QString name = m_explorer->selectedImage();
        if (name.isEmpty()) {
            m_views->setCurrentWidget(m_builds);
            return;
        }
        buildImage(name);
    });
    connect(m_explorer, &WorkspaceExplorer::imageSelected, build, [this, build]() {
        build->setText(m_explorer->selectedImage().isEmpty()
                           ? tr("&Build Image")
                           : tr("&Build %1").arg(m_explorer->selectedImage()));
    });
    toolBar->addAction(build);
    view->addAction(build);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    QMenu *language = settings->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu"));
    auto *languages = new QActionGroup(this);
    const QString current = m_settings ? m_settings->language() : QString();
    auto addLanguage = [&](const QString &code, const QString &title) {
        QAction *action = language->addAction(title);
        action->setCheckable(true);
        action->setChecked(code == current);
        action->setData(code);
        action->setObjectName(QStringLiteral("language_")
                              + (code.isEmpty() ? QStringLiteral("system") : code));
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, code]() {
            if (!m_settings || !m_settings->setLanguage(code))
                return;
            m_settings->sync();
            // Every widget's text is set once, through tr(); a restart applies the new language.
            statusBar()->showMessage(tr("The language changes when Whalestack starts again."),
                                     8000);
        });
    };
    addLanguage(QString(), tr("System Default"));
    // Names of languages in themselves, as language pickers show them.
    addLanguage(QStringLiteral("en"), QStringLiteral("English"));
    addLanguage(QStringLiteral("ru"), QStringLiteral("Русский"));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Whalestack"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::createStatusBar()
{
    m_statusText = new QLabel(this);
    m_statusText->setObjectName(QStringLiteral("statusText"));
    statusBar()->addWidget(m_statusText, 1);

    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busyIndicator"));
    m_busy->setRange(0, 0); // indeterminate
    m_busy->setMaximumWidth(120);
    m_busy->setMaximumHeight(fontMetrics().height());
    m_busy->setTextVisible(false);
    m_busy->hide();
    statusBar()->addPermanentWidget(m_busy);

    m_docker = new StatusIndicator(tr("Docker"), this);
    m_docker->setObjectName(QStringLiteral("dockerIndicator"));
    m_etcd = new StatusIndicator(tr("etcd"), this);
    m_etcd->setObjectName(QStringLiteral("etcdIndicator"));
    statusBar()->addPermanentWidget(m_docker);
    statusBar()->addPermanentWidget(m_etcd);
    probeServices();
}

void MainWindow::probeServices()
{
    m_probe = new ServiceStatusProbe(m_docker, m_etcd, this);
    m_probe->setIntervalSeconds(m_settings ? m_settings->probeIntervalSeconds() : 10);
    m_probe->probeNow();
}

void MainWindow::openStartupWorkspace(const QString &argument)
{
    if (!argument.isEmpty()) {
        openWorkspace(argument);
        return;
    }
    const QString last = m_settings ? m_settings->lastWorkspace() : QString();
    if (!last.isEmpty() && QFileInfo(last).isDir()) {
        openWorkspace(last);
        return;
    }
    openBundled(QStringLiteral("demo"));
}

void MainWindow::openWorkspace(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        showBanner(
            tr("Cannot open %1: there is no such folder.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (!info.isDir()) {
        showBanner(tr("Cannot open %1: it is a file, not a workspace folder.")
                       .arg(QDir::toNativeSeparators(path)));
        return;
    }
    const QString root = QDir::cleanPath(info.absoluteFilePath());
    const quint64 generation = ++m_loadGeneration;
    setLoading(true);
    showBanner({});
    m_statusText->setText(tr("Loading %1…").arg(QDir::toNativeSeparators(root)));

    auto *watcher = new QFutureWatcher<Workspace>(this);
    connect(watcher, &QFutureWatcher<Workspace>::finished, this,
            [this, watcher, generation, root]() {
                watcher->deleteLater();
                if (generation != m_loadGeneration)
                    return; // a later open replaced this one
                setLoading(false);
                if (watcher->future().resultCount() == 0) {
                    showBanner(tr("Loading %1 failed.").arg(QDir::toNativeSeparators(root)));
                    m_statusText->clear();
                    return;
                }
                Workspace workspace = watcher->result();
                if (workspace.root.isEmpty())
                    workspace.root = root;
                if (m_settings) {
                    m_settings->addRecentWorkspace(root);
                    m_settings->sync();
                }
                setWorkspace(workspace);
            });
    watcher->setFuture(WorkspaceLoader::loadAsync(root));
}

void MainWindow::setWorkspace(const Workspace &workspace)
{
    m_path = workspace.root;
    m_reloadAction->setEnabled(!m_path.isEmpty());
    m_explorer->setWorkspace(workspace);
    m_builds->setWorkspace(workspace);
    m_etcdView->setWorkspace(workspace);
    m_deployView->setWorkspace(workspace);
    m_mapView->setWorkspace(workspace);
    m_problems->setProblems(workspace.problems, workspace.root);
    if (workspace.images.isEmpty() && workspace.units.isEmpty()
        && workspace.keyCatalogue.isEmpty()) {
        showBanner(tr("%1 holds no images, templates or unit files. A workspace is a folder with "
                      "a Dockerfile and vars.mk per image; use File ▸ Open Workspace… to choose "
                      "another.")
                       .arg(QDir::toNativeSeparators(workspace.root)));
    } else {
        showBanner({});
    }
    m_statusText->setText(tr("%n image(s)", "", int(workspace.images.size())) + QStringLiteral(", ")
                          + tr("%n unit file(s)", "", int(workspace.units.size()))
                          + QStringLiteral(", ")
                          + tr("%n problem(s)", "", int(workspace.problems.size())));
    updateTitle();
    rebuildRecentMenu();
    if (!m_pendingSelection.isEmpty()) {
        m_explorer->selectImage(m_pendingSelection);
        m_pendingSelection.clear();
    }
    emit workspaceLoaded(workspace.root);
}

void MainWindow::buildImage(const QString &name, bool withDescendants)
{
    m_views->setCurrentWidget(m_builds);
    m_builds->selectImages({name});
    if (m_builds->isRunning())
        return; // the running queue goes on; the image stays selected for the next one
    if (withDescendants)
        m_builds->buildSelectedAndBelow();
    else
        m_builds->buildSelected();
}

void MainWindow::reload()
{
    if (!m_path.isEmpty())
        openWorkspace(m_path);
}

QString MainWindow::bannerText() const
{
    return m_banner->isVisibleTo(this) ? m_banner->text() : QString();
}

void MainWindow::chooseWorkspace()
{
    const QString start = m_path.isEmpty() ? QDir::homePath() : m_path;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Workspace"), start);
    if (!folder.isEmpty())
        openWorkspace(folder);
}

void MainWindow::openBundled(const QString &name)
{
#ifdef WS_HAVE_BUNDLED_WORKSPACES
    const QString path = BundledWorkspaces::path(name);
#else
    const QString path;
#endif
    if (path.isEmpty()) {
        showBanner(tr("The bundled workspace \"%1\" is not installed.").arg(name));
        return;
    }
    openWorkspace(path);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings ? m_settings->recentWorkspaces() : QStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path), this,
                                                  [this, path]() { openWorkspace(path); });
        action->setData(path);
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent workspaces"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("Clear Recent"), this, [this]() {
        if (m_settings) {
            m_settings->clearRecentWorkspaces();
            m_settings->sync();
        }
        rebuildRecentMenu();
    });
}

void MainWindow::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    updateBusy();
    emit loadingChanged(loading);
}

void MainWindow::updateBusy()
{
    m_busy->setVisible(m_loading || m_explorer->isLayoutRunning());
}

void MainWindow::showBanner(const QString &text)
{
    m_banner->setText(text);
    m_banner->setVisible(!text.isEmpty());
}

void MainWindow::updateProblemsTitle(int count)
{
    m_problemsDock->setWindowTitle(tr("Problems (%1)").arg(count));
}

void MainWindow::updateTitle()
{
    if (m_path.isEmpty())
        setWindowTitle(tr("Whalestack"));
    else
        setWindowTitle(tr("%1 — Whalestack")
                           .arg(m_explorer->workspace().name.isEmpty()
                                    ? QFileInfo(m_path).fileName()
                                    : m_explorer->workspace().name));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Whalestack"),
                       tr("<h3>Whalestack %1</h3><p>Build, configure, deploy and inspect a "
                          "containerised OpenStack: images, etcd keys and fleet units of a "
                          "workspace folder.</p>")
                           .arg(QApplication::applicationVersion()));
}

} // namespace ws
