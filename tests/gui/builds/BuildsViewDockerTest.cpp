// The Builds view in the main window against a private dockerd, on a copy of the bundled demo
// workspace: a first build makes every image Built, the log pane shows the selected image's
// steps and keeps them across switches, the summary says 7 built and the notifier spoke while
// the window was inactive; "Build stale" then finds all 7 up to date and sends no build; Cancel
// all during a build leaves cancelled or blocked rows and nothing running. With
// WHALESTACK_SCREENSHOTS=dir it saves the window as PNGs there (WHALESTACK_SCREENSHOT_SIZE=WxH
// for another window size).
#include "DockerdFixture.h"

#include "MainWindow.h"
#include "build/BuildSession.h"
#include "builds/BuildLogPane.h"
#include "builds/BuildNotifier.h"
#include "builds/BuildQueueModel.h"
#include "builds/BuildStatePalette.h"
#include "builds/BuildSummaryPanel.h"
#include "builds/BuildsView.h"
#include "explorer/ImageGraphView.h"
#include "settings/AppSettings.h"

#include <QAction>
#include <QDir>
#include <QPlainTextEdit>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using ws::BuildState;
using ws::BuildsView;

namespace {
// A shared, slow machine: generous. WHALESTACK_TEST_BUILD_TIMEOUT (ms) shortens it for debugging.
int buildTimeoutMs()
{
    bool ok = false;
    const int ms = qEnvironmentVariableIntValue("WHALESTACK_TEST_BUILD_TIMEOUT", &ok);
    return ok && ms > 0 ? ms : 20 * 60 * 1000;
}
} // namespace

class BuildsViewDockerTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void buildsTheDemo();
    void buildStaleFindsEverythingUpToDate();
    void cancelAllDuringABuild();

private:
    void screenshot(const QString &name);
    BuildsView *view() const { return m_window->buildsView(); }
    QStringList rowsIn(BuildState state) const { return view()->model()->imagesIn(state); }
    // Every row's state and detail, for failure messages.
    QByteArray states() const
    {
        QStringList lines {view()->statusText()};
        for (const QString &name : view()->model()->images())
            lines << name + QLatin1String(": ") + ws::buildStateId(view()->model()->state(name))
                    + QLatin1Char(' ') + view()->model()->detail(name);
        return lines.join(QLatin1Char('\n')).toUtf8();
    }

    ws::test::DockerdFixture m_dockerd;
    QTemporaryDir m_dir;
    std::unique_ptr<ws::AppSettings> m_settings;
    std::unique_ptr<ws::MainWindow> m_window;
    std::unique_ptr<QWidget> m_other; // takes the focus away from the window
};

void BuildsViewDockerTest::initTestCase()
{
    QVERIFY2(m_dockerd.start(), qPrintable(m_dockerd.failureReason()));
    QVERIFY(m_dir.isValid());
    const QString target = m_dir.filePath(QStringLiteral("demo"));
    QCOMPARE(QProcess::execute(QStringLiteral("cp"),
                               {QStringLiteral("-a"),
                                QStringLiteral(WHALESTACK_RESOURCES "/workspaces/demo"), target}),
             0);
    qputenv("DOCKER_HOST", m_dockerd.hostUrl().toUtf8());
    qputenv("WHALESTACK_HISTORY", m_dir.filePath(QStringLiteral("history.sqlite")).toUtf8());

    m_settings = std::make_unique<ws::AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_window = std::make_unique<ws::MainWindow>(m_settings.get());
    // WHALESTACK_SCREENSHOT_SIZE=900x600 checks how the view fits a small window.
    const QStringList size
        = qEnvironmentVariable("WHALESTACK_SCREENSHOT_SIZE").split(QLatin1Char('x'));
    m_window->resize(size.size() == 2 ? size.at(0).toInt() : 1400,
                     size.size() == 2 ? size.at(1).toInt() : 900);
    m_window->show();
    QSignalSpy loaded(m_window.get(), &ws::MainWindow::workspaceLoaded);
    QSignalSpy laidOut(view(), &BuildsView::layoutFinished);
    m_window->openWorkspace(target);
    QVERIFY(loaded.wait(60000));
    QCOMPARE(view()->model()->rowCount(), 7);
    QVERIFY(laidOut.count() > 0 || laidOut.wait(60000));
    m_window->viewTabs()->setCurrentWidget(view());

    ws::BuildSession::Options options;
    options.build.networkMode = QStringLiteral("none"); // the demo never pulls
    options.logFolder = m_dir.filePath(QStringLiteral("logs"));
    view()->setBaseOptions(options);
}

