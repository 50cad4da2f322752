// EtcdChainPanel offscreen: a key's chain drawn as a tree (template file:line, rendered file,
// check and reload commands, images, units), a key nothing reads said plainly, a key with a
// lease marked as the cluster's, no workspace, and only the newest of quick requests shown.
#include "etcd/EtcdChainPanel.h"
#include "workspace/BundledWorkspaces.h"
#include "workspace/WorkspaceLoader.h"

#include "../TestWorkspaces.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTreeWidget>
#include <QtTest>

using ws::EtcdChainPanel;

namespace {

QString labelText(const QWidget *parent, const char *name)
{
    auto *label = parent->findChild<QLabel *>(QLatin1String(name));
    return label ? label->text() : QStringLiteral("<no label %1>").arg(QLatin1String(name));
}

// Every item's first column, depth first.
QStringList treeTexts(const QTreeWidget *tree)
{
    QStringList texts;
    std::function<void(const QTreeWidgetItem *)> walk = [&](const QTreeWidgetItem *item) {
        texts << item->text(0) + QLatin1Char('|') + item->text(1);
        for (int i = 0; i < item->childCount(); ++i)
            walk(item->child(i));
    };
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        walk(tree->topLevelItem(i));
    return texts;
}

bool anyContains(const QStringList &texts, const QString &part)
{
    return std::any_of(texts.begin(), texts.end(),
                       [&](const QString &text) { return text.contains(part); });
}

} // namespace

class tst_EtcdChainPanel : public QObject
{
    Q_OBJECT

private slots:
    void chain()
    {
        EtcdChainPanel panel;
        panel.setWorkspace(TestWorkspaces::demo());
        QSignalSpy shown(&panel, &EtcdChainPanel::chainShown);
        panel.showKey(QByteArray("/services/web/config/port"));
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.first().first().toByteArray(), QByteArray("/services/web/config/port"));
        QCOMPARE(panel.tree()->topLevelItemCount(), 1);
        const QStringList texts = treeTexts(panel.tree());
        QVERIFY2(anyContains(texts, QStringLiteral("template web.conf.tmpl (getv")),
                 qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(anyContains(texts,
                            QStringLiteral("apps/web/root/etc/confd/templates/web.conf.tmpl:1")));
        QVERIFY(anyContains(texts, QStringLiteral("renders /etc/web.conf")));
        QVERIFY(anyContains(texts, QStringLiteral("then runs sv hup web")));
        QVERIFY(anyContains(texts, QStringLiteral("image guitest/demo-web:1.0")));
        QVERIFY(anyContains(texts, QStringLiteral("unit web@.service|units/web@.service:5")));
        QVERIFY(anyContains(texts, QStringLiteral("unit web@1.service")));
        const QString summary = labelText(&panel, "chainSummary");
        QVERIFY2(summary.contains(QLatin1String("1 image"))
                     && summary.contains(QLatin1String("2 unit")),
                 qPrintable(summary));
        QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("chainLease"))->isVisibleTo(&panel));
    }

    void nothingReadsIt()
    {
        EtcdChainPanel panel;
        panel.setWorkspace(TestWorkspaces::demo());
        QSignalSpy shown(&panel, &EtcdChainPanel::chainShown);
        panel.showKey(QByteArray("/nobody/reads/this"));
        QVERIFY(shown.wait(10000));
        QCOMPARE(panel.tree()->topLevelItemCount(), 0);
        const QString summary = labelText(&panel, "chainSummary");
        QVERIFY2(summary.contains(QLatin1String("No template and no unit")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("/nobody/reads/this")));
    }

    void leasedKey()
    {
        EtcdChainPanel panel;
        panel.setWorkspace(TestWorkspaces::demo());
        QSignalSpy shown(&panel, &EtcdChainPanel::chainShown);
        ws::EtcdKeyValue kv;
        kv.key = "/services/db/hosts/db1:5432";
        kv.lease = 7587;
        kv.leaseTtl = 25;
        panel.showKey(kv);
        QVERIFY(shown.wait(10000));
        auto *lease = panel.findChild<QLabel *>(QStringLiteral("chainLease"));
        QVERIFY(lease->isVisibleTo(&panel));
        QVERIFY(lease->text().contains(QLatin1String("Owned by the cluster")));
        QVERIFY(lease->text().contains(QLatin1String("25 second")));
        // The pattern read by two images: two chains.
        QCOMPARE(panel.tree()->topLevelItemCount(), 2);

        // The next key without a lease hides the mark.
        panel.showKey(QByteArray("/services/web/config/port"));
        QVERIFY(shown.wait(10000));
        QVERIFY(!lease->isVisibleTo(&panel));
    }

    void noWorkspace()
    {
        EtcdChainPanel panel;
        QSignalSpy shown(&panel, &EtcdChainPanel::chainShown);
        panel.showKey(QByteArray("/a/b"));
        QVERIFY(shown.wait(10000));
        QVERIFY(labelText(&panel, "chainSummary").contains(QLatin1String("No workspace")));
        panel.clear();
        QVERIFY(panel.key().isEmpty());
        QVERIFY(labelText(&panel, "chainTitle").contains(QLatin1String("No key")));
    }

    void newestRequestWins()
    {
        EtcdChainPanel panel;
        panel.setWorkspace(TestWorkspaces::demo());
        QSignalSpy shown(&panel, &EtcdChainPanel::chainShown);
        panel.showKey(QByteArray("/services/web/config/port"));
        panel.showKey(QByteArray("/nobody/reads/this"));
        QVERIFY(shown.wait(10000));
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().toByteArray(), QByteArray("/nobody/reads/this"));
        QCOMPARE(panel.tree()->topLevelItemCount(), 0);
    }

    // The bundled demo: the base image's key reaches every image built on it.
    void bundledInherited()
    {
        const QString root = ws::BundledWorkspaces::path(QStringLiteral("demo"));
        QVERIFY(!root.isEmpty());
        EtcdChainPanel panel;
        panel.setWorkspace(ws::WorkspaceLoader::load(root));
        QSignalSpy shown(&panel, &EtcdChainPanel::chainShown);
        panel.showKey(QByteArray("/demo/cluster/name"));
        QVERIFY(shown.wait(10000));
        const QStringList texts = treeTexts(panel.tree());
        QVERIFY(anyContains(texts, QStringLiteral("renders /etc/motd")));
        QVERIFY(anyContains(texts, QStringLiteral("(built on whalestack/demo-base:1.0)")));
        QVERIFY(anyContains(texts, QStringLiteral("unit worker.service")));
        QVERIFY(panel.chains().unitNames().size() >= 6);

        // A unit's own image key: the unit reads it directly.
        panel.showKey(QByteArray("/services/web/config/web-image-name"));
        QVERIFY(shown.wait(10000));
        QVERIFY(anyContains(treeTexts(panel.tree()),
                            QStringLiteral("units that read the key themselves")));
    }
};

QTEST_MAIN(tst_EtcdChainPanel)
#include "tst_EtcdChainPanel.moc"
