// EtcdImportDialog and EtcdExportAction driven through their widgets against a real etcd
// (offscreen): export a prefix to a file, import it back after changes (dry-run table, counts,
// Apply), a refusal listing the key a second client changed after the dry run, and a broken
// file shown with its line.
#include "EtcdFixture.h"

#include "etcd/EtcdClient.h"
#include "etcd/EtcdExportAction.h"
#include "etcd/EtcdImportDialog.h"
#include "etcd/EtcdKv.h"

#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ws;
using ws::test::EtcdFixture;

class tst_EtcdImportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportThenImport();
    void refusalShowsKeys();
    void brokenFile();

private:
    bool put(const QByteArray &key, const QByteArray &value);
    QByteArray get(const QByteArray &key);
    QString writeFile(const char *name, const QByteArray &content);

    EtcdFixture m_etcd;
    QTemporaryDir m_dir;
    std::unique_ptr<EtcdClient> m_client;
    std::unique_ptr<EtcdKv> m_kv;
};

void tst_EtcdImportDialog::initTestCase()
{
    QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
    m_client = std::make_unique<EtcdClient>(EtcdEndpoints::fromList(m_etcd.clientUrl().toString()));
    m_kv = std::make_unique<EtcdKv>(m_client.get());
}

bool tst_EtcdImportDialog::put(const QByteArray &key, const QByteArray &value)
{
    EtcdPutJob *job = m_kv->put(key, value);
    QSignalSpy done(job, &ApiJob::finished);
    const bool ok = done.wait(30'000) && !job->hasError();
    job->deleteLater();
    return ok;
}

QByteArray tst_EtcdImportDialog::get(const QByteArray &key)
{
    EtcdRangeJob *job = m_kv->range(key);
    QSignalSpy done(job, &ApiJob::finished);
    if (!done.wait(30'000))
        return "(timeout)";
    job->deleteLater();
    return job->result().kvs.isEmpty() ? QByteArray("(none)") : job->result().kvs.front().value;
}

QString tst_EtcdImportDialog::writeFile(const char *name, const QByteArray &content)
{
    const QString path = m_dir.filePath(QLatin1String(name));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
    return path;
}

void tst_EtcdImportDialog::exportThenImport()
{
    QVERIFY(put("/gui/a", "1"));
    QVERIFY(put("/gui/b", "two\nlines\n"));
    QVERIFY(put("/gui/c", "3"));

    EtcdExportAction action(m_kv.get(), nullptr);
    action.setPrefix("/gui/");
    QSignalSpy exported(&action, &EtcdExportAction::finished);
    const QString file = m_dir.filePath(QStringLiteral("gui.yaml"));
    action.exportTo(file);
    QVERIFY(!action.isEnabled());
    QVERIFY(exported.wait(30'000));
    QVERIFY2(exported.at(0).at(0).toBool(), qPrintable(exported.at(0).at(1).toString()));
    QVERIFY(exported.at(0).at(1).toString().contains(file));
    QVERIFY(action.isEnabled());

    // Change the store: one value, one key gone, one key extra.
    QVERIFY(put("/gui/a", "changed"));
    EtcdDeleteJob *removed = m_kv->remove("/gui/c");
    QSignalSpy removedSpy(removed, &ApiJob::finished);
    QVERIFY(removedSpy.wait(30'000));
    QVERIFY(put("/gui/extra", "x"));

    EtcdImportDialog dialog(m_kv.get());
    dialog.show();
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importTable"));
    auto *apply = dialog.findChild<QPushButton *>(QStringLiteral("importApply"));
    auto *prune = dialog.findChild<QCheckBox *>(QStringLiteral("importPrune"));
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("importSummary"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"));
    QVERIFY(table && apply && prune && summary && status);
    QSignalSpy shown(&dialog, &EtcdImportDialog::dryRunShown);
    dialog.loadFile(file);
    QVERIFY(shown.wait(30'000));
    QVERIFY(shown.at(0).at(0).toBool());
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("change"));
    QCOMPARE(table->item(0, 1)->text(), QStringLiteral("/gui/a"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("changed"));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("1"));
    QCOMPARE(table->item(1, 0)->text(), QStringLiteral("add"));
    QCOMPARE(table->item(1, 1)->text(), QStringLiteral("/gui/c"));
    QVERIFY(summary->text().startsWith(
        QStringLiteral("1 to add, 1 to change, 1 unchanged, 0 to delete")));
    QVERIFY(apply->isEnabled());

    // With prune, the extra key is listed for deletion.
    prune->setChecked(true);
    QVERIFY(shown.wait(30'000));
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 0)->text(), QStringLiteral("delete"));
    QCOMPARE(table->item(2, 1)->text(), QStringLiteral("/gui/extra"));

    QSignalSpy applied(&dialog, &EtcdImportDialog::applied);
    QTest::mouseClick(apply, Qt::LeftButton);
    QVERIFY(applied.wait(30'000));
    QVERIFY2(applied.at(0).at(0).toBool(), qPrintable(status->text()));
    QVERIFY(status->text().startsWith(QStringLiteral("Imported 3 change")));
    QCOMPARE(get("/gui/a"), QByteArray("1"));
    QCOMPARE(get("/gui/c"), QByteArray("3"));
    QCOMPARE(get("/gui/extra"), QByteArray("(none)"));
    QVERIFY(!apply->isEnabled());
}

void tst_EtcdImportDialog::refusalShowsKeys()
{
    QVERIFY(put("/ref/a", "1"));
    const QString file = writeFile("refuse.yaml", "keys:\n  /ref/a: mine\n  /ref/b: new\n");
    EtcdImportDialog dialog(m_kv.get());
    dialog.show();
    QSignalSpy shown(&dialog, &EtcdImportDialog::dryRunShown);
    dialog.loadFile(file);
    QVERIFY(shown.wait(30'000));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("importTable"));
    QCOMPARE(table->rowCount(), 2);

    // Someone else writes after the dry run.
    QVERIFY(put("/ref/a", "theirs"));
    QSignalSpy applied(&dialog, &EtcdImportDialog::applied);
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importApply")),
                      Qt::LeftButton);
    QVERIFY(applied.wait(30'000));
    QCOMPARE(applied.at(0).at(0).toBool(), false);
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"))->text();
    QVERIFY2(status.contains(QStringLiteral("refused")), qPrintable(status));
    QVERIFY(status.contains(QStringLiteral("Changed since the dry run:\n/ref/a")));
    QCOMPARE(get("/ref/a"), QByteArray("theirs"));
    QCOMPARE(get("/ref/b"), QByteArray("(none)"));
}

void tst_EtcdImportDialog::brokenFile()
{
    const QString file = writeFile("broken.yaml", "keys:\n  /x: 1\n  /x: 2\n");
    EtcdImportDialog dialog(m_kv.get());
    QSignalSpy shown(&dialog, &EtcdImportDialog::dryRunShown);
    dialog.loadFile(file);
    QVERIFY(shown.wait(30'000));
    QCOMPARE(shown.at(0).at(0).toBool(), false);
    const QString status = dialog.findChild<QLabel *>(QStringLiteral("importStatus"))->text();
    QVERIFY2(status.contains(file + QStringLiteral(":3:3:")), qPrintable(status));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importApply"))->isEnabled());
}

QTEST_MAIN(tst_EtcdImportDialog)
#include "tst_EtcdImportDialog.moc"
