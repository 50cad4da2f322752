// The Deploy view driven through its widgets, offscreen, against ws-fleet-test-server: connect
// and see the recorded cluster's machines, submit + start + stop + destroy (with the confirm
// listing the unit) a workspace unit, start three instances of a template, a broken unit file
// and an instance without its template refused with file:line and nothing sent, a changed
// local file marked (diff, update), polling stopped while the view is hidden, the warning
// for an endpoint other machines can reach, and the details pane saying why a unit is not
// running. The deploy preview (machines for a MachineMetadata and a Global unit, Cancel sends
// nothing), fleet through an SSH tunnel set in the connection dialog (a real sshd; ssh killed:
// restart shown, then back), a unit file generated for an image and listed, and a unit's image
// key in a real etcd pointed at the latest build (compare-and-swap) with the unit restarted.
#include "EtcdFixture.h"
#include "FleetFixture.h"
#include "SshdFixture.h"
#include "build/BuildHistory.h"
#include "deploy/DeployView.h"
#include "etcd/EtcdEndpoints.h"
#include "etcd/EtcdStore.h"
#include "fleet/FleetClient.h"
#include "fleet/FleetStateModel.h"
#include "fleet/FleetStatePoller.h"
#include "fleet/FleetTunnel.h"
#include "fleet/UnitFileParser.h"
#include "workspace/Workspace.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QtTest>

#include <memory>
#include <signal.h>

using namespace ws;
using ws::test::EtcdFixture;
using ws::test::FleetFixture;
using ws::test::SshdFixture;

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

QStringList unitNames(FleetClient &client)
{
    std::unique_ptr<FleetUnitsJob> job(client.units());
    QSignalSpy done(job.get(), &ApiJob::finished);
    if (!job->isFinished() && !done.wait(kWaitMs))
        return {QStringLiteral("(no answer)")};
    QStringList names;
    for (const FleetUnit &unit : job->result())
        names << unit.name;
    names.sort();
    return names;
}

