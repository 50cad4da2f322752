#include "BuildArgsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ws {

namespace {
// The manifest's value of a row, to tell an override from an unchanged one.
constexpr int manifestValueRole = Qt::UserRole + 1;
constexpr int fromManifestRole = Qt::UserRole + 2;
} // namespace

BuildArgsDialog::BuildArgsDialog(const Workspace &workspace,
                                 const QHash<QString, QString> &overrides, QWidget *parent)
    : QDialog(parent), m_table(new QTableWidget(0, 3, this))
{
    setObjectName(QStringLiteral("buildArgsDialog"));
    setWindowTitle(tr("Build Args"));
    auto *note = new QLabel(
        tr("Build args passed to every image of the next queue. The manifest's values are "
           "filled in; change a value or add a row to override it for this queue only."),
        this);
    note->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("buildArgsTable"));
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Value"), tr("From")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    QHash<QString, QString> remaining = overrides;
    QStringList globalNames = workspace.manifest.buildArgs.keys();
    globalNames.sort();
    for (const QString &name : std::as_const(globalNames)) {
        const QString manifest = workspace.manifest.buildArgs.value(name);
        addArg(name, remaining.value(name, manifest), tr("manifest"), manifest, true);
        remaining.remove(name);
    }
    for (const ImageOverride &image : workspace.manifest.images) {
        QStringList names = image.buildArgs.keys();
        names.sort();
        for (const QString &name : std::as_const(names)) {
            if (globalNames.contains(name))
                continue;
            const QString manifest = image.buildArgs.value(name);
            addArg(name, remaining.value(name, manifest), tr("manifest, image %1").arg(image.image),
                   manifest, true);
            remaining.remove(name);
        }
    }
    QStringList extra = remaining.keys();
    extra.sort();
    for (const QString &name : std::as_const(extra))
        addArg(name, remaining.value(name), tr("this queue"), {}, false);

    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(QStringLiteral("addBuildArgButton"));
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeBuildArgButton"));
    connect(add, &QPushButton::clicked, this, &BuildArgsDialog::addRow);
    connect(remove, &QPushButton::clicked, this, &BuildArgsDialog::removeSelectedRows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->addButton(add, QDialogButtonBox::ActionRole);
    buttons->addButton(remove, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(560, 360);
}

BuildArgsDialog::~BuildArgsDialog() = default;

void BuildArgsDialog::addArg(const QString &name, const QString &value, const QString &source,
                             const QString &manifestValue, bool fromManifest)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *nameItem = new QTableWidgetItem(name);
    nameItem->setData(manifestValueRole, manifestValue);
    nameItem->setData(fromManifestRole, fromManifest);
    if (fromManifest)
        nameItem->setFlags(nameItem->flags() & ~Qt::ItemIsEditable);
    auto *sourceItem = new QTableWidgetItem(source);
    sourceItem->setFlags(sourceItem->flags() & ~Qt::ItemIsEditable);
    m_table->setItem(row, 0, nameItem);
    m_table->setItem(row, 1, new QTableWidgetItem(value));
    m_table->setItem(row, 2, sourceItem);
}

void BuildArgsDialog::addRow()
{
    addArg({}, {}, tr("this queue"), {}, false);
    const int row = m_table->rowCount() - 1;
    m_table->setCurrentCell(row, 0);
    m_table->editItem(m_table->item(row, 0));
}

void BuildArgsDialog::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (int row : std::as_const(rows)) {
        // The manifest's own args cannot go; their value goes back to the manifest's.
        QTableWidgetItem *name = m_table->item(row, 0);
        if (name && name->data(fromManifestRole).toBool())
            m_table->item(row, 1)->setText(name->data(manifestValueRole).toString());
        else
            m_table->removeRow(row);
    }
}

QHash<QString, QString> BuildArgsDialog::overrides() const
{
    QHash<QString, QString> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const QTableWidgetItem *name = m_table->item(row, 0);
        const QTableWidgetItem *value = m_table->item(row, 1);
        if (!name || !value)
            continue;
        const QString key = name->text().trimmed();
        if (key.isEmpty())
            continue;
        if (name->data(fromManifestRole).toBool()
            && value->text() == name->data(manifestValueRole).toString())
            continue; // unchanged: the manifest passes it already
        result.insert(key, value->text());
    }
    return result;
}

} // namespace ws
