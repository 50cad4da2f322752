// The Deploy view driven through its widgets, offscreen, against ws-fleet-test-server: connect
// and see the recorded cluster's machines, submit + start + stop + destroy (with the confirm
// listing the unit) a workspace unit, start three instances of a template, a broken unit file
// and an instance without its template refused with file:line and nothing sent, a changed
// local file marked (diff, update), polling stopped while the view is hidden, the warning
// for an endpoint other machines can reach, and the details pane saying why a unit is not
// running.
#include "FleetFixture.h"
#include "deploy/DeployView.h"
#include "fleet/FleetClient.h"
#include "fleet/FleetStateModel.h"
#include "fleet/FleetStatePoller.h"
#include "fleet/UnitFileParser.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include <memory>

using namespace ws;
using ws::test::FleetFixture;

namespace {

constexpr int kWaitMs = 20'000; // a bound on waiting, never a measure of speed

const char kHello[] = "[Unit]\nDescription=hello\n\n[Service]\nExecStart=/bin/sleep 1000\n";
const char kHelloChanged[] = "[Unit]\nDescription=hello\n\n[Service]\nExecStart=/bin/sleep 2000\n";
const char kWeb[] = "[Unit]\nDescription=web %i\n\n[Service]\nExecStart=/bin/web %i\n\n"
                    "[X-Fleet]\nConflicts=web@*.service\n";
// Line 6: an [X-Fleet] option fleet does not know.
const char kBroken[] = "[Unit]\nDescription=broken\n[Service]\nExecStart=/bin/true\n[X-Fleet]\n"
                       "MachineColour=blue\n";

// A workspace of unit files in a folder, parsed as the loader parses them.
class UnitWorkspace
{
public:
    void write(const QString &name, const QByteArray &content)
    {
        QFile file(m_dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    Workspace workspace() const
    {
        Workspace ws;
        ws.root = m_dir.path();
        ws.name = QStringLiteral("deploy-test");
        const QStringList names = QDir(m_dir.path()).entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile file(m_dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ws.units << UnitFileParser::parse(file.readAll(), m_dir.filePath(name), &ws.problems);
        }
        return ws;
    }

private:
    QTemporaryDir m_dir;
};

QAction *action(DeployView &view, const char *name)
{
    return view.findChild<QAction *>(QString::fromLatin1(name));
}

// Clicks the toolbar button of an action, as a person would.
void click(DeployView &view, const char *name)
{
    QAction *a = action(view, name);
    QVERIFY2(a, name);
    QVERIFY2(a->isEnabled(), name);
    for (QToolBar *toolBar : view.findChildren<QToolBar *>()) {
        QWidget *button = toolBar->widgetForAction(a);
        if (button && button->isVisible()) {
            QTest::mouseClick(button, Qt::LeftButton);
            return;
        }
    }
    a->trigger(); // in the toolbar's overflow menu at this width
}

QString desired(const DeployView &view, const QString &unit)
{
    return view.model()->indexOf(unit, FleetStateModel::DesiredColumn).data().toString();
}

} // namespace

class tst_DeployView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void connectShowsMachines();
    void submitStartStopDestroy();
    void startInstancesOfTemplate();
    void brokenUnitRefused();
    void changedLocalFileMarked();
    void hiddenViewStopsPolling();
    void nonLoopbackWarning();
    void detailsSayWhyNotRunning();

private:
    // Starts the server, connects a shown view with a workspace and waits for the first read.
    void connectView();

    std::unique_ptr<FleetFixture> m_fleet;
    std::unique_ptr<UnitWorkspace> m_files;
    std::unique_ptr<DeployView> m_view;
    std::unique_ptr<FleetClient> m_other; // fleet as another client sees it
};

void tst_DeployView::init()
{
    m_fleet = std::make_unique<FleetFixture>();
    m_files = std::make_unique<UnitWorkspace>();
    m_files->write(QStringLiteral("hello.service"), kHello);
    m_files->write(QStringLiteral("web@.service"), kWeb);
    m_files->write(QStringLiteral("broken.service"), kBroken);
    m_files->write(QStringLiteral("orphan@1.service"), "");
    m_view = std::make_unique<DeployView>();
    m_view->resize(1200, 700);
}

void tst_DeployView::cleanup()
{
    m_view.reset();
    m_other.reset();
    m_fleet.reset();
    m_files.reset();
}

void tst_DeployView::connectView()
{
    QVERIFY2(m_fleet->start(), qPrintable(m_fleet->failureReason()));
    m_other = std::make_unique<FleetClient>(
        FleetEndpoint::fromAddress(m_fleet->tcpUrl().toString(), QStringLiteral("other")));
    m_view->setWorkspace(m_files->workspace());
    m_view->findChild<QSpinBox *>(QStringLiteral("deployInterval"))->setValue(1);
    QSignalSpy refreshed(m_view.get(), &DeployView::refreshed);
    // Typed into the endpoint box and connected with the button.
    auto *edit = m_view->findChild<QLineEdit *>(QStringLiteral("deployEndpoint"));
    QVERIFY(edit);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    edit->clear();
    QTest::keyClicks(edit, m_fleet->unixUrl());
    click(*m_view, "deployConnectAction");
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0 && m_view->model()->columnCount() > 3, kWaitMs);
}

