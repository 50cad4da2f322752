#pragma once

#include "ImageNodeItem.h"
#include "graph/GraphLayout.h"
#include "workspace/Workspace.h"

#include <QWidget>

class QStandardItemModel;
class QTabWidget;
class QTextBrowser;
class QSplitter;

namespace ws {

class FilteredTreeView;
class ImageGraphView;

// The workspace explorer: the lists (images by folder, keys, unit files) on the left, the image
// graph in the middle, the details of the selection on the right. It is given a Workspace value
// (from WorkspaceLoader, or built by a test) and lays the graph out on a worker thread.
class WorkspaceExplorer : public QWidget
{
    Q_OBJECT

public:
    explicit WorkspaceExplorer(QWidget *parent = nullptr);
    ~WorkspaceExplorer() override;

    void setWorkspace(const Workspace &workspace);
    const Workspace &workspace() const { return m_workspace; }

    // The image selected in the graph and the Images list (they always agree); "" for none.
    QString selectedImage() const;
    void selectImage(const QString &name);
    bool isLayoutRunning() const { return m_layoutRunning; }

    ImageGraphView *graphView() const { return m_graph; }
    QTabWidget *listTabs() const { return m_tabs; }
    FilteredTreeView *imagesList() const { return m_images; }
    FilteredTreeView *keysList() const { return m_keys; }
    FilteredTreeView *unitsList() const { return m_units; }
    QTextBrowser *detailsBrowser() const { return m_details; }

    // The graph's nodes for `workspace`: its images, then the external bases they rest on.
    static QList<ImageNodeItem::Spec> graphNodes(const Workspace &workspace);
    // The layout of the graph for a viewport of that size: top to bottom unless left to right
    // is clearly more legible when fitted. Runs on a worker thread.
    static GraphLayout::Result layoutForViewport(const QList<GraphLayout::Node> &nodes,
                                                 const QList<GraphLayout::Edge> &edges,
                                                 const QSizeF &viewport);

signals:
    void layoutRunningChanged(bool running);
    void layoutFinished();
    void imageSelected(const QString &name);
    // The user asked to build `name` (from the graph's or the Images list's context menu),
    // with every image below it when `withDescendants`.
    void buildRequested(const QString &name, bool withDescendants);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void startLayout();
    void setLayoutRunning(bool running);
    void onGraphSelection(const QString &id);
    void onImagesListSelection(const QModelIndex &index);
    void onKeysListSelection(const QModelIndex &index);
    void onUnitsListSelection(const QModelIndex &index);
    void showImageDetails(const QString &name);
    void selectInImagesList(const QString &name);
    void showBuildMenu(const QString &name, const QPoint &globalPos);

    Workspace m_workspace;
    QList<ImageNodeItem::Spec> m_specs;
    quint64 m_generation = 0;
    bool m_layoutRunning = false;
    bool m_syncing = false;
    bool m_sized = false;
    QString m_selected;

    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    FilteredTreeView *m_images = nullptr;
    FilteredTreeView *m_keys = nullptr;
    FilteredTreeView *m_units = nullptr;
    ImageGraphView *m_graph = nullptr;
    QTextBrowser *m_details = nullptr;
    QStandardItemModel *m_imagesModel = nullptr;
    QStandardItemModel *m_keysModel = nullptr;
    QStandardItemModel *m_unitsModel = nullptr;
};

} // namespace ws