// The child once it exists (a dialog opens after an answer from a server), or null after the
// bound; callers QVERIFY it.
template<typename T>
T *waitForChild(QWidget *parent, const char *name)
{
    T *found = nullptr;
    const bool appeared = QTest::qWaitFor(
        [&] { return (found = parent->findChild<T *>(QString::fromLatin1(name))) != nullptr; },
        kWaitMs);
    return appeared ? found : nullptr;
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
    void previewListsMachinesAndCancelSendsNothing();
    void tunnelThroughSshRestarts();
    void generateUnitFile();
    void pointImageKeyAndRestart();

private:
    // Starts the server, connects a shown view with a workspace and waits for the first read.
    // With `acceptPreviews` the deploy previews are agreed to without a dialog.
    void connectView(bool acceptPreviews = true);

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

void tst_DeployView::connectView(bool acceptPreviews)
{
    if (acceptPreviews)
        m_view->setPreview([](const QString &, const QList<FleetDeployPreview::Item> &,
                              const FleetScheduleExplainer &,
                              std::function<void(bool)> answer) { answer(true); });
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

    // Starting it again would replace it (destroy + submit): the preview says so first, and
    // declined, nothing is sent.
    QList<FleetDeployPreview::Item> previewed;
    m_view->setPreview([&previewed](const QString &, const QList<FleetDeployPreview::Item> &items,
                                    const FleetScheduleExplainer &,
                                    std::function<void(bool)> answer) {
        previewed = items;
        answer(false);
    });
    const int before = m_view->actionRequests();
    click(*m_view, "deployStartAction");
    QCOMPARE(previewed.size(), 1);
    QCOMPARE(previewed.first().name, hello);
    QCOMPARE(previewed.first().action, FleetDeployPreview::Action::Replace);
    QCOMPARE(m_view->actionRequests(), before);

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

void tst_DeployView::previewListsMachinesAndCancelSendsNothing()
{
    // role=node2 is one machine of the recorded three; a global unit goes on each of them.
    m_files->write(QStringLiteral("meta.service"),
                   "[Service]\nExecStart=/bin/sleep 100\n[X-Fleet]\nMachineMetadata=role=node2\n");
    m_files->write(QStringLiteral("everywhere.service"),
                   "[Service]\nExecStart=/bin/sleep 100\n[X-Fleet]\nGlobal=true\n");
    m_files->write(QStringLiteral("nowhere.service"),
                   "[Service]\nExecStart=/bin/sleep 100\n[X-Fleet]\nMachineMetadata=role=gpu\n");
    connectView(false);
    const QStringList before = unitNames(*m_other);
    const int requests = m_view->actionRequests();
    const QString meta = QStringLiteral("meta.service");
    const QString everywhere = QStringLiteral("everywhere.service");
    const QString nowhere = QStringLiteral("nowhere.service");
    QVERIFY(m_view->selectUnits({everywhere, meta, nowhere}));
    click(*m_view, "deployStartAction");
    auto *dialog = waitForChild<QDialog>(m_view.get(), "deployPreviewDialog");
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kWaitMs);
    auto *list = dialog->findChild<QTreeWidget *>(QStringLiteral("deployPreviewList"));
    QVERIFY(list);
    QCOMPARE(list->topLevelItemCount(), 3);
    QMap<QString, QTreeWidgetItem *> rows;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        rows.insert(list->topLevelItem(i)->text(0), list->topLevelItem(i));
    QVERIFY(rows.contains(meta) && rows.contains(everywhere) && rows.contains(nowhere));
    QCOMPARE(rows[meta]->data(0, Qt::UserRole).toStringList(),
             QStringList {QStringLiteral("000000000000000000000000f1ee7002")});
    QVERIFY2(rows[meta]->text(2).contains(QLatin1String("127.0.0.12")),
             qPrintable(rows[meta]->text(2)));
    QCOMPARE(rows[everywhere]->data(0, Qt::UserRole).toStringList(),
             (QStringList {QStringLiteral("000000000000000000000000f1ee7001"),
                           QStringLiteral("000000000000000000000000f1ee7002"),
                           QStringLiteral("000000000000000000000000f1ee7003")}));
    QVERIFY2(rows[everywhere]->text(2).contains(QLatin1String("global")),
             qPrintable(rows[everywhere]->text(2)));
    QVERIFY(rows[nowhere]->data(0, Qt::UserRole).toStringList().isEmpty());
    QVERIFY2(rows[nowhere]->text(2).contains(QLatin1String("role=gpu")),
             qPrintable(rows[nowhere]->text(2)));
    QCOMPARE(rows[meta]->text(1),
             FleetDeployPreview::actionText(FleetDeployPreview::Action::Create));

    // Cancel: nothing sent, fleet's list as it was.
    auto *cancel = dialog->findChild<QPushButton *>(QStringLiteral("deployPreviewCancel"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->findChild<QDialog *>(QStringLiteral("deployPreviewDialog")),
                             kWaitMs);
    QCOMPARE(m_view->actionRequests(), requests);
    QCOMPARE(unitNames(*m_other), before);

    // Deploy: they go out.
    QSignalSpy finished(m_view.get(), &DeployView::actionFinished);
    QVERIFY(m_view->selectUnits({meta}));
    click(*m_view, "deployStartAction");
    dialog = waitForChild<QDialog>(m_view.get(), "deployPreviewDialog");
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployPreviewDeploy")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
    QVERIFY(unitNames(*m_other).contains(meta));
}

void tst_DeployView::tunnelThroughSshRestarts()
{
    SshdFixture sshd;
    QVERIFY2(m_fleet->start(), qPrintable(m_fleet->failureReason()));
    QVERIFY2(sshd.start(), qPrintable(sshd.failureReason()));
    m_view->setWorkspace(m_files->workspace());
    m_view->findChild<QSpinBox *>(QStringLiteral("deployInterval"))->setValue(1);
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
    // Whatever the environment says, the settings typed in the dialog count.
    m_view->connectTo(FleetEndpoint::fromAddress(m_fleet->unixUrl(), QStringLiteral("t")));
    QSignalSpy refreshed(m_view.get(), &DeployView::refreshed);
    QSignalSpy tunnelStates(m_view.get(), &DeployView::tunnelStateChanged);

    // The connection settings: the endpoint as the host sees it, the tunnel, key and options.
    click(*m_view, "deployConnectionAction");
    auto *dialog = waitForChild<QDialog>(m_view.get(), "deployConnectionDialog");
    QVERIFY(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(dialog->isVisible(), kWaitMs);
    auto *endpoint = dialog->findChild<QLineEdit *>(QStringLiteral("deployConnectionEndpoint"));
    endpoint->clear();
    QTest::keyClicks(endpoint, m_fleet->unixUrl());
    dialog->findChild<QGroupBox *>(QStringLiteral("deployConnectionTunnelBox"))->setChecked(true);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("deployConnectionTunnel")),
                     sshd.destination());
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("deployConnectionIdentity")),
                     sshd.clientKey());
    QStringList options = sshd.clientArguments();
    const qsizetype key = options.indexOf(QStringLiteral("-i"));
    options.remove(key, 2); // the identity field gives it
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("deployConnectionSshOptions")),
                     options.join(QLatin1Char(' ')));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployConnectionConnect")),
                      Qt::LeftButton);

    QVERIFY(m_view->tunnel());
    QTRY_VERIFY_WITH_TIMEOUT(m_view->tunnel()->isReady(), kWaitMs);
    QVERIFY2(m_view->tunnelStateText().contains(QLatin1String("up")),
             qPrintable(m_view->tunnelStateText()));
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() > 0 && m_view->model()->machines().size() == 3,
                             kWaitMs);
    auto *machines = m_view->findChild<QTreeWidget *>(QStringLiteral("deployMachines"));
    QCOMPARE(machines->topLevelItemCount(), 3);
    // A tunnel reaches only this machine: no warning.
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("deployInsecureBanner"))->isHidden());
    QVERIFY(m_view->findChild<QLabel *>(QStringLiteral("deployTunnelState"))->isVisible());

    // ssh dies: the view says it restarts, then reads fleet again through the same port.
    m_view->tunnel()->setRestartDelay(100, 400);
    const quint16 port = m_view->tunnel()->localPort();
    tunnelStates.clear();
    QVERIFY(m_view->tunnel()->processId() > 0);
    ::kill(pid_t(m_view->tunnel()->processId()), SIGKILL);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->tunnelStateText().contains(QLatin1String("restarting")),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_view->tunnel()->isReady(), kWaitMs);
    QVERIFY2(m_view->tunnelStateText().contains(QLatin1String("up")),
             qPrintable(m_view->tunnelStateText()));
    QCOMPARE(m_view->tunnel()->localPort(), port);
    bool sawRestart = false;
    for (const QList<QVariant> &state : std::as_const(tunnelStates))
        sawRestart = sawRestart || state.first().toString().contains(QLatin1String("restarting"));
    QVERIFY(sawRestart);
    refreshed.clear();
    QVERIFY(refreshed.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_view->statusText().contains(QLatin1String("on 3 machine")), kWaitMs);

    // A target that is no user@host[:port] fails at once, with the reason.
    m_view->connectTo([&] {
        FleetEndpoint e = FleetEndpoint::fromAddress(m_fleet->unixUrl(), QStringLiteral("t"));
        e.tunnel = QStringLiteral("host:notaport");
        return e;
    }());
    QVERIFY2(m_view->tunnelStateText().contains(QLatin1String("No SSH tunnel")),
             qPrintable(m_view->tunnelStateText()));
}

