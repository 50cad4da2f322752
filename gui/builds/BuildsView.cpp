#include "BuildsView.h"

#include "BuildArgsDialog.h"
#include "BuildLogPane.h"
#include "BuildNotifier.h"
#include "BuildQueueModel.h"
#include "BuildStatePalette.h"
#include "BuildSummaryPanel.h"
#include "build/BuildLog.h"
#include "common/AppIcons.h"
#include "docker/DockerClient.h"
#include "explorer/ImageGraphView.h"
#include "explorer/ImageNameParts.h"
#include "explorer/WorkspaceExplorer.h"
#include "graph/GraphLayout.h"
#include "workspace/CacheDefeatCheck.h"

#include <QFutureWatcher>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ws {

BuildsView::BuildsView(DockerClient *client, BuildHistory *history, QWidget *parent)
    : QWidget(parent), m_client(client), m_history(history), m_toolBar(new QToolBar(this)),
      m_status(new QLabel(this)), m_split(new QSplitter(Qt::Vertical, this)),
      m_model(new BuildQueueModel(this)), m_notifier(new BuildNotifier(this, this))
{
    setObjectName(QStringLiteral("buildsView"));
    m_toolBar->setObjectName(QStringLiteral("buildsToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(18, 18));
    m_status->setObjectName(QStringLiteral("buildsStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_status->setMargin(4);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_top = new QSplitter(Qt::Horizontal, m_split);
    QSplitter *top = m_top;
    top->setObjectName(QStringLiteral("buildsTopSplitter"));
    top->setChildrenCollapsible(false);
    m_graph = new ImageGraphView(top);
    m_graph->setObjectName(QStringLiteral("buildGraphView"));
    m_graph->setMinimumWidth(240);
    m_table = new QTableView(top);
    m_table->setObjectName(QStringLiteral("buildQueueTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(BuildQueueModel::ImageColumn, QHeaderView::Stretch);
    for (int column = BuildQueueModel::StateColumn; column < BuildQueueModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    // Wide enough for "up to date", "12:03 / ~14:00" and "123.4 MB" without eliding.
    const QFontMetrics metrics = fontMetrics();
    header->resizeSection(BuildQueueModel::StateColumn,
                          metrics.horizontalAdvance(tr("up to date")) + 48);
    header->resizeSection(BuildQueueModel::StepColumn,
                          metrics.horizontalAdvance(QStringLiteral("00/00")) + 24);
    header->resizeSection(BuildQueueModel::ElapsedColumn,
                          metrics.horizontalAdvance(QStringLiteral("00:00 / ~00:00")) + 20);
    header->resizeSection(BuildQueueModel::CacheHitsColumn,
                          metrics.horizontalAdvance(tr("Cache hits")) + 20);
    header->resizeSection(BuildQueueModel::SizeColumn,
                          metrics.horizontalAdvance(QStringLiteral("000.0 MB")) + 20);
    header->resizeSection(BuildQueueModel::PushColumn,
                          metrics.horizontalAdvance(tr("cancelled")) + 24);
    header->setMinimumSectionSize(40);
    top->addWidget(m_graph);
    top->addWidget(m_table);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);

    m_bottom = new QSplitter(Qt::Horizontal, m_split);
    m_bottom->setObjectName(QStringLiteral("buildsBottomSplitter"));
    m_bottom->setChildrenCollapsible(false);
    m_logPane = new BuildLogPane(m_bottom);
    m_summary = new BuildSummaryPanel(m_bottom);
    m_bottom->addWidget(m_logPane);
    m_bottom->addWidget(m_summary);
    m_bottom->setStretchFactor(0, 3);
    m_bottom->setStretchFactor(1, 2);

    m_split->setObjectName(QStringLiteral("buildsSplitter"));
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(top);
    m_split->addWidget(m_bottom);
    m_split->setStretchFactor(0, 3);
    m_split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addWidget(m_status);
    layout->addWidget(m_split, 1);

    createActions();

    connect(m_model, &BuildQueueModel::rowStatusChanged, this, &BuildsView::updateNode);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BuildsView::onTableSelection);
    connect(m_graph, &ImageGraphView::selectedNodesChanged, this, &BuildsView::onGraphSelection);
    connect(m_graph, &ImageGraphView::selectedNodeChanged, this, [this](const QString &id) {
        if (!m_syncing && !id.isEmpty())
            showLogFor(id);
    });
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &) {
        if (!isRunning())
            buildSelected();
    });

    m_graph->showMessage(tr("No workspace is open."));
    if (!m_client)
        setStatus(tr("No Docker engine can be used (check DOCKER_HOST): nothing can be built."));
    else
        setStatus(tr("Select images and choose Build, or build what is stale."));
    updateActions();
}

BuildsView::~BuildsView()
{
    // The sessions are children; they must not report to a half-destroyed view.
    for (const QPointer<BuildSession> &session : std::as_const(m_sessions))
        if (session)
            disconnect(session, nullptr, this, nullptr);
    if (m_logPane)
        m_logPane->clear();
}

void BuildsView::createActions()
{
    auto makeAction = [this](const QString &name, const QString &text, const QString &tip,
                             const QIcon &icon = {}) {
        auto *action = new QAction(icon, text, this);
        action->setObjectName(name);
        action->setToolTip(tip);
        action->setStatusTip(tip);
        addAction(action);
        return action;
    };
    const QIcon build = AppIcons::icon(QStringLiteral("build"), QStyle::SP_MediaPlay);
    m_buildSelected = makeAction(QStringLiteral("buildSelectedAction"), tr("&Build Selected"),
                                 tr("Build the selected images (parents first), even when they "
                                    "are up to date; the engine's cache is used"),
                                 build);
    m_buildSelected->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    m_buildSelected->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_buildBelow = makeAction(QStringLiteral("buildBelowAction"), tr("Build Selected and &Below"),
                              tr("Build the selected images and, where stale, every image that "
                                 "builds on them"));
    m_buildBelow->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B));
    m_buildBelow->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_buildStale = makeAction(QStringLiteral("buildStaleAction"), tr("Build &Stale"),
                              tr("Build every image whose context, Dockerfile, args or parent "
                                 "changed; up-to-date images are skipped"),
                              AppIcons::icon(QStringLiteral("refresh"), QStyle::SP_BrowserReload));
    m_buildStale->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
    m_buildStale->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_buildEverything = makeAction(QStringLiteral("buildEverythingAction"), tr("Build &Everything"),
                                   tr("Build every image of the workspace, even up-to-date ones"));
    m_rebuild
        = makeAction(QStringLiteral("rebuildNoCacheAction"), tr("&Rebuild Selected without Cache"),
                     tr("Rebuild the selected images from scratch, without the engine's "
                        "layer cache"));
    m_cancelSelected
        = makeAction(QStringLiteral("cancelSelectedAction"), tr("&Cancel Selected"),
                     tr("Cancel the selected images; the images below them are blocked"),
                     AppIcons::icon(QStringLiteral("cancel"), QStyle::SP_DialogCancelButton));
    m_cancelAll = makeAction(QStringLiteral("cancelAllAction"), tr("Cancel &All"),
                             tr("Cancel the whole queue"),
                             AppIcons::icon(QStringLiteral("cancel"), QStyle::SP_BrowserStop));
    m_retry = makeAction(QStringLiteral("retryFailedAction"), tr("Re&try Failed"),
                         tr("Put the failed and cancelled images (of the selection, or all of "
                            "them) back into the queue, with the images they blocked"),
                         AppIcons::icon(QStringLiteral("refresh"), QStyle::SP_BrowserReload));
    m_pause = makeAction(QStringLiteral("pauseAction"), tr("&Pause"),
                         tr("Start no new builds until resumed; running builds go on"),
                         AppIcons::icon(QStringLiteral("pause"), QStyle::SP_MediaPause));
    m_pause->setCheckable(true);
    m_pull = makeAction(QStringLiteral("pullBasesAction"), tr("Pull Bases"),
                        tr("Let the engine pull fresh external base images"));
    m_pull->setCheckable(true);
    m_push = makeAction(QStringLiteral("pushAction"), tr("Push to"),
                        tr("Push each image to the registry as soon as it is built"),
                        AppIcons::icon(QStringLiteral("push"), QStyle::SP_ArrowUp));
    m_push->setCheckable(true);
    m_args = makeAction(QStringLiteral("buildArgsAction"), tr("Build Args…"),
                        tr("Build args for the next queue, above the manifest's"));

    connect(m_buildSelected, &QAction::triggered, this, &BuildsView::buildSelected);
    connect(m_buildBelow, &QAction::triggered, this, &BuildsView::buildSelectedAndBelow);
    connect(m_buildStale, &QAction::triggered, this, &BuildsView::buildStale);
    connect(m_buildEverything, &QAction::triggered, this, &BuildsView::buildEverything);
    connect(m_rebuild, &QAction::triggered, this, &BuildsView::rebuildSelectedWithoutCache);
    connect(m_cancelSelected, &QAction::triggered, this, &BuildsView::cancelSelected);
    connect(m_cancelAll, &QAction::triggered, this, &BuildsView::cancelAll);
    connect(m_retry, &QAction::triggered, this, &BuildsView::retryFailed);
    connect(m_pause, &QAction::toggled, this, &BuildsView::setPaused);
    connect(m_args, &QAction::triggered, this, &BuildsView::editBuildArgs);

    // Build Selected with the other ways to build in its menu; the two most used stay visible.
    auto *buildMenu = new QMenu(this);
    buildMenu->addAction(m_buildSelected);
    buildMenu->addAction(m_buildBelow);
    buildMenu->addAction(m_buildStale);
    buildMenu->addAction(m_buildEverything);
    buildMenu->addSeparator();
    buildMenu->addAction(m_rebuild);
    auto *buildButton = new QToolButton(this);
    buildButton->setObjectName(QStringLiteral("buildButton"));
    buildButton->setDefaultAction(m_buildSelected);
    buildButton->setMenu(buildMenu);
    buildButton->setPopupMode(QToolButton::MenuButtonPopup);
    buildButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addWidget(buildButton);
    m_toolBar->addAction(m_buildBelow);
    m_toolBar->addAction(m_buildStale);
    m_toolBar->addSeparator();

    auto *cancelMenu = new QMenu(this);
    cancelMenu->addAction(m_cancelSelected);
    cancelMenu->addAction(m_cancelAll);
    auto *cancelButton = new QToolButton(this);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setDefaultAction(m_cancelAll);
    cancelButton->setMenu(cancelMenu);
    cancelButton->setPopupMode(QToolButton::MenuButtonPopup);
    cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addWidget(cancelButton);
    m_toolBar->addAction(m_retry);
    m_toolBar->addAction(m_pause);
    m_toolBar->addSeparator();
    m_toolBar->addAction(m_pull);
    m_toolBar->addAction(m_push);
    m_registry = new QLineEdit(this);
    m_registry->setObjectName(QStringLiteral("registryEdit"));
    m_registry->setToolTip(tr("The registry to push to (host[:port]); empty: the manifest's"));
    m_registry->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("registry.example"
                                                                               ".org:5000"))
                                + 16);
    m_registry->setEnabled(false);
    m_toolBar->addWidget(m_registry);
    connect(m_push, &QAction::toggled, m_registry, &QWidget::setEnabled);
    m_toolBar->addAction(m_args);
    m_toolBar->addSeparator();
    auto *jobsLabel = new QLabel(tr("Jobs:"), this);
    jobsLabel->setContentsMargins(4, 0, 4, 0);
    m_toolBar->addWidget(jobsLabel);
    m_jobs = new QSpinBox(this);
    m_jobs->setObjectName(QStringLiteral("jobsSpinBox"));
    m_jobs->setRange(0, 64);
    m_jobs->setSpecialValueText(tr("Auto"));
    m_jobs->setToolTip(tr("Builds at once; Auto: as many as the engine has CPUs (at least two)"));
    jobsLabel->setBuddy(m_jobs);
    m_toolBar->addWidget(m_jobs);
    connect(m_jobs, &QSpinBox::valueChanged, this, [this](int jobs) {
        if (isRunning() && jobs > 0)
            m_session->scheduler()->setSlotCount(jobs);
    });
}

