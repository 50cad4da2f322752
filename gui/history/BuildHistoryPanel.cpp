#include "BuildHistoryPanel.h"

#include "BuildHistoryModel.h"
#include "build/BuildHistory.h"
#include "builds/BuildQueueModel.h"
#include "common/AppIcons.h"

#include <QDesktopServices>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

namespace ws {

namespace {

bool openWithDesktop(const QString &path)
{
    return QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

bool logExists(const BuildHistoryEntry &entry)
{
    return !entry.logFile.isEmpty() && QFileInfo(entry.logFile).isFile();
}

} // namespace

BuildHistoryPanel::BuildHistoryPanel(QWidget *parent)
    : QWidget(parent), m_model(new BuildHistoryModel(this)),
      m_proxy(new QSortFilterProxyModel(this)), m_filter(new QLineEdit(this)),
      m_refresh(new QPushButton(tr("Refresh"), this)), m_status(new QLabel(this)),
      m_problem(new QLabel(this)), m_table(new QTableView(this)), m_details(new QLabel(this)),
      m_openLog(new QPushButton(tr("Open log"), this)), m_opener(openWithDesktop)
{
    setObjectName(QStringLiteral("buildHistoryPanel"));
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_refresh->setObjectName(QStringLiteral("historyRefresh"));
    m_status->setObjectName(QStringLiteral("historyStatus"));
    m_problem->setObjectName(QStringLiteral("historyProblem"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_details->setObjectName(QStringLiteral("historyDetails"));
    m_openLog->setObjectName(QStringLiteral("historyOpenLog"));

    m_filter->setPlaceholderText(tr("Filter by image name"));
    m_filter->setClearButtonEnabled(true);
    m_refresh->setIcon(AppIcons::icon(QStringLiteral("refresh"), QStyle::SP_BrowserReload));
    m_openLog->setIcon(AppIcons::icon(QStringLiteral("folder-open"), QStyle::SP_DialogOpenButton));
    for (QLabel *label : {m_status, m_problem, m_details}) {
        label->setTextFormat(Qt::PlainText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    m_problem->setWordWrap(true);
    m_problem->hide();
    m_details->setWordWrap(true);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(BuildHistoryModel::SortRole);
    m_proxy->setFilterKeyColumn(BuildHistoryModel::ImageColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BuildHistoryModel::FinishedColumn, Qt::DescendingOrder);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column = 0; column < BuildHistoryModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(BuildHistoryModel::ImageColumn, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filter, 1);
    top->addWidget(m_status);
    top->addWidget(m_refresh);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_details, 1);
    bottom->addWidget(m_openLog, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_problem);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateStatus();
        updateSelection();
    });
    connect(m_refresh, &QPushButton::clicked, this, &BuildHistoryPanel::refresh);
    connect(m_openLog, &QPushButton::clicked, this, &BuildHistoryPanel::openSelectedLog);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BuildHistoryPanel::updateSelection);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        m_table->selectRow(index.row());
        openSelectedLog();
    });

    setHistory(nullptr);
}

BuildHistoryPanel::~BuildHistoryPanel() = default;

void BuildHistoryPanel::setHistory(BuildHistory *history)
{
    if (m_history)
        disconnect(m_history, nullptr, this, nullptr);
    m_history = history;
    if (history) {
        connect(history, &BuildHistory::problemOccurred, this, &BuildHistoryPanel::showProblem);
        // A history deleted under the panel leaves it empty rather than showing stale rows.
        connect(history, &QObject::destroyed, this, [this] { setHistory(nullptr); });
    }
    m_refresh->setEnabled(history != nullptr);
    showProblem({});
    refresh();
}

BuildHistory *BuildHistoryPanel::history() const
{
    return m_history;
}

void BuildHistoryPanel::setLogOpener(LogOpener opener)
{
    m_opener = opener ? std::move(opener) : LogOpener(openWithDesktop);
}

