#include "../TestWorkspaces.h"

#include "common/FilteredTreeView.h"
#include "explorer/CatalogueModels.h"
#include "explorer/DependencyEdgeItem.h"
#include "explorer/ImageGraphView.h"
#include "explorer/ImageNameParts.h"
#include "explorer/WorkspaceExplorer.h"
#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceLoader.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QtTest>

#include <memory>

using ws::WorkspaceExplorer;

class WorkspaceExplorerTest : public QObject
{
    Q_OBJECT

private:
    // An explorer on screen with `workspace` laid out.
    std::unique_ptr<WorkspaceExplorer> shown(const ws::Workspace &workspace)
    {
        auto explorer = std::make_unique<WorkspaceExplorer>();
        explorer->resize(1200, 700);
        explorer->show();
        if (!QTest::qWaitForWindowExposed(explorer.get()))
            return nullptr;
        QSignalSpy finished(explorer.get(), &WorkspaceExplorer::layoutFinished);
        explorer->setWorkspace(workspace);
        if (finished.isEmpty() && !finished.wait(10000))
            return nullptr;
        return explorer;
    }

    static QModelIndex findRow(const QAbstractItemModel *model, const QString &id)
    {
        const auto found = model->match(model->index(0, 0), ws::CatalogueModels::ItemIdRole, id, 1,
                                        Qt::MatchExactly | Qt::MatchRecursive);
        return found.isEmpty() ? QModelIndex() : found.first();
    }

    static int countRows(const QAbstractItemModel *model, const QModelIndex &parent = {})
    {
        int rows = 0;
        for (int r = 0; r < model->rowCount(parent); ++r)
            rows += 1 + countRows(model, model->index(r, 0, parent));
        return rows;
    }

private slots:
    void imageNameParts_data();
    void imageNameParts();
    void graphHasOneNodePerImageAndExternalBase();
    void clickingANodeSelectsItAndShowsDetails();
    void clickingTheBackgroundClearsTheSelection();
    void selectingInTheImagesListSelectsTheNode();
    void imagesAreGroupedByFolder();
    void filterBoxFilters_data();
    void filterBoxFilters();
    void keySelectionShowsWhoReadsIt();
    void unitSelectionShowsSectionsAndOptions();
    void zoomAndFitChangeTheTransform();
    void wheelZoomsAroundTheCursor();
    void emptyWorkspaceSaysSo();
    void aNewerWorkspaceWinsOverAStaleLayout();
    void cycleDoesNotCrash();
    void loadsTheTestWorkspaceFromDisk();
    void showsTheBundledDemo();
};

void WorkspaceExplorerTest::imageNameParts_data()
{
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("repository");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("tag");
    QTest::newRow("plain") << "debian"
                           << ""
                           << "debian"
                           << "";
    QTest::newRow("tag") << "debian:12-slim"
                         << ""
                         << "debian"
                         << "12-slim";
    QTest::newRow("prefix") << "whalestack/demo-web:1.0"
                            << "whalestack"
                            << "demo-web"
                            << "1.0";
    QTest::newRow("registry port") << "reg:5000/os/ubuntu-nova:kilo"
                                   << "reg:5000/os"
                                   << "ubuntu-nova"
                                   << "kilo";
    QTest::newRow("registry port, no tag") << "reg:5000/base"
                                           << "reg:5000"
                                           << "base"
                                           << "";
    QTest::newRow("digest") << "alpine@sha256:abc"
                            << ""
                            << "alpine"
                            << "sha256:abc";
    QTest::newRow("empty") << ""
                           << ""
                           << ""
                           << "";
}

void WorkspaceExplorerTest::imageNameParts()
{
    QFETCH(QString, reference);
    const auto parts = ws::ImageNameParts::split(reference);
    QTEST(parts.repository, "repository");
    QTEST(parts.name, "name");
    QTEST(parts.tag, "tag");
}