void BuildsView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    m_sized = true;
    const int height = qMax(m_split->height(), 400);
    m_split->setSizes({height * 60 / 100, height * 40 / 100});
    const int width = qMax(m_bottom->width(), 600);
    m_bottom->setSizes({width * 60 / 100, width * 40 / 100});
    // The table needs room for its seven columns; the graph zooms to what it gets.
    const int topWidth = qMax(m_top->width(), 600);
    m_top->setSizes({topWidth / 2, topWidth / 2});
    if (!m_specs.isEmpty() && !m_layoutRunning)
        m_graph->showOverview();
}

void BuildsView::setWorkspace(const Workspace &workspace)
{
    const bool sameRoot = workspace.root == m_workspace.root;
    m_workspace = workspace;
    const QStringList previous = selectedImages();

    QStringList names;
    for (const ImageDefinition &image : std::as_const(m_workspace.images))
        if (image.buildable())
            names.append(image.name);
    {
        const QScopedValueRollback<bool> syncing(m_syncing, true);
        m_model->setImages(names, titles());
    }
    if (!sameRoot) {
        // Another workspace: the old queues' logs belong to it. A running queue goes on.
        m_logSession.clear();
        for (const QPointer<BuildSession> &session : std::as_const(m_sessions))
            if (session && session != m_session)
                session->deleteLater();
        m_sessions.clear();
        if (m_session)
            m_sessions.append(m_session);
        m_summary->clear();
        m_logPane->clear();
    }
    if (m_session && m_session->isStarted())
        m_model->attach(m_session->scheduler());

    m_warnings.clear();
    m_graph->clearStatuses();
    m_specs = WorkspaceExplorer::graphNodes(m_workspace);
    for (ImageNodeItem::Spec &spec : m_specs)
        spec.statusLine = !spec.external && spec.buildable;
    for (const QString &name : std::as_const(names))
        updateNode(name);
    startLayout();
    startWarningCheck();
    selectImages(previous);
    updateActions();
}

