#pragma once

#include "etcd/EtcdYamlDocument.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace ws {

class EtcdImportPlan;
class EtcdStore;

// Imports a YAML export file into the store in two steps a person can follow: choose the file,
// see the dry run's diff (one row per key that would be added, changed or deleted, with the
// counts), then Apply. An apply refused because keys changed since the dry run says so and
// lists the keys; nothing the dry run did not show is ever written.
class EtcdImportDialog : public QDialog
{
    Q_OBJECT

public:
    // `store` must outlive the dialog.
    explicit EtcdImportDialog(EtcdStore *store, QWidget *parent = nullptr);
    ~EtcdImportDialog() override;

    // Reads and parses `fileName` (off the UI thread), then runs the dry run.
    void loadFile(const QString &fileName);

    // At most this many rows are listed; the counts above the table cover every key.
    static constexpr int MaxRows = 5000;

Q_SIGNALS:
    // The dry run's table is filled (ok) or the file or the store refused it.
    void dryRunShown(bool ok);
    void applied(bool ok);

private:
    void browse();
    void onParsed();
    void dryRun();
    void onDryRun(bool ok);
    void apply();
    void onApplied(bool ok);
    void showError(const QString &message);

    EtcdStore *m_store;
    EtcdImportPlan *m_plan;
    QFutureWatcher<EtcdYamlParseResult> m_parser;
    QString m_fileName;
    QLineEdit *m_file;
    QCheckBox *m_prune;
    QPushButton *m_dryRunButton;
    QPushButton *m_applyButton;
    QLabel *m_summary;
    QLabel *m_status;
    QTableWidget *m_table;
};

} // namespace ws
