// BuildHistoryPanel over a real BuildHistory file: rows newest first, the filter, the details
// line, "Open log" only for a log that exists (opened through a test opener, never a viewer), no
// history, an unusable history file, and answers of older refreshes dropped. With
// WHALESTACK_SCREENSHOTS=dir it saves the panel with sample data as history.png there.
#include "history/BuildHistoryPanel.h"
#include "build/BuildHistory.h"
#include "history/BuildHistoryModel.h"

#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

using ws::BuildHistory;
using ws::BuildHistoryEntry;
using ws::BuildHistoryModel;
using ws::BuildHistoryPanel;
using ws::BuildState;

namespace {

BuildHistoryEntry entry(const QString &image, BuildState state, const QDateTime &finishedAt,
                        const QString &logFile)
{
    BuildHistoryEntry e;
    e.workspace = QStringLiteral("/srv/demo");
    e.image = image;
    e.state = state;
    e.durationMs = 42'000;
    e.imageId = state == BuildState::Failed
        ? QString()
        : QStringLiteral("sha256:89abcdef0123456789abcdef0123456789abcdef");
    e.cacheHits = 3;
    e.sizeBytes = state == BuildState::Failed ? -1 : 5'300'000;
    e.finishedAt = finishedAt;
    e.logFile = logFile;
    return e;
}

QString text(const QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

} // namespace

class BuildHistoryPanelTest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void showsBuildsNewestFirst();
    void filterNarrowsRows();
    void opensOnlyLogsThatExist();
    void withoutHistorySaysSo();
    void unusableHistoryShowsItsError();
    void olderAnswersAreDropped();
    void panelGoneBeforeTheAnswer();
    void screenshot();

private:
    // Finishes every queued call of `history` and delivers the continuations posted before.
    void drain(BuildHistory *history);
    int proxyRowOf(const QString &image) const;
    void select(const QString &image);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<BuildHistory> m_history;
    std::unique_ptr<BuildHistoryPanel> m_panel;
    QString m_log;
    QString m_missingLog;
    QDateTime m_now;
};

void BuildHistoryPanelTest::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void BuildHistoryPanelTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("logs")));
    m_log = m_dir->filePath(QStringLiteral("logs/base.log"));
    m_missingLog = m_dir->filePath(QStringLiteral("logs/web.log"));
    QFile log(m_log);
    QVERIFY(log.open(QIODevice::WriteOnly));
    QVERIFY(log.write("Step 1/2 : FROM scratch\n") > 0);
    log.close();

    m_history = std::make_unique<BuildHistory>(m_dir->filePath(QStringLiteral("history.sqlite")));
    m_now = QDateTime::currentDateTimeUtc();
    const QDateTime older = m_now.addSecs(-3600);
    QFuture<bool> first = m_history->record(
        QStringLiteral("/srv/demo"), 60'000,
        {entry(QStringLiteral("demo/base:1"), BuildState::Built, older, m_log)});
    QFuture<bool> second = m_history->record(
        QStringLiteral("/srv/demo"), 60'000,
        {entry(QStringLiteral("demo/web:1"), BuildState::Failed, m_now, m_missingLog),
         entry(QStringLiteral("demo/app:1"), BuildState::UpToDate, m_now.addSecs(-10), {})});
    QTRY_VERIFY(first.isFinished() && second.isFinished());
    QVERIFY(first.result());
    QVERIFY(second.result());

    m_panel = std::make_unique<BuildHistoryPanel>();
    m_panel->resize(1000, 400);
    m_panel->show();
}

void BuildHistoryPanelTest::cleanup()
{
    m_panel.reset();
    m_history.reset();
    m_dir.reset();
}

void BuildHistoryPanelTest::drain(BuildHistory *history)
{
    // The history runs its calls in order, and each finished call's notice is posted in order:
    // when this call's notice arrives, every earlier one has been delivered.
    QFutureWatcher<QList<BuildHistoryEntry>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    watcher.setFuture(history->recent({}, 1));
    QTRY_COMPARE(finished.count(), 1);
}

int BuildHistoryPanelTest::proxyRowOf(const QString &image) const
{
    const QAbstractItemModel *proxy = m_panel->proxyModel();
    for (int row = 0; row < proxy->rowCount(); ++row)
        if (proxy->index(row, BuildHistoryModel::ImageColumn).data().toString() == image)
            return row;
    return -1;
}

