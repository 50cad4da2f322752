// EtcdBrowser (offscreen) against a real etcd: the tree with folder counts, selecting a key,
// filtering by substring and regex (an invalid regex is a message, not a crash) with the
// selection kept, changes by another client while filtered and selected, a search in values,
// the context menu signal.
#include "EtcdFixture.h"
#include "etcd/EtcdBrowser.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdTreeFilterModel.h"
#include "etcd/EtcdTreeModel.h"
#include "etcd/EtcdTreeSync.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace ws;
using ws::test::EtcdFixture;

namespace {

constexpr int kWaitMs = 30'000;

bool putAll(EtcdKv *kv, const QList<QPair<QByteArray, QByteArray>> &pairs)
{
    QList<EtcdBatchOp> ops;
    for (const auto &[key, value] : pairs)
        ops << EtcdBatchOp::put(key, value);
    EtcdBatchJob *job = kv->applyBatch(ops);
    QSignalSpy done(job, &ApiJob::finished);
    const bool ok = (job->isFinished() || done.wait(kWaitMs)) && !job->hasError();
    job->deleteLater();
    return ok;
}

// Keys shown by the browser's view model, depth first.
QList<QByteArray> shownKeys(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    QList<QByteArray> keys;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (index.data(EtcdTreeModel::IsFolderRole).toBool())
            keys += shownKeys(model, index);
        else
            keys << index.data(EtcdTreeModel::KeyRole).toByteArray();
    }
    return keys;
}

} // namespace

class tst_EtcdBrowser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void showsTheTreeWithCounts();
    void filterKeepsSelection();
    void invalidRegexIsAMessage();
    void liveChangesKeepSelectionAndExpansion();
    void searchInValues();
    void contextMenuSignal();

private:
    EtcdFixture m_etcd;
    std::unique_ptr<EtcdClient> m_client;
    std::unique_ptr<EtcdKv> m_kv;
    std::unique_ptr<EtcdBrowser> m_browser;
};

void tst_EtcdBrowser::initTestCase()
{
    qRegisterMetaType<ws::EtcdEvents>();
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    m_client = std::make_unique<EtcdClient>(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    m_kv = std::make_unique<EtcdKv>(m_client.get());
    QVERIFY(putAll(m_kv.get(),
                   {{"/services/web/1", "10.0.0.1:80"},
                    {"/services/web/2", "10.0.0.2:80"},
                    {"/services/db/1", "10.0.1.1:5432"},
                    {"/config/web/debug", "true"},
                    {"/config/db", "postgres://db"}}));
}

void tst_EtcdBrowser::init()
{
    m_browser = std::make_unique<EtcdBrowser>();
    m_browser->resize(400, 600);
    m_browser->show();
    m_browser->setStore(m_kv.get());
    QSignalSpy loaded(m_browser->sync(), &EtcdTreeSync::loaded);
    QVERIFY(loaded.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->sync()->isWatching(), kWaitMs);
}

void tst_EtcdBrowser::cleanup()
{
    m_browser.reset();
}

void tst_EtcdBrowser::showsTheTreeWithCounts()
{
    QTreeView *view = m_browser->findChild<QTreeView *>(QStringLiteral("keyTree"));
    QVERIFY(view);
    const QModelIndex root = view->model()->index(0, 0);
    QCOMPARE(root.data().toString(), QStringLiteral("/ (5)"));
    QCOMPARE(m_browser->proxyModel()->indexForKey("/services/").data().toString(),
             QStringLiteral("services (3)"));

    QSignalSpy current(m_browser.get(), &EtcdBrowser::currentKeyChanged);
    QVERIFY(m_browser->selectKey("/services/db/1"));
    QCOMPARE(current.size(), 1);
    QCOMPARE(current[0][0].toByteArray(), QByteArray("/services/db/1"));
    QCOMPARE(current[0][1].toBool(), false);
    QVERIFY(m_browser->selectKey("/config/"));
    QCOMPARE(current.last()[1].toBool(), true);
    QVERIFY(!m_browser->selectKey("/nothing"));
}

void tst_EtcdBrowser::filterKeepsSelection()
{
    QVERIFY(m_browser->selectKey("/services/web/2"));
    auto *filter = m_browser->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    QVERIFY(filter);
    QTest::keyClicks(filter, QStringLiteral("WEB"));
    QTRY_COMPARE_WITH_TIMEOUT(
        shownKeys(m_browser->view()->model()),
        (QList<QByteArray> {"/config/web/debug", "/services/web/1", "/services/web/2"}), kWaitMs);
    QCOMPARE(m_browser->currentKey(), QByteArray("/services/web/2"));
    QCOMPARE(m_browser->view()->currentIndex().data(EtcdTreeModel::KeyRole).toByteArray(),
             QByteArray("/services/web/2"));

    // A regex that hides the chosen key; clearing the filter brings it back as current.
    auto *regex = m_browser->findChild<QToolButton *>(QStringLiteral("regexToggle"));
    filter->clear();
    regex->setChecked(true);
    QTest::keyClicks(filter, QStringLiteral("/1$"));
    QTRY_COMPARE_WITH_TIMEOUT(shownKeys(m_browser->view()->model()),
                              (QList<QByteArray> {"/services/db/1", "/services/web/1"}), kWaitMs);
    QCOMPARE(m_browser->currentKey(), QByteArray("/services/web/2"));
    filter->clear();
    QTRY_COMPARE_WITH_TIMEOUT(shownKeys(m_browser->view()->model()).size(), 5, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        m_browser->view()->currentIndex().data(EtcdTreeModel::KeyRole).toByteArray(),
        QByteArray("/services/web/2"), kWaitMs);
}

void tst_EtcdBrowser::invalidRegexIsAMessage()
{
    auto *filter = m_browser->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    auto *regex = m_browser->findChild<QToolButton *>(QStringLiteral("regexToggle"));
    auto *message = m_browser->findChild<QLabel *>(QStringLiteral("filterMessage"));
    regex->setChecked(true);
    QTest::keyClicks(filter, QStringLiteral("(web"));
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("regular expression")),
             qPrintable(message->text()));
    QCOMPARE(shownKeys(m_browser->view()->model()).size(), 5); // the last valid filter: none
    QTest::keyClicks(filter, QStringLiteral(")"));
    QTRY_COMPARE_WITH_TIMEOUT(shownKeys(m_browser->view()->model()).size(), 3, kWaitMs);
    QVERIFY(!message->text().contains(QStringLiteral("regular expression")));
}

