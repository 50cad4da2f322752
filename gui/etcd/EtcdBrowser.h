#pragma once

#include <QByteArray>
#include <QPoint>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;
class QTreeView;

namespace ws {

class EtcdStore;
class EtcdTreeFilterModel;
class EtcdTreeModel;
class EtcdTreeSync;
class EtcdTreeValueSearch;

// Browses the keys of an etcd store as a tree split on '/': folders with their key counts, an
// instant filter by substring or regex, a search in values, leased keys marked, and changes
// made by others appearing as they happen with a quiet highlight, without collapsing the tree
// or losing the selection. Never blocks: loading, matching and searching run in the background;
// problems show in a label under the tree.
class EtcdBrowser : public QWidget
{
    Q_OBJECT

public:
    explicit EtcdBrowser(QWidget *parent = nullptr);
    ~EtcdBrowser() override;

    // The store to browse (not owned; null: nothing). Lists it and follows it from then on.
    void setStore(EtcdStore *store, const QByteArray &prefix = {});
    EtcdStore *store() const;

    // Selects and shows a key (or a folder: its prefix ending in '/'); false when it is not in
    // the tree or hidden by the filter.
    bool selectKey(const QByteArray &key);
    QByteArray currentKey() const;
    bool currentIsFolder() const;

    EtcdTreeModel *model() const { return m_model; }
    EtcdTreeFilterModel *proxyModel() const { return m_proxy; }
    EtcdTreeSync *sync() const { return m_sync; }
    QTreeView *view() const { return m_view; }

Q_SIGNALS:
    void currentKeyChanged(const QByteArray &key, bool isFolder);
    void contextMenuRequested(const QByteArray &key, bool isFolder, const QPoint &globalPos);

private:
    void applyFilter();
    void searchValues();
    void onFilterApplied(int matches);
    void showStatus(const QString &text, bool problem = false);

    EtcdStore *m_store = nullptr;
    EtcdTreeModel *m_model;
    EtcdTreeFilterModel *m_proxy;
    EtcdTreeSync *m_sync = nullptr;
    EtcdTreeValueSearch *m_search = nullptr;
    QLineEdit *m_filterEdit;
    QToolButton *m_regexToggle;
    QLabel *m_filterMessage;
    QLineEdit *m_valueSearchEdit;
    QTreeView *m_view;
    QLabel *m_status;
    QByteArray m_currentKey; // kept across filters that hide it for a while
    bool m_currentIsFolder = false;
    bool m_proxyChanging = false; // the proxy is adding or removing rows for a filter
};

} // namespace ws
