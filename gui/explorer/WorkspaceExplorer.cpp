#include "WorkspaceExplorer.h"

#include "CatalogueModels.h"
#include "DetailsHtml.h"
#include "ImageGraphView.h"
#include "ImageNameParts.h"
#include "common/AppIcons.h"
#include "common/FilteredTreeView.h"
#include "graph/GraphLayout.h"

#include <QFutureWatcher>
#include <QGraphicsItem>
#include <QHBoxLayout>
#include <QMenu>
#include <QSet>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QtConcurrent>

namespace ws {

WorkspaceExplorer::WorkspaceExplorer(QWidget *parent)
    : QWidget(parent), m_splitter(new QSplitter(Qt::Horizontal, this)),
      m_tabs(new QTabWidget(m_splitter)),
      m_images(new FilteredTreeView(tr("Filter images"), m_tabs)),
      m_keys(new FilteredTreeView(tr("Filter keys"), m_tabs)),
      m_units(new FilteredTreeView(tr("Filter unit files"), m_tabs)),
      m_graph(new ImageGraphView(m_splitter)), m_details(new QTextBrowser(m_splitter))
{
    setObjectName(QStringLiteral("workspaceExplorer"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_splitter->setObjectName(QStringLiteral("explorerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_tabs->setObjectName(QStringLiteral("listTabs"));
    m_images->setObjectName(QStringLiteral("imagesList"));
    m_keys->setObjectName(QStringLiteral("keysList"));
    m_units->setObjectName(QStringLiteral("unitsList"));
    m_details->setObjectName(QStringLiteral("detailsBrowser"));
    m_details->setOpenLinks(false);
    m_tabs->addTab(m_images, AppIcons::icon(QStringLiteral("image"), QStyle::SP_FileIcon),
                   tr("Images"));
    m_tabs->addTab(m_keys, AppIcons::icon(QStringLiteral("key"), QStyle::SP_FileDialogDetailedView),
                   tr("Keys"));
    m_tabs->addTab(m_units, AppIcons::icon(QStringLiteral("unit"), QStyle::SP_FileDialogListView),
                   tr("Units"));
    // Wide enough for every tab's title: a scrolled tab bar hides the Units tab.
    m_tabs->setMinimumWidth(m_tabs->tabBar()->sizeHint().width() + 4);
    m_graph->setMinimumWidth(200);
    m_details->setMinimumWidth(180);

    m_splitter->addWidget(m_tabs);
    m_splitter->addWidget(m_graph);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);

    m_imagesModel = CatalogueModels::images(m_workspace, this);
    m_keysModel = CatalogueModels::keys(m_workspace, this);
    m_unitsModel = CatalogueModels::units(m_workspace, this);
    m_images->setSourceModel(m_imagesModel);
    m_keys->setSourceModel(m_keysModel);
    m_units->setSourceModel(m_unitsModel);

    connect(m_graph, &ImageGraphView::selectedNodeChanged, this,
            &WorkspaceExplorer::onGraphSelection);
    connect(m_images, &FilteredTreeView::currentSourceIndexChanged, this,
            &WorkspaceExplorer::onImagesListSelection);
    connect(m_keys, &FilteredTreeView::currentSourceIndexChanged, this,
            &WorkspaceExplorer::onKeysListSelection);
    connect(m_units, &FilteredTreeView::currentSourceIndexChanged, this,
            &WorkspaceExplorer::onUnitsListSelection);

    m_graph->showMessage(tr("No workspace is open."));

    // Build from here: the context menus of the graph and the Images list.
    m_graph->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_graph, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QGraphicsItem *item = m_graph->itemAt(pos);
        while (item && item->type() != ImageNodeItem::Type)
            item = item->parentItem();
        if (!item)
            return;
        const QString name = static_cast<ImageNodeItem *>(item)->id();
        selectImage(name);
        showBuildMenu(name, m_graph->viewport()->mapToGlobal(pos));
    });
    m_images->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_images, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        if (!m_selected.isEmpty())
            showBuildMenu(m_selected, m_images->mapToGlobal(pos));
    });
}

void WorkspaceExplorer::showBuildMenu(const QString &name, const QPoint &globalPos)
{
    const ImageDefinition *image = m_workspace.image(name);
    if (!image || !image->buildable())
        return;
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("explorerBuildMenu"));
    menu.addAction(tr("&Build"), this, [this, name]() { emit buildRequested(name, false); });
    menu.addAction(tr("Build with Everything &Below"), this,
                   [this, name]() { emit buildRequested(name, true); });
    menu.exec(globalPos);
}

