#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QTabWidget;

namespace ws {

class AppSettings;
class BuildHistory;
class BuildHistoryPanel;
class BuildsView;
class DockerClient;
class DeployView;
class EtcdView;
class MapView;
class ProblemsPanel;
class ServiceStatusProbe;
class StatusIndicator;
class Workspace;
class WorkspaceExplorer;

// The application window: menus, the workspace explorer, the Builds view, the build history and
// the etcd configuration editor in tabs, the
// problems dock and the status bar with the Docker and etcd indicators. Workspaces load on a worker
// thread; the window stays responsive and says in its banner when a folder cannot be opened or
// holds nothing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `settings` holds the recent workspaces; it must outlive the window.
    explicit MainWindow(AppSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // What to open at start: `argument` when given, else the last workspace, else the demo.
    void openStartupWorkspace(const QString &argument);
    // Loads the folder asynchronously; workspaceLoaded() follows.
    void openWorkspace(const QString &path);
    // Shows a workspace that is already loaded (tests build one directly).
    void setWorkspace(const Workspace &workspace);
    void reload();
    // Selects image `name` when the next workspace has loaded (the --select option).
    void selectAfterLoad(const QString &name) { m_pendingSelection = name; }

    QString workspacePath() const { return m_path; }
    bool isLoading() const { return m_loading; }
    QString bannerText() const;

    WorkspaceExplorer *explorer() const { return m_explorer; }
    BuildsView *buildsView() const { return m_builds; }
    BuildHistoryPanel *historyPanel() const { return m_historyPanel; }
    QTabWidget *viewTabs() const { return m_views; }
    EtcdView *etcdView() const { return m_etcdView; }
    DeployView *deployView() const { return m_deployView; }
    MapView *mapView() const { return m_mapView; }
    // The engine the Builds view uses (DOCKER_HOST, or the local socket); null when
    // DOCKER_HOST cannot be used.
    DockerClient *dockerClient() const { return m_dockerClient; }
    // Shows the Builds view with `name` selected and starts building it (and the images below
    // it when `withDescendants`) unless a queue is running.
    void buildImage(const QString &name, bool withDescendants = false);
    ProblemsPanel *problemsPanel() const { return m_problems; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    QMenu *recentMenu() const { return m_recentMenu; }
    StatusIndicator *dockerIndicator() const { return m_docker; }
    StatusIndicator *etcdIndicator() const { return m_etcd; }
    ServiceStatusProbe *serviceProbe() const { return m_probe; }

signals:
    void loadingChanged(bool loading);
    // A workspace is shown; `root` is its folder.
    void workspaceLoaded(const QString &root);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createStatusBar();
    void chooseWorkspace();
    void openBundled(const QString &name);
    void rebuildRecentMenu();
    void setLoading(bool loading);
    void updateBusy();
    void showBanner(const QString &text);
    void updateProblemsTitle(int count);
    void updateTitle();
    void showAbout();
    void probeServices();

    AppSettings *m_settings = nullptr;
    QString m_path;
    quint64 m_loadGeneration = 0;
    bool m_loading = false;
    bool m_sized = false;
    QString m_pendingSelection;

    WorkspaceExplorer *m_explorer = nullptr;
    QTabWidget *m_views = nullptr;
    BuildsView *m_builds = nullptr;
    BuildHistoryPanel *m_historyPanel = nullptr;
    EtcdView *m_etcdView = nullptr;
    DeployView *m_deployView = nullptr;
    MapView *m_mapView = nullptr;
    DockerClient *m_dockerClient = nullptr;
    BuildHistory *m_history = nullptr;
    QLabel *m_banner = nullptr;
    ProblemsPanel *m_problems = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_reloadAction = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_statusText = nullptr;
    StatusIndicator *m_docker = nullptr;
    StatusIndicator *m_etcd = nullptr;
    ServiceStatusProbe *m_probe = nullptr;
};

} // namespace ws
