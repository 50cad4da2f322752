#include "../TestWorkspaces.h"

#include "MainWindow.h"
#include "common/ProblemsModel.h"
#include "common/ProblemsPanel.h"
#include "common/StatusIndicator.h"
#include "explorer/ImageGraphView.h"
#include "explorer/WorkspaceExplorer.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QClipboard>
#include <QDockWidget>
#include <QMenu>
#include <QProgressBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using ws::MainWindow;

class MainWindowTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    std::unique_ptr<ws::AppSettings> freshSettings()
    {
        static int counter = 0;
        return std::make_unique<ws::AppSettings>(
            m_dir.filePath(QStringLiteral("settings-%1.ini").arg(++counter)));
    }

    static QString data(const QString &name)
    {
        return QDir::cleanPath(qEnvironmentVariable("WHALESTACK_TEST_DATA")
                               + QStringLiteral("/gui/") + name);
    }

    static QStringList menuPaths(QMenu *menu)
    {
        emit menu->aboutToShow();
        QStringList paths;
        for (QAction *action : menu->actions())
            if (!action->data().toString().isEmpty())
                paths.append(action->data().toString());
        return paths;
    }

private slots:
    void initTestCase();
    void problemsPanelListsProblemsWithLocations();
    void doubleClickCopiesTheLocation();
    void openingAFolderLoadsItAndRemembersIt();
    void brokenWorkspaceListsItsProblems();
    void missingFolderSaysSoInTheWindow();
    void startupPrefersTheArgumentThenTheLastWorkspace();
    void statusBarShowsServiceEndpoints();
    void viewMenuZoomsTheGraph();
    void languageMenuStoresTheSetting();
};

void MainWindowTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void MainWindowTest::problemsPanelListsProblemsWithLocations()
{
    auto settings = freshSettings();
    MainWindow window(settings.get());
    const ws::Workspace workspace = TestWorkspaces::demo();
    window.setWorkspace(workspace);

    auto *model = window.problemsPanel()->model();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(0, ws::ProblemsModel::LocationColumn).data().toString(),
             QStringLiteral("apps/api/Dockerfile:3:7"));
    QCOMPARE(model->index(0, ws::ProblemsModel::MessageColumn).data().toString(),
             QStringLiteral("Unknown instruction \"FORM\"."));
    QCOMPARE(model->index(1, ws::ProblemsModel::LocationColumn).data().toString(),
             QStringLiteral("units/web@1.service:1"));
    QVERIFY(!model->index(0, ws::ProblemsModel::SeverityColumn)
                 .data(Qt::DecorationRole)
                 .value<QIcon>()
                 .isNull());
    QVERIFY(window.problemsDock()->windowTitle().contains(QLatin1String("2")));

    ws::Workspace clean = workspace;
    clean.problems.clear();
    window.setWorkspace(clean);
    QCOMPARE(model->rowCount(), 0);
    QVERIFY(window.problemsDock()->windowTitle().contains(QLatin1String("0")));
}

void MainWindowTest::doubleClickCopiesTheLocation()
{
    auto settings = freshSettings();
    MainWindow window(settings.get());
    window.problemsPanel()->setOpensFiles(false);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setWorkspace(TestWorkspaces::demo());
    QSignalSpy activated(window.problemsPanel(), &ws::ProblemsPanel::problemActivated);

    QTableView *view = window.problemsPanel()->view();
    const QRect rect = view->visualRect(view->model()->index(0, ws::ProblemsModel::MessageColumn));
    QVERIFY(rect.isValid());
    // A real double click starts with a click: the view activates the row it pressed.
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(activated.size(), 1);
    const QString expected
        = TestWorkspaces::demo().root + QStringLiteral("/apps/api/Dockerfile:3:7");
    QCOMPARE(QGuiApplication::clipboard()->text(), expected);
}

void MainWindowTest::openingAFolderLoadsItAndRemembersIt()
{
    auto settings = freshSettings();
    MainWindow window(settings.get());
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    QSignalSpy loading(&window, &MainWindow::loadingChanged);
    const QString root = data(QStringLiteral("small"));

    window.openWorkspace(root);
    QVERIFY(window.isLoading());
    QVERIFY(
        window.findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisibleTo(&window));
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.first().first().toString(), root);
    QVERIFY(!window.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(window.workspacePath(), root);
    QCOMPARE(window.explorer()->workspace().images.size(), 3);
    QVERIFY(window.bannerText().isEmpty());

    // The recent menu and the settings both have it, first.
    QCOMPARE(settings->recentWorkspaces().value(0), root);
    QCOMPARE(menuPaths(window.recentMenu()).value(0), root);

    // Reload (F5) loads it again.
    QAction *reload = window.findChild<QAction *>(QStringLiteral("reloadAction"));
    QVERIFY(reload && reload->isEnabled());
    reload->trigger();
    QVERIFY(loaded.wait(20000));
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(menuPaths(window.recentMenu()).count(root), 1);

    // The layout finishes and the busy indicator goes away.
    QTRY_VERIFY(!window.explorer()->isLayoutRunning());
    QTRY_VERIFY(
        !window.findChild<QProgressBar *>(QStringLiteral("busyIndicator"))->isVisibleTo(&window));
    QCOMPARE(window.explorer()->graphView()->nodes().size(), 4);
}

