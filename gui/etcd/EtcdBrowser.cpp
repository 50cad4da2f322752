#include "EtcdBrowser.h"

#include "EtcdBrowserDelegate.h"
#include "etcd/EtcdStore.h"
#include "etcd/EtcdTreeFilterModel.h"
#include "etcd/EtcdTreeModel.h"
#include "etcd/EtcdTreeSync.h"
#include "etcd/EtcdTreeValueSearch.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace ws {

namespace {

// Below this many matches a filter opens every folder that holds one, so they can be seen.
constexpr int ExpandMatchesUpTo = 500;

} // namespace

EtcdBrowser::EtcdBrowser(QWidget *parent)
    : QWidget(parent), m_model(new EtcdTreeModel(this)),
      m_proxy(new EtcdTreeFilterModel(m_model, this)), m_filterEdit(new QLineEdit(this)),
      m_regexToggle(new QToolButton(this)), m_filterMessage(new QLabel(this)),
      m_valueSearchEdit(new QLineEdit(this)), m_view(new QTreeView(this)),
      m_status(new QLabel(this))
{
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    m_filterEdit->setPlaceholderText(tr("Filter keys"));
    m_filterEdit->setClearButtonEnabled(true);
    m_regexToggle->setObjectName(QStringLiteral("regexToggle"));
    m_regexToggle->setText(tr(".*"));
    m_regexToggle->setToolTip(tr("Filter by regular expression"));
    m_regexToggle->setCheckable(true);
    m_filterMessage->setObjectName(QStringLiteral("filterMessage"));
    m_filterMessage->setWordWrap(true);
    m_filterMessage->hide();
    m_valueSearchEdit->setObjectName(QStringLiteral("valueSearchEdit"));
    m_valueSearchEdit->setPlaceholderText(tr("Search in values (Enter)"));
    m_valueSearchEdit->setClearButtonEnabled(true);
    m_view->setObjectName(QStringLiteral("keyTree"));
    // When a filter hides the current row, the selection model moves "current" to a neighbour
    // while the proxy removes rows. That move is not the user's choice: it must not replace the
    // chosen key. These connections come before setModel() so that they run before the
    // selection model's own handlers.
    const auto hold = [this] {
        m_proxyChanging = true;
    };
    const auto release = [this] {
        m_proxyChanging = false;
    };
    connect(m_proxy, &QAbstractItemModel::rowsAboutToBeRemoved, this, hold);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, release);
    connect(m_proxy, &QAbstractItemModel::layoutAboutToBeChanged, this, hold);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, release);
    m_view->setModel(m_proxy);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true); // 100k rows: no per-row size queries
    m_view->setItemDelegate(new EtcdBrowserDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_regexToggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filterRow);
    layout->addWidget(m_filterMessage);
    layout->addWidget(m_valueSearchEdit);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &EtcdBrowser::applyFilter);
    connect(m_regexToggle, &QToolButton::toggled, this, &EtcdBrowser::applyFilter);
    connect(m_valueSearchEdit, &QLineEdit::returnPressed, this, &EtcdBrowser::searchValues);
    connect(m_valueSearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            if (m_search)
                m_search->cancel();
            applyFilter(); // back to the key filter
        }
    });
    connect(m_model, &EtcdTreeModel::filterApplied, this, &EtcdBrowser::onFilterApplied);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (!current.isValid() || m_proxyChanging)
                    return; // hidden by a filter for now: keep what was chosen
                const QByteArray key = current.data(EtcdTreeModel::KeyRole).toByteArray();
                const bool folder = current.data(EtcdTreeModel::IsFolderRole).toBool();
                if (key == m_currentKey && folder == m_currentIsFolder)
                    return;
                m_currentKey = key;
                m_currentIsFolder = folder;
                Q_EMIT currentKeyChanged(key, folder);
            });
    connect(m_view, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (!index.isValid())
            return;
        Q_EMIT contextMenuRequested(index.data(EtcdTreeModel::KeyRole).toByteArray(),
                                    index.data(EtcdTreeModel::IsFolderRole).toBool(),
                                    m_view->viewport()->mapToGlobal(pos));
    });
}

EtcdBrowser::~EtcdBrowser() = default;

EtcdStore *EtcdBrowser::store() const
{
    return m_store;
}

