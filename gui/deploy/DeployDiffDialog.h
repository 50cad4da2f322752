#pragma once

#include <QDialog>

namespace ws {

class EtcdDiffView;

// The unit file fleet has against the workspace's, as fleet serializes both (so only what
// fleet takes as a change shows). Non-modal; the caller open()s it.
class DeployDiffDialog : public QDialog
{
    Q_OBJECT

public:
    DeployDiffDialog(const QString &unitName, const QString &fleetText, const QString &localText,
                     const QString &localPath, QWidget *parent = nullptr);

    EtcdDiffView *diffView() const { return m_diff; }

private:
    EtcdDiffView *m_diff;
};

} // namespace ws
