#include "DeployDiffDialog.h"

#include "etcd/EtcdDiffView.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ws {

DeployDiffDialog::DeployDiffDialog(const QString &unitName, const QString &fleetText,
                                   const QString &localText, const QString &localPath,
                                   QWidget *parent)
    : QDialog(parent), m_diff(new EtcdDiffView(this))
{
    setObjectName(QStringLiteral("deployDiffDialog"));
    setWindowTitle(tr("%1: fleet against the workspace").arg(unitName));
    auto *label = new QLabel(
        tr("fleet cannot change a unit in place. To deploy the workspace's file, use Update "
           "(destroy, then submit again)."),
        this);
    label->setWordWrap(true);
    m_diff->setObjectName(QStringLiteral("deployDiffView"));
    m_diff->setTexts(fleetText, localText, tr("on fleet"), localPath);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_diff, 1);
    layout->addWidget(buttons);
    resize(760, 480);
}

} // namespace ws
