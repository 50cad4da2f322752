#pragma once

#include <QDialog>
#include <QStringList>

class QGroupBox;
class QLineEdit;

namespace ws {

// Where the Deploy view finds fleet: its endpoint (unix:///path or http://host:port) and,
// optionally, the SSH tunnel to a cluster host it goes through (user@host[:port], as
// FLEETCTL_TUNNEL), with the identity file and further ssh arguments to use.
class DeployConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Settings
    {
        QString endpoint; // empty: fleet's default socket
        QString tunnel; // empty: no tunnel
        QString identityFile;
        QString sshArguments; // as typed: "-o Port=2222 -F /dev/null"
    };

    explicit DeployConnectionDialog(const Settings &settings, QWidget *parent = nullptr);

    Settings settings() const;
    // ssh's extra arguments from the settings: -i FILE, then the typed ones split as a shell
    // would.
    static QStringList sshArgumentsOf(const Settings &settings);

private:
    QLineEdit *m_endpoint;
    QGroupBox *m_tunnelBox;
    QLineEdit *m_tunnel;
    QLineEdit *m_identity;
    QLineEdit *m_sshArguments;
};

} // namespace ws