void WorkspaceExplorerTest::graphHasOneNodePerImageAndExternalBase()
{
    const ws::Workspace workspace = TestWorkspaces::demo();
    auto explorer = shown(workspace);
    QVERIFY(explorer);
    const auto *graph = explorer->graphView();
    // Five images and the one external base they rest on.
    QCOMPARE(graph->nodes().size(), 6);
    for (const auto &image : workspace.images) {
        QVERIFY2(graph->node(image.name), qPrintable(image.name));
        QVERIFY(!graph->node(image.name)->isExternal());
    }
    QVERIFY(graph->node(TestWorkspaces::external));
    QVERIFY(graph->node(TestWorkspaces::external)->isExternal());
    // base → web, base → api, debian → tool.
    QCOMPARE(graph->edgeCount(), 3);
    QCOMPARE(graph->node(TestWorkspaces::web)->spec().title, QStringLiteral("demo-web"));
    QCOMPARE(graph->node(TestWorkspaces::web)->spec().subtitle, QStringLiteral("1.0"));
    QVERIFY(!graph->node(TestWorkspaces::registrator)->spec().buildable);
    // Parents sit above their children.
    QVERIFY(graph->node(TestWorkspaces::base)->y() < graph->node(TestWorkspaces::web)->y());
    QVERIFY(graph->node(TestWorkspaces::external)->y() < graph->node(TestWorkspaces::tool)->y());
    // No two nodes overlap.
    const auto nodes = graph->nodes();
    for (int i = 0; i < nodes.size(); ++i)
        for (int j = i + 1; j < nodes.size(); ++j)
            QVERIFY(!nodes[i]
                         ->sceneBoundingRect()
                         .adjusted(3, 3, -3, -3)
                         .intersects(nodes[j]->sceneBoundingRect().adjusted(3, 3, -3, -3)));
    QVERIFY(!explorer->isLayoutRunning());
}

void WorkspaceExplorerTest::clickingANodeSelectsItAndShowsDetails()
{
    auto explorer = shown(TestWorkspaces::demo());
    QVERIFY(explorer);
    auto *graph = explorer->graphView();
    QSignalSpy selected(explorer.get(), &WorkspaceExplorer::imageSelected);

    auto *node = graph->node(TestWorkspaces::web);
    QVERIFY(node);
    graph->centerOn(node);
    const QPoint at = graph->mapFromScene(node->sceneBoundingRect().center());
    QVERIFY(graph->viewport()->rect().contains(at));
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, at);

    QTRY_COMPARE(explorer->selectedImage(), QString::fromLatin1(TestWorkspaces::web));
    QVERIFY(node->isSelected());
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().first().toString(), QString::fromLatin1(TestWorkspaces::web));
    const QString details = explorer->detailsBrowser()->toPlainText();
    QVERIFY2(details.contains(QLatin1String(TestWorkspaces::web)), qPrintable(details));
    QVERIFY(details.contains(QLatin1String("/services/web/config/port")));
    QVERIFY(details.contains(QLatin1String("/services/db/hosts/*")));
    QVERIFY(details.contains(QLatin1String("8080"))); // exposed port
    QVERIFY(details.contains(QLatin1String("org.whalestack.role"))); // label
    QVERIFY(details.contains(QLatin1String("/etc/web.conf"))); // template dest
    QVERIFY(details.contains(QLatin1String("sv hup web"))); // reload_cmd
    QVERIFY(details.contains(QLatin1String("apps/web/Dockerfile"))); // relative path
    QVERIFY(details.contains(QLatin1String(TestWorkspaces::base))); // FROM chain

    // The Images list follows the graph.
    const QModelIndex current = explorer->imagesList()->currentSourceIndex();
    QCOMPARE(current.data(ws::CatalogueModels::ItemIdRole).toString(),
             QString::fromLatin1(TestWorkspaces::web));
    QCOMPARE(explorer->listTabs()->currentWidget(), explorer->imagesList());
}

