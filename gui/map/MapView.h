#pragma once

#include "infra/InfraSnapshot.h"
#include "infra/ProbeResult.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QSplitter;
class QToolBar;

namespace ws {

class MapCanvas;
class MapDetailsPanel;
class MapMinimap;
class MapScene;
class Workspace;

// The Map tab: the infrastructure map (MapScene in a MapCanvas) with its toolbar (zoom, fit,
// search, export), a minimap in the corner and the details of the selected element beside it.
//
// Live sources plug in through three calls: setSnapshot() with each InfraSnapshot discovery
// makes, and applyResult() / applyStatus() with each probe's answer. Discovery (InfraDiscovery)
// and the scheduler (ProbeScheduler) are not in the tree yet; when they are, this view owns one
// of each for the workspace's selected environment: discovery's snapshot → setSnapshot() and
// the scheduler's targets; ProbeScheduler::resultReady → applyResult(). Until then the map shows
// what it is given.
class MapView : public QWidget
{
    Q_OBJECT

public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;

    void setWorkspace(const Workspace &workspace);
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
    QString m_lastFound;
    QString m_lastSearch;
    QString m_message;
    bool m_fitPending = true;
};

} // namespace ws
