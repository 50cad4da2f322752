#pragma once

#include "build/BuildSummary.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace ws {

// What a finished queue did, shown after it ends: how many images were built, up to date,
// failed, blocked, cancelled and pushed; the total time; the critical path; and each image's
// result, time and cache hits.
class BuildSummaryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit BuildSummaryPanel(QWidget *parent = nullptr);
    ~BuildSummaryPanel() override;

    // `cacheHits` per image (missing: unknown); `titles` short names for full ones.
    void setSummary(const BuildSummary &summary, const QHash<QString, int> &cacheHits, int pushed,
                    const QHash<QString, QString> &titles = {});
    void clear(); // "no queue has finished yet"
    bool hasSummary() const { return m_has; }

    QString countsText() const; // "7 built · 0 up to date · …"
    QString criticalPathText() const;
    QString totalTimeText() const;
    QTreeWidget *imagesTree() const { return m_images; }

private:
    QLabel *m_counts = nullptr;
    QLabel *m_time = nullptr;
    QLabel *m_path = nullptr;
    QTreeWidget *m_images = nullptr;
    bool m_has = false;
};

} // namespace ws