QHash<QString, QString> BuildsView::titles() const
{
    QHash<QString, QString> titles;
    for (const ImageDefinition &image : m_workspace.images) {
        const ImageNameParts parts = ImageNameParts::split(image.name);
        // The tag is on the graph and in the tooltip: the short name keeps the column narrow.
        titles.insert(image.name, parts.name);
    }
    return titles;
}

void BuildsView::startLayout()
{
    const quint64 generation = ++m_generation;
    if (m_specs.isEmpty()) {
        m_graph->showMessage(m_workspace.root.isEmpty() ? tr("No workspace is open.")
                                                        : tr("This workspace has no images."));
        m_layoutRunning = false;
        emit layoutFinished();
        return;
    }
    QList<GraphLayout::Edge> edges;
    for (const ImageDefinition &image : std::as_const(m_workspace.images))
        if (!image.parent.isEmpty())
            edges.append({image.parent, image.name});
    const QList<GraphLayout::Node> nodes = m_graph->layoutNodes(m_specs);
    m_layoutRunning = true;
    auto *watcher = new QFutureWatcher<GraphLayout::Result>(this);
    connect(watcher, &QFutureWatcher<GraphLayout::Result>::finished, this,
            [this, watcher, generation]() {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // a newer workspace replaced this one
                const QStringList selected = selectedImages();
                {
                    const QScopedValueRollback<bool> syncing(m_syncing, true);
                    m_graph->showGraph(m_specs, watcher->result());
                    m_graph->selectNodes(selected);
                }
                m_graph->showOverview();
                m_layoutRunning = false;
                emit layoutFinished();
            });
    QSizeF viewport = m_graph->viewport()->size();
    if (viewport.width() < 100 || viewport.height() < 100)
        viewport = QSizeF(600, 450); // not shown yet
    watcher->setFuture(QtConcurrent::run([nodes, edges, viewport]() {
        return WorkspaceExplorer::layoutForViewport(nodes, edges, viewport);
    }));
}

