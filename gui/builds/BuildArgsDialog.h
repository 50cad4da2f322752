#pragma once

#include "workspace/Workspace.h"

#include <QDialog>
#include <QHash>

class QTableWidget;

namespace ws {

// The build args of one queue: the workspace manifest's (global, and per image where it sets
// them) shown with where they come from, each overridable for this queue, and new ones added.
// What the user changes or adds comes back from overrides(); it applies to every image of the
// queue, above the manifest (DockerBuildRunner::Options::buildArgs).
class BuildArgsDialog : public QDialog
{
    Q_OBJECT

public:
    BuildArgsDialog(const Workspace &workspace, const QHash<QString, QString> &overrides,
                    QWidget *parent = nullptr);
    ~BuildArgsDialog() override;

    QHash<QString, QString> overrides() const;
    QTableWidget *table() const { return m_table; }

    // Adds an empty row and starts editing its name.
    void addRow();
    void removeSelectedRows();

private:
    void addArg(const QString &name, const QString &value, const QString &source,
                const QString &manifestValue, bool fromManifest);

    QTableWidget *m_table = nullptr;
};

} // namespace ws