void WorkspaceExplorerTest::clickingTheBackgroundClearsTheSelection()
{
    auto explorer = shown(TestWorkspaces::demo());
    QVERIFY(explorer);
    explorer->selectImage(TestWorkspaces::api);
    QVERIFY(explorer->graphView()->node(TestWorkspaces::api)->isSelected());

    auto *graph = explorer->graphView();
    const QRectF scene = graph->scene()->itemsBoundingRect();
    // Just outside every item, still inside the viewport.
    QPoint empty = graph->mapFromScene(scene.topLeft()) - QPoint(6, 6);
    empty.setX(qMax(empty.x(), 1));
    empty.setY(qMax(empty.y(), 1));
    QVERIFY(!graph->itemAt(empty));
    QTest::mouseClick(graph->viewport(), Qt::LeftButton, {}, empty);
    QTRY_VERIFY(explorer->selectedImage().isEmpty());
    QVERIFY(explorer->detailsBrowser()->toPlainText().contains(QLatin1String("guitest")));
}

void WorkspaceExplorerTest::selectingInTheImagesListSelectsTheNode()
{
    auto explorer = shown(TestWorkspaces::demo());
    QVERIFY(explorer);
    auto *list = explorer->imagesList();
    const QModelIndex source = findRow(list->sourceModel(), TestWorkspaces::tool);
    QVERIFY(source.isValid());
    const QModelIndex index = list->proxy()->mapFromSource(source);
    QVERIFY(index.isValid());
    list->view()->scrollTo(index);
    const QRect rect = list->view()->visualRect(index);
    QVERIFY(rect.isValid());
    QTest::mouseClick(list->view()->viewport(), Qt::LeftButton, {}, rect.center());

    QTRY_COMPARE(explorer->selectedImage(), QString::fromLatin1(TestWorkspaces::tool));
    QVERIFY(explorer->graphView()->node(TestWorkspaces::tool)->isSelected());
    QCOMPARE(explorer->graphView()->selectedNode(), QString::fromLatin1(TestWorkspaces::tool));
    const QString details = explorer->detailsBrowser()->toPlainText();
    QVERIFY(details.contains(QLatin1String(TestWorkspaces::external)));
    QVERIFY(details.contains(QLatin1String("external")));

    // Selecting a group row changes nothing.
    const QModelIndex group = list->proxy()->index(0, 0);
    QCOMPARE(group.data(ws::CatalogueModels::ItemKindRole).toInt(),
             int(ws::CatalogueModels::Kind::Group));
    list->view()->setCurrentIndex(group);
    QCOMPARE(explorer->selectedImage(), QString::fromLatin1(TestWorkspaces::tool));
}

void WorkspaceExplorerTest::imagesAreGroupedByFolder()
{
    WorkspaceExplorer explorer;
    explorer.setWorkspace(TestWorkspaces::demo());
    const auto *model = explorer.imagesList()->sourceModel();
    // Groups "apps" (api, web) and "infra" (registrator), top-level base and tool.
    QCOMPARE(countRows(model), 5 + 2);
    const QModelIndex web = findRow(model, TestWorkspaces::web);
    QVERIFY(web.isValid());
    QCOMPARE(web.data().toString(), QStringLiteral("web"));
    QCOMPARE(web.parent().data().toString(), QStringLiteral("apps"));
    QCOMPARE(web.siblingAtColumn(1).data().toString(), QString::fromLatin1(TestWorkspaces::web));
    QVERIFY(!findRow(model, TestWorkspaces::base).parent().isValid());
}

void WorkspaceExplorerTest::filterBoxFilters_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QStringList>("visible");
    QTest::addColumn<QStringList>("hidden");

    QTest::newRow("images by folder name")
        << 0 << "web" << QStringList {TestWorkspaces::web}
        << QStringList {TestWorkspaces::api, TestWorkspaces::base, TestWorkspaces::tool};
    QTest::newRow("images by full name, any case")
        << 0 << "DEMO-T" << QStringList {TestWorkspaces::tool}
        << QStringList {TestWorkspaces::web, TestWorkspaces::registrator};
    QTest::newRow("images, nothing matches")
        << 0 << "zzz" << QStringList {} << QStringList {TestWorkspaces::web, TestWorkspaces::base};
    QTest::newRow("keys") << 1 << "hosts" << QStringList {"/services/db/hosts/*"}
                          << QStringList {"/services/web/config/port"};
    QTest::newRow("units") << 2 << "@1" << QStringList {"web@1.service"}
                           << QStringList {"web@.service"};
}

