// The Builds view without an engine: the graph takes each image's state (colour and word) from
// the queue model, graph and table selections agree, a queue without an engine is refused with
// a reason, the log pane keeps an image's text across switches and stays bounded, the summary
// counts, the notifier only speaks when the window is inactive, the build args dialog overrides
// the manifest, and the main window opens the view from the explorer.
#include "../TestWorkspaces.h"
#include "FakeBuildRunner.h"

#include "MainWindow.h"
#include "build/BuildLog.h"
#include "build/BuildScheduler.h"
#include "builds/BuildArgsDialog.h"
#include "builds/BuildLogPane.h"
#include "builds/BuildNotifier.h"
#include "builds/BuildQueueModel.h"
#include "builds/BuildStatePalette.h"
#include "builds/BuildSummaryPanel.h"
#include "builds/BuildsView.h"
#include "explorer/ImageGraphView.h"
#include "explorer/WorkspaceExplorer.h"
#include "history/BuildHistoryModel.h"
#include "history/BuildHistoryPanel.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using ws::BuildState;
using ws::BuildsView;

class BuildsViewTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void graphTakesTheQueueStates();
    void graphAndTableSelectionsAgree();
    void cacheDefeatIsBadgedOnTheGraph();
    void queueWithoutEngineIsRefused();
    void logPaneKeepsTextAcrossSwitches();
    void logPaneStaysBounded();
    void summaryPanelCounts();
    void notifierSpeaksOnlyWhenInactive();
    void buildArgsDialogOverridesTheManifest();
    void mainWindowOpensTheBuildsView();

private:
    QTemporaryDir m_dir;
};

void BuildsViewTest::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // No engine answers here: a queue must fail to start, never build anything.
    qputenv("DOCKER_HOST", "unix://" + m_dir.filePath(QStringLiteral("no-docker.sock")).toUtf8());
    qputenv("WHALESTACK_HISTORY", m_dir.filePath(QStringLiteral("history.sqlite")).toUtf8());
}

void BuildsViewTest::graphTakesTheQueueStates()
{
    BuildsView view(nullptr, nullptr);
    QSignalSpy laidOut(&view, &BuildsView::layoutFinished);
    const ws::Workspace workspace = TestWorkspaces::demo();
    view.setWorkspace(workspace);
    QVERIFY(laidOut.wait(10000));
    ws::ImageGraphView *graph = view.graphView();
    const QString base = QString::fromLatin1(TestWorkspaces::base);
    const QString web = QString::fromLatin1(TestWorkspaces::web);
    const QString api = QString::fromLatin1(TestWorkspaces::api);
    QVERIFY(graph->node(base));
    // Before any queue: no tint, a word all the same; buildable rows only in the table.
    QVERIFY(!graph->node(base)->status().colour.isValid());
    QVERIFY(!graph->node(base)->status().text.isEmpty());
    QCOMPARE(view.model()->rowCount(), 4); // the unbuildable registrator is not a row

    FakeBuildRunner runner;
    ws::BuildScheduler scheduler(&runner, 1);
    // From nodes: the test workspace's api Dockerfile carries a parse error on purpose.
    QVERIFY(scheduler.start(ws::BuildPlan::fromNodes(
        {{base, {}, {}, 2.0}, {web, {base}, {}, 1.0}, {api, {base}, {}, 1.0}})));
    view.model()->attach(&scheduler);
    QTRY_COMPARE(graph->node(base)->status().text, ws::buildStateText(BuildState::Running));
    QCOMPARE(graph->node(base)->status().colour,
             ws::BuildStatePalette::colour(BuildState::Running));
    QCOMPARE(graph->node(web)->status().text, ws::buildStateText(BuildState::Waiting));

    view.model()->setStep(base, 2, 4);
    QTRY_COMPARE(graph->node(base)->status().text,
                 ws::BuildStatePalette::nodeText(BuildState::Running, 2, 4));
    QVERIFY(graph->node(base)->status().text.contains(QLatin1String("2/4")));

    runner.finish(base, ws::BuildOutcome::Failed, QStringLiteral("RUN false"));
    QTRY_COMPARE(graph->node(web)->status().text, ws::buildStateText(BuildState::Blocked));
    QCOMPARE(graph->node(api)->status().colour, ws::BuildStatePalette::colour(BuildState::Blocked));
    QCOMPARE(graph->node(base)->status().text, ws::buildStateText(BuildState::Failed));
    view.model()->setPushState(base, ws::PushState::Pushed);
    QTRY_VERIFY(!graph->node(base)->status().mark.isEmpty());
    // Every state has its own colour and word.
    QSet<QRgb> colours;
    QSet<QString> words;
    for (BuildState state :
         {BuildState::Queued, BuildState::Waiting, BuildState::Running, BuildState::Built,
          BuildState::UpToDate, BuildState::Failed, BuildState::Blocked, BuildState::Cancelled}) {
        colours.insert(ws::BuildStatePalette::colour(state).rgb());
        words.insert(ws::BuildStatePalette::nodeText(state));
    }
    QCOMPARE(colours.size(), 8);
    QCOMPARE(words.size(), 8);
}