void tst_DeployView::connectShowsMachines()
{
    connectView();
    auto *machines = m_view->findChild<QTreeWidget *>(QStringLiteral("deployMachines"));
    QVERIFY(machines);
    QCOMPARE(machines->topLevelItemCount(), 3); // the transcript's three machines
    QCOMPARE(machines->topLevelItem(0)->text(0),
             QStringLiteral("000000000000000000000000f1ee7001"));
    const QString ip = machines->topLevelItem(0)->text(1);
    QVERIFY(!ip.isEmpty());
    QVERIFY2(machines->topLevelItem(0)->text(2).contains(QLatin1String("=")),
             qPrintable(machines->topLevelItem(0)->text(2)));
    QTreeView *matrix = m_view->matrix();
    QCOMPARE(matrix->model()->columnCount(), FleetStateModel::FirstMachineColumn + 3);
    // The machine's column says its IP, and its ID and metadata in the header's roles.
    const int first = FleetStateModel::FirstMachineColumn;
    QVERIFY(matrix->model()->headerData(first, Qt::Horizontal).toString().startsWith(ip));
    QCOMPARE(matrix->model()->headerData(first, Qt::Horizontal, FleetStateModel::MachineIdRole),
             QVariant(QStringLiteral("000000000000000000000000f1ee7001")));
    QVERIFY(!matrix->model()
                 ->headerData(first, Qt::Horizontal, FleetStateModel::MachineMetadataRole)
                 .toMap()
                 .isEmpty());
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("deployInsecureBanner"))->isHidden());
    QVERIFY2(m_view->statusText().contains(QLatin1String("on 3 machine")),
             qPrintable(m_view->statusText()));
}

void tst_DeployView::submitStartStopDestroy()
{
    connectView();
    QSignalSpy finished(m_view.get(), &DeployView::actionFinished);
    const QString hello = QStringLiteral("hello.service");

    // Submit from the workspace list.
    QVERIFY(m_view->selectUnits({hello}));
    click(*m_view, "deploySubmitAction");
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(desired(*m_view, hello),
                              FleetUnit::displayState(FleetUnit::State::Inactive), kWaitMs);

    // Start, from the matrix.
    QVERIFY(m_view->selectUnits({hello}));
    QCOMPARE(m_view->matrix()->selectionModel()->selectedRows().size(), 1);
    click(*m_view, "deployStartAction");
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_view->model()->indexOf(hello, FleetStateModel::CurrentColumn).data().toString(),
        FleetUnit::displayState(FleetUnit::State::Launched), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->states(hello).isEmpty(), kWaitMs);
    QCOMPARE(m_view->model()->states(hello).first().systemdActiveState, QStringLiteral("active"));
    // The selection survives the refreshes.
    QCOMPARE(m_view->selectedUnits(), QStringList {hello});

    click(*m_view, "deployStopAction");
    QVERIFY(finished.wait(kWaitMs));
    QTRY_COMPARE_WITH_TIMEOUT(desired(*m_view, hello),
                              FleetUnit::displayState(FleetUnit::State::Loaded), kWaitMs);

    QString question;
    m_view->setConfirm(
        [&question](const QString &, const QString &q, std::function<void(bool)> answer) {
            question = q;
            answer(true);
        });
    click(*m_view, "deployDestroyAction");
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(question.contains(hello), qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->indexOf(hello).isValid(), kWaitMs);
    FleetUnitJob *job = m_other->unit(hello);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(kWaitMs));
    QVERIFY(job->hasError()); // 404: gone from fleet
    delete job;
}