void BuildHistoryPanelTest::select(const QString &image)
{
    const int row = proxyRowOf(image);
    QVERIFY2(row >= 0, qPrintable(image));
    m_panel->table()->selectRow(row);
}

void BuildHistoryPanelTest::showsBuildsNewestFirst()
{
    QSignalSpy refreshed(m_panel.get(), &BuildHistoryPanel::refreshed);
    m_panel->setHistory(m_history.get());
    QTRY_COMPARE(m_panel->proxyModel()->rowCount(), 3);
    QCOMPARE(refreshed.count(), 1);
    // "builds" with the English translation; the untranslated plural source says "build(s)".
    QVERIFY(text(m_panel.get(), "historyStatus").startsWith(QStringLiteral("3 build")));

    const QAbstractItemModel *proxy = m_panel->proxyModel();
    auto cell = [proxy](int row, int column) {
        return proxy->index(row, column).data().toString();
    };
    QCOMPARE(cell(0, BuildHistoryModel::ImageColumn), QStringLiteral("demo/web:1"));
    QCOMPARE(cell(1, BuildHistoryModel::ImageColumn), QStringLiteral("demo/app:1"));
    QCOMPARE(cell(2, BuildHistoryModel::ImageColumn), QStringLiteral("demo/base:1"));

    QCOMPARE(cell(0, BuildHistoryModel::ResultColumn), ws::buildStateText(BuildState::Failed));
    QCOMPARE(cell(1, BuildHistoryModel::ResultColumn), ws::buildStateText(BuildState::UpToDate));
    QCOMPARE(cell(2, BuildHistoryModel::ResultColumn), ws::buildStateText(BuildState::Built));
    QCOMPARE(cell(0, BuildHistoryModel::SizeColumn), QString());
    QCOMPARE(cell(2, BuildHistoryModel::SizeColumn), QStringLiteral("5.3 MB"));
    QCOMPARE(cell(2, BuildHistoryModel::ImageIdColumn), QStringLiteral("89abcdef0123"));
    QCOMPARE(cell(2, BuildHistoryModel::DurationColumn), QStringLiteral("0:42"));
    QCOMPARE(cell(0, BuildHistoryModel::FinishedColumn),
             QLocale().toString(m_now.toLocalTime(), QLocale::ShortFormat));

    // Clicking the Finished header turns the order round.
    m_panel->table()->sortByColumn(BuildHistoryModel::FinishedColumn, Qt::AscendingOrder);
    QCOMPARE(cell(0, BuildHistoryModel::ImageColumn), QStringLiteral("demo/base:1"));

    // A refresh keeps the selected build selected and shows a build recorded since.
    select(QStringLiteral("demo/app:1"));
    QFuture<bool> third = m_history->record(
        QStringLiteral("/srv/demo"), 1,
        {entry(QStringLiteral("demo/db:1"), BuildState::Built, m_now.addSecs(5), {})});
    QTRY_VERIFY(third.isFinished());
    m_panel->findChild<QPushButton *>(QStringLiteral("historyRefresh"))->click();
    QTRY_COMPARE(m_panel->proxyModel()->rowCount(), 4);
    bool ok = false;
    QCOMPARE(m_panel->selectedEntry(&ok).image, QStringLiteral("demo/app:1"));
    QVERIFY(ok);
    QVERIFY(text(m_panel.get(), "historyDetails").contains(QStringLiteral("demo/app:1")));
}

void BuildHistoryPanelTest::filterNarrowsRows()
{
    m_panel->setHistory(m_history.get());
    QTRY_COMPARE(m_panel->proxyModel()->rowCount(), 3);
    auto *filter = m_panel->findChild<QLineEdit *>(QStringLiteral("historyFilter"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("WEB"));
    QCOMPARE(m_panel->proxyModel()->rowCount(), 1);
    QCOMPARE(m_panel->proxyModel()->index(0, BuildHistoryModel::ImageColumn).data().toString(),
             QStringLiteral("demo/web:1"));
    QVERIFY(text(m_panel.get(), "historyStatus").startsWith(QStringLiteral("1 of 3 build")));
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("demo/"));
    QCOMPARE(m_panel->proxyModel()->rowCount(), 3);
    filter->setText(QStringLiteral("nothing-like-it"));
    QCOMPARE(m_panel->proxyModel()->rowCount(), 0);
    QCOMPARE(m_panel->model()->rowCount(), 3); // filtered, not forgotten
}

