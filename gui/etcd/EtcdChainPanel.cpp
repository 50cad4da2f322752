#include "EtcdChainPanel.h"

#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ws {

EtcdChainPanel::EtcdChainPanel(QWidget *parent)
    : QWidget(parent), m_title(new QLabel(this)), m_summary(new QLabel(this)),
      m_lease(new QLabel(this)), m_tree(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("etcdChainPanel"));
    m_title->setObjectName(QStringLiteral("chainTitle"));
    m_summary->setObjectName(QStringLiteral("chainSummary"));
    m_lease->setObjectName(QStringLiteral("chainLease"));
    m_tree->setObjectName(QStringLiteral("chainTree"));
    for (QLabel *label : {m_title, m_summary, m_lease}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_lease->hide();
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("What the key reaches"), tr("Where")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setUniformRowHeights(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_lease);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    clear();
}

EtcdChainPanel::~EtcdChainPanel() = default;

void EtcdChainPanel::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    if (!m_key.isEmpty())
        compute();
}

void EtcdChainPanel::showKey(const QByteArray &key)
{
    EtcdKeyValue kv;
    kv.key = key;
    showKey(kv);
}

void EtcdChainPanel::showKey(const EtcdKeyValue &kv)
{
    m_key = kv.key;
    m_kv = kv;
    compute();
}

void EtcdChainPanel::clear()
{
    ++m_generation;
    m_key.clear();
    m_kv = {};
    m_chains = {};
    m_title->setText(tr("No key selected"));
    m_summary->setText(tr("Select a key to see the templates, images and units it reaches."));
    m_lease->hide();
    m_tree->clear();
}

void EtcdChainPanel::compute()
{
    const quint64 generation = ++m_generation;
    m_title->setText(tr("Key %1").arg(QString::fromUtf8(m_key)));
    m_summary->setText(tr("Following the key through the workspace…"));
    // Off the UI thread: a key of a base image reaches every image built on it, and every unit
    // file is searched for each. A watcher owned by the panel (not QFuture::then(this, …), which
    // asserts in Qt 6.4 when the panel dies first).
    auto *watcher = new QFutureWatcher<EtcdKeyChains>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_chains = watcher->result();
        render();
        emit chainShown(m_chains.key);
    });
    watcher->setFuture(QtConcurrent::run(
        [workspace = m_workspace, key = m_key] { return EtcdKeyChain::chains(workspace, key); }));
}

QString EtcdChainPanel::relative(const QString &path) const
{
    if (m_workspace.root.isEmpty() || !path.startsWith(m_workspace.root + QLatin1Char('/')))
        return path;
    return QDir(m_workspace.root).relativeFilePath(path);
}

void EtcdChainPanel::addUnits(QTreeWidgetItem *parent, const QList<EtcdChainUnit> &units)
{
    if (units.isEmpty()) {
        auto *none = new QTreeWidgetItem(parent, {tr("no unit runs this image")});
        none->setDisabled(true);
        return;
    }
    for (const EtcdChainUnit &unit : units) {
        QString why;
        switch (unit.reason) {
        case EtcdChainUnit::Reason::ReadsImageKey:
            why = tr("runs the image named by %1").arg(unit.detail);
            break;
        case EtcdChainUnit::Reason::NamesImage:
            why = tr("runs %1").arg(unit.detail);
            break;
        case EtcdChainUnit::Reason::ReadsKey:
            why = tr("reads the key with etcdctl");
            break;
        }
        auto *item = new QTreeWidgetItem(
            parent,
            {tr("unit %1").arg(unit.name),
             QStringLiteral("%1:%2").arg(relative(unit.path)).arg(unit.line)});
        item->setToolTip(0, why);
        item->setData(0, Qt::UserRole, unit.name);
    }
}

void EtcdChainPanel::render()
{
    m_tree->clear();
    const QString keyText = QString::fromUtf8(m_key);
    m_title->setText(tr("Key %1").arg(keyText));
    if (m_kv.lease != 0 || m_kv.leaseTtl >= 0) {
        QString lease = tr("Owned by the cluster: the key has a lease, so registrator (or another "
                           "agent) writes it and will rewrite or expire it. Edit it by hand only "
                           "for a test.");
        if (m_kv.leaseTtl >= 0)
            lease += QLatin1Char(' ')
                + tr("About %n second(s) left on the lease.", nullptr, int(m_kv.leaseTtl));
        m_lease->setText(lease);
        m_lease->show();
    } else {
        m_lease->hide();
    }

    if (m_chains.isEmpty()) {
        m_summary->setText(
            m_workspace.root.isEmpty()
                ? tr("No workspace is open, so nothing is known about who reads %1.").arg(keyText)
                : tr("No template and no unit of workspace %1 reads %2: changing it touches "
                     "nothing the workspace knows of.")
                      .arg(m_workspace.name, keyText));
        return;
    }
    m_summary->setText(
        tr("A change reaches %n template read(s), ", nullptr, int(m_chains.links.size()))
        + tr("%n image(s) ", nullptr, int(m_chains.imageNames().size()))
        + tr("and %n unit(s).", nullptr, int(m_chains.unitNames().size())));

    for (const EtcdChainLink &link : m_chains.links) {
        auto *templ = new QTreeWidgetItem(
            m_tree,
            {tr("template %1 (%2 %3)")
                 .arg(QFileInfo(link.templatePath).fileName(), link.function, link.readKey),
             QStringLiteral("%1:%2").arg(relative(link.templatePath)).arg(link.line)});
        auto *dest = new QTreeWidgetItem(
            templ, {tr("renders %1").arg(link.dest), relative(link.resourcePath)});
        QTreeWidgetItem *last = dest;
        if (!link.checkCmd.isEmpty())
            last = new QTreeWidgetItem(dest, {tr("checked with %1").arg(link.checkCmd)});
        auto *reload = new QTreeWidgetItem(
            last,
            {link.reloadCmd.isEmpty() ? tr("no reload_cmd: the process keeps the old file "
                                           "until it restarts")
                                      : tr("then runs %1").arg(link.reloadCmd)});
        for (const EtcdChainImage &image : link.images) {
            auto *imageItem = new QTreeWidgetItem(
                reload,
                {image.inheritedFrom.isEmpty()
                     ? tr("image %1").arg(image.name)
                     : tr("image %1 (built on %2)").arg(image.name, image.inheritedFrom)});
            imageItem->setData(0, Qt::UserRole, image.name);
            addUnits(imageItem, image.units);
        }
    }
    if (!m_chains.directUnits.isEmpty()) {
        auto *direct = new QTreeWidgetItem(m_tree, {tr("units that read the key themselves")});
        addUnits(direct, m_chains.directUnits);
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

} // namespace ws
