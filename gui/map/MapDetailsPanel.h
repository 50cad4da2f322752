#pragma once

#include "MapScene.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace ws {

class LatencySparkline;

// The selected element in words: what it is, what was probed (kind and endpoint), its status,
// latency and version, the raw answer (facts and elements), the last error, drift on it, and a
// latency sparkline. Its buttons ask to open the etcd keys, the fleet unit or the image's build
// behind it; the window decides how.
class MapDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MapDetailsPanel(QWidget *parent = nullptr);

    // Shows `id` of `scene` (an empty id: nothing selected) and follows its changes.
    void showElement(MapScene *scene, const QString &id);
    QString elementId() const { return m_id; }
    void refresh();

signals:
    void openEtcdKey(const QByteArray &key);
    void openUnit(const QString &unit);
    void openImageBuild(const QString &image);

private:
    MapScene *m_scene = nullptr;
    QString m_id;
    QLabel *m_title;
    QLabel *m_kind;
    QLabel *m_probe;
    QLabel *m_status;
    QLabel *m_version;
    QLabel *m_checked;
    QLabel *m_detail;
    QLabel *m_error;
    QLabel *m_drift;
    LatencySparkline *m_sparkline;
    QTreeWidget *m_facts;
    QPushButton *m_keyButton;
    QPushButton *m_unitButton;
    QPushButton *m_buildButton;
};

} // namespace ws