void BuildHistoryPanel::refresh()
{
    const quint64 generation = ++m_generation;
    if (!m_history) {
        m_loading = false;
        showEntries({});
        emit refreshed();
        return;
    }
    m_loading = true;
    updateStatus();
    // A watcher owned by the panel rather than QFuture::then(this, …): Qt 6.4's continuation
    // asserts that its context still exists when the future finishes, so a panel closed during
    // a load would abort a debug build. The watcher dies with the panel and takes the answer
    // with it.
    auto *watcher = new QFutureWatcher<QList<BuildHistoryEntry>>(this);
    QPointer<BuildHistory> history = m_history;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, history] {
        watcher->deleteLater();
        // A newer refresh (or another history) has been asked for since: its answer counts.
        if (generation != m_generation)
            return;
        m_loading = false;
        showEntries(watcher->result());
        // The store reports before it resolves, so a failure of this very call is here.
        showProblem(history ? history->lastError() : QString());
        emit refreshed();
    });
    watcher->setFuture(m_history->recent({}, RefreshLimit));
}

void BuildHistoryPanel::showEntries(const QList<BuildHistoryEntry> &entries)
{
    bool hadSelection = false;
    const BuildHistoryEntry previous = selectedEntry(&hadSelection);
    m_model->setEntries(entries);
    if (hadSelection) {
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const BuildHistoryEntry candidate
                = m_model->entry(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
            if (candidate.queueId == previous.queueId && candidate.image == previous.image) {
                m_table->selectRow(row);
                break;
            }
        }
    }
    updateStatus();
    updateSelection();
}

void BuildHistoryPanel::showProblem(const QString &message)
{
    m_problem->setText(message.isEmpty() ? QString()
                                         : tr("Build history problem: %1").arg(message));
    m_problem->setVisible(!message.isEmpty());
}

BuildHistoryEntry BuildHistoryPanel::selectedEntry(bool *ok) const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (ok)
        *ok = !rows.isEmpty();
    if (rows.isEmpty())
        return {};
    return m_model->entry(m_proxy->mapToSource(rows.first()).row());
}

void BuildHistoryPanel::openSelectedLog()
{
    bool ok = false;
    const BuildHistoryEntry entry = selectedEntry(&ok);
    if (!ok || !logExists(entry))
        return;
    emit logOpenRequested(entry.logFile);
    if (!m_opener(entry.logFile))
        showProblem(tr("No application could open the log %1.").arg(entry.logFile));
}

void BuildHistoryPanel::updateSelection()
{
    bool ok = false;
    const BuildHistoryEntry entry = selectedEntry(&ok);
    const bool exists = ok && logExists(entry);
    m_openLog->setEnabled(exists);
    if (!ok) {
        m_details->setText(m_model->rowCount() > 0 ? tr("Select a build to see its details.")
                                                   : QString());
        m_openLog->setToolTip(QString());
        return;
    }
    QStringList parts;
    parts << tr("%1: %2 after %3")
                 .arg(entry.image, buildStateText(entry.state),
                      BuildQueueModel::formatDuration(entry.durationMs));
    if (entry.finishedAt.isValid())
        parts << tr("finished %1")
                     .arg(QLocale().toString(entry.finishedAt.toLocalTime(), QLocale::LongFormat));
    parts << tr("%n cache hit(s)", "", entry.cacheHits);
    if (entry.sizeBytes >= 0)
        parts << tr("size %1").arg(BuildQueueModel::formatSize(entry.sizeBytes));
    parts << (entry.pushed ? tr("pushed") : tr("not pushed"));
    // The identifiers on a line of their own: they are long and the ones people copy.
    QStringList where;
    if (!entry.imageId.isEmpty())
        where << tr("Image ID %1").arg(entry.imageId);
    if (entry.logFile.isEmpty())
        where << tr("No log was written");
    else if (exists)
        where << tr("Log %1").arg(entry.logFile);
    else
        where << tr("Log %1 no longer exists").arg(entry.logFile);
    const QString separator = QStringLiteral(" · ");
    m_details->setText(parts.join(separator) + QLatin1Char('\n') + where.join(separator));
    m_openLog->setToolTip(exists ? entry.logFile
                              : entry.logFile.isEmpty()
                              ? tr("This build wrote no log.")
                              : tr("The log file no longer exists: %1").arg(entry.logFile));
}

void BuildHistoryPanel::updateStatus()
{
    if (!m_history) {
        m_status->setText(tr("No build history"));
        return;
    }
    if (m_loading) {
        m_status->setText(tr("Loading…"));
        return;
    }
    const int all = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (all == 0)
        m_status->setText(tr("No builds recorded yet"));
    else if (shown == all)
        m_status->setText(tr("%n build(s)", "", all));
    else
        m_status->setText(tr("%1 of %n build(s)", "", all).arg(shown));
}

} // namespace ws