WorkspaceExplorer::~WorkspaceExplorer() = default;

void WorkspaceExplorer::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_sized)
        return;
    // Split once the real width is known: the graph gets half, the lists and the details share
    // the rest. Later the user's splitter positions stay as they are.
    m_sized = true;
    const int width = qMax(m_splitter->width(), 600);
    m_splitter->setSizes({width * 24 / 100, width * 50 / 100, width * 26 / 100});
}

QList<ImageNodeItem::Spec> WorkspaceExplorer::graphNodes(const Workspace &workspace)
{
    QList<ImageNodeItem::Spec> specs;
    QSet<QString> known;
    for (const ImageDefinition &image : workspace.images) {
        if (known.contains(image.name))
            continue;
        known.insert(image.name);
        const ImageNameParts parts = ImageNameParts::split(image.name);
        specs.append({image.name, parts.name,
                      image.buildable() ? parts.tag : tr("%1, not built here").arg(parts.tag),
                      false, image.buildable()});
    }
    // Every parent that is not an image of the workspace is a node of its own, whatever the
    // loader called it, so that no edge loses its tail.
    QStringList external = workspace.externalBases();
    for (const ImageDefinition &image : workspace.images) {
        if (!image.parent.isEmpty() && !known.contains(image.parent)
            && !external.contains(image.parent))
            external.append(image.parent);
    }
    for (const QString &name : std::as_const(external)) {
        if (known.contains(name))
            continue;
        known.insert(name);
        const ImageNameParts parts = ImageNameParts::split(name);
        const QString title = parts.repository.isEmpty()
            ? parts.name
            : parts.repository + QLatin1Char('/') + parts.name;
        specs.append(
            {name, title, parts.tag.isEmpty() ? QStringLiteral("latest") : parts.tag, true, false});
    }
    return specs;
}

void WorkspaceExplorer::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    const QString previous = m_selected;
    m_selected.clear();

    // New models first, then the old ones go: the views never point at a deleted model.
    QStandardItemModel *oldImages = m_imagesModel;
    QStandardItemModel *oldKeys = m_keysModel;
    QStandardItemModel *oldUnits = m_unitsModel;
    {
        const QScopedValueRollback<bool> syncing(m_syncing, true);
        m_imagesModel = CatalogueModels::images(m_workspace, this);
        m_keysModel = CatalogueModels::keys(m_workspace, this);
        m_unitsModel = CatalogueModels::units(m_workspace, this);
        m_images->setSourceModel(m_imagesModel);
        m_keys->setSourceModel(m_keysModel);
        m_units->setSourceModel(m_unitsModel);
    }
    delete oldImages;
    delete oldKeys;
    delete oldUnits;

    m_details->setHtml(DetailsHtml::workspaceSummary(m_workspace));
    m_graph->setHighlighted({});
    m_specs = graphNodes(m_workspace);
    startLayout();
    if (!previous.isEmpty() && m_workspace.image(previous))
        selectImage(previous);
}

void WorkspaceExplorer::startLayout()
{
    const quint64 generation = ++m_generation;
    if (m_specs.isEmpty()) {
        m_graph->showMessage(m_workspace.root.isEmpty() ? tr("No workspace is open.")
                                                        : tr("This workspace has no images."));
        setLayoutRunning(false);
        emit layoutFinished();
        return;
    }

    QList<GraphLayout::Edge> edges;
    for (const ImageDefinition &image : std::as_const(m_workspace.images)) {
        if (!image.parent.isEmpty())
            edges.append({image.parent, image.name});
    }
    const QList<GraphLayout::Node> nodes = m_graph->layoutNodes(m_specs);

    setLayoutRunning(true);
    auto *watcher = new QFutureWatcher<GraphLayout::Result>(this);
    connect(watcher, &QFutureWatcher<GraphLayout::Result>::finished, this,
            [this, watcher, generation]() {
                watcher->deleteLater();
                // A newer workspace arrived while this one was laid out: its result is stale.
                if (generation != m_generation)
                    return;
                m_graph->showGraph(m_specs, watcher->result());
                m_graph->showOverview();
                if (!m_selected.isEmpty())
                    m_graph->selectNode(m_selected);
                setLayoutRunning(false);
                emit layoutFinished();
            });
    QSizeF viewport = m_graph->viewport()->size();
    if (viewport.width() < 100 || viewport.height() < 100)
        viewport = QSizeF(800, 600); // not shown yet: assume a landscape window
    watcher->setFuture(QtConcurrent::run(
        [nodes, edges, viewport]() { return layoutForViewport(nodes, edges, viewport); }));
}