void tst_DeployView::startInstancesOfTemplate()
{
    connectView();
    QSignalSpy finished(m_view.get(), &DeployView::actionFinished);
    m_view->setAskCount([](const QString &, const QString &,
                           std::function<void(std::optional<int>)> answer) { answer(3); });
    QVERIFY(m_view->selectUnits({QStringLiteral("web@.service")}));
    click(*m_view, "deployInstancesAction");
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
    const QStringList expected {QStringLiteral("web@1.service"), QStringLiteral("web@2.service"),
                                QStringLiteral("web@3.service")};
    QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->instances(QStringLiteral("web@.service")), expected,
                              kWaitMs);
    for (const QString &name : expected) {
        QTRY_COMPARE_WITH_TIMEOUT(
            m_view->model()->indexOf(name, FleetStateModel::CurrentColumn).data().toString(),
            FleetUnit::displayState(FleetUnit::State::Launched), kWaitMs);
        // Grouped under the template's row in the matrix too.
        QCOMPARE(m_view->model()->indexOf(name).parent().data().toString(),
                 QStringLiteral("web@.service"));
    }
    // The instances were made from the workspace's template: not marked as differing.
    QCOMPARE(m_view->model()
                 ->indexOf(QStringLiteral("web@2.service"))
                 .data(FleetStateModel::LocalStateRole)
                 .toInt(),
             int(FleetStateModel::LocalState::Same));
}

void tst_DeployView::brokenUnitRefused()
{
    connectView();
    QSignalSpy refused(m_view.get(), &DeployView::refused);
    const int before = m_view->actionRequests();

    QVERIFY(m_view->selectUnits({QStringLiteral("broken.service")}));
    click(*m_view, "deployStartAction");
    QCOMPARE(refused.count(), 1);
    const QString message = refused.first().first().toString();
    QVERIFY2(
        message.contains(m_files->path(QStringLiteral("broken.service")) + QLatin1String(":6")),
        qPrintable(message));
    QVERIFY2(m_view->statusText().contains(QLatin1String("broken.service:6")),
             qPrintable(m_view->statusText()));
    // The message box says the same; closed, as a person would, before going on.
    auto *box = m_view->findChild<QMessageBox *>(QStringLiteral("deployRefusal"));
    QVERIFY(box);
    QVERIFY2(box->text().contains(QLatin1String("broken.service:6")), qPrintable(box->text()));
    box->close();
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<QMessageBox *>(QStringLiteral("deployRefusal")),
                             kWaitMs);

    QVERIFY(m_view->selectUnits({QStringLiteral("orphan@1.service")}));
    click(*m_view, "deploySubmitAction");
    QCOMPARE(refused.count(), 2);
    const QString orphan = refused.last().first().toString();
    QVERIFY2(
        orphan.contains(m_files->path(QStringLiteral("orphan@1.service")) + QLatin1String(":1")),
        qPrintable(orphan));
    QVERIFY2(orphan.contains(QLatin1String("orphan@.service")), qPrintable(orphan));

    // Nothing was sent, and fleet has neither.
    QCOMPARE(m_view->actionRequests(), before);
    FleetUnitsJob *job = m_other->units();
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(kWaitMs));
    for (const FleetUnit &unit : job->result())
        QVERIFY(unit.name != QLatin1String("broken.service")
                && unit.name != QLatin1String("orphan@1.service"));
    delete job;
}