void BuildsView::startWarningCheck()
{
    // It reads every Dockerfile: a worker thread's job.
    const quint64 generation = m_generation;
    const Workspace workspace = m_workspace;
    auto *watcher = new QFutureWatcher<QHash<QString, Problems>>(this);
    connect(watcher, &QFutureWatcher<QHash<QString, Problems>>::finished, this,
            [this, watcher, generation]() {
                watcher->deleteLater();
                if (generation != m_generation)
                    return;
                m_warnings = watcher->result();
                for (auto it = m_warnings.cbegin(); it != m_warnings.cend(); ++it)
                    updateNode(it.key());
            });
    watcher->setFuture(
        QtConcurrent::run([workspace]() { return CacheDefeatCheck::check(workspace); }));
}

QString BuildsView::warningText(const QString &image) const
{
    const Problems problems = m_warnings.value(image);
    QStringList lines;
    for (const Problem &problem : problems)
        lines.append(problem.toString());
    return lines.join(QLatin1Char('\n'));
}

void BuildsView::updateLogEmptyText(const QString &image)
{
    // An image that never reached the engine has no output: the pane says why instead.
    const QString detail = m_model->detail(image);
    if (!m_model->isInQueue(image))
        m_logPane->setEmptyText(tr("%1 has not been built in this session.").arg(image));
    else if (!detail.isEmpty())
        m_logPane->setEmptyText(tr("No output: %1").arg(detail));
    else
        m_logPane->setEmptyText(tr("No output yet."));
}