void BuildsViewTest::graphAndTableSelectionsAgree()
{
    BuildsView view(nullptr, nullptr);
    QSignalSpy laidOut(&view, &BuildsView::layoutFinished);
    view.setWorkspace(TestWorkspaces::demo());
    QVERIFY(laidOut.wait(10000));
    const QString base = QString::fromLatin1(TestWorkspaces::base);
    const QString web = QString::fromLatin1(TestWorkspaces::web);
    const QString api = QString::fromLatin1(TestWorkspaces::api);

    view.selectImages({web});
    QCOMPARE(view.graphView()->selectedNodes(), QStringList {web});
    QCOMPARE(view.selectedImages(), QStringList {web});

    view.graphView()->selectNodes({base, api});
    QStringList expected {api, base};
    QCOMPARE(view.selectedImages(), expected); // row order: sorted by name
    QCOMPARE(view.table()->selectionModel()->selectedRows().size(), 2);

    view.table()->selectRow(view.model()->rowOf(web));
    QCOMPARE(view.graphView()->selectedNodes(), QStringList {web});
    QCOMPARE(view.logPane()->image(), web);
}

void BuildsViewTest::cacheDefeatIsBadgedOnTheGraph()
{
    // web's Dockerfile fetches a remote URL: no cache and no up-to-date check can hold for it.
    ws::Workspace workspace = TestWorkspaces::demo();
    const QString web = QString::fromLatin1(TestWorkspaces::web);
    const QString base = QString::fromLatin1(TestWorkspaces::base);
    const QString path = m_dir.filePath(QStringLiteral("web.Dockerfile"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("FROM guitest/demo-base:1.0\nADD https://example.org/site.tar.gz /srv/\n");
    file.close();
    for (ws::ImageDefinition &image : workspace.images)
        if (image.name == web) {
            image.dockerfilePath = path;
            image.dockerfile.path = path;
        }

    BuildsView view(nullptr, nullptr);
    QSignalSpy laidOut(&view, &BuildsView::layoutFinished);
    view.setWorkspace(workspace);
    QVERIFY(laidOut.wait(10000));
    QTRY_VERIFY(view.cacheWarnings().contains(web));
    QTRY_VERIFY(!view.graphView()->node(web)->status().warning.isEmpty());
    QVERIFY(view.graphView()->node(web)->status().warning.contains(QLatin1String("2")));
    QVERIFY(view.graphView()->node(web)->toolTip().contains(QStringLiteral("\u26a0")));
    QVERIFY(view.graphView()->node(base)->status().warning.isEmpty());
}

void BuildsViewTest::queueWithoutEngineIsRefused()
{
    BuildsView view(nullptr, nullptr);
    view.setWorkspace(TestWorkspaces::demo());
    view.selectImages({QString::fromLatin1(TestWorkspaces::web)});
    QVERIFY(!view.buildSelected());
    QVERIFY(!view.buildStale());
    QVERIFY(view.statusText().contains(QLatin1String("DOCKER_HOST")));
    QVERIFY(!view.isRunning());
    auto *build = view.findChild<QAction *>(QStringLiteral("buildSelectedAction"));
    QVERIFY(build);
    QVERIFY(!build->isEnabled());
}

void BuildsViewTest::logPaneKeepsTextAcrossSwitches()
{
    ws::BuildLog log(m_dir.filePath(QStringLiteral("logs-switch")));
    for (int i = 1; i <= 5; ++i) {
        log.append(QStringLiteral("a"), QStringLiteral("a line %1").arg(i));
        log.append(QStringLiteral("b"), QStringLiteral("b line %1").arg(i));
    }
    ws::BuildLogPane pane;
    pane.showImage(QStringLiteral("a"), &log);
    const QString first = pane.text();
    QVERIFY(first.startsWith(QLatin1String("a line 1")));
    QVERIFY(first.endsWith(QLatin1String("a line 5")));
    QVERIFY(!first.contains(QLatin1String("b line")));
    QCOMPARE(pane.fullLogPath(), log.filePath(QStringLiteral("a")));
    QVERIFY(pane.openFullLogButton()->isEnabled());

    pane.showImage(QStringLiteral("b"), &log);
    QVERIFY(pane.text().contains(QLatin1String("b line 3")));
    log.append(QStringLiteral("a"), QStringLiteral("a line 6")); // while b is shown
    pane.showImage(QStringLiteral("a"), &log);
    QCOMPARE(pane.text(), first + QStringLiteral("\na line 6"));

    // Live lines: only the shown image's.
    log.append(QStringLiteral("a"), QStringLiteral("a line 7"));
    log.append(QStringLiteral("b"), QStringLiteral("b line 6"));
    QTRY_VERIFY(pane.textEdit()->toPlainText().endsWith(QLatin1String("a line 7")));
    QVERIFY(!pane.textEdit()->toPlainText().contains(QLatin1String("b line")));
}

void BuildsViewTest::logPaneStaysBounded()
{
    ws::BuildLog log(m_dir.filePath(QStringLiteral("logs-bounded")));
    log.setMemoryLines(50);
    for (int i = 1; i <= 500; ++i)
        log.append(QStringLiteral("big"), QStringLiteral("line %1").arg(i));
    ws::BuildLogPane pane;
    pane.showImage(QStringLiteral("big"), &log);
    QVERIFY(pane.textEdit()->blockCount() <= 50);
    QVERIFY(pane.text().endsWith(QLatin1String("line 500")));
    for (int i = 501; i <= 2000; ++i)
        log.append(QStringLiteral("big"), QStringLiteral("line %1").arg(i));
    QTRY_VERIFY(pane.textEdit()->toPlainText().endsWith(QLatin1String("line 2000")));
    QVERIFY(pane.textEdit()->blockCount() <= 50);
    QVERIFY(pane.findChild<QLabel *>(QStringLiteral("buildLogTitle"))
                ->text()
                .contains(QLatin1String("2000")));
}

void BuildsViewTest::summaryPanelCounts()
{
    ws::BuildSummary summary;
    auto add = [&](const QString &name, BuildState state, qint64 ms) {
        ws::BuildSummary::ImageResult result;
        result.name = name;
        result.state = state;
        result.durationMs = ms;
        result.attempts = state == BuildState::Blocked ? 0 : 1;
        summary.images.append(result);
    };
    add(QStringLiteral("r/base:1"), BuildState::Built, 4000);
    add(QStringLiteral("r/web:1"), BuildState::Built, 3000);
    add(QStringLiteral("r/api:1"), BuildState::Failed, 1000);
    add(QStringLiteral("r/tool:1"), BuildState::Blocked, 0);
    add(QStringLiteral("r/old:1"), BuildState::UpToDate, 10);
    summary.wallMs = 7500;
    summary.criticalPath = {QStringLiteral("r/base:1"), QStringLiteral("r/web:1")};

    ws::BuildSummaryPanel panel;
    QVERIFY(!panel.hasSummary());
    panel.setSummary(summary, {{QStringLiteral("r/base:1"), 2}, {QStringLiteral("r/web:1"), 5}}, 1,
                     {{QStringLiteral("r/base:1"), QStringLiteral("base")}});
    QVERIFY(panel.hasSummary());
    const QString counts = panel.countsText();
    QVERIFY2(counts.contains(QLatin1String("2 built")), qPrintable(counts));
    QVERIFY(counts.contains(QLatin1String("1 up to date")));
    QVERIFY(counts.contains(QLatin1String("1 failed")));
    QVERIFY(counts.contains(QLatin1String("1 blocked")));
    QVERIFY(counts.contains(QLatin1String("0 cancelled")));
    QVERIFY(counts.contains(QLatin1String("1 pushed")));
    QVERIFY(panel.totalTimeText().contains(QLatin1String("0:07")));
    QVERIFY(panel.criticalPathText().contains(QStringLiteral("base → r/web:1")));
    QTreeWidget *tree = panel.imagesTree();
    QCOMPARE(tree->topLevelItemCount(), 5);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("base"));
    QCOMPARE(tree->topLevelItem(0)->text(3), QStringLiteral("2"));
    QCOMPARE(tree->topLevelItem(1)->text(3), QStringLiteral("5"));
    QCOMPARE(tree->topLevelItem(3)->text(2), QString()); // blocked: never ran
}

void BuildsViewTest::notifierSpeaksOnlyWhenInactive()
{
    QWidget window;
    window.resize(200, 100);
    window.show();
    QWidget other;
    other.resize(200, 100);
    other.show();
    other.activateWindow();
    QTRY_VERIFY(other.isActiveWindow());
    QVERIFY(!window.isActiveWindow());

    ws::BuildNotifier notifier(&window);
    QSignalSpy notified(&notifier, &ws::BuildNotifier::notified);
    QVERIFY(notifier.notify(QStringLiteral("Build finished"), QStringLiteral("7 built")));
    QCOMPARE(notified.count(), 1);
    QCOMPARE(notifier.notificationCount(), 1);
    QCOMPARE(notifier.lastMessage(), QStringLiteral("7 built"));

    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    QVERIFY(!notifier.notify(QStringLiteral("Build finished"), QStringLiteral("again")));
    QCOMPARE(notified.count(), 1);
}

void BuildsViewTest::buildArgsDialogOverridesTheManifest()
{
    ws::Workspace workspace = TestWorkspaces::demo();
    workspace.manifest.buildArgs = {{QStringLiteral("DISTR"), QStringLiteral("bookworm")},
                                    {QStringLiteral("MIRROR"), QStringLiteral("deb.example")}};
    ws::ImageOverride web;
    web.image = QStringLiteral("apps/web");
    web.buildArgs = {{QStringLiteral("SITE_VERSION"), QStringLiteral("1.0")}};
    workspace.manifest.images.append(web);

    ws::BuildArgsDialog dialog(workspace, {{QStringLiteral("EXTRA"), QStringLiteral("x")}});
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 4);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("DISTR"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("bookworm"));
    QVERIFY(table->item(2, 2)->text().contains(QLatin1String("apps/web")));
    // Unchanged manifest values are not overrides; an edited one and an added one are.
    QCOMPARE(dialog.overrides(),
             (QHash<QString, QString> {{QStringLiteral("EXTRA"), QStringLiteral("x")}}));
    table->item(0, 1)->setText(QStringLiteral("trixie"));
    dialog.addRow();
    const int last = table->rowCount() - 1;
    table->item(last, 0)->setText(QStringLiteral("NEW"));
    table->item(last, 1)->setText(QStringLiteral("1"));
    const QHash<QString, QString> expected {{QStringLiteral("DISTR"), QStringLiteral("trixie")},
                                            {QStringLiteral("EXTRA"), QStringLiteral("x")},
                                            {QStringLiteral("NEW"), QStringLiteral("1")}};
    QCOMPARE(dialog.overrides(), expected);

    BuildsView view(nullptr, nullptr);
    view.setBuildArgOverrides(expected);
    QCOMPARE(view.queueOptions().build.buildArgs.value(QStringLiteral("DISTR")),
             QStringLiteral("trixie"));
    QVERIFY(!view.queueOptions().push);
    QCOMPARE(view.queueOptions(true).build.noCache, true);
}

