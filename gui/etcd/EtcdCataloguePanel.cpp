#include "EtcdCataloguePanel.h"

#include "EtcdCataloguePanelModel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ws {

namespace {

// How long live changes are gathered before the coverage is computed again: a burst of watch
// events becomes one computation (the first change starts the timer; later ones ride along).
constexpr int debounceMs = 150;

QString askForPath(const QString &suggested)
{
    return QFileDialog::getSaveFileName(nullptr, EtcdCataloguePanel::tr("Save Missing Keys"),
                                        suggested,
                                        EtcdCataloguePanel::tr("YAML files (*.yaml *.yml)"));
}

} // namespace

EtcdCataloguePanel::EtcdCataloguePanel(QWidget *parent)
    : QWidget(parent), m_model(new EtcdCataloguePanelModel(this)),
      m_stateProxy(new QSortFilterProxyModel(this)), m_textProxy(new QSortFilterProxyModel(this)),
      m_stateCombo(new QComboBox(this)), m_filter(new QLineEdit(this)),
      m_fill(new QPushButton(tr("Fill Missing Keys…"), this)), m_status(new QLabel(this)),
      m_message(new QLabel(this)), m_table(new QTableView(this)), m_unused(new QListWidget(this)),
      m_debounce(new QTimer(this)), m_pathProvider(askForPath)
{
    setObjectName(QStringLiteral("etcdCataloguePanel"));
    m_stateCombo->setObjectName(QStringLiteral("catalogueStateFilter"));
    m_filter->setObjectName(QStringLiteral("catalogueFilter"));
    m_fill->setObjectName(QStringLiteral("catalogueFillMissing"));
    m_status->setObjectName(QStringLiteral("catalogueStatus"));
    m_message->setObjectName(QStringLiteral("catalogueMessage"));
    m_table->setObjectName(QStringLiteral("catalogueTable"));
    m_unused->setObjectName(QStringLiteral("catalogueUnused"));

    m_stateCombo->addItem(tr("All keys"), int(StateFilter::All));
    m_stateCombo->addItem(tr("Set"), int(StateFilter::Set));
    m_stateCombo->addItem(tr("Missing"), int(StateFilter::Missing));
    m_stateCombo->addItem(tr("Patterns"), int(StateFilter::Patterns));
    m_stateCombo->addItem(tr("Patterns matching nothing"), int(StateFilter::EmptyPatterns));
    m_filter->setPlaceholderText(tr("Filter by key"));
    m_filter->setClearButtonEnabled(true);
    m_fill->setToolTip(tr("Write the missing keys to a YAML file to fill in and import"));
    for (QLabel *label : {m_status, m_message}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }
    m_message->hide();
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(debounceMs);

    m_stateProxy->setSourceModel(m_model);
    m_stateProxy->setFilterRole(EtcdCataloguePanelModel::FilterRole);
    m_stateProxy->setFilterKeyColumn(EtcdCataloguePanelModel::KeyColumn);
    m_textProxy->setSourceModel(m_stateProxy);
    m_textProxy->setFilterKeyColumn(EtcdCataloguePanelModel::KeyColumn);
    m_textProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_textProxy->setSortRole(EtcdCataloguePanelModel::SortRole);
    m_table->setModel(m_textProxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EtcdCataloguePanelModel::KeyColumn, Qt::AscendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < EtcdCataloguePanelModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::Interactive);
    header->setStretchLastSection(true);
    m_unused->setToolTip(tr("Stored keys that no template reads, by prefix"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_stateCombo);
    top->addWidget(m_filter, 1);
    top->addWidget(m_fill);
    auto *unusedBox = new QWidget(this);
    auto *unusedLayout = new QVBoxLayout(unusedBox);
    unusedLayout->setContentsMargins(0, 0, 0, 0);
    unusedLayout->addWidget(new QLabel(tr("Stored keys no template reads"), unusedBox));
    unusedLayout->addWidget(m_unused, 1);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_table);
    splitter->addWidget(unusedBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    connect(m_stateCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        setStateFilter(StateFilter(m_stateCombo->itemData(index).toInt()));
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_textProxy->setFilterFixedString(text);
        updateStatus();
    });
    connect(m_fill, &QPushButton::clicked, this, &EtcdCataloguePanel::fillMissingKeys);
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString key = index.data(EtcdCataloguePanelModel::KeyRole).toString();
        if (!key.isEmpty())
            emit keyActivated(key.toUtf8());
    });
    connect(m_unused, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QByteArray key = item->data(Qt::UserRole).toByteArray();
        if (!key.isEmpty())
            emit keyActivated(key);
    });
    connect(m_debounce, &QTimer::timeout, this, &EtcdCataloguePanel::recompute);

    updateStatus();
}