void BuildsView::updateNode(const QString &image)
{
    if (image == m_logPane->image())
        updateLogEmptyText(image);
    if (!m_model->isInQueue(image)) {
        m_graph->setNodeStatus(image, BuildStatePalette::idleStatus(warningText(image)));
        return;
    }
    m_graph->setNodeStatus(
        image,
        BuildStatePalette::nodeStatus(m_model->state(image), m_model->step(image),
                                      m_model->stepCount(image), m_model->pushState(image),
                                      warningText(image)));
}

BuildSession::Options BuildsView::queueOptions(bool noCache) const
{
    BuildSession::Options options = m_baseOptions;
    options.build.pull = m_pull->isChecked();
    options.build.noCache = noCache;
    for (auto it = m_buildArgs.cbegin(); it != m_buildArgs.cend(); ++it)
        options.build.buildArgs.insert(it.key(), it.value());
    options.push = m_push->isChecked();
    const QString registry = m_registry->text().trimmed();
    if (!registry.isEmpty())
        options.registry = registry;
    if (m_jobs->value() > 0)
        options.jobs = m_jobs->value();
    return options;
}

QStringList BuildsView::selectedImages() const
{
    QStringList names;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    QList<int> sorted;
    for (const QModelIndex &index : rows)
        sorted.append(index.row());
    std::sort(sorted.begin(), sorted.end());
    for (int row : std::as_const(sorted))
        names.append(m_model->images().value(row));
    return names;
}

