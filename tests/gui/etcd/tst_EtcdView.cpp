// The etcd view put together against a real etcd: connecting (and failing to), the tree, the
// editor and the chain following the selection, live changes reaching the tree, the open editor
// and the template catalogue, and the connection dialog's profiles.
#include "EtcdFixture.h"
#include "ServerProcess.h"
#include "etcd/EtcdBrowser.h"
#include "etcd/EtcdCataloguePanel.h"
#include "etcd/EtcdChainPanel.h"
#include "etcd/EtcdClient.h"
#include "etcd/EtcdConnectionDialog.h"
#include "etcd/EtcdKv.h"
#include "etcd/EtcdTemplateCoverage.h"
#include "etcd/EtcdTreeModel.h"
#include "etcd/EtcdValueEditor.h"
#include "etcd/EtcdView.h"
#include "settings/ProfileStore.h"
#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceLoader.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using ws::test::EtcdFixture;

class tst_EtcdView : public QObject
{
    Q_OBJECT

    EtcdFixture m_etcd;
    QTemporaryDir m_home;
    ws::Workspace m_demo;

    ws::EtcdEndpoints endpoints() const
    {
        return ws::EtcdEndpoints::fromList(m_etcd.clientUrl().toString());
    }

    // Writes through a second client, as etcdctl or registrator would; returns the revision.
    qint64 put(const QByteArray &key, const QByteArray &value)
    {
        ws::EtcdClient client(endpoints());
        ws::EtcdKv kv(&client);
        ws::EtcdPutJob *job = kv.put(key, value);
        QSignalSpy done(job, &ws::ApiJob::finished);
        if (!done.wait(10000) || job->hasError())
            return -1;
        return job->result();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Drafts and profiles go to the test's own folders.
        qputenv("WHALESTACK_DATA_DIR", m_home.filePath(QStringLiteral("data")).toUtf8());
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
        QVERIFY2(m_etcd.start(), qPrintable(m_etcd.failureReason()));
        const QString demo = ws::BundledWorkspaces::path(QStringLiteral("demo"));
        QVERIFY2(!demo.isEmpty(), "the bundled demo workspace is not found");
        m_demo = ws::WorkspaceLoader::load(demo);
        QVERIFY(!m_demo.keyCatalogue.isEmpty());
    }

    void unreachableClusterIsSaid()
    {
        ws::EtcdView view;
        QSignalSpy failed(&view, &ws::EtcdView::connectionFailed);
        const quint16 port = ws::test::ServerProcess::freeTcpPort();
        view.connectTo(
            ws::EtcdEndpoints::fromList(QStringLiteral("http://127.0.0.1:%1").arg(port)));
        QVERIFY(failed.wait(20000));
        QVERIFY(!view.isConnected());
        QVERIFY2(view.statusText().contains(QStringLiteral("Cannot connect")),
                 qPrintable(view.statusText()));
        QVERIFY(view.statusText().contains(QString::number(port)));
    }