void BuildsViewDockerTest::cleanupTestCase()
{
    m_window.reset();
    m_other.reset();
}

void BuildsViewDockerTest::screenshot(const QString &name)
{
    const QString folder = qEnvironmentVariable("WHALESTACK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(name);
    // The graph follows the table a moment later (coalesced updates): wait for it to agree.
    for (const QString &image : view()->model()->images())
        QTRY_COMPARE(view()->graphView()->node(image)->status().text,
                     ws::BuildStatePalette::nodeText(view()->model()->state(image),
                                                     view()->model()->step(image),
                                                     view()->model()->stepCount(image)));
    QVERIFY2(m_window->grab().save(path), qPrintable(path));
}

void BuildsViewDockerTest::buildsTheDemo()
{
    const QStringList images = view()->model()->images();
    QString web;
    for (const QString &name : images)
        if (name.contains(QLatin1String("demo-web")))
            web = name;
    QVERIFY(!web.isEmpty());
    view()->selectImages({web});

    // Someone else has the focus: the end of the queue must be notified.
    m_other = std::make_unique<QWidget>();
    m_other->resize(100, 100);
    m_other->show();
    m_other->activateWindow();
    QTRY_VERIFY(m_other->isActiveWindow());
    const int notifiedBefore = view()->notifier()->notificationCount();

    QSignalSpy finished(view(), &BuildsView::queueFinished);
    QVERIFY2(view()->buildEverything(), states().constData());
    QVERIFY(view()->isRunning());
    bool shot = false;
    connect(view()->session(), &ws::BuildSession::stepStarted, this,
            [&](const QString &image, int step, int) {
                // One picture mid-queue: the graph with some images running, some waiting.
                if (!shot && image == web && step >= 2) {
                    shot = true;
                    screenshot(QStringLiteral("builds-running.png"));
                }
            });
    QVERIFY2(finished.wait(buildTimeoutMs()), states().constData());
    QCOMPARE(rowsIn(BuildState::Built).size(), 7);
    QVERIFY(!view()->isRunning());

    // The log of the selected image holds its steps, and again after looking at another one.
    ws::BuildLogPane *pane = view()->logPane();
    QCOMPARE(pane->image(), web);
    QTRY_VERIFY(pane->text().contains(QLatin1String("Step 1/")));
    const QString webLog = pane->text();
    view()->selectImages({images.first() == web ? images.last() : images.first()});
    QVERIFY(pane->image() != web);
    QVERIFY(pane->text() != webLog);
    view()->selectImages({web});
    QCOMPARE(pane->text(), webLog);
    QVERIFY(!pane->fullLogPath().isEmpty());
    QVERIFY(QFile::exists(pane->fullLogPath()));

    const QString counts = view()->summaryPanel()->countsText();
    QVERIFY2(counts.contains(QLatin1String("7 built")), qPrintable(counts));
    QVERIFY(view()->summaryPanel()->criticalPathText().contains(QLatin1String("base")));
    QVERIFY(view()->notifier()->notificationCount() > notifiedBefore);

    // The table's columns: steps, time and, from the engine, each image's size.
    ws::BuildQueueModel *model = view()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->sizeBytes(web) > 0, 60000);
    const int row = model->rowOf(web);
    QVERIFY(!model->index(row, ws::BuildQueueModel::StepColumn).data().toString().isEmpty());
    QVERIFY(!model->index(row, ws::BuildQueueModel::ElapsedColumn).data().toString().isEmpty());
    QVERIFY(model->cacheHits(web) >= 0);
    QCOMPARE(view()->graphView()->node(web)->status().text, ws::buildStateText(BuildState::Built));
    m_window->activateWindow();
    QTRY_VERIFY(m_window->isActiveWindow());
    for (const QString &name : images)
        QTRY_VERIFY_WITH_TIMEOUT(model->sizeBytes(name) > 0, 60000);
    screenshot(QStringLiteral("builds.png"));
}

