// EtcdCataloguePanel offscreen: the catalogue against stored keys (states, counts, filters),
// live updates that change rows without a reset, leased keys marked as the cluster's, activation
// emitting the key, and "Fill Missing Keys…" writing a skeleton that reads back as YAML (through
// a path provider, never a dialog), cancelled, and refused with the reason.
#include "etcd/EtcdCataloguePanel.h"
#include "etcd/EtcdCataloguePanelModel.h"
#include "etcd/EtcdYamlDocument.h"
#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceLoader.h"

#include "../TestWorkspaces.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using ws::EtcdCataloguePanel;
using ws::EtcdCataloguePanelModel;
using State = ws::EtcdCoverageEntry::State;

namespace {

QString labelText(const QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

// The row of `key` in the panel's table, or -1.
int rowOf(const EtcdCataloguePanel &panel, const QString &key)
{
    const QAbstractItemModel *model = panel.table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data(EtcdCataloguePanelModel::KeyRole).toString() == key)
            return row;
    return -1;
}

} // namespace

class tst_EtcdCataloguePanel : public QObject
{
    Q_OBJECT

private slots:
    void statesAndFilters()
    {
        EtcdCataloguePanel panel;
        QSignalSpy updated(&panel, &EtcdCataloguePanel::coverageUpdated);
        panel.setWorkspace(TestWorkspaces::demo());
        panel.setStoredKeys({"/services/web/config/port", "/unrelated/a", "/unrelated/b"});
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 10000);
        QVERIFY(updated.count() >= 1);

        QCOMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(panel.coverage().missingCount(), 0);
        QCOMPARE(panel.coverage().emptyPatternCount(), 1);
        const QString status = labelText(&panel, "catalogueStatus");
        QVERIFY2(status.contains(QLatin1String("2 stored key")), qPrintable(status));
        auto *unused = panel.findChild<QListWidget *>(QStringLiteral("catalogueUnused"));
        QVERIFY(unused);
        QCOMPARE(unused->count(), 1);
        QVERIFY(unused->item(0)->text().contains(QLatin1String("/unrelated")));
        // Nothing is missing: the button has nothing to do.
        QVERIFY(
            !panel.findChild<QPushButton *>(QStringLiteral("catalogueFillMissing"))->isEnabled());

        panel.setStateFilter(EtcdCataloguePanel::StateFilter::Set);
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        QCOMPARE(rowOf(panel, QStringLiteral("/services/web/config/port")), 0);
        panel.setStateFilter(EtcdCataloguePanel::StateFilter::EmptyPatterns);
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        QCOMPARE(rowOf(panel, QStringLiteral("/services/db/hosts/*")), 0);
        panel.setStateFilter(EtcdCataloguePanel::StateFilter::Missing);
        QCOMPARE(panel.table()->model()->rowCount(), 0);
        // The combo box drives the same filter.
        auto *combo = panel.findChild<QComboBox *>(QStringLiteral("catalogueStateFilter"));
        combo->setCurrentIndex(combo->findData(int(EtcdCataloguePanel::StateFilter::All)));
        QCOMPARE(panel.stateFilter(), EtcdCataloguePanel::StateFilter::All);
        QCOMPARE(panel.table()->model()->rowCount(), 2);