void WorkspaceExplorerTest::filterBoxFilters()
{
    QFETCH(int, tab);
    QFETCH(QString, filter);
    QFETCH(QStringList, visible);
    QFETCH(QStringList, hidden);

    const ws::Workspace workspace = TestWorkspaces::demo();
    WorkspaceExplorer explorer;
    explorer.setWorkspace(workspace);
    ws::FilteredTreeView *lists[]
        = {explorer.imagesList(), explorer.keysList(), explorer.unitsList()};
    ws::FilteredTreeView *list = lists[tab];
    auto idFor = [&](const QString &name) {
        if (tab != 2)
            return name;
        for (const auto &unit : workspace.units)
            if (unit.name == name)
                return unit.path;
        return name;
    };

    QTest::keyClicks(list->filterEdit(), filter);
    QCOMPARE(list->proxy()->filterRegularExpression().pattern().isEmpty(), false);
    for (const QString &name : visible) {
        const QModelIndex source = findRow(list->sourceModel(), idFor(name));
        QVERIFY2(source.isValid(), qPrintable(name));
        QVERIFY2(list->proxy()->mapFromSource(source).isValid(), qPrintable(name));
    }
    for (const QString &name : hidden) {
        const QModelIndex source = findRow(list->sourceModel(), idFor(name));
        QVERIFY2(source.isValid(), qPrintable(name));
        QVERIFY2(!list->proxy()->mapFromSource(source).isValid(), qPrintable(name));
    }
    // Clearing the filter brings every row back.
    list->filterEdit()->clear();
    QCOMPARE(countRows(list->proxy()), countRows(list->sourceModel()));
}

void WorkspaceExplorerTest::keySelectionShowsWhoReadsIt()
{
    WorkspaceExplorer explorer;
    QSignalSpy laidOut(&explorer, &WorkspaceExplorer::layoutFinished);
    explorer.setWorkspace(TestWorkspaces::demo());
    QVERIFY(laidOut.wait(10000));
    auto *keys = explorer.keysList();
    QCOMPARE(keys->sourceModel()->rowCount(), 2);
    const QModelIndex pattern
        = findRow(keys->sourceModel(), QStringLiteral("/services/db/hosts/*"));
    QVERIFY(pattern.isValid());
    QCOMPARE(pattern.siblingAtColumn(1).data().toString().isEmpty(), false); // pattern flag
    QCOMPARE(pattern.siblingAtColumn(2).data().toInt(), 2); // two images
    keys->selectSourceIndex(pattern);
    const QString details = explorer.detailsBrowser()->toPlainText();
    QVERIFY(details.contains(QLatin1String(TestWorkspaces::api)));
    QVERIFY(details.contains(QLatin1String(TestWorkspaces::web)));
    QVERIFY(details.contains(QLatin1String("apps/web/root/etc/confd/templates/web.conf.tmpl")));
    // The graph marks the images that read it, and only those.
    QCOMPARE(explorer.graphView()->highlighted(),
             (QStringList {TestWorkspaces::api, TestWorkspaces::web}));
    QVERIFY(!explorer.graphView()->node(TestWorkspaces::base)->isHighlighted());
    // Selecting an image clears the marks.
    explorer.selectImage(TestWorkspaces::base);
    QVERIFY(explorer.graphView()->highlighted().isEmpty());
}

void WorkspaceExplorerTest::unitSelectionShowsSectionsAndOptions()
{
    const ws::Workspace workspace = TestWorkspaces::demo();
    WorkspaceExplorer explorer;
    explorer.setWorkspace(workspace);
    auto *units = explorer.unitsList();
    QCOMPARE(units->sourceModel()->rowCount(), 2);
    const QModelIndex instance = findRow(units->sourceModel(), workspace.units[1].path);
    QVERIFY(instance.isValid());
    units->selectSourceIndex(instance);
    const QString details = explorer.detailsBrowser()->toPlainText();
    QVERIFY(details.contains(QLatin1String("web@1.service")));
    QVERIFY(details.contains(QLatin1String("web@.service"))); // its template
    QVERIFY(details.contains(QLatin1String("[X-Fleet]")));
    QVERIFY(details.contains(QLatin1String("Conflicts")));
    QVERIFY(details.contains(QLatin1String("web-%i"))); // specifiers stay text
}