void BuildsView::selectImages(const QStringList &names)
{
    {
        const QScopedValueRollback<bool> syncing(m_syncing, true);
        QItemSelection selection;
        for (const QString &name : names) {
            const int row = m_model->rowOf(name);
            if (row >= 0)
                selection.select(m_model->index(row, 0),
                                 m_model->index(row, BuildQueueModel::ColumnCount - 1));
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        if (!names.isEmpty() && m_model->rowOf(names.first()) >= 0) {
            const QModelIndex current = m_model->index(m_model->rowOf(names.first()), 0);
            m_table->selectionModel()->setCurrentIndex(current, QItemSelectionModel::NoUpdate);
            m_table->scrollTo(current);
        }
        m_graph->selectNodes(names);
    }
    showLogFor(names.value(0));
    updateActions();
}

void BuildsView::onTableSelection()
{
    if (m_syncing)
        return;
    const QStringList names = selectedImages();
    {
        const QScopedValueRollback<bool> syncing(m_syncing, true);
        m_graph->selectNodes(names);
    }
    const QModelIndex current = m_table->currentIndex();
    const QString currentName
        = current.isValid() ? m_model->images().value(current.row()) : QString();
    showLogFor(names.contains(currentName) ? currentName : names.value(0));
    updateActions();
}

void BuildsView::onGraphSelection(const QStringList &ids)
{
    if (m_syncing)
        return;
    {
        const QScopedValueRollback<bool> syncing(m_syncing, true);
        QItemSelection selection;
        for (const QString &name : ids) {
            const int row = m_model->rowOf(name);
            if (row >= 0)
                selection.select(m_model->index(row, 0),
                                 m_model->index(row, BuildQueueModel::ColumnCount - 1));
        }
        m_table->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
        const int row = m_model->rowOf(m_graph->selectedNode());
        if (row >= 0) {
            m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                       QItemSelectionModel::NoUpdate);
            m_table->scrollTo(m_model->index(row, 0));
        }
    }
    showLogFor(m_graph->selectedNode());
    updateActions();
}

void BuildsView::showLogFor(const QString &image)
{
    if (image.isEmpty())
        return; // keep the last log in view rather than a blank pane
    BuildSession *session = m_logSession.value(image);
    m_logPane->showImage(image, session ? session->log() : nullptr);
    updateLogEmptyText(image);
}

bool BuildsView::buildSelected()
{
    return startQueue(Mode::Selected);
}

bool BuildsView::buildSelectedAndBelow()
{
    return startQueue(Mode::SelectedAndBelow);
}

bool BuildsView::buildStale()
{
    return startQueue(Mode::Stale);
}

bool BuildsView::buildEverything()
{
    return startQueue(Mode::Everything);
}

bool BuildsView::rebuildSelectedWithoutCache()
{
    return startQueue(Mode::RebuildNoCache);
}

bool BuildsView::isRunning() const
{
    return m_session && m_session->isStarted() && !m_session->isFinished() && m_wasRunning;
}

bool BuildsView::startQueue(Mode mode)
{
    if (isRunning()) {
        setStatus(tr("A build queue is running: cancel it or wait until it ends."));
        return false;
    }
    if (!m_client) {
        setStatus(tr("No Docker engine can be used (check DOCKER_HOST): nothing can be built."));
        return false;
    }
    const QStringList selected = selectedImages();
    const bool needsSelection
        = mode == Mode::Selected || mode == Mode::SelectedAndBelow || mode == Mode::RebuildNoCache;
    if (needsSelection && selected.isEmpty()) {
        setStatus(tr("Select the images to build in the graph or the table first."));
        return false;
    }

    BuildPlan plan;
    switch (mode) {
    case Mode::Selected:
    case Mode::RebuildNoCache:
        plan = BuildPlan::fromWorkspace(m_workspace, BuildPlan::Scope::Images, selected);
        // Asked for by name: built even when up to date (with the engine's cache).
        plan.setAllOnlyIfStale(false);
        break;
    case Mode::SelectedAndBelow:
        plan = BuildPlan::fromWorkspace(m_workspace, BuildPlan::Scope::ImagesAndDescendants,
                                        selected);
        // The named images are built; those below only when the new parent makes them stale.
        for (const QString &name : selected)
            plan.setOnlyIfStale(name, false);
        break;
    case Mode::Stale:
        plan = BuildPlan::fromWorkspace(m_workspace, BuildPlan::Scope::Everything);
        plan.setAllOnlyIfStale(true);
        break;
    case Mode::Everything:
        plan = BuildPlan::fromWorkspace(m_workspace, BuildPlan::Scope::Everything);
        plan.setAllOnlyIfStale(false);
        break;
    }
    if (!plan.isValid()) {
        QStringList lines;
        for (const Problem &problem : plan.problems())
            if (problem.severity == Problem::Severity::Error)
                lines.append(problem.toString());
        setStatus(tr("Nothing was built: %1").arg(lines.join(QStringLiteral("; "))));
        return false;
    }
    if (plan.isEmpty()) {
        setStatus(tr("There is nothing to build."));
        return false;
    }

    const BuildSession::Options options = queueOptions(mode == Mode::RebuildNoCache);
    auto *session = new BuildSession(m_client, m_workspace, options, m_history, this);
    m_session = session;
    m_sessions.append(session);
    m_wasRunning = true;
    for (const QString &name : plan.order())
        m_logSession.insert(name, session);
    const QStringList order = plan.order();

    connect(session, &BuildSession::started, this,
            [this, session](int) { onSessionStarted(session); });
    connect(session, &BuildSession::startFailed, this,
            [this, session](const QString &message) { onSessionFailed(session, message); });
    connect(session, &BuildSession::stateChanged, this,
            [this, session](const QString &image, BuildState state, const QString &) {
                onStateChanged(session, image, state);
            });
    connect(session, &BuildSession::stepStarted, this,
            [this, session](const QString &image, int step, int total, const QString &) {
                if (session == m_session)
                    m_model->setStep(image, step, total);
            });
    connect(session, &BuildSession::pushStateChanged, this,
            [this, session](const QString &image, PushState state, const QString &detail) {
                if (session == m_session)
                    m_model->setPushState(image, state, detail);
            });
    connect(session, &BuildSession::finished, this,
            [this, session](const BuildSummary &summary) { onFinished(session, summary); });

    m_pause->setChecked(false);
    setStatus(
        tr("Asking the Docker engine at %1…").arg(m_client->endpoint().endpoint.toDisplayString()));
    session->start(plan);
    // The log of the selected image now comes from the new queue.
    const QString shown = m_logPane->image();
    if (order.contains(shown))
        m_logPane->showImage(shown, session->log());
    updateActions();
    emit runningChanged(true);
    return true;
}

