#include "BuildSummaryPanel.h"

#include "BuildQueueModel.h"
#include "BuildStatePalette.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ws {

BuildSummaryPanel::BuildSummaryPanel(QWidget *parent)
    : QWidget(parent), m_counts(new QLabel(this)), m_time(new QLabel(this)),
      m_path(new QLabel(this)), m_images(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("buildSummaryPanel"));
    m_counts->setObjectName(QStringLiteral("summaryCounts"));
    m_time->setObjectName(QStringLiteral("summaryTime"));
    m_path->setObjectName(QStringLiteral("summaryCriticalPath"));
    for (QLabel *label : {m_counts, m_time, m_path}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    QFont bold = m_counts->font();
    bold.setBold(true);
    m_counts->setFont(bold);
    m_images->setObjectName(QStringLiteral("summaryImages"));
    m_images->setRootIsDecorated(false);
    m_images->setUniformRowHeights(true);
    m_images->setHeaderLabels({tr("Image"), tr("Result"), tr("Time"), tr("Cache hits")});
    m_images->header()->setStretchLastSection(false);
    m_images->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_images->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_counts);
    layout->addWidget(m_time);
    layout->addWidget(m_path);
    layout->addWidget(m_images, 1);
    clear();
}

BuildSummaryPanel::~BuildSummaryPanel() = default;

void BuildSummaryPanel::clear()
{
    m_has = false;
    m_counts->setText(tr("No build queue has finished yet."));
    m_time->clear();
    m_path->clear();
    m_time->hide();
    m_path->hide();
    m_images->clear();
}

void BuildSummaryPanel::setSummary(const BuildSummary &summary,
                                   const QHash<QString, int> &cacheHits, int pushed,
                                   const QHash<QString, QString> &titles)
{
    m_has = true;
    const QString separator = QStringLiteral(" · ");
    QStringList counts {
        tr("%n built", "", summary.count(BuildState::Built)),
        tr("%n up to date", "", summary.count(BuildState::UpToDate)),
        tr("%n failed", "", summary.count(BuildState::Failed)),
        tr("%n blocked", "", summary.count(BuildState::Blocked)),
        tr("%n cancelled", "", summary.count(BuildState::Cancelled)),
        tr("%n pushed", "", pushed),
    };
    m_counts->setText(counts.join(separator));
    m_time->setText(tr("Total time: %1").arg(BuildQueueModel::formatDuration(summary.wallMs)));
    QStringList path;
    for (const QString &name : summary.criticalPath)
        path.append(titles.value(name, name));
    m_path->setText(path.isEmpty() ? tr("Critical path: none")
                                   : tr("Critical path: %1").arg(path.join(QStringLiteral(" → "))));
    m_time->show();
    m_path->show();

    m_images->clear();
    QList<QTreeWidgetItem *> items;
    for (const BuildSummary::ImageResult &result : summary.images) {
        auto *item = new QTreeWidgetItem;
        item->setText(0, titles.value(result.name, result.name));
        item->setToolTip(0, result.name);
        item->setText(1, buildStateText(result.state));
        item->setToolTip(1, result.detail);
        item->setForeground(1, m_images->palette().color(QPalette::Text));
        item->setIcon(1, [&]() {
            QPixmap dot(12, 12);
            dot.fill(BuildStatePalette::colour(result.state));
            return QIcon(dot);
        }());
        item->setText(2,
                      result.attempts > 0 ? BuildQueueModel::formatDuration(result.durationMs)
                                          : QString());
        const auto hits = cacheHits.constFind(result.name);
        item->setText(3,
                      hits != cacheHits.constEnd() && hits.value() >= 0
                          ? QString::number(hits.value())
                          : QString());
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        items.append(item);
    }
    m_images->addTopLevelItems(items);
}

QString BuildSummaryPanel::countsText() const
{
    return m_counts->text();
}

QString BuildSummaryPanel::criticalPathText() const
{
    return m_path->text();
}

QString BuildSummaryPanel::totalTimeText() const
{
    return m_time->text();
}

} // namespace ws