void MainWindowTest::brokenWorkspaceListsItsProblems()
{
    auto settings = freshSettings();
    MainWindow window(settings.get());
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    const QString root = data(QStringLiteral("broken"));
    window.openWorkspace(root);
    QVERIFY(loaded.wait(20000));

    auto *model = window.problemsPanel()->model();
    QStringList locations;
    for (int row = 0; row < model->rowCount(); ++row)
        locations.append(model->index(row, ws::ProblemsModel::LocationColumn).data().toString());
    const QString all = locations.join(QLatin1Char('\n'));
    // Each broken file is named with a line: the Dockerfile without FROM, the template that does
    // not parse, the option before the first section.
    auto listed = [&](const QString &file) {
        for (const QString &location : locations)
            if (location.startsWith(file + QLatin1Char(':')))
                return true;
        return false;
    };
    QVERIFY2(listed(QStringLiteral("bad/Dockerfile")), qPrintable(all));
    QVERIFY2(listed(QStringLiteral("good/root/etc/confd/templates/good.tmpl")), qPrintable(all));
    QVERIFY2(listed(QStringLiteral("units/early.service")), qPrintable(all));
    QVERIFY2(window.problemsDock()->windowTitle().contains(QString::number(model->rowCount())),
             qPrintable(window.problemsDock()->windowTitle()));
    // The rest still opens.
    QTRY_VERIFY(window.explorer()->graphView()->node(QStringLiteral("guitest/broken-good:1.0")));
}

void MainWindowTest::missingFolderSaysSoInTheWindow()
{
    auto settings = freshSettings();
    MainWindow window(settings.get());
    window.setWorkspace(TestWorkspaces::demo());
    const QString missing = m_dir.filePath(QStringLiteral("no-such-workspace"));
    window.openWorkspace(missing);
    QVERIFY(!window.isLoading());
    QVERIFY2(window.bannerText().contains(missing), qPrintable(window.bannerText()));
    // What was open stays open, and the missing folder is not remembered.
    QCOMPARE(window.explorer()->workspace().name, QStringLiteral("guitest"));
    QVERIFY(!settings->recentWorkspaces().contains(missing));

    // A folder without images says so too.
    QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
    const QString empty = m_dir.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkpath(empty));
    window.openWorkspace(empty);
    QVERIFY(loaded.wait(20000));
    QVERIFY2(window.bannerText().contains(QDir::toNativeSeparators(empty)),
             qPrintable(window.bannerText()));
}

void MainWindowTest::startupPrefersTheArgumentThenTheLastWorkspace()
{
    auto settings = freshSettings();
    const QString small = data(QStringLiteral("small"));
    const QString broken = data(QStringLiteral("broken"));
    settings->addRecentWorkspace(broken);
    {
        MainWindow window(settings.get());
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openStartupWorkspace(small);
        QVERIFY(loaded.wait(20000));
        QCOMPARE(window.workspacePath(), small);
    }
    {
        MainWindow window(settings.get());
        QSignalSpy loaded(&window, &MainWindow::workspaceLoaded);
        window.openStartupWorkspace({});
        QVERIFY(loaded.wait(20000));
        // The argument of the first start is now the last workspace.
        QCOMPARE(window.workspacePath(), small);
    }
}

void MainWindowTest::statusBarShowsServiceEndpoints()
{
    auto settings = freshSettings();
    MainWindow window(settings.get());
    QVERIFY(window.dockerIndicator());
    QVERIFY(window.etcdIndicator());
    QVERIFY(!window.dockerIndicator()->endpoint().isEmpty());
    QVERIFY(!window.etcdIndicator()->endpoint().isEmpty());
    QVERIFY(window.dockerIndicator()->text().contains(window.dockerIndicator()->endpoint()));

    window.etcdIndicator()->setStatus(ws::StatusIndicator::State::Down,
                                      QStringLiteral("http://127.0.0.1:1"),
                                      QStringLiteral("connection refused"));
    QCOMPARE(window.etcdIndicator()->state(), ws::StatusIndicator::State::Down);
    QVERIFY(window.etcdIndicator()->toolTip().contains(QLatin1String("connection refused")));
    QVERIFY(window.etcdIndicator()->text().contains(QLatin1String("127.0.0.1:1")));
}

void MainWindowTest::viewMenuZoomsTheGraph()
{
    auto settings = freshSettings();
    MainWindow window(settings.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QSignalSpy laidOut(window.explorer(), &ws::WorkspaceExplorer::layoutFinished);
    window.setWorkspace(TestWorkspaces::demo());
    QVERIFY(laidOut.wait(10000));
    auto *graph = window.explorer()->graphView();
    const QTransform fitted = graph->transform();
    window.findChild<QAction *>(QStringLiteral("zoomInAction"))->trigger();
    QVERIFY(graph->transform() != fitted);
    QVERIFY(graph->zoom() > fitted.m11());
    window.findChild<QAction *>(QStringLiteral("fitAction"))->trigger();
    QCOMPARE(graph->transform(), fitted);
    window.findChild<QAction *>(QStringLiteral("zoomOutAction"))->trigger();
    QVERIFY(graph->zoom() < fitted.m11());
}

void MainWindowTest::languageMenuStoresTheSetting()
{
    auto settings = freshSettings();
    MainWindow window(settings.get());
    auto *russian = window.findChild<QAction *>(QStringLiteral("language_ru"));
    auto *system = window.findChild<QAction *>(QStringLiteral("language_system"));
    QVERIFY(russian && system);
    QVERIFY(system->isChecked()); // a fresh settings file follows the system locale
    russian->trigger();
    QVERIFY(russian->isChecked());
    QVERIFY(!system->isChecked());
    QCOMPARE(settings->language(), QStringLiteral("ru"));
    // The choice is written to the file, for the next start.
    ws::AppSettings reread(settings->filePath());
    QCOMPARE(reread.language(), QStringLiteral("ru"));
    system->trigger();
    QCOMPARE(settings->language(), QString());
}

QTEST_MAIN(MainWindowTest)
#include "MainWindowTest.moc"