void BuildsView::onSessionStarted(BuildSession *session)
{
    if (session != m_session)
        return;
    m_model->attach(session->scheduler());
    for (const QString &name : session->scheduler()->plan().order())
        m_model->setEstimateMs(name, session->estimateMs(name));
    m_summary->clear();
    setStatus(tr("Building %n image(s)", "", session->scheduler()->plan().size())
              + QStringLiteral(" — ") + tr("%n at once", "", session->scheduler()->slotCount()));
    updateActions();
    emit queueStarted();
}

void BuildsView::onSessionFailed(BuildSession *session, const QString &message)
{
    if (session != m_session)
        return;
    m_wasRunning = false;
    setStatus(message);
    updateActions();
    emit runningChanged(false);
}

void BuildsView::onStateChanged(BuildSession *session, const QString &image, BuildState state)
{
    if (session != m_session)
        return;
    if (state == BuildState::Running && !m_wasRunning) {
        // A retry restarted a finished queue.
        m_wasRunning = true;
        emit runningChanged(true);
        updateActions();
    }
    if (!isSuccessState(state))
        return;
    if (DockerBuildRunner *runner = session->runner())
        m_model->setCacheHits(image, runner->cacheHits(image));
    if (!m_client)
        return;
    DockerImageJob *job = m_client->inspectImage(image);
    const QPointer<BuildSession> guard(session);
    connect(job, &ApiJob::finished, this, [this, job, image, guard]() {
        job->deleteLater();
        if (guard == m_session && !job->hasError())
            m_model->setSizeBytes(image, job->result().size);
    });
}

void BuildsView::onFinished(BuildSession *session, const BuildSummary &summary)
{
    if (session != m_session)
        return;
    m_wasRunning = false;
    QHash<QString, int> hits;
    for (const BuildSession::ImageReport &report : session->reports())
        if (isSuccessState(report.state)) // an image that never built has no hits to show
            hits.insert(report.name, report.cacheHits);
    const int pushed = session->pushedCount();
    m_summary->setSummary(summary, hits, pushed, titles());
    setStatus(summary.succeeded()
                  ? tr("The build queue finished: every image is built.")
                  : tr("The build queue finished with problems: %1").arg(m_summary->countsText()));
    updateActions();
    m_notifier->notify(summary.succeeded() ? tr("Build finished")
                                           : tr("Build finished with "
                                                "problems"),
                       m_summary->countsText());
    emit runningChanged(false);
    emit queueFinished(summary);
}

