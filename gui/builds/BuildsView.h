#pragma once

#include "build/BuildPlan.h"
#include "build/BuildSession.h"
#include "build/BuildSummary.h"
#include "common/Problem.h"
#include "explorer/ImageNodeItem.h"
#include "workspace/Workspace.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolBar;

namespace ws {

class BuildHistory;
class BuildLogPane;
class BuildNotifier;
class BuildQueueModel;
class BuildSummaryPanel;
class DockerClient;
class ImageGraphView;

// The Builds view: the workspace's images as a graph coloured by build state and as a table
// (state, step, elapsed, cache hits, size, push), the log of the selected image, and the summary
// of the last queue. Its actions start a queue (the selection, the selection and everything
// below, what is stale, everything, a rebuild without cache), cancel, retry, pause and resume
// it. Each queue is a BuildSession on the given engine; everything runs asynchronously.
class BuildsView : public QWidget
{
    Q_OBJECT

public:
    // `client` (the engine) and `history` are not owned and may be null: without a client no
    // queue starts and the view says why.
    BuildsView(DockerClient *client, BuildHistory *history, QWidget *parent = nullptr);
    ~BuildsView() override;

    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }

    // What every queue starts from (network mode, log folder, retries, …); the toolbar's pull,
    // push, registry, build args and jobs go on top of it.
    void setBaseOptions(const BuildSession::Options &options) { m_baseOptions = options; }
    const BuildSession::Options &baseOptions() const { return m_baseOptions; }
    // The options the next queue gets, toolbar included.
    BuildSession::Options queueOptions(bool noCache = false) const;

    // The images selected in the graph and the table (they always agree), in row order.
    QStringList selectedImages() const;
    void selectImages(const QStringList &names);

    // The toolbar's actions; false when no queue could start (the status line says why).
    bool buildSelected();
    bool buildSelectedAndBelow();
    bool buildStale();
    bool buildEverything();
    bool rebuildSelectedWithoutCache();
    void cancelSelected();
    void cancelAll();
    int retryFailed(); // how many images went back into the queue
    void setPaused(bool paused);
    // The build args the next queues pass above the manifest's.
    void setBuildArgOverrides(const QHash<QString, QString> &args) { m_buildArgs = args; }
    QHash<QString, QString> buildArgOverrides() const { return m_buildArgs; }
    void editBuildArgs(); // the Build Args dialog

    BuildSession *session() const { return m_session; } // the current or last queue
    bool isRunning() const; // a queue is started and not finished
    QString statusText() const;
    bool isLayoutRunning() const { return m_layoutRunning; }
    // Cache-defeat warnings per image, once the check has run.
    QHash<QString, Problems> cacheWarnings() const { return m_warnings; }

    BuildQueueModel *model() const { return m_model; }
    ImageGraphView *graphView() const { return m_graph; }
    QTableView *table() const { return m_table; }
    BuildLogPane *logPane() const { return m_logPane; }
    BuildSummaryPanel *summaryPanel() const { return m_summary; }
    BuildNotifier *notifier() const { return m_notifier; }
    QToolBar *toolBar() const { return m_toolBar; }

signals:
    void queueStarted();
    void queueFinished(const ws::BuildSummary &summary);
    void runningChanged(bool running);
    void layoutFinished();

private:
    enum class Mode { Selected, SelectedAndBelow, Stale, Everything, RebuildNoCache };

    void createActions();
    bool startQueue(Mode mode);
    void onSessionStarted(BuildSession *session);
    void onSessionFailed(BuildSession *session, const QString &message);
    void onStateChanged(BuildSession *session, const QString &image, BuildState state);
    void onFinished(BuildSession *session, const BuildSummary &summary);
    void startLayout();
    void startWarningCheck();
    void updateNode(const QString &image);
    void updateActions();
    void setStatus(const QString &text);
    void onTableSelection();
    void onGraphSelection(const QStringList &ids);
    void showLogFor(const QString &image);
    void updateLogEmptyText(const QString &image);
    QHash<QString, QString> titles() const;
    QString warningText(const QString &image) const;

    DockerClient *m_client = nullptr;
    BuildHistory *m_history = nullptr;
    Workspace m_workspace;
    BuildSession::Options m_baseOptions;
    QHash<QString, QString> m_buildArgs;
    QPointer<BuildSession> m_session;
    QList<QPointer<BuildSession>> m_sessions; // every queue of this workspace, for their logs
    QHash<QString, QPointer<BuildSession>> m_logSession; // the last queue that had the image
    QHash<QString, Problems> m_warnings;
    QList<ImageNodeItem::Spec> m_specs;
    quint64 m_generation = 0;
    bool m_layoutRunning = false;
    bool m_syncing = false;
    bool m_sized = false;
    bool m_wasRunning = false;

    QToolBar *m_toolBar = nullptr;
    QLabel *m_status = nullptr;
    QSplitter *m_split = nullptr;
    QSplitter *m_top = nullptr;
    QSplitter *m_bottom = nullptr;
    ImageGraphView *m_graph = nullptr;
    QTableView *m_table = nullptr;
    BuildQueueModel *m_model = nullptr;
    BuildLogPane *m_logPane = nullptr;
    BuildSummaryPanel *m_summary = nullptr;
    BuildNotifier *m_notifier = nullptr;

    QAction *m_buildSelected = nullptr;
    QAction *m_buildBelow = nullptr;
    QAction *m_buildStale = nullptr;
    QAction *m_buildEverything = nullptr;
    QAction *m_rebuild = nullptr;
    QAction *m_cancelSelected = nullptr;
    QAction *m_cancelAll = nullptr;
    QAction *m_retry = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_pull = nullptr;
    QAction *m_push = nullptr;
    QAction *m_args = nullptr;
    QLineEdit *m_registry = nullptr;
    QSpinBox *m_jobs = nullptr;

protected:
    void showEvent(QShowEvent *event) override;
};

} // namespace ws
