#include "EtcdImportDialog.h"

#include "etcd/EtcdImportPlan.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace ws {

namespace {

// A value in one table cell: its first line, shortened.
QString cellText(const QByteArray &value)
{
    if (EtcdYamlDocument::isBinary(value))
        return EtcdImportDialog::tr("(%n binary byte(s))", nullptr, int(value.size()));
    QString text = QString::fromUtf8(value);
    const qsizetype nl = text.indexOf(QLatin1Char('\n'));
    const bool more = nl >= 0 && nl + 1 < text.size();
    if (nl >= 0)
        text.truncate(nl);
    if (text.size() > 120) {
        text.truncate(120);
        return text + QChar(0x2026);
    }
    return more ? text + QStringLiteral(" ") + QChar(0x2026) : text;
}

} // namespace

EtcdImportDialog::EtcdImportDialog(EtcdStore *store, QWidget *parent)
    : QDialog(parent), m_store(store), m_plan(new EtcdImportPlan(store, this))
{
    setWindowTitle(tr("Import keys from YAML"));
    setObjectName(QStringLiteral("etcdImportDialog"));

    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setPlaceholderText(tr("An export file (YAML)"));
    auto *browseButton = new QPushButton(tr("Choose…"), this);
    browseButton->setObjectName(QStringLiteral("importBrowse"));
    m_prune
        = new QCheckBox(tr("Also delete keys under the file's prefix that the file lacks"), this);
    m_prune->setObjectName(QStringLiteral("importPrune"));
    m_dryRunButton = new QPushButton(tr("Dry run"), this);
    m_dryRunButton->setObjectName(QStringLiteral("importDryRun"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("importStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("importTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Change"), tr("Key"), tr("In the store"), tr("In the file")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_applyButton = buttons->addButton(tr("Apply"), QDialogButtonBox::ApplyRole);
    m_applyButton->setObjectName(QStringLiteral("importApply"));
    m_applyButton->setEnabled(false);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browseButton);
    fileRow->addWidget(m_dryRunButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_prune);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 520);

    connect(browseButton, &QPushButton::clicked, this, &EtcdImportDialog::browse);
    connect(m_dryRunButton, &QPushButton::clicked, this,
            [this] { loadFile(m_file->text().trimmed()); });
    connect(m_prune, &QCheckBox::toggled, this, [this] {
        if (m_plan->parseResult().ok() && !m_fileName.isEmpty())
            dryRun();
    });
    connect(m_applyButton, &QPushButton::clicked, this, &EtcdImportDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(&m_parser, &QFutureWatcher<EtcdYamlParseResult>::finished, this,
            &EtcdImportDialog::onParsed);
    connect(m_plan, &EtcdImportPlan::dryRunFinished, this, &EtcdImportDialog::onDryRun);
    connect(m_plan, &EtcdImportPlan::applyFinished, this, &EtcdImportDialog::onApplied);
}

EtcdImportDialog::~EtcdImportDialog() = default;

void EtcdImportDialog::browse()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("Import keys from YAML"), {}, tr("YAML files (*.yaml *.yml);;All files (*)"));
    if (!file.isEmpty())
        loadFile(file);
}

void EtcdImportDialog::loadFile(const QString &fileName)
{
    if (fileName.isEmpty()) {
        showError(tr("Choose a file to import first."));
        return;
    }
    m_fileName = fileName;
    m_file->setText(fileName);
    m_applyButton->setEnabled(false);
    m_dryRunButton->setEnabled(false);
    m_table->setRowCount(0);
    m_summary->clear();
    m_status->setText(tr("Reading %1…").arg(fileName));
    // Parsing 100,000 keys takes a second or two: never on the UI thread.
    m_parser.setFuture(QtConcurrent::run([fileName] {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            EtcdYamlParseResult failed;
            failed.error = EtcdImportDialog::tr("Cannot read the file: %1").arg(file.errorString());
            return failed;
        }
        return EtcdYamlDocument::parse(file.readAll());
    }));
}

void EtcdImportDialog::onParsed()
{
    const EtcdYamlParseResult parsed = m_parser.result();
    m_dryRunButton->setEnabled(true);
    if (!parsed.ok()) {
        showError(tr("The file was not imported: %1").arg(parsed.toProblem(m_fileName).toString()));
        Q_EMIT dryRunShown(false);
        return;
    }
    m_plan->setEntries(parsed.entries);
    dryRun();
}

void EtcdImportDialog::dryRun()
{
    m_plan->setPrune(m_prune->isChecked());
    m_applyButton->setEnabled(false);
    m_dryRunButton->setEnabled(false);
    m_status->setText(
        tr("Comparing %n key(s) with the store…", nullptr, int(m_plan->entries().size())));
    m_plan->dryRun();
}

void EtcdImportDialog::onDryRun(bool ok)
{
    m_dryRunButton->setEnabled(true);
    if (!ok) {
        showError(m_plan->errorString());
        Q_EMIT dryRunShown(false);
        return;
    }
    using Kind = EtcdImportChange::Kind;
    m_summary->setText(m_plan->summary(0).section(QLatin1Char('\n'), 0, 0));
    m_table->setUpdatesEnabled(false);
    m_table->setRowCount(0);
    int row = 0;
    for (const EtcdImportChange &c : m_plan->changes()) {
        if (c.kind == Kind::Unchanged)
            continue;
        if (row >= MaxRows)
            break;
        m_table->insertRow(row);
        const QString kind = c.kind == Kind::Add ? tr("add")
            : c.kind == Kind::Change             ? tr("change")
                                                 : tr("delete");
        m_table->setItem(row, 0, new QTableWidgetItem(kind));
        m_table->setItem(row, 1, new QTableWidgetItem(EtcdImportPlan::keyText(c.key)));
        m_table->setItem(
            row, 2, new QTableWidgetItem(c.kind == Kind::Add ? QString() : cellText(c.oldValue)));
        m_table->setItem(
            row, 3, new QTableWidgetItem(c.kind == Kind::Delete ? QString() : cellText(c.value)));
        ++row;
    }
    m_table->setUpdatesEnabled(true);
    m_table->resizeColumnToContents(0);
    const bool work = m_plan->hasWork();
    m_applyButton->setEnabled(work);
    m_status->setText(work ? tr("Nothing is written until you apply.")
                           : tr("The store already holds the file's values."));
    Q_EMIT dryRunShown(true);
}

void EtcdImportDialog::apply()
{
    m_applyButton->setEnabled(false);
    m_dryRunButton->setEnabled(false);
    m_status->setText(tr("Importing…"));
    m_plan->apply();
}

void EtcdImportDialog::onApplied(bool ok)
{
    m_dryRunButton->setEnabled(true);
    const EtcdImportResult &r = m_plan->result();
    if (ok) {
        m_status->setText(r.message);
    } else {
        QString message = r.message.isEmpty() ? m_plan->errorString() : r.message;
        if (!r.conflicts.isEmpty()) {
            QStringList keys;
            for (const QByteArray &k : r.conflicts)
                keys << EtcdImportPlan::keyText(k);
            message += QLatin1Char('\n') + tr("Changed since the dry run:") + QLatin1Char('\n')
                + keys.join(QLatin1Char('\n'));
        }
        showError(message);
    }
    Q_EMIT applied(ok);
}

void EtcdImportDialog::showError(const QString &message)
{
    m_status->setText(message);
}

} // namespace ws
