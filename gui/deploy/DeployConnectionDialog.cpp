#include "DeployConnectionDialog.h"

#include "fleet/FleetEndpoint.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QVBoxLayout>

namespace ws {

DeployConnectionDialog::DeployConnectionDialog(const Settings &settings, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("deployConnectionDialog"));
    setWindowTitle(tr("Connect to fleet"));

    m_endpoint = new QLineEdit(settings.endpoint, this);
    m_endpoint->setObjectName(QStringLiteral("deployConnectionEndpoint"));
    m_endpoint->setPlaceholderText(QString::fromLatin1(FleetEndpoint::kDefaultEndpoint));
    m_endpoint->setToolTip(tr("fleet's API as the cluster host sees it when a tunnel is used"));

    m_tunnelBox = new QGroupBox(tr("Through an SSH tunnel"), this);
    m_tunnelBox->setObjectName(QStringLiteral("deployConnectionTunnelBox"));
    m_tunnelBox->setCheckable(true);
    m_tunnelBox->setChecked(!settings.tunnel.isEmpty());
    m_tunnel = new QLineEdit(settings.tunnel, m_tunnelBox);
    m_tunnel->setObjectName(QStringLiteral("deployConnectionTunnel"));
    m_tunnel->setPlaceholderText(tr("user@host[:port]"));
    m_identity = new QLineEdit(settings.identityFile, m_tunnelBox);
    m_identity->setObjectName(QStringLiteral("deployConnectionIdentity"));
    m_identity->setPlaceholderText(tr("ssh's default keys"));
    auto *browse = new QPushButton(tr("Browse…"), m_tunnelBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Identity File"), m_identity->text());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, m_identity, &QLineEdit::setText);
        dialog->open();
    });
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identity, 1);
    identityRow->addWidget(browse);
    m_sshArguments = new QLineEdit(settings.sshArguments, m_tunnelBox);
    m_sshArguments->setObjectName(QStringLiteral("deployConnectionSshOptions"));
    m_sshArguments->setPlaceholderText(tr("-o UserKnownHostsFile=… -F config"));
    auto *tunnelForm = new QFormLayout(m_tunnelBox);
    tunnelForm->addRow(tr("&Host:"), m_tunnel);
    tunnelForm->addRow(tr("&Identity file:"), identityRow);
    tunnelForm->addRow(tr("ssh &options:"), m_sshArguments);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *connectButton = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    connectButton->setObjectName(QStringLiteral("deployConnectionConnect"));
    connectButton->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("fleet &endpoint:"), m_endpoint);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_tunnelBox);
    layout->addWidget(buttons);
}

DeployConnectionDialog::Settings DeployConnectionDialog::settings() const
{
    Settings s;
    s.endpoint = m_endpoint->text().trimmed();
    if (m_tunnelBox->isChecked())
        s.tunnel = m_tunnel->text().trimmed();
    s.identityFile = m_identity->text().trimmed();
    s.sshArguments = m_sshArguments->text().trimmed();
    return s;
}

QStringList DeployConnectionDialog::sshArgumentsOf(const Settings &settings)
{
    QStringList args;
    if (!settings.identityFile.isEmpty())
        args << QStringLiteral("-i") << settings.identityFile;
    args << QProcess::splitCommand(settings.sshArguments);
    return args;
}

} // namespace ws