void tst_DeployView::changedLocalFileMarked()
{
    connectView();
    QSignalSpy finished(m_view.get(), &DeployView::actionFinished);
    const QString hello = QStringLiteral("hello.service");
    QVERIFY(m_view->selectUnits({hello}));
    click(*m_view, "deployStartAction");
    QVERIFY(finished.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->indexOf(hello).isValid(), kWaitMs);
    QCOMPARE(m_view->model()->indexOf(hello).data(FleetStateModel::LocalStateRole).toInt(),
             int(FleetStateModel::LocalState::Same));

    // The file changes in the workspace: the row says so, in words.
    m_files->write(hello, kHelloChanged);
    m_view->setWorkspace(m_files->workspace());
    QTRY_COMPARE_WITH_TIMEOUT(
        m_view->model()->indexOf(hello).data(FleetStateModel::LocalStateRole).toInt(),
        int(FleetStateModel::LocalState::Differs), kWaitMs);
    QVERIFY(m_view->selectUnits({hello}));
    const QModelIndex shown = m_view->matrix()->selectionModel()->selectedRows().first();
    QVERIFY2(shown.data().toString().contains(QLatin1String("differs")),
             qPrintable(shown.data().toString()));
    QVERIFY(action(*m_view, "deployDiffAction")->isEnabled());

    // Starting it again does not change it in place: fleet refuses, nothing is broken.
    click(*m_view, "deployStartAction");
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.last().at(1).toBool());
    QVERIFY2(finished.last().at(0).toString().contains(QLatin1String("Update")),
             qPrintable(finished.last().at(0).toString()));

    // Update = destroy + submit, after the confirm; it stays started.
    QString question;
    m_view->setConfirm(
        [&question](const QString &, const QString &q, std::function<void(bool)> answer) {
            question = q;
            answer(true);
        });
    click(*m_view, "deployUpdateAction");
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
    QVERIFY2(question.contains(hello), qPrintable(question));
    QTRY_COMPARE_WITH_TIMEOUT(
        m_view->model()->indexOf(hello).data(FleetStateModel::LocalStateRole).toInt(),
        int(FleetStateModel::LocalState::Same), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(desired(*m_view, hello),
                              FleetUnit::displayState(FleetUnit::State::Launched), kWaitMs);
}

void tst_DeployView::hiddenViewStopsPolling()
{
    connectView();
    FleetStatePoller *poller = m_view->poller();
    QVERIFY(!poller->isPaused());
    QSignalSpy refreshed(m_view.get(), &DeployView::refreshed);
    QVERIFY(refreshed.wait(kWaitMs)); // polls by itself every second
    m_view->hide();
    QVERIFY(poller->isPaused());
    QTRY_VERIFY_WITH_TIMEOUT(!poller->isPolling(), kWaitMs);
    const int polls = poller->pollCount();
    refreshed.clear();
    // Three intervals pass without a request.
    QVERIFY(!refreshed.wait(3000));
    QCOMPARE(poller->pollCount(), polls);
    m_view->show();
    QVERIFY(!poller->isPaused());
    QVERIFY(refreshed.wait(kWaitMs));
}

void tst_DeployView::nonLoopbackWarning()
{
    m_view->show();
    auto *banner = m_view->findChild<QLabel *>(QStringLiteral("deployInsecureBanner"));
    QVERIFY(banner);
    // TEST-NET-1: nothing answers there, and the warning does not wait for an answer.
    m_view->connectTo(
        FleetEndpoint::fromAddress(QStringLiteral("http://192.0.2.10:49153"), QStringLiteral("t")));
    QVERIFY(!banner->isHidden());
    QVERIFY2(banner->text().contains(QLatin1String("192.0.2.10")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QLatin1String("tunnel")), qPrintable(banner->text()));
    QVERIFY(m_fleet->start());
    m_view->connectTo(
        FleetEndpoint::fromAddress(m_fleet->tcpUrl().toString(), QStringLiteral("t")));
    QVERIFY(banner->isHidden());
    m_view->connectTo(FleetEndpoint::fromAddress(m_fleet->unixUrl(), QStringLiteral("t")));
    QVERIFY(banner->isHidden());
}

void tst_DeployView::detailsSayWhyNotRunning()
{
    connectView();
    // Accepted by fleet, launched, and placed nowhere: MachineOf= a unit fleet does not have.
    const QString name = QStringLiteral("stray.service");
    FleetSubmitJob *job = m_other->submit(
        name,
        {{QStringLiteral("Service"), QStringLiteral("ExecStart"), QStringLiteral("/bin/true"), 0},
         {QStringLiteral("X-Fleet"), QStringLiteral("MachineOf"), QStringLiteral("nothere.service"),
          0}},
        FleetUnit::State::Launched);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(done.wait(kWaitMs));
    QVERIFY2(!job->hasError(), qPrintable(job->errorString()));
    delete job;
    QTRY_VERIFY_WITH_TIMEOUT(m_view->model()->indexOf(name).isValid(), kWaitMs);
    QVERIFY(m_view->selectUnits({name}));
    auto *details = m_view->findChild<QTextBrowser *>(QStringLiteral("deployDetails"));
    QVERIFY(details);
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(QLatin1String("Why it is not running")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("nothere.service")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("ExecStart")), qPrintable(text));
}

QTEST_MAIN(tst_DeployView)
#include "tst_DeployView.moc"
