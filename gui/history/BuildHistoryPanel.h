#pragma once

#include "build/BuildHistoryEntry.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace ws {

class BuildHistory;
class BuildHistoryModel;

// Browses the build history: every image's build in every finished queue, newest first, filtered
// by image name, sortable by any column, with the selected build's details and a button (or a
// double-click) that opens its log. Loading never blocks: refresh() asks the history and fills
// the table when the answer comes; the history's problems show in a label, never a dialog.
class BuildHistoryPanel : public QWidget
{
    Q_OBJECT

public:
    // Opens a log file for the user; returns false when nothing could open it.
    using LogOpener = std::function<bool(const QString &path)>;

    // How many builds a refresh loads.
    static constexpr int RefreshLimit = 500;

    explicit BuildHistoryPanel(QWidget *parent = nullptr);
    ~BuildHistoryPanel() override;

    // The history to browse (not owned; may be null: "No build history"). Refreshes at once.
    void setHistory(BuildHistory *history);
    BuildHistory *history() const;

    // Replaces how logs are opened (default: QDesktopServices::openUrl on the file's URL); null
    // restores the default. Tests use it to open nothing.
    void setLogOpener(LogOpener opener);

    // The selected build, if any (`ok` false when none).
    BuildHistoryEntry selectedEntry(bool *ok = nullptr) const;

    BuildHistoryModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *table() const { return m_table; }

public slots:
    // Loads the newest builds again; an answer to an older refresh is dropped.
    void refresh();
    // Opens the selected build's log when its file exists.
    void openSelectedLog();

signals:
    // A log is about to be opened, by the button or a double-click.
    void logOpenRequested(const QString &path);
    // A refresh's answer has been shown (rows, or an empty table and a message).
    void refreshed();

private:
    void showEntries(const QList<BuildHistoryEntry> &entries);
    void showProblem(const QString &message);
    void updateSelection();
    void updateStatus();

    QPointer<BuildHistory> m_history;
    BuildHistoryModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_refresh = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_problem = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_details = nullptr;
    QPushButton *m_openLog = nullptr;
    LogOpener m_opener;
    quint64 m_generation = 0; // of the newest refresh; older answers are dropped
    bool m_loading = false;
};

} // namespace ws