void BuildHistoryPanelTest::opensOnlyLogsThatExist()
{
    QStringList opened;
    m_panel->setLogOpener([&opened](const QString &path) {
        opened << path;
        return true;
    });
    QSignalSpy requested(m_panel.get(), &BuildHistoryPanel::logOpenRequested);
    m_panel->setHistory(m_history.get());
    QTRY_COMPARE(m_panel->proxyModel()->rowCount(), 3);
    auto *open = m_panel->findChild<QPushButton *>(QStringLiteral("historyOpenLog"));
    QVERIFY(open);
    QVERIFY(!open->isEnabled()); // nothing selected

    select(QStringLiteral("demo/web:1")); // its log was removed
    QVERIFY(!open->isEnabled());
    QVERIFY(text(m_panel.get(), "historyDetails").contains(QStringLiteral("no longer exists")));
    m_panel->openSelectedLog();
    QVERIFY(opened.isEmpty());

    select(QStringLiteral("demo/app:1")); // wrote no log
    QVERIFY(!open->isEnabled());
    QVERIFY(text(m_panel.get(), "historyDetails").contains(QStringLiteral("No log")));

    select(QStringLiteral("demo/base:1"));
    QVERIFY(open->isEnabled());
    QVERIFY(text(m_panel.get(), "historyDetails").contains(m_log));
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(opened, QStringList {m_log});
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.first().first().toString(), m_log);

    // A double-click on a row opens its log too.
    QTableView *table = m_panel->table();
    const QModelIndex index
        = m_panel->proxyModel()->index(proxyRowOf(QStringLiteral("demo/base:1")), 0);
    const QPoint centre = table->visualRect(index).center();
    // A double-click event only counts on the index a press landed on, as with a real mouse.
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, centre);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, centre);
    QCOMPARE(opened, QStringList({m_log, m_log}));

    // An opener that fails is reported in the panel, not in a dialog.
    m_panel->setLogOpener([](const QString &) { return false; });
    open->click();
    QVERIFY(text(m_panel.get(), "historyProblem").contains(m_log));
}

void BuildHistoryPanelTest::withoutHistorySaysSo()
{
    QCOMPARE(text(m_panel.get(), "historyStatus"), QStringLiteral("No build history"));
    QVERIFY(!m_panel->findChild<QPushButton *>(QStringLiteral("historyRefresh"))->isEnabled());
    m_panel->refresh(); // harmless
    QCOMPARE(m_panel->model()->rowCount(), 0);

    m_panel->setHistory(m_history.get());
    QTRY_COMPARE(m_panel->model()->rowCount(), 3);
    m_panel->setHistory(nullptr);
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QCOMPARE(text(m_panel.get(), "historyStatus"), QStringLiteral("No build history"));

    // A history deleted while shown leaves the panel empty, not dangling.
    m_panel->setHistory(m_history.get());
    QTRY_COMPARE(m_panel->model()->rowCount(), 3);
    m_history.reset();
    QCOMPARE(m_panel->history(), nullptr);
    QCOMPARE(m_panel->model()->rowCount(), 0);
}

void BuildHistoryPanelTest::unusableHistoryShowsItsError()
{
    // The history file's folder is a regular file: nothing can be created there.
    const QString blocker = m_dir->filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    BuildHistory broken(blocker + QStringLiteral("/history.sqlite"));
    QSignalSpy refreshed(m_panel.get(), &BuildHistoryPanel::refreshed);
    m_panel->setHistory(&broken);
    QTRY_COMPARE(refreshed.count(), 1);
    auto *problem = m_panel->findChild<QLabel *>(QStringLiteral("historyProblem"));
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(!broken.lastError().isEmpty(), "the history should say what failed");
    QVERIFY(problem->text().contains(broken.lastError()));
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QCOMPARE(text(m_panel.get(), "historyStatus"), QStringLiteral("No builds recorded yet"));

    m_panel->refresh(); // again: still an error, still no crash
    QTRY_COMPARE(refreshed.count(), 2);
    QVERIFY(problem->isVisible());

    // A usable history clears the message.
    m_panel->setHistory(m_history.get());
    QTRY_COMPARE(m_panel->model()->rowCount(), 3);
    QVERIFY(!problem->isVisible());
    m_panel->setHistory(nullptr); // before `broken` goes
}