void WorkspaceExplorerTest::zoomAndFitChangeTheTransform()
{
    auto explorer = shown(TestWorkspaces::demo());
    QVERIFY(explorer);
    auto *graph = explorer->graphView();
    const double fitted = graph->zoom();
    QVERIFY(fitted > 0);
    graph->zoomIn();
    QVERIFY(graph->zoom() > fitted);
    const double zoomedIn = graph->zoom();
    graph->zoomOut();
    graph->zoomOut();
    QVERIFY(graph->zoom() < zoomedIn);
    QVERIFY(graph->zoom() < fitted);
    graph->fitAll();
    QCOMPARE(graph->zoom(), fitted);
    // After a fit the whole graph is on screen.
    const QRectF visible = graph->mapToScene(graph->viewport()->rect()).boundingRect();
    QVERIFY(visible.adjusted(-1, -1, 1, 1).contains(graph->scene()->itemsBoundingRect()));
    // Zoom has bounds.
    for (int i = 0; i < 100; ++i)
        graph->zoomOut();
    QVERIFY(graph->zoom() > 0.01);
}

void WorkspaceExplorerTest::wheelZoomsAroundTheCursor()
{
    auto explorer = shown(TestWorkspaces::demo());
    QVERIFY(explorer);
    auto *graph = explorer->graphView();
    // Zoomed in far enough that the scene is larger than the viewport and can scroll.
    for (int i = 0; i < 5; ++i)
        graph->zoomIn();
    const QPoint at = graph->viewport()->rect().center() + QPoint(60, 40);
    const QPointF sceneBefore = graph->mapToScene(at);
    const double before = graph->zoom();
    QWheelEvent wheel(at, graph->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120),
                      Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(graph->viewport(), &wheel);
    QVERIFY(graph->zoom() > before);
    // The scene point under the cursor stays under it (within a pixel or two of rounding).
    const QPoint after = graph->mapFromScene(sceneBefore);
    QVERIFY2((after - at).manhattanLength() <= 3,
             qPrintable(QStringLiteral("%1,%2 vs %3,%4")
                            .arg(after.x())
                            .arg(after.y())
                            .arg(at.x())
                            .arg(at.y())));

    QWheelEvent back(at, graph->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -120),
                     Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(graph->viewport(), &back);
    QVERIFY(qAbs(graph->zoom() - before) < 1e-6);
}

void WorkspaceExplorerTest::emptyWorkspaceSaysSo()
{
    ws::Workspace empty;
    empty.root = QStringLiteral("/nowhere");
    empty.name = QStringLiteral("empty");
    WorkspaceExplorer explorer;
    QSignalSpy finished(&explorer, &WorkspaceExplorer::layoutFinished);
    explorer.setWorkspace(empty);
    QCOMPARE(finished.size(), 1);
    QVERIFY(explorer.graphView()->nodes().isEmpty());
    QCOMPARE(explorer.graphView()->scene()->items().size(), 1); // the message
    QCOMPARE(explorer.imagesList()->sourceModel()->rowCount(), 0);
}

void WorkspaceExplorerTest::aNewerWorkspaceWinsOverAStaleLayout()
{
    WorkspaceExplorer explorer;
    QSignalSpy finished(&explorer, &WorkspaceExplorer::layoutFinished);
    explorer.setWorkspace(TestWorkspaces::demo());
    ws::Workspace smaller = TestWorkspaces::demo();
    smaller.images.removeIf([](const auto &image) { return image.name != TestWorkspaces::base; });
    explorer.setWorkspace(smaller);
    QVERIFY(finished.wait(10000));
    // Only the second layout is shown; the first one's result was dropped.
    QCOMPARE(finished.size(), 1);
    QCOMPARE(explorer.graphView()->nodes().size(), 1);
    QVERIFY(explorer.graphView()->node(TestWorkspaces::base));
    QVERIFY(!explorer.isLayoutRunning());
}