void EtcdBrowser::setStore(EtcdStore *store, const QByteArray &prefix)
{
    delete m_sync;
    m_sync = nullptr;
    delete m_search;
    m_search = nullptr;
    m_store = store;
    if (!store) {
        showStatus(tr("Not connected."));
        return;
    }
    m_sync = new EtcdTreeSync(store, m_model, this);
    m_sync->setPrefix(prefix);
    m_search = new EtcdTreeValueSearch(store, this);
    connect(m_sync, &EtcdTreeSync::loadProgress, this, [this](qint64 soFar, qint64 total) {
        showStatus(tr("Listing keys: %1 of %2…").arg(soFar).arg(total));
    });
    connect(m_sync, &EtcdTreeSync::loaded, this, [this](qint64 revision, int keys) {
        // The first levels open, so the tree shows its shape (/services/…) at a glance; deeper
        // folders open on demand, which keeps a 100k-key store light.
        m_view->expandToDepth(1);
        showStatus(tr("%n key(s) at revision %1; following changes.", nullptr, keys).arg(revision));
    });
    connect(m_sync, &EtcdTreeSync::reloading, this,
            [this](const QString &why) { showStatus(why); });
    connect(m_sync, &EtcdTreeSync::reloaded, this, [this](qint64 revision, int changes) {
        showStatus(tr("Listed again at revision %1: %n change(s) caught up.", nullptr, changes)
                       .arg(revision));
    });
    connect(m_sync, &EtcdTreeSync::connectionLost, this, [this](const QString &why) {
        showStatus(tr("Connection lost (%1); reconnecting…").arg(why), true);
    });
    connect(m_sync, &EtcdTreeSync::connectionRestored, this,
            [this] { showStatus(tr("Reconnected; following changes.")); });
    connect(m_sync, &EtcdTreeSync::failed, this,
            [this](const QString &error) { showStatus(error, true); });
    connect(m_search, &EtcdTreeValueSearch::finished, this,
            [this](const QList<QByteArray> &keys, int searched) {
                m_model->setKeyFilter(keys);
                m_filterMessage->setText(tr("%n value(s) match", nullptr, int(keys.size()))
                                         + tr(" out of %n key(s) searched.", nullptr, searched));
                m_filterMessage->setProperty("problem", false);
                m_filterMessage->show();
            });
    connect(m_search, &EtcdTreeValueSearch::failed, this, [this](const QString &error) {
        m_filterMessage->setText(error);
        m_filterMessage->setProperty("problem", true);
        m_filterMessage->show();
    });
    showStatus(tr("Listing keys…"));
    m_sync->start();
}

bool EtcdBrowser::selectKey(const QByteArray &key)
{
    const QModelIndex index = m_proxy->indexForKey(key);
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    return true;
}

QByteArray EtcdBrowser::currentKey() const
{
    return m_currentKey;
}

bool EtcdBrowser::currentIsFolder() const
{
    return m_currentIsFolder;
}

void EtcdBrowser::applyFilter()
{
    if (!m_valueSearchEdit->text().isEmpty() && m_search && m_search->isRunning())
        m_search->cancel();
    const QString error = m_model->setFilter(m_filterEdit->text(), m_regexToggle->isChecked());
    if (!error.isEmpty()) {
        // The tree keeps the last valid filter; the message says what is wrong with this one.
        m_filterMessage->setText(error);
        m_filterMessage->setProperty("problem", true);
        m_filterMessage->show();
        return;
    }
    m_filterMessage->setProperty("problem", false);
    m_filterMessage->hide();
}

void EtcdBrowser::searchValues()
{
    if (!m_search) {
        m_filterMessage->setText(tr("Connect to etcd to search in values."));
        m_filterMessage->setProperty("problem", true);
        m_filterMessage->show();
        return;
    }
    const QString error
        = m_search->start(m_sync->prefix(), m_valueSearchEdit->text(), m_regexToggle->isChecked());
    m_filterMessage->setText(error.isEmpty() ? tr("Searching in values…") : error);
    m_filterMessage->setProperty("problem", !error.isEmpty());
    m_filterMessage->show();
}

void EtcdBrowser::onFilterApplied(int matches)
{
    if (m_model->isFiltering()) {
        if (matches <= ExpandMatchesUpTo)
            m_view->expandAll();
        if (m_filterMessage->property("problem").toBool() == false
            && m_valueSearchEdit->text().isEmpty()) {
            m_filterMessage->setText(tr("%n key(s) match.", nullptr, matches));
            m_filterMessage->show();
        }
    } else if (m_valueSearchEdit->text().isEmpty()) {
        m_filterMessage->hide();
    }
    // The chosen key comes back into view when the filter shows it again.
    if (!m_currentKey.isEmpty()) {
        const QModelIndex index = m_proxy->indexForKey(m_currentKey);
        if (index.isValid() && m_view->currentIndex() != index) {
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
        }
    }
}

void EtcdBrowser::showStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setProperty("problem", problem);
}

} // namespace ws