void BuildHistoryPanelTest::olderAnswersAreDropped()
{
    // An answer may come before the next refresh is asked (then it is shown) or after (then it is
    // dropped); either way the panel ends showing the newest answer of the current history.
    m_panel->setHistory(m_history.get());
    QFuture<bool> recorded = m_history->record(
        QStringLiteral("/srv/demo"), 1,
        {entry(QStringLiteral("demo/db:1"), BuildState::Built, m_now.addSecs(5), {})});
    m_panel->refresh();
    drain(m_history.get());
    QVERIFY(recorded.isFinished());
    QCOMPARE(m_panel->model()->rowCount(), 4);

    // A history kept busy by a large queue, then an empty one set before it can answer: the busy
    // one's answer comes last and must not overwrite the empty one's.
    QList<BuildHistoryEntry> many;
    for (int i = 0; i < 5000; ++i)
        many << entry(QStringLiteral("bulk/image-%1:1").arg(i), BuildState::Built, m_now, {});
    recorded = m_history->record(QStringLiteral("/srv/bulk"), 1, many);
    QTemporaryDir emptyDir;
    QVERIFY(emptyDir.isValid());
    BuildHistory empty(emptyDir.filePath(QStringLiteral("history.sqlite")));
    QSignalSpy refreshed(m_panel.get(), &BuildHistoryPanel::refreshed);
    m_panel->setHistory(m_history.get());
    m_panel->setHistory(&empty);
    drain(&empty);
    drain(m_history.get());
    QVERIFY(recorded.result());
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QCOMPARE(text(m_panel.get(), "historyStatus"), QStringLiteral("No builds recorded yet"));
    QCOMPARE(refreshed.count(), 1); // the busy history's answer was dropped
    m_panel->setHistory(nullptr);
}

void BuildHistoryPanelTest::panelGoneBeforeTheAnswer()
{
    // The answer comes to nobody: no call into a deleted panel (the sanitizer run checks).
    auto panel = std::make_unique<BuildHistoryPanel>();
    panel->setHistory(m_history.get());
    panel.reset();
    drain(m_history.get());
    // The history is still usable by the next panel.
    m_panel->setHistory(m_history.get());
    QTRY_COMPARE(m_panel->model()->rowCount(), 3);
}

void BuildHistoryPanelTest::screenshot()
{
    // Sample data as a user would see it after a few queues of the demo and the catalogue.
    const QDateTime base = m_now.addSecs(-7200);
    QList<BuildHistoryEntry> entries;
    const QStringList images {QStringLiteral("whalestack/ubuntu-base:kilo"),
                              QStringLiteral("whalestack/ubuntu-apache2:kilo"),
                              QStringLiteral("whalestack/ubuntu-keystone:kilo"),
                              QStringLiteral("whalestack/ubuntu-horizon:kilo"),
                              QStringLiteral("whalestack/ubuntu-glance:kilo"),
                              QStringLiteral("whalestack/ubuntu-nova:kilo")};
    for (int i = 0; i < images.size(); ++i) {
        const BuildState state = i == 3 ? BuildState::Failed
            : i == 5                    ? BuildState::Blocked
            : i == 4                    ? BuildState::UpToDate
                                        : BuildState::Built;
        BuildHistoryEntry e
            = entry(images.at(i), state, base.addSecs(95 * i), i == 2 ? m_log : m_missingLog);
        e.durationMs = 17'000 + 41'000 * i;
        e.cacheHits = i * 2;
        e.pushed = state == BuildState::Built && i != 1;
        if (e.sizeBytes >= 0)
            e.sizeBytes = 72'000'000 + 31'500'000 * i;
        entries << e;
    }
    QFuture<bool> recorded = m_history->record(QStringLiteral("/srv/kilo"), 400'000, entries);
    QTRY_VERIFY(recorded.isFinished());
    QVERIFY(recorded.result());

    m_panel->resize(1100, 420);
    m_panel->setHistory(m_history.get());
    QTRY_COMPARE(m_panel->model()->rowCount(), 9);
    select(QStringLiteral("whalestack/ubuntu-keystone:kilo"));
    // Let the layout make room for the details' lines before the picture is taken.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QPixmap shot = m_panel->grab();
    QVERIFY(!shot.isNull());
    const QString folder = qEnvironmentVariable("WHALESTACK_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QVERIFY(QDir().mkpath(folder));
    const QString path = QDir(folder).filePath(QStringLiteral("history.png"));
    QVERIFY2(shot.save(path), qPrintable(path));
}

QTEST_MAIN(BuildHistoryPanelTest)
#include "BuildHistoryPanelTest.moc"
