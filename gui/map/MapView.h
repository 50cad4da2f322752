#pragma once

#include "infra/InfraSnapshot.h"
#include "infra/ProbeResult.h"
#include "workspace/Manifest.h"

#include <QWidget>

#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QSplitter;
class QToolBar;

namespace ws {

class MapCanvas;
class MapDetailsPanel;
class MapMinimap;
class InfraMonitor;
class MapScene;
class ProbeCredentialSource;
class ProbeHistory;
class SecretStore;
class Workspace;

// The Map tab: the infrastructure map (MapScene in a MapCanvas) with its toolbar (environment,
// rediscover, zoom, fit, search, export), a minimap in the corner and the details of the
// selected element beside it.
//
// Live: for the workspace's chosen environment an InfraMonitor discovers what it is made of
// (again every minute) and probes everything in it; its snapshots go to setSnapshot() and its
// results to applyResult() and the probe history (ProbeHistory::defaultPath()). The monitor starts
// when the tab is first shown (a window that never shows the map asks nothing of the cluster) and
// keeps running while the window lives, so the latency history has no holes. setSnapshot() and
// applyResult() may also be called directly.
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setWorkspace(const Workspace &workspace);
    // The environment the map follows (by name); an unknown name changes nothing.
    void setEnvironment(const QString &name);
    QString environment() const;
    // The monitor of the chosen environment; null before the tab was shown or without one.
    InfraMonitor *monitor() const { return m_monitor; }
    // Discovers the environment again and probes every target now.
    void rediscover();
    void setSnapshot(const InfraSnapshot &snapshot);
    void applyResult(const ProbeResult &result);
    void applyStatus(const QString &elementId, ProbeStatus status, double latencyMs = -1);

    // Centres on the next element matching `text` and selects it; false when none matches.
    bool search(const QString &text);
    bool exportSvg(const QString &path, QString *error);
    bool exportPng(const QString &path, QString *error);

    MapScene *scene() const { return m_scene; }
    MapCanvas *canvas() const { return m_canvas; }
    MapMinimap *minimap() const { return m_minimap; }
    MapDetailsPanel *details() const { return m_details; }
    QLineEdit *searchField() const { return m_search; }
    QString statusText() const;

signals:
    void openEtcdKey(const QByteArray &key);
    void openUnit(const QString &unit);
    void openImageBuild(const QString &image);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void chooseExport(bool svg);
    void startMonitor();
    void placeMinimap();
    void updateStatus();
    void setMessage(const QString &text);

    MapScene *m_scene;
    MapCanvas *m_canvas;
    MapMinimap *m_minimap;
    MapDetailsPanel *m_details;
    QSplitter *m_splitter;
    QToolBar *m_toolBar;
    QLineEdit *m_search;
    QLabel *m_status;
    QComboBox *m_environmentBox;
    QAction *m_environmentAction;
    QAction *m_rediscoverAction;
    QList<Environment> m_environments;
    QString m_registry;
    SecretStore *m_secrets;
    ProbeCredentialSource *m_credentials;
    std::unique_ptr<ProbeHistory> m_history; // opened with the first monitor
    InfraMonitor *m_monitor = nullptr;
    bool m_shown = false;
    QString m_lastFound;
    QString m_lastSearch;
    QString m_message;
    bool m_fitPending = true;
};

} // namespace ws