        auto *filter = panel.findChild<QLineEdit *>(QStringLiteral("catalogueFilter"));
        QTest::keyClicks(filter, QStringLiteral("DB/"));
        QCOMPARE(panel.table()->model()->rowCount(), 1);
        QVERIFY(labelText(&panel, "catalogueStatus").contains(QLatin1String("1 shown")));
        filter->clear();
        QCOMPARE(panel.table()->model()->rowCount(), 2);
    }

    // A watch's put and delete: the rows change in place, the selection stays.
    void liveUpdates()
    {
        EtcdCataloguePanel panel;
        panel.setWorkspace(TestWorkspaces::demo());
        panel.setStoredKeys({});
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 10000);
        QCOMPARE(panel.coverage().missingCount(), 1);
        QVERIFY(
            panel.findChild<QPushButton *>(QStringLiteral("catalogueFillMissing"))->isEnabled());
        const int hostsRow = rowOf(panel, QStringLiteral("/services/db/hosts/*"));
        panel.table()->selectRow(hostsRow);

        QSignalSpy reset(panel.model(), &QAbstractItemModel::modelReset);
        QSignalSpy changed(panel.model(), &QAbstractItemModel::dataChanged);
        QSignalSpy updated(&panel, &EtcdCataloguePanel::coverageUpdated);
        panel.addStoredKey("/services/db/hosts/db1:5432", true);
        panel.addStoredKey("/services/db/hosts/db2:5432");
        panel.addStoredKey("/services/web/config/port");
        QVERIFY(updated.wait(10000));
        QCOMPARE(updated.count(), 1); // three changes, one computation
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(panel.coverage().missingCount(), 0);
        const ws::EtcdCoverageEntry *hosts
            = panel.coverage().entry(QStringLiteral("/services/db/hosts/*"));
        QCOMPARE(hosts->matchCount, 2);
        QCOMPARE(hosts->leasedCount, 1);
        const QModelIndex state
            = panel.table()->model()->index(rowOf(panel, QStringLiteral("/services/db/hosts/*")),
                                            EtcdCataloguePanelModel::StateColumn);
        QVERIFY2(state.data().toString().contains(QLatin1String("owned by the cluster")),
                 qPrintable(state.data().toString()));
        QCOMPARE(panel.table()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(panel.table()->selectionModel()->selectedRows().first().row(), hostsRow);

        panel.removeStoredKey("/services/web/config/port");
        QVERIFY(updated.wait(10000));
        QCOMPARE(panel.coverage().missingCount(), 1);
        QCOMPARE(reset.count(), 0);

        // A leased key no template reads is the cluster's, not unused.
        panel.addStoredKey("/services/router/backend/x/h:1", true);
        QVERIFY(updated.wait(10000));
        QCOMPARE(panel.coverage().clusterOwned.size(), 1);
        QVERIFY(panel.coverage().unused.isEmpty());
    }

    void activation()
    {
        EtcdCataloguePanel panel;
        panel.setWorkspace(TestWorkspaces::demo());
        panel.setStoredKeys({"/other/key"});
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 10000);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QSignalSpy activated(&panel, &EtcdCataloguePanel::keyActivated);
        const int row = rowOf(panel, QStringLiteral("/services/web/config/port"));
        panel.table()->setFocus();
        panel.table()->setCurrentIndex(panel.table()->model()->index(row, 0));
        QTest::keyClick(panel.table(), Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toByteArray(), QByteArray("/services/web/config/port"));

        // An unused group activates its prefix.
        auto *unused = panel.findChild<QListWidget *>(QStringLiteral("catalogueUnused"));
        QCOMPARE(unused->count(), 1);
        emit unused->itemActivated(unused->item(0));
        QCOMPARE(activated.count(), 2);
        QCOMPARE(activated.last().first().toByteArray(), QByteArray("/other"));
    }

    void fillMissing()
    {
        const QString root = ws::BundledWorkspaces::path(QStringLiteral("demo"));
        QVERIFY(!root.isEmpty());
        const ws::Workspace workspace = ws::WorkspaceLoader::load(root);
        EtcdCataloguePanel panel;
        panel.setWorkspace(workspace);
        panel.setStoredKeys({"/services/api/config/workers"});
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 10000);
        const int missing = panel.coverage().missingCount();
        QVERIFY(missing > 5);

        QTemporaryDir dir;
        QString suggested;
        const QString path = dir.filePath(QStringLiteral("missing.yaml"));
        panel.setPathProvider([&](const QString &s) {
            suggested = s;
            return path;
        });
        QSignalSpy written(&panel, &EtcdCataloguePanel::skeletonWritten);
        QTest::mouseClick(panel.findChild<QPushButton *>(QStringLiteral("catalogueFillMissing")),
                          Qt::LeftButton);
        QCOMPARE(written.count(), 1);
        QCOMPARE(written.first().first().toString(), path);
        QVERIFY(suggested.endsWith(QLatin1String("demo-missing-keys.yaml")));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ws::EtcdYamlParseResult parsed = ws::EtcdYamlDocument::parse(file.readAll());
        QVERIFY2(parsed.ok(), qPrintable(parsed.errorString()));
        QCOMPARE(parsed.entries.size(), missing);
        QStringList keys;
        for (const ws::EtcdYamlEntry &entry : parsed.entries) {
            keys << QString::fromUtf8(entry.key);
            QVERIFY2(entry.comment.contains(QLatin1String(".tmpl:")), qPrintable(entry.comment));
        }
        QCOMPARE(keys, panel.coverage().missingKeys());
        QVERIFY(!keys.contains(QStringLiteral("/services/api/config/workers")));
        QVERIFY(labelText(&panel, "catalogueMessage").contains(path));

        // Cancelled: nothing written, nothing said.
        panel.setPathProvider([](const QString &) { return QString(); });
        panel.fillMissingKeys();
        QCOMPARE(written.count(), 1);

        // A folder that does not exist: the reason, and no crash.
        QSignalSpy failed(&panel, &EtcdCataloguePanel::skeletonFailed);
        panel.setPathProvider(
            [&](const QString &) { return dir.filePath(QStringLiteral("no/such/dir/x.yaml")); });
        panel.fillMissingKeys();
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.first().first().toString().contains(QLatin1String("no/such/dir")));
        QVERIFY(panel.findChild<QLabel *>(QStringLiteral("catalogueMessage"))->isVisibleTo(&panel));
    }

    void noWorkspace()
    {
        EtcdCataloguePanel panel;
        panel.setStoredKeys({"/a"});
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 10000);
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(labelText(&panel, "catalogueStatus").contains(QLatin1String("No workspace")));
        QSignalSpy written(&panel, &EtcdCataloguePanel::skeletonWritten);
        panel.fillMissingKeys();
        QCOMPARE(written.count(), 0);
        QVERIFY(labelText(&panel, "catalogueMessage").contains(QLatin1String("nothing to fill")));
    }

    // Changes while a computation runs are computed right after it, from the latest keys.
    void changesWhileComputing()
    {
        EtcdCataloguePanel panel;
        QSignalSpy updated(&panel, &EtcdCataloguePanel::coverageUpdated);
        panel.setWorkspace(TestWorkspaces::demo());
        QList<QByteArray> keys;
        for (int i = 0; i < 20000; ++i)
            keys << "/services/db/hosts/h" + QByteArray::number(i);
        panel.setStoredKeys(keys);
        panel.addStoredKey("/services/web/config/port");
        panel.removeStoredKey("/services/db/hosts/h0");
        panel.recompute();
        QVERIFY(panel.isComputing());
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputing(), 30000);
        QVERIFY(updated.count() >= 1);
        QCOMPARE(panel.coverage().missingCount(), 0);
        QCOMPARE(panel.coverage().entry(QStringLiteral("/services/db/hosts/*"))->matchCount, 19999);
    }

    // A panel closed while it computes takes the answer with it.
    void destroyedWhileComputing()
    {
        auto panel = std::make_unique<EtcdCataloguePanel>();
        panel->setWorkspace(TestWorkspaces::demo());
        QList<QByteArray> keys;
        for (int i = 0; i < 50000; ++i)
            keys << "/services/db/hosts/h" + QByteArray::number(i);
        panel->setStoredKeys(keys);
        QVERIFY(panel->isComputing());
        panel.reset();
        QVERIFY(!panel);
    }
};

QTEST_MAIN(tst_EtcdCataloguePanel)
#include "tst_EtcdCataloguePanel.moc"