EtcdCataloguePanel::~EtcdCataloguePanel() = default;

void EtcdCataloguePanel::setWorkspace(const Workspace &workspace)
{
    m_workspace = workspace;
    recompute();
}

void EtcdCataloguePanel::setStoredKeys(const QList<QByteArray> &keys,
                                       const QSet<QByteArray> &leasedKeys)
{
    m_keys = QSet<QByteArray>(keys.begin(), keys.end());
    m_leased = leasedKeys;
    recompute();
}

void EtcdCataloguePanel::addStoredKey(const QByteArray &key, bool leased)
{
    m_keys.insert(key);
    if (leased)
        m_leased.insert(key);
    else
        m_leased.remove(key);
    if (!m_debounce->isActive())
        m_debounce->start();
}

void EtcdCataloguePanel::removeStoredKey(const QByteArray &key)
{
    m_keys.remove(key);
    m_leased.remove(key);
    if (!m_debounce->isActive())
        m_debounce->start();
}

void EtcdCataloguePanel::setPathProvider(PathProvider provider)
{
    m_pathProvider = provider ? std::move(provider) : PathProvider(askForPath);
}

void EtcdCataloguePanel::setStateFilter(StateFilter filter)
{
    const int index = m_stateCombo->findData(int(filter));
    if (index != m_stateCombo->currentIndex()) {
        m_stateCombo->setCurrentIndex(index); // comes back here through the signal
        return;
    }
    switch (filter) {
    case StateFilter::All:
        m_stateProxy->setFilterRegularExpression(QString());
        break;
    case StateFilter::Set:
        m_stateProxy->setFilterRegularExpression(QStringLiteral("^set$"));
        break;
    case StateFilter::Missing:
        m_stateProxy->setFilterRegularExpression(QStringLiteral("^missing$"));
        break;
    case StateFilter::Patterns:
        m_stateProxy->setFilterRegularExpression(QStringLiteral("^pattern"));
        break;
    case StateFilter::EmptyPatterns:
        m_stateProxy->setFilterRegularExpression(QStringLiteral("^pattern empty$"));
        break;
    }
    updateStatus();
}

EtcdCataloguePanel::StateFilter EtcdCataloguePanel::stateFilter() const
{
    return StateFilter(m_stateCombo->currentData().toInt());
}

const EtcdCoverage &EtcdCataloguePanel::coverage() const
{
    return m_model->coverage();
}

void EtcdCataloguePanel::recompute()
{
    m_debounce->stop();
    if (m_computing) {
        // One computation at a time: the next starts when this one is shown, with whatever the
        // keys are by then. A steady stream of changes thus still shows a coverage every
        // computation, instead of dropping each answer for a newer request.
        m_pending = true;
        return;
    }
    m_computing = true;
    updateStatus();
    // A watcher owned by the panel rather than QFuture::then(this, …), which asserts in Qt 6.4
    // when the panel dies before the computation ends. The inputs are copied (implicitly
    // shared), so the worker never touches the panel.
    auto *watcher = new QFutureWatcher<EtcdCoverage>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_computing = false;
        showCoverage(watcher->result());
        if (m_pending) {
            m_pending = false;
            recompute();
        }
    });
    watcher->setFuture(
        QtConcurrent::run([workspace = m_workspace, keys = m_keys, leased = m_leased] {
            return EtcdTemplateCoverage::compute(
                workspace, QList<QByteArray>(keys.begin(), keys.end()), leased);
        }));
}