    void selectionDrivesEditorAndChain()
    {
        QVERIFY(put("/services/view/config/listen", "0.0.0.0:80") > 0);
        QVERIFY(put("/services/view/config/password", "hunter2") > 0);
        ws::EtcdView view;
        view.setWorkspace(m_demo);
        view.resize(1000, 600);
        QSignalSpy loaded(&view, &ws::EtcdView::keysLoaded);
        view.connectTo(endpoints());
        QVERIFY(loaded.wait(20000));
        QVERIFY(loaded.first().first().toInt() >= 2);
        QVERIFY(view.isConnected());
        QVERIFY(view.statusText().contains(QStringLiteral("watching")));

        QVERIFY(view.browser()->selectKey("/services/view/config/listen"));
        QVERIFY(view.editor());
        QTRY_COMPARE_WITH_TIMEOUT(view.editor()->key(), QByteArray("/services/view/config/listen"),
                                  10000);
        QTRY_VERIFY_WITH_TIMEOUT(!view.editor()->isLoading(), 10000);
        QCOMPARE(view.editor()->currentValue(), QByteArray("0.0.0.0:80"));
        QCOMPARE(view.chainPanel()->key(), QByteArray("/services/view/config/listen"));
        // Nothing to save or revert until the text differs from the stored value.
        auto *save = view.editor()->findChild<QPushButton *>(QStringLiteral("save"));
        auto *revert = view.editor()->findChild<QPushButton *>(QStringLiteral("revert"));
        QVERIFY(save && revert);
        QVERIFY(!save->isEnabled());
        QVERIFY(!revert->isEnabled());
        auto *edit = view.editor()->findChild<QPlainTextEdit *>(QStringLiteral("valueEdit"));
        QVERIFY(edit);
        edit->setPlainText(QStringLiteral("0.0.0.0:8080"));
        QTRY_VERIFY_WITH_TIMEOUT(save->isEnabled(), 10000);
        QVERIFY(revert->isEnabled());
        QTest::mouseClick(revert, Qt::LeftButton);
        // Revert reads the stored value again.
        QTRY_COMPARE_WITH_TIMEOUT(view.editor()->currentValue(), QByteArray("0.0.0.0:80"), 10000);
        QVERIFY(!save->isEnabled());

        // A secret-looking key opens masked.
        QVERIFY(view.browser()->selectKey("/services/view/config/password"));
        QTRY_COMPARE_WITH_TIMEOUT(view.editor()->key(),
                                  QByteArray("/services/view/config/password"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!view.editor()->isLoading(), 10000);
        QVERIFY(view.editor()->isMasked());
    }

    void liveChangesReachTreeEditorAndCatalogue()
    {
        QVERIFY(put("/services/live/config/a", "1") > 0);
        ws::EtcdView view;
        view.setWorkspace(m_demo);
        QSignalSpy loaded(&view, &ws::EtcdView::keysLoaded);
        view.connectTo(endpoints());
        QVERIFY(loaded.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(!view.cataloguePanel()->isComputing(), 10000);
        const QStringList missing = view.cataloguePanel()->coverage().missingKeys();
        QVERIFY2(!missing.isEmpty(), "the demo's template keys should be missing from this store");
        const int missingBefore = view.cataloguePanel()->coverage().missingCount();

        QVERIFY(view.browser()->selectKey("/services/live/config/a"));
        QTRY_VERIFY_WITH_TIMEOUT(view.editor()->key() == "/services/live/config/a"
                                     && !view.editor()->isLoading(),
                                 10000);
        const qint64 before = view.editor()->base().modRevision;

        // Someone else changes the open key and adds a key a template reads.
        const qint64 changed = put("/services/live/config/a", "2");
        QVERIFY(changed > before);
        QVERIFY(put(missing.first().toUtf8(), "filled") > 0);
        QTRY_VERIFY_WITH_TIMEOUT(
            view.browser()->model()->indexForKey(missing.first().toUtf8()).isValid(), 10000);
        // The editor held no edit: it shows their value at once.
        QTRY_COMPARE_WITH_TIMEOUT(view.editor()->base().modRevision, changed, 10000);
        QCOMPARE(view.editor()->currentValue(), QByteArray("2"));
        QVERIFY(!view.editor()->isDirty());
        QTRY_COMPARE_WITH_TIMEOUT(view.cataloguePanel()->coverage().missingCount(),
                                  missingBefore - 1, 10000);
        // The selection stayed where it was.
        QCOMPARE(view.browser()->currentKey(), QByteArray("/services/live/config/a"));
    }

    void connectionDialogSavesProfileWithoutPassword()
    {
        qputenv("ETCDCTL_ENDPOINTS", "http://10.9.8.7:2379,http://10.9.8.6:2379");
        qputenv("ETCDCTL_USER", "operator:pa55");
        ws::ProfileStore profiles(m_home.filePath(QStringLiteral("profiles.yaml")));
        ws::EtcdConnectionDialog dialog(&profiles, nullptr);
        qunsetenv("ETCDCTL_ENDPOINTS");
        qunsetenv("ETCDCTL_USER");
        ws::ConnectionProfile profile = dialog.profile();
        QCOMPARE(profile.endpoints,
                 QStringList({QStringLiteral("http://10.9.8.7:2379"),
                              QStringLiteral("http://10.9.8.6:2379")}));
        QCOMPARE(profile.username, QStringLiteral("operator"));
        QCOMPARE(dialog.password(), QByteArray("pa55"));

        auto *saveAs = dialog.findChild<QLineEdit *>(QStringLiteral("etcdSaveAsEdit"));
        QVERIFY(saveAs);
        saveAs->setText(QStringLiteral("lab"));
        dialog.setApi(ws::EtcdConnectionDialog::Api::V2);
        QCOMPARE(dialog.saveProfile(), QString());
        QFile file(profiles.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray yaml = file.readAll();
        QVERIFY(yaml.contains("name: lab"));
        QVERIFY(yaml.contains("10.9.8.7"));
        QVERIFY2(!yaml.contains("pa55"), "a password must never reach the profiles file");

        // The saved profile comes back in a new dialog, without its password (no keychain here).
        ws::ProfileStore reread(profiles.filePath());
        QVERIFY(reread.load());
        ws::EtcdConnectionDialog again(&reread, nullptr);
        again.selectProfile(QStringLiteral("lab"));
        QCOMPARE(again.profile().name, QStringLiteral("lab"));
        QCOMPARE(again.profile().username, QStringLiteral("operator"));
        QVERIFY(again.password().isEmpty());
    }

    void cleanupTestCase() { m_etcd.stop(); }
};

QTEST_MAIN(tst_EtcdView)
#include "tst_EtcdView.moc"