void tst_EtcdBrowser::liveChangesKeepSelectionAndExpansion()
{
    QTreeView *view = m_browser->view();
    QVERIFY(m_browser->selectKey("/services/web/1"));
    const QModelIndex web = m_browser->proxyModel()->indexForKey("/services/web/");
    view->expand(web);
    QVERIFY(view->isExpanded(web));
    QSignalSpy reset(m_browser->model(), &QAbstractItemModel::modelReset);

    EtcdClient other(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    EtcdKv otherKv(&other);
    QVERIFY(putAll(&otherKv, {{"/services/web/0", "new"}, {"/services/api/1", "new"}}));
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->proxyModel()->indexForKey("/services/api/1").isValid(),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_browser->proxyModel()->indexForKey("/services/web/0").isValid(),
                             kWaitMs);
    QVERIFY(m_browser->proxyModel()
                ->indexForKey("/services/web/0")
                .data(EtcdTreeModel::RecentlyChangedRole)
                .toBool());
    QVERIFY(view->isExpanded(m_browser->proxyModel()->indexForKey("/services/web/")));
    QCOMPARE(view->currentIndex().data(EtcdTreeModel::KeyRole).toByteArray(),
             QByteArray("/services/web/1"));
    QCOMPARE(m_browser->proxyModel()->indexForKey("/services/").data().toString(),
             QStringLiteral("services (5)"));
    QVERIFY(reset.isEmpty());

    EtcdDeleteJob *job = otherKv.remove("/services/api/", true);
    QSignalSpy done(job, &ApiJob::finished);
    QVERIFY(job->isFinished() || done.wait(kWaitMs));
    job->deleteLater();
    EtcdDeleteJob *job2 = otherKv.remove("/services/web/0");
    QSignalSpy done2(job2, &ApiJob::finished);
    QVERIFY(job2->isFinished() || done2.wait(kWaitMs));
    job2->deleteLater();
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->proxyModel()->indexForKey("/services/api/").isValid(),
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!m_browser->proxyModel()->indexForKey("/services/web/0").isValid(),
                             kWaitMs);
    QCOMPARE(view->currentIndex().data(EtcdTreeModel::KeyRole).toByteArray(),
             QByteArray("/services/web/1"));
    QVERIFY(view->isExpanded(m_browser->proxyModel()->indexForKey("/services/web/")));
    QVERIFY(reset.isEmpty());
}

void tst_EtcdBrowser::searchInValues()
{
    auto *search = m_browser->findChild<QLineEdit *>(QStringLiteral("valueSearchEdit"));
    QVERIFY(search);
    QTest::keyClicks(search, QStringLiteral(":80"));
    QTest::keyClick(search, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(shownKeys(m_browser->view()->model()),
                              (QList<QByteArray> {"/services/web/1", "/services/web/2"}), kWaitMs);
    auto *message = m_browser->findChild<QLabel *>(QStringLiteral("filterMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("2")), qPrintable(message->text()));
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(shownKeys(m_browser->view()->model()).size(), 5, kWaitMs);
}

void tst_EtcdBrowser::contextMenuSignal()
{
    QTreeView *view = m_browser->view();
    view->expandAll();
    const QModelIndex index = m_browser->proxyModel()->indexForKey("/config/db");
    const QRect rect = view->visualRect(index);
    QVERIFY(rect.isValid());
    QSignalSpy menu(m_browser.get(), &EtcdBrowser::contextMenuRequested);
    Q_EMIT view->customContextMenuRequested(rect.center());
    QCOMPARE(menu.size(), 1);
    QCOMPARE(menu[0][0].toByteArray(), QByteArray("/config/db"));
    QCOMPARE(menu[0][1].toBool(), false);
}

QTEST_MAIN(tst_EtcdBrowser)
#include "tst_EtcdBrowser.moc"