void EtcdCataloguePanel::showCoverage(const EtcdCoverage &coverage)
{
    m_model->setCoverage(coverage);
    m_unused->clear();
    for (const EtcdKeyGroup &group : coverage.unusedGroups()) {
        auto *item = new QListWidgetItem(
            tr("%1 (%n key(s))", nullptr, group.count).arg(QString::fromUtf8(group.prefix)),
            m_unused);
        item->setData(Qt::UserRole, group.prefix);
    }
    if (!coverage.clusterOwned.isEmpty()) {
        auto *item = new QListWidgetItem(
            tr("%n more key(s) with a lease: written by the cluster (registrator)", nullptr,
               int(coverage.clusterOwned.size())),
            m_unused);
        item->setFlags(Qt::ItemIsEnabled);
    }
    updateStatus();
    emit coverageUpdated();
}

void EtcdCataloguePanel::updateStatus()
{
    const EtcdCoverage &c = m_model->coverage();
    QString text;
    if (c.entries.isEmpty()) {
        text = m_workspace.root.isEmpty() ? tr("No workspace: open one to see its templates' keys.")
                                          : tr("The workspace's templates read no keys.");
    } else {
        text = tr("%n key(s) read by templates: ", nullptr, int(c.entries.size()))
            + tr("%n set, ", nullptr, c.setCount()) + tr("%n missing, ", nullptr, c.missingCount())
            + tr("%n pattern(s) (%1 matching nothing); ", nullptr, c.patternCount())
                  .arg(c.emptyPatternCount())
            + tr("%n stored key(s) no template reads", nullptr, int(c.unused.size()));
        if (!c.clusterOwned.isEmpty())
            text += tr(", %n more owned by the cluster", nullptr, int(c.clusterOwned.size()));
        if (m_textProxy->rowCount() != m_model->rowCount())
            text += QLatin1String(" — ") + tr("%n shown", nullptr, m_textProxy->rowCount());
    }
    if (isComputing())
        text += QLatin1String(" — ") + tr("updating…");
    m_status->setText(text);
    m_fill->setEnabled(c.missingCount() > 0);
}

void EtcdCataloguePanel::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setStyleSheet(problem ? QStringLiteral("color: darkred") : QString());
    m_message->setVisible(!text.isEmpty());
}

void EtcdCataloguePanel::fillMissingKeys()
{
    const EtcdCoverage &c = m_model->coverage();
    if (c.missingCount() == 0) {
        showMessage(tr("No key is missing: there is nothing to fill in."), false);
        return;
    }
    const QString name
        = m_workspace.name.isEmpty() ? QStringLiteral("workspace") : m_workspace.name;
    const QString suggested = QDir::home().filePath(tr("%1-missing-keys.yaml").arg(name));
    const QString path = m_pathProvider(suggested);
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    const QByteArray yaml = c.skeletonYaml(name);
    if (!file.open(QIODevice::WriteOnly) || file.write(yaml) != yaml.size() || !file.commit()) {
        const QString error = tr("Could not write the missing keys to %1: %2. Choose another "
                                 "folder.")
                                  .arg(QDir::toNativeSeparators(path), file.errorString());
        showMessage(error, true);
        emit skeletonFailed(error);
        return;
    }
    showMessage(tr("Wrote %n missing key(s) to %1. Fill in the values, then import the file.",
                   nullptr, c.missingCount())
                    .arg(QDir::toNativeSeparators(path)),
                false);
    emit skeletonWritten(path);
}

} // namespace ws
