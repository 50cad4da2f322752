// FleetStatePoller feeding FleetStateModel from ws-fleet-test-server: a unit submitted,
// started, stopped and destroyed by another client shows up, changes and disappears in the
// model without a reset, a selection on another unit survives all of it, a paused poller sends
// nothing, and a server that is gone is reported as an error while the model keeps its rows.
#include "FleetFixture.h"
#include "fleet/FleetClient.h"
#include "fleet/FleetStateModel.h"
#include "fleet/FleetStatePoller.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QtTest>

#include <memory>

using namespace ws;
using ws::test::FleetFixture;

namespace {

constexpr int kWaitMs = 20'000; // a bound on waiting, never a measure of speed

QList<UnitOption> options(const QString &execStart)
{
    return {{QStringLiteral("Unit"), QStringLiteral("Description"), QStringLiteral("poll"), 0},
            {QStringLiteral("Service"), QStringLiteral("ExecStart"), execStart, 0}};
}

template<typename Job>
bool succeeds(Job *job)
{
    std::unique_ptr<Job> owned(job);
    if (!owned->isFinished()) {
        QSignalSpy spy(owned.get(), &ApiJob::finished);
        if (!spy.wait(kWaitMs))
            return false;
    }
    if (owned->hasError())
        qWarning("%s", qPrintable(owned->errorString()));
    return !owned->hasError();
}

QString cell(const FleetStateModel &model, const QString &unit, int column)
{
    return model.indexOf(unit, column).data().toString();
}

} // namespace

class tst_FleetStatePoller : public QObject
{
    Q_OBJECT

private slots:
    void followsChangesMadeElsewhere();
    void pausedSendsNothing();
    void serverGoneIsAnError();
};

void tst_FleetStatePoller::followsChangesMadeElsewhere()
{
    FleetFixture fleet;
    QVERIFY2(fleet.start(), qPrintable(fleet.failureReason()));
    const FleetEndpoint endpoint
        = FleetEndpoint::fromAddress(fleet.unixUrl(), QStringLiteral("test"));
    FleetClient viewer(endpoint);
    FleetClient other(endpoint);
    QVERIFY(succeeds(other.submit(QStringLiteral("keep.service"),
                                  options(QStringLiteral("/bin/sleep 1")),
                                  FleetUnit::State::Launched)));

    FleetStateModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QItemSelectionModel selection(&model);
    FleetStatePoller poller(&model);
    poller.setInterval(100);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy errors(&poller, &FleetStatePoller::errorOccurred);
    poller.setClient(&viewer);
    QTRY_VERIFY_WITH_TIMEOUT(model.indexOf(QStringLiteral("keep.service")).isValid(), kWaitMs);
    QCOMPARE(model.columnCount(), FleetStateModel::FirstMachineColumn + 3); // the transcript's
    selection.select(model.indexOf(QStringLiteral("keep.service")),
                     QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);

    // Submitted elsewhere: a new row, before the selected one.
    QVERIFY(
        succeeds(other.submit(QStringLiteral("alpha.service"),
                              options(QStringLiteral("/bin/sleep 2")), FleetUnit::State::Loaded)));
    QTRY_VERIFY_WITH_TIMEOUT(model.indexOf(QStringLiteral("alpha.service")).isValid(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(model, QStringLiteral("alpha.service"), FleetStateModel::DesiredColumn),
        FleetUnit::displayState(FleetUnit::State::Loaded), kWaitMs);
    // Started elsewhere: its current state and its machine's cell change.
    QVERIFY(succeeds(
        other.setDesiredState(QStringLiteral("alpha.service"), FleetUnit::State::Launched)));
    QTRY_COMPARE_WITH_TIMEOUT(
        cell(model, QStringLiteral("alpha.service"), FleetStateModel::CurrentColumn),
        FleetUnit::displayState(FleetUnit::State::Launched), kWaitMs);
    const FleetUnit *alpha = model.unit(QStringLiteral("alpha.service"));
    QVERIFY(alpha);
    QVERIFY(!model.states(QStringLiteral("alpha.service")).isEmpty());
    QCOMPARE(model.states(QStringLiteral("alpha.service")).first().systemdActiveState,
             QStringLiteral("active"));
    // Template instances come grouped under their template.
    QVERIFY(succeeds(other.submit(QStringLiteral("w@1.service"),
                                  options(QStringLiteral("/bin/sleep 3")),
                                  FleetUnit::State::Launched)));
    QTRY_VERIFY_WITH_TIMEOUT(model.indexOf(QStringLiteral("w@1.service")).isValid(), kWaitMs);
    QCOMPARE(model.indexOf(QStringLiteral("w@1.service")).parent(),
             model.indexOf(QStringLiteral("w@.service")));
    // Destroyed elsewhere: the row goes.
    QVERIFY(succeeds(other.destroy(QStringLiteral("alpha.service"))));
    QTRY_VERIFY_WITH_TIMEOUT(!model.indexOf(QStringLiteral("alpha.service")).isValid(), kWaitMs);

    QCOMPARE(resets.count(), 1);
    QCOMPARE(errors.count(), 0);
    const QModelIndexList selected = selection.selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data().toString(), QStringLiteral("keep.service"));
}

void tst_FleetStatePoller::pausedSendsNothing()
{
    FleetFixture fleet;
    QVERIFY2(fleet.start(), qPrintable(fleet.failureReason()));
    FleetClient client(FleetEndpoint::fromAddress(fleet.tcpUrl().toString(), QStringLiteral("t")));
    FleetStateModel model;
    FleetStatePoller poller(&model);
    poller.setInterval(100);
    QSignalSpy refreshed(&poller, &FleetStatePoller::refreshed);
    poller.setClient(&client);
    QVERIFY(refreshed.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(refreshed.count() >= 2, kWaitMs); // it goes on by itself
    poller.setPaused(true);
    QTRY_VERIFY_WITH_TIMEOUT(!poller.isPolling(), kWaitMs);
    const int polls = poller.pollCount();
    // Nothing is sent while paused: ask for a refresh, let the event loop run for several
    // intervals, and count.
    poller.refresh();
    QVERIFY(!refreshed.wait(600));
    QCOMPARE(poller.pollCount(), polls);
    poller.setPaused(false);
    QVERIFY(refreshed.wait(kWaitMs));
    QVERIFY(poller.pollCount() > polls);
}

void tst_FleetStatePoller::serverGoneIsAnError()
{
    auto fleet = std::make_unique<FleetFixture>();
    QVERIFY2(fleet->start(), qPrintable(fleet->failureReason()));
    FleetClient client(FleetEndpoint::fromAddress(fleet->unixUrl(), QStringLiteral("t")));
    client.setRequestTimeout(2000);
    QVERIFY(
        succeeds(client.submit(QStringLiteral("a.service"), options(QStringLiteral("/bin/true")),
                               FleetUnit::State::Launched)));
    FleetStateModel model;
    FleetStatePoller poller(&model);
    poller.setInterval(100);
    QSignalSpy refreshed(&poller, &FleetStatePoller::refreshed);
    QSignalSpy errors(&poller, &FleetStatePoller::errorOccurred);
    poller.setClient(&client);
    QVERIFY(refreshed.wait(kWaitMs));
    fleet.reset();
    QVERIFY(errors.wait(kWaitMs));
    QVERIFY2(errors.first().first().toString().contains(QLatin1String("fleet")),
             qPrintable(errors.first().first().toString()));
    QVERIFY(model.indexOf(QStringLiteral("a.service")).isValid());
}

QTEST_GUILESS_MAIN(tst_FleetStatePoller)
#include "tst_FleetStatePoller.moc"