namespace {

// A workspace image as the loader makes one from app/vars.mk and app/Dockerfile.
ImageDefinition appImage(const QString &root)
{
    ImageDefinition image;
    image.id = QStringLiteral("shop/app");
    image.name = QStringLiteral("ws/ubuntu-app:1");
    image.contextDir = root + QLatin1String("/shop/app");
    image.dockerfilePath = image.contextDir + QLatin1String("/Dockerfile");
    image.makeVariables.insert(QStringLiteral("SERVICE"), QStringLiteral("shop"));
    image.makeVariables.insert(QStringLiteral("COMPONENT"), QStringLiteral("app"));
    image.dockerfile.exposedPorts = {QStringLiteral("8080")};
    return image;
}

} // namespace

void tst_DeployView::generateUnitFile()
{
    connectView();
    Workspace workspace = m_files->workspace();
    workspace.images << appImage(workspace.root);
    workspace.manifest.unitsDir = QStringLiteral("units");
    m_view->setWorkspace(workspace);
    QSignalSpy written(m_view.get(), &DeployView::unitFileWritten);

    click(*m_view, "deployGenerateAction");
    auto *dialog = waitForChild<QDialog>(m_view.get(), "deployGenerateDialog");
    QVERIFY(dialog);
    auto *preview = dialog->findChild<QPlainTextEdit *>(QStringLiteral("deployGeneratePreview"));
    QVERIFY(preview);
    QVERIFY2(preview->toPlainText().contains(QLatin1String("/services/shop/config/app-image-name")),
             qPrintable(preview->toPlainText()));
    QVERIFY2(preview->toPlainText().contains(QLatin1String("Conflicts=app@*.service")),
             qPrintable(preview->toPlainText()));
    // Global instead: the text follows the choice.
    // click(), not a mouse click at the button's centre: the dialog may not be laid out yet
    // offscreen, and a press outside a radio button's area does nothing.
    dialog->findChild<QRadioButton *>(QStringLiteral("deployGenerateGlobal"))->click();
    QVERIFY2(preview->toPlainText().contains(QLatin1String("Global=true")),
             qPrintable(preview->toPlainText()));
    dialog->findChild<QRadioButton *>(QStringLiteral("deployGenerateTemplate"))->click();
    const QString path = QDir(workspace.root).filePath(QStringLiteral("units/app@.service"));
    QVERIFY2(dialog->findChild<QLabel *>(QStringLiteral("deployGeneratePath"))
                 ->text()
                 .contains(QDir::toNativeSeparators(path)),
             qPrintable(dialog->findChild<QLabel *>(QStringLiteral("deployGeneratePath"))->text()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployGenerateSave")),
                      Qt::LeftButton);
    QCOMPARE(written.count(), 1);
    QCOMPARE(written.first().first().toString(), path);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("app-image-name"));
    file.close();
    // The view lists it, and it deploys like any workspace unit.
    auto *units = m_view->findChild<QTreeWidget *>(QStringLiteral("deployWorkspaceUnits"));
    QVERIFY(!units->findItems(QStringLiteral("app@.service"), Qt::MatchExactly).isEmpty());
    QVERIFY(m_view->selectUnits({QStringLiteral("app@.service")}));
    QVERIFY(action(*m_view, "deployPointImageAction")->isEnabled());

    // Saving again over a changed file asks first; declined, the file stays as it is.
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("# mine\n");
    file.close();
    QString question;
    bool answer = false;
    m_view->setConfirm([&](const QString &, const QString &q, std::function<void(bool)> yes) {
        question = q;
        yes(answer);
    });
    QPointer<QDialog> saved(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!saved, kWaitMs); // closed and gone once saved
    click(*m_view, "deployGenerateAction");
    dialog = waitForChild<QDialog>(m_view.get(), "deployGenerateDialog");
    QVERIFY(dialog);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployGenerateSave")),
                      Qt::LeftButton);
    QVERIFY2(question.contains(QDir::toNativeSeparators(path)), qPrintable(question));
    QCOMPARE(written.count(), 1);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("# mine\n"));
    file.close();
    answer = true;
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployGenerateSave")),
                      Qt::LeftButton);
    QCOMPARE(written.count(), 2);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("app-image-name"));
}

