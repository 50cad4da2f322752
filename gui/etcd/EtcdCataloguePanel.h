#pragma once

#include "etcd/EtcdTemplateCoverage.h"
#include "workspace/Workspace.h"

#include <QByteArray>
#include <QSet>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace ws {

class EtcdCataloguePanelModel;

// The workspace's template catalogue against the live store: which keys the confd templates
// read are set, which are missing, how many keys each glob matches, which stored keys no
// template reads (grouped by prefix) and which belong to the cluster (keys with a lease).
// Filter by state or key text; activating a row emits keyActivated(); "Fill Missing Keys…"
// writes the YAML skeleton of the missing keys for the user to complete and import.
//
// The coverage is computed off the UI thread; changes to the stored keys (a watch's events) are
// gathered for a moment and computed once.
class EtcdCataloguePanel : public QWidget
{
    Q_OBJECT

public:
    // Asks where to save the skeleton (suggested path given); an empty answer cancels. The
    // default is a save-file dialog; tests answer with a path.
    using PathProvider = std::function<QString(const QString &suggestedPath)>;

    enum class StateFilter { All, Set, Missing, Patterns, EmptyPatterns };

    explicit EtcdCataloguePanel(QWidget *parent = nullptr);
    ~EtcdCataloguePanel() override;

    void setWorkspace(const Workspace &workspace);
    // Every stored key, and those of them that carry a lease (or a v2 TTL).
    void setStoredKeys(const QList<QByteArray> &keys, const QSet<QByteArray> &leasedKeys = {});
    // Live updates: a put and a delete seen by a watch.
    void addStoredKey(const QByteArray &key, bool leased = false);
    void removeStoredKey(const QByteArray &key);

    void setPathProvider(PathProvider provider); // null restores the dialog
    void setStateFilter(StateFilter filter);
    StateFilter stateFilter() const;

    // The coverage shown (the latest computed).
    const EtcdCoverage &coverage() const;
    bool isComputing() const { return m_computing || m_pending; }

    EtcdCataloguePanelModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_textProxy; }
    QTableView *table() const { return m_table; }

public slots:
    // Asks for a file and writes the skeleton of the missing keys there.
    void fillMissingKeys();
    // Computes the coverage again now (normally it follows the keys and the workspace).
    void recompute();

signals:
    void keyActivated(const QByteArray &key);
    // A computed coverage is on screen.
    void coverageUpdated();
    // The skeleton was written (or writing it failed: `error` says why).
    void skeletonWritten(const QString &path);
    void skeletonFailed(const QString &error);

private:
    void showCoverage(const EtcdCoverage &coverage);
    void updateStatus();
    void showMessage(const QString &text, bool problem);

    Workspace m_workspace;
    QSet<QByteArray> m_keys;
    QSet<QByteArray> m_leased;
    EtcdCataloguePanelModel *m_model = nullptr;
    QSortFilterProxyModel *m_stateProxy = nullptr;
    QSortFilterProxyModel *m_textProxy = nullptr;
    QComboBox *m_stateCombo = nullptr;
    QLineEdit *m_filter = nullptr;
    QPushButton *m_fill = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    QListWidget *m_unused = nullptr;
    QTimer *m_debounce = nullptr;
    PathProvider m_pathProvider;
    bool m_computing = false;
    bool m_pending = false; // asked again while computing
};

} // namespace ws