void BuildsViewTest::mainWindowOpensTheBuildsView()
{
    ws::AppSettings settings(m_dir.filePath(QStringLiteral("settings.ini")));
    ws::MainWindow window(&settings);
    QVERIFY(window.dockerClient()); // DOCKER_HOST names a socket nobody listens on
    QSignalSpy laidOut(window.buildsView(), &BuildsView::layoutFinished);
    window.setWorkspace(TestWorkspaces::demo());
    QVERIFY(laidOut.wait(10000));
    QCOMPARE(window.buildsView()->model()->rowCount(), 4);
    QCOMPARE(window.viewTabs()->currentWidget(), window.explorer());

    auto *showBuilds = window.findChild<QAction *>(QStringLiteral("showBuildsAction"));
    QVERIFY(showBuilds);
    QCOMPARE(showBuilds->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
    showBuilds->trigger();
    QCOMPARE(window.viewTabs()->currentWidget(), window.buildsView());
    // The history tab reads the window's history when it is shown (none recorded yet here).
    auto *showHistory = window.findChild<QAction *>(QStringLiteral("showHistoryAction"));
    QVERIFY(showHistory);
    QCOMPARE(showHistory->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QSignalSpy refreshed(window.historyPanel(), &ws::BuildHistoryPanel::refreshed);
    showHistory->trigger();
    QCOMPARE(window.viewTabs()->currentWidget(), window.historyPanel());
    QVERIFY(window.historyPanel()->history());
    QVERIFY(refreshed.count() > 0 || refreshed.wait(10000));
    QCOMPARE(window.historyPanel()->model()->rowCount(), 0);
    window.findChild<QAction *>(QStringLiteral("showExplorerAction"))->trigger();
    QCOMPARE(window.viewTabs()->currentWidget(), window.explorer());

    // Build from the explorer: the Builds view opens with the image selected and a queue tries
    // the engine, which does not answer: the view says so and nothing runs.
    const QString web = QString::fromLatin1(TestWorkspaces::web);
    QSignalSpy explorerBuild(window.explorer(), &ws::WorkspaceExplorer::buildRequested);
    QSignalSpy running(window.buildsView(), &BuildsView::runningChanged);
    emit window.explorer()->buildRequested(web, false);
    QCOMPARE(window.viewTabs()->currentWidget(), window.buildsView());
    QCOMPARE(window.buildsView()->selectedImages(), QStringList {web});
    QTRY_VERIFY_WITH_TIMEOUT(!window.buildsView()->isRunning(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(
        window.buildsView()->statusText().contains(QLatin1String("does not answer")), 30000);
    QVERIFY(running.count() >= 1);
}

QTEST_MAIN(BuildsViewTest)
#include "BuildsViewTest.moc"
