#pragma once

#include "fleet/FleetDeployPreview.h"

#include <QDialog>

class QTreeWidget;

namespace ws {

// What a deploy would do, before anything is sent (FleetDeployPreview): for each unit, whether
// it is created, unchanged or replaced (destroy + submit), and the machines it can land on, or
// why it can land nowhere. Deploy accepts, Cancel rejects; nothing is sent from here.
class DeployPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    DeployPreviewDialog(const QString &what, const QList<FleetDeployPreview::Item> &items,
                        const FleetScheduleExplainer &cluster, QWidget *parent = nullptr);

    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

} // namespace ws