void WorkspaceExplorerTest::cycleDoesNotCrash()
{
    ws::Workspace workspace = TestWorkspaces::demo();
    for (auto &image : workspace.images) {
        if (image.name == TestWorkspaces::base) {
            image.parent = TestWorkspaces::web; // base ← web ← base
            image.parentKind = ws::ImageDefinition::ParentKind::Workspace;
        }
    }
    auto explorer = shown(workspace);
    QVERIFY(explorer);
    QCOMPARE(explorer->graphView()->edgeCount(), 4);
    explorer->selectImage(TestWorkspaces::web);
    // The FROM chain stops where the cycle closes.
    QVERIFY(
        explorer->detailsBrowser()->toPlainText().contains(QLatin1String(TestWorkspaces::base)));
}

void WorkspaceExplorerTest::loadsTheTestWorkspaceFromDisk()
{
    const QString root
        = qEnvironmentVariable("WHALESTACK_TEST_DATA") + QStringLiteral("/gui/small");
    QVERIFY(QFileInfo(root).isDir());
    const ws::Workspace workspace = ws::WorkspaceLoader::load(root);
    QVERIFY2(workspace.problems.isEmpty(),
             qPrintable(workspace.problems.isEmpty() ? QString()
                                                     : workspace.problems.first().toString()));
    auto explorer = shown(workspace);
    QVERIFY(explorer);
    auto *graph = explorer->graphView();
    // base, web, tool and the external debian base.
    QCOMPARE(graph->nodes().size(), 4);
    QVERIFY(graph->node(QStringLiteral("guitest/small-web:1.0")));
    QVERIFY(graph->node(QStringLiteral("debian:12-slim"))->isExternal());
    QCOMPARE(graph->edgeCount(), 2);
    explorer->selectImage(QStringLiteral("guitest/small-web:1.0"));
    const QString details = explorer->detailsBrowser()->toPlainText();
    QVERIFY(details.contains(QLatin1String("/services/web/config/port")));
    QVERIFY(details.contains(QLatin1String("/services/db/hosts/*")));
    QCOMPARE(explorer->unitsList()->sourceModel()->rowCount(), 1);
}

void WorkspaceExplorerTest::showsTheBundledDemo()
{
    const QString root = ws::BundledWorkspaces::path(QStringLiteral("demo"));
    QVERIFY2(!root.isEmpty(), "the bundled demo workspace is not found");
    const ws::Workspace workspace = ws::WorkspaceLoader::load(root);
    QVERIFY(workspace.images.size() >= 7);
    auto explorer = shown(workspace);
    QVERIFY(explorer);
    auto *graph = explorer->graphView();
    QCOMPARE(graph->nodes().size(), workspace.images.size() + workspace.externalBases().size());
    int parents = 0;
    for (const auto &image : workspace.images) {
        QVERIFY2(graph->node(image.name), qPrintable(image.name));
        parents += image.parent.isEmpty() ? 0 : 1;
    }
    QCOMPARE(graph->edgeCount(), parents);
    QCOMPARE(countRows(explorer->keysList()->sourceModel()), int(workspace.keyCatalogue.size()));
    QCOMPARE(explorer->unitsList()->sourceModel()->rowCount(), int(workspace.units.size()));

    // Every image, selected, names its keys in the details.
    for (const auto &image : workspace.images) {
        explorer->selectImage(image.name);
        QVERIFY(graph->node(image.name)->isSelected());
        const QString details = explorer->detailsBrowser()->toPlainText();
        QVERIFY2(details.contains(image.name), qPrintable(image.name));
        for (const QString &key : image.keys())
            QVERIFY2(details.contains(key), qPrintable(image.name + QLatin1Char(' ') + key));
    }
}

QTEST_MAIN(WorkspaceExplorerTest)
#include "WorkspaceExplorerTest.moc"