GraphLayout::Result WorkspaceExplorer::layoutForViewport(const QList<GraphLayout::Node> &nodes,
                                                         const QList<GraphLayout::Edge> &edges,
                                                         const QSizeF &viewport)
{
    // Parents above children reads best, but a wide, shallow tree (one base, twenty services on
    // it) becomes a thin line when fitted; then left to right is far more legible. Scales are
    // capped at 1: beyond that both are readable and top to bottom wins.
    auto legibility = [&](const GraphLayout::Result &result) {
        const QRectF box = result.boundingBox;
        if (box.width() <= 0 || box.height() <= 0)
            return 1.0;
        return qMin(1.0, qMin(viewport.width() / box.width(), viewport.height() / box.height()));
    };
    GraphLayout::Options options;
    options.direction = GraphLayout::Direction::TopToBottom;
    GraphLayout::Result topDown = GraphLayout::compute(nodes, edges, options);
    if (legibility(topDown) >= 0.75)
        return topDown;
    options.direction = GraphLayout::Direction::LeftToRight;
    GraphLayout::Result leftRight = GraphLayout::compute(nodes, edges, options);
    return legibility(leftRight) > legibility(topDown) * 1.2 ? leftRight : topDown;
}

void WorkspaceExplorer::setLayoutRunning(bool running)
{
    if (m_layoutRunning == running)
        return;
    m_layoutRunning = running;
    emit layoutRunningChanged(running);
}

QString WorkspaceExplorer::selectedImage() const
{
    return m_selected;
}

void WorkspaceExplorer::selectImage(const QString &name)
{
    if (name == m_selected)
        return;
    m_selected = name;
    m_graph->setHighlighted({});
    {
        const QScopedValueRollback<bool> syncing(m_syncing, true);
        m_graph->selectNode(name);
        selectInImagesList(name);
    }
    showImageDetails(name);
    emit imageSelected(name);
}

void WorkspaceExplorer::onGraphSelection(const QString &id)
{
    if (m_syncing)
        return;
    selectImage(id);
}

void WorkspaceExplorer::onImagesListSelection(const QModelIndex &index)
{
    if (m_syncing || !index.isValid())
        return;
    const auto kind = CatalogueModels::Kind(index.data(CatalogueModels::ItemKindRole).toInt());
    if (kind == CatalogueModels::Kind::Image)
        selectImage(index.data(CatalogueModels::ItemIdRole).toString());
}

void WorkspaceExplorer::onKeysListSelection(const QModelIndex &index)
{
    if (m_syncing || !index.isValid())
        return;
    const QString key = index.data(CatalogueModels::ItemIdRole).toString();
    for (const KeyUse &use : std::as_const(m_workspace.keyCatalogue)) {
        if (use.key == key) {
            m_details->setHtml(DetailsHtml::key(m_workspace, use));
            // The graph shows who reads the key.
            m_graph->setHighlighted(use.images);
            return;
        }
    }
}

void WorkspaceExplorer::onUnitsListSelection(const QModelIndex &index)
{
    if (m_syncing || !index.isValid())
        return;
    const QString path = index.data(CatalogueModels::ItemIdRole).toString();
    for (const UnitFile &unit : std::as_const(m_workspace.units)) {
        if (unit.path == path) {
            m_details->setHtml(DetailsHtml::unit(m_workspace, unit));
            return;
        }
    }
}

void WorkspaceExplorer::showImageDetails(const QString &name)
{
    if (name.isEmpty())
        m_details->setHtml(DetailsHtml::workspaceSummary(m_workspace));
    else if (const ImageDefinition *image = m_workspace.image(name))
        m_details->setHtml(DetailsHtml::image(m_workspace, *image));
    else
        m_details->setHtml(DetailsHtml::externalImage(m_workspace, name));
}

void WorkspaceExplorer::selectInImagesList(const QString &name)
{
    if (name.isEmpty()) {
        m_images->selectSourceIndex({});
        return;
    }
    const QModelIndexList found
        = m_imagesModel->match(m_imagesModel->index(0, 0), CatalogueModels::ItemIdRole, name, 1,
                               Qt::MatchExactly | Qt::MatchRecursive);
    if (found.isEmpty()) {
        m_images->selectSourceIndex({});
        return;
    }
    m_tabs->setCurrentWidget(m_images);
    m_images->selectSourceIndex(found.first());
}

} // namespace ws