void tst_DeployView::pointImageKeyAndRestart()
{
    EtcdFixture etcd;
    QVERIFY2(etcd.start(), qPrintable(etcd.failureReason()));
    const QString key = QStringLiteral("/services/shop/config/app-image-name");
    m_files->write(QStringLiteral("app.service"),
                   "[Service]\nExecStartPre=/bin/sh -c \"docker pull $(etcdctl get "
                   "/services/shop/config/app-image-name)\"\nExecStart=/bin/sh -c \"exec docker "
                   "run --rm $(etcdctl get /services/shop/config/app-image-name)\"\n");
    connectView();
    Workspace workspace = m_files->workspace();
    workspace.images << appImage(workspace.root);
    m_view->setWorkspace(workspace);

    // The latest successful build of the image carries another tag than the computed name.
    QTemporaryDir historyDir;
    BuildHistory history(historyDir.filePath(QStringLiteral("history.sqlite")));
    BuildHistoryEntry older {0,
                             workspace.root,
                             QStringLiteral("ws/ubuntu-app:build-6"),
                             BuildState::Built,
                             1000,
                             QStringLiteral("sha256:6"),
                             0,
                             false,
                             QDateTime::currentDateTimeUtc().addSecs(-60)};
    BuildHistoryEntry failed = older;
    failed.image = QStringLiteral("ws/ubuntu-app:build-8");
    failed.state = BuildState::Failed;
    failed.finishedAt = QDateTime::currentDateTimeUtc();
    BuildHistoryEntry latest = older;
    latest.image = QStringLiteral("ws/ubuntu-app:build-7");
    latest.finishedAt = QDateTime::currentDateTimeUtc().addSecs(-10);
    QFuture<bool> recorded = history.record(workspace.root, 1000, {older});
    QTRY_VERIFY_WITH_TIMEOUT(recorded.isFinished(), kWaitMs);
    QVERIFY(recorded.result());
    recorded = history.record(workspace.root, 1000, {latest});
    QTRY_VERIFY_WITH_TIMEOUT(recorded.isFinished(), kWaitMs);
    recorded = history.record(workspace.root, 1000, {failed});
    QTRY_VERIFY_WITH_TIMEOUT(recorded.isFinished(), kWaitMs);
    m_view->setBuildHistory(&history);

    QSignalSpy connected(m_view.get(), &DeployView::etcdConnected);
    m_view->connectEtcd(EtcdEndpoints::fromList(etcd.clientUrl().toString()));
    QVERIFY(connected.wait(kWaitMs));
    {
        std::unique_ptr<EtcdPutJob> put(m_view->etcdStore()->put(key.toUtf8(), "ws/ubuntu-app:0"));
        QSignalSpy done(put.get(), &ApiJob::finished);
        QVERIFY(done.wait(kWaitMs));
        QVERIFY2(!put->hasError(), qPrintable(put->errorString()));
    }
    // Running on fleet.
    const QString app = QStringLiteral("app.service");
    QSignalSpy finished(m_view.get(), &DeployView::actionFinished);
    QVERIFY(m_view->selectUnits({app}));
    click(*m_view, "deployStartAction");
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_view->model()->states(app).isEmpty()
                                 && m_view->model()->states(app).first().systemdActiveState
                                     == QLatin1String("active"),
                             kWaitMs);

    // The details show the key and its value.
    QSignalSpy read(m_view.get(), &DeployView::imageKeyRead);
    QVERIFY(m_view->selectUnits({app}));
    auto *details = m_view->findChild<QTextBrowser *>(QStringLiteral("deployDetails"));
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QLatin1String("ws/ubuntu-app:0")),
                             kWaitMs);
    QVERIFY2(details->toPlainText().contains(key), qPrintable(details->toPlainText()));

    // Someone changes the key while the dialog is open: the compare-and-swap writes nothing.
    QStringList questions;
    m_view->setConfirm([&](const QString &, const QString &q, std::function<void(bool)> yes) {
        questions << q;
        yes(true);
    });
    QSignalSpy restarts(m_view.get(), &DeployView::restartProgress);
    click(*m_view, "deployPointImageAction");
    auto *dialog = waitForChild<QDialog>(m_view.get(), "deployImageDialog");
    QVERIFY(dialog);
    auto *choice = dialog->findChild<QComboBox *>(QStringLiteral("deployImageChoice"));
    QCOMPARE(choice->count(), 2);
    QCOMPARE(choice->itemText(0), QStringLiteral("ws/ubuntu-app:build-7")); // the latest success
    QCOMPARE(choice->itemText(1), QStringLiteral("ws/ubuntu-app:1")); // the workspace's name
    {
        std::unique_ptr<EtcdPutJob> put(m_view->etcdStore()->put(key.toUtf8(), "theirs:2"));
        QSignalSpy done(put.get(), &ApiJob::finished);
        QVERIFY(done.wait(kWaitMs));
    }
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployImagePoint")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.last().at(1).toBool());
    QVERIFY2(finished.last().at(0).toString().contains(QLatin1String("theirs:2")),
             qPrintable(finished.last().at(0).toString()));
    QCOMPARE(restarts.count(), 0);

    // Again, undisturbed: the key names the build, and the unit went down and came back.
    QPointer<QDialog> first(dialog);
    QTRY_VERIFY_WITH_TIMEOUT(!first, kWaitMs);
    click(*m_view, "deployPointImageAction");
    dialog = waitForChild<QDialog>(m_view.get(), "deployImageDialog");
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("deployImageCurrent"))->text(),
             QStringLiteral("theirs:2"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("deployImagePoint")),
                      Qt::LeftButton);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.last().at(1).toBool(), qPrintable(finished.last().at(0).toString()));
    QVERIFY2(questions.last().contains(QLatin1String("ws/ubuntu-app:build-7"))
                 && questions.last().contains(app),
             qPrintable(questions.last()));
    QStringList phases;
    for (const QList<QVariant> &r : std::as_const(restarts)) {
        QCOMPARE(r.at(0).toString(), app);
        phases << r.at(1).toString();
    }
    QCOMPARE(phases,
             (QStringList {QStringLiteral("stopping"), QStringLiteral("inactive"),
                           QStringLiteral("starting"), QStringLiteral("launched")}));
    {
        std::unique_ptr<EtcdRangeJob> range(m_view->etcdStore()->range(key.toUtf8()));
        QSignalSpy done(range.get(), &ApiJob::finished);
        QVERIFY(done.wait(kWaitMs));
        QCOMPARE(range->result().kvs.size(), 1);
        QCOMPARE(range->result().kvs.first().value, QByteArray("ws/ubuntu-app:build-7"));
    }
    std::unique_ptr<FleetUnitJob> unit(m_other->unit(app));
    QSignalSpy done(unit.get(), &ApiJob::finished);
    QVERIFY(done.wait(kWaitMs));
    QCOMPARE(unit->result().desiredState, FleetUnit::State::Launched);
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(QLatin1String("build-7")), kWaitMs);
}

QTEST_MAIN(tst_DeployView)
#include "tst_DeployView.moc"