void BuildsViewDockerTest::buildStaleFindsEverythingUpToDate()
{
    const int notified = view()->notifier()->notificationCount();
    QSignalSpy finished(view(), &BuildsView::queueFinished);
    QVERIFY2(view()->buildStale(), states().constData());
    QVERIFY2(finished.wait(buildTimeoutMs()), states().constData());
    QCOMPARE(rowsIn(BuildState::UpToDate).size(), 7);
    QCOMPARE(view()->session()->runner()->buildsSent(), 0);
    const QString counts = view()->summaryPanel()->countsText();
    QVERIFY2(counts.contains(QLatin1String("7 up to date")), qPrintable(counts));
    // An active window is not notified (whether this X server gave it the focus varies).
    if (m_window->isActiveWindow())
        QCOMPARE(view()->notifier()->notificationCount(), notified);
}

void BuildsViewDockerTest::cancelAllDuringABuild()
{
    QSignalSpy finished(view(), &BuildsView::queueFinished);
    QVERIFY2(view()->buildEverything(), states().constData());
    // Cancel as soon as the first image runs.
    bool cancelled = false;
    bool paused = false;
    connect(view()->session(), &ws::BuildSession::stateChanged, this,
            [&](const QString &, BuildState state) {
                if (!cancelled && state == BuildState::Running) {
                    cancelled = true;
                    // Paused first: nothing new starts, the running image goes on; then cancel.
                    view()->setPaused(true);
                    paused = view()->session()->scheduler()->isPaused();
                    QTimer::singleShot(0, view(), &BuildsView::cancelAll);
                }
            });
    QVERIFY2(finished.wait(buildTimeoutMs()), states().constData());
    QVERIFY(cancelled);
    QVERIFY(paused);
    auto *pause = view()->findChild<QAction *>(QStringLiteral("pauseAction"));
    QVERIFY(pause && pause->isChecked());
    view()->setPaused(false); // the next queue starts unpaused
    QVERIFY(!pause->isChecked());
    QVERIFY(!view()->isRunning());
    const int stopped = rowsIn(BuildState::Cancelled).size() + rowsIn(BuildState::Blocked).size();
    QVERIFY2(stopped > 0, qPrintable(view()->summaryPanel()->countsText()));
    QVERIFY(rowsIn(BuildState::Running).isEmpty());
    QVERIFY(rowsIn(BuildState::Queued).isEmpty());
    QVERIFY(rowsIn(BuildState::Waiting).isEmpty());
    QVERIFY(view()->summaryPanel()->countsText().contains(QLatin1String("cancelled")));
    // The selected image never reached the engine: its pane says why rather than nothing.
    QVERIFY2(view()->logPane()->textEdit()->placeholderText().contains(QLatin1String("cancel")),
             qPrintable(view()->logPane()->textEdit()->placeholderText()));
    screenshot(QStringLiteral("builds-cancelled.png"));
    // Retry of the selected image puts it back with its cancelled parents; they build. Then
    // the rest.
    QSignalSpy again(view(), &BuildsView::queueFinished);
    const QString web = view()->selectedImages().value(0);
    QVERIFY(web.contains(QLatin1String("demo-web")));
    QCOMPARE(view()->retryFailed(), 3); // base, runtime, web
    QVERIFY2(again.wait(buildTimeoutMs()), states().constData());
    QVERIFY(ws::isSuccessState(view()->model()->state(web)));
    QCOMPARE(rowsIn(BuildState::Cancelled).size(), 4); // the siblings were not asked for
    view()->selectImages({web}); // nothing to retry there: the rest of the queue goes
    QCOMPARE(view()->retryFailed(), 4);
    QVERIFY2(again.wait(buildTimeoutMs()), states().constData());
    QCOMPARE(rowsIn(BuildState::Built).size() + rowsIn(BuildState::UpToDate).size(), 7);
    screenshot(QStringLiteral("builds-retried.png"));
}

QTEST_MAIN(BuildsViewDockerTest)
#include "BuildsViewDockerTest.moc"