void BuildsView::cancelSelected()
{
    if (!m_session)
        return;
    for (const QString &name : selectedImages())
        m_session->cancel(name);
}

void BuildsView::cancelAll()
{
    if (m_session && isRunning())
        m_session->cancelAll();
}

int BuildsView::retryFailed()
{
    if (!m_session || !m_session->isStarted())
        return 0;
    const auto retryable = [this](const QString &name) {
        const BuildState state = m_model->state(name);
        return m_model->isInQueue(name)
            && (state == BuildState::Failed || state == BuildState::Cancelled);
    };
    QStringList chosen;
    for (const QString &name : selectedImages())
        if (retryable(name))
            chosen.append(name);
    const BuildPlan &plan = m_session->scheduler()->plan();
    if (chosen.isEmpty()) {
        for (const QString &name : plan.order())
            if (retryable(name))
                chosen.append(name);
    }
    // A chosen image whose parent failed or was cancelled would wait for that parent for ever:
    // the parents go back into the queue with it.
    QSet<QString> wanted;
    QStringList pending = chosen;
    while (!pending.isEmpty()) {
        const QString name = pending.takeLast();
        if (wanted.contains(name))
            continue;
        wanted.insert(name);
        if (const BuildPlan::Image *image = plan.image(name))
            for (const QString &parent : image->parents)
                if (retryable(parent))
                    pending.append(parent);
    }
    QStringList targets;
    for (const QString &name : plan.order()) // parents first
        if (wanted.contains(name))
            targets.append(name);
    int count = 0;
    for (const QString &name : std::as_const(targets))
        if (m_session->retry(name))
            ++count;
    if (count > 0) {
        m_summary->clear();
        setStatus(tr("Retrying %n image(s)", "", count));
    }
    updateActions();
    return count;
}

void BuildsView::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        m_pause->setChecked(paused); // comes back here through toggled()
        return;
    }
    m_pause->setText(paused ? tr("&Resume") : tr("&Pause"));
    // Also a finished queue: a retry must not come back paused when the button says otherwise.
    if (!m_session || !m_session->isStarted())
        return;
    if (paused) {
        m_session->pause();
        setStatus(tr("Paused: running builds go on, no new one starts."));
    } else {
        m_session->resume();
        setStatus(tr("Resumed."));
    }
}

void BuildsView::editBuildArgs()
{
    BuildArgsDialog dialog(m_workspace, m_buildArgs, this);
    if (dialog.exec() == QDialog::Accepted)
        m_buildArgs = dialog.overrides();
}

QString BuildsView::statusText() const
{
    return m_status->text();
}

void BuildsView::setStatus(const QString &text)
{
    m_status->setText(text);
}

void BuildsView::updateActions()
{
    const bool running = isRunning();
    const bool canStart = !running && m_client && !m_model->images().isEmpty();
    const bool selection = !selectedImages().isEmpty();
    m_buildSelected->setEnabled(canStart && selection);
    m_buildBelow->setEnabled(canStart && selection);
    m_rebuild->setEnabled(canStart && selection);
    m_buildStale->setEnabled(canStart);
    m_buildEverything->setEnabled(canStart);
    m_cancelSelected->setEnabled(running && selection);
    m_cancelAll->setEnabled(running);
    m_pause->setEnabled(running || m_pause->isChecked());
    bool retryable = false;
    if (m_session && m_session->isStarted())
        for (const QString &name : m_session->scheduler()->plan().order()) {
            const BuildState state = m_model->state(name);
            retryable = retryable || state == BuildState::Failed || state == BuildState::Cancelled;
        }
    m_retry->setEnabled(retryable);
    if (m_registry->placeholderText() != m_workspace.manifest.registry)
        m_registry->setPlaceholderText(m_workspace.manifest.registry.isEmpty()
                                           ? tr("registry host:port")
                                           : m_workspace.manifest.registry);
}

} // namespace ws
