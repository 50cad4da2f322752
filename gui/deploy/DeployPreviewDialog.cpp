#include "DeployPreviewDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ws {

DeployPreviewDialog::DeployPreviewDialog(const QString &what,
                                         const QList<FleetDeployPreview::Item> &items,
                                         const FleetScheduleExplainer &cluster, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deployPreviewDialog"));
    setWindowTitle(tr("Deploy Preview"));
    int nowhere = 0;
    int replaced = 0;
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("deployPreviewList"));
    m_list->setHeaderLabels({tr("Unit"), tr("Action"), tr("Can land on")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->header()->setStretchLastSection(true);
    for (const FleetDeployPreview::Item &item : items) {
        QStringList machines;
        for (const QString &id : item.machines)
            machines << cluster.machineLabel(id);
        QString where;
        if (item.isTemplate)
            where = tr("nowhere: a template is stored, only its instances run");
        else if (!item.machines.isEmpty())
            where = (item.explanation.global ? tr("every machine that matches (global): %1")
                                             : tr("one of: %1"))
                        .arg(machines.join(QLatin1String(", ")));
        else
            where = tr("nowhere: %1").arg(item.explanation.toString());
        auto *row = new QTreeWidgetItem(
            m_list, {item.name, FleetDeployPreview::actionText(item.action), where});
        row->setData(0, Qt::UserRole, item.machines);
        row->setToolTip(2,
                        item.isTemplate || item.machines.isEmpty()
                            ? item.explanation.toString()
                            : machines.join(QLatin1Char('\n')));
        if (item.machines.isEmpty() && !item.isTemplate) {
            ++nowhere;
            row->setForeground(2, QColor(0xb0, 0x00, 0x00));
        }
        if (item.action == FleetDeployPreview::Action::Replace) {
            ++replaced;
            row->setForeground(1, QColor(0x80, 0x40, 0x00));
        }
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);

    QStringList notes {what};
    if (replaced > 0)
        notes << tr("%n unit(s) on fleet differ from the workspace and will be destroyed and "
                    "submitted again (they stop meanwhile).",
                    "", replaced);
    if (nowhere > 0)
        notes << tr("%n unit(s) can land on no machine: fleet accepts them but never starts "
                    "them.",
                    "", nowhere);
    auto *summary = new QLabel(notes.join(QLatin1Char('\n')), this);
    summary->setObjectName(QStringLiteral("deployPreviewSummary"));
    summary->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *deploy = buttons->addButton(tr("&Deploy"), QDialogButtonBox::AcceptRole);
    deploy->setObjectName(QStringLiteral("deployPreviewDeploy"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("deployPreviewCancel"));
    cancel->setDefault(true); // nothing is sent unless asked for
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(640, 360);
}

} // namespace ws
