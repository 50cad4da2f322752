#pragma once

#include "build/BuildScheduler.h"
#include "build/BuildState.h"
#include "build/PushQueue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QSet>
#include <QStringList>

class QTimer;

namespace ws {

// The rows of the Builds view's table: one per buildable image of the workspace, with its state
// in the current (or last) queue, the step it is on, elapsed time (and the estimate), cache
// hits, the image's size and its push state. It follows a BuildScheduler's state changes; the
// view feeds it what the runner and the engine say. Changes are coalesced: rows that changed
// get one dataChanged each on the next turn of the event loop, and the elapsed clock ticks only
// the rows that are running, so a queue of a hundred images stays smooth. State changes, which
// are few, reach rowStatusChanged() at once.
class BuildQueueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        ImageColumn,
        StateColumn,
        StepColumn,
        ElapsedColumn,
        CacheHitsColumn,
        SizeColumn,
        PushColumn,
        ColumnCount
    };
    enum Role {
        ImageNameRole = Qt::UserRole + 1, // the full image name (QString)
        BuildStateRole, // int(BuildState); invalid QVariant when the image is in no queue
        PushStateRole, // int(PushState)
    };

    explicit BuildQueueModel(QObject *parent = nullptr);
    ~BuildQueueModel() override;

    // The rows: full image names, shown with their short titles. Resets the model and forgets
    // every state.
    void setImages(const QStringList &names, const QHash<QString, QString> &titles = {});
    QStringList images() const { return m_order; }
    int rowOf(const QString &image) const { return m_rowOf.value(image, -1); }

    // Follows `scheduler` (not owned; null detaches): the images of its plan take its states
    // (step, time and push of those rows start afresh); the other rows keep what they showed.
    void attach(BuildScheduler *scheduler);
    BuildScheduler *scheduler() const { return m_scheduler; }

    void setStep(const QString &image, int step, int total);
    void setCacheHits(const QString &image, int hits);
    void setSizeBytes(const QString &image, qint64 bytes);
    void setPushState(const QString &image, PushState state, const QString &detail = {});
    void setEstimateMs(const QString &image, qint64 ms); // -1: none
    // The detail of the last state change (the failure message, "blocked by …").
    QString detail(const QString &image) const;

    bool isInQueue(const QString &image) const; // part of the attached or a past queue
    BuildState state(const QString &image) const; // Queued when never in a queue
    PushState pushState(const QString &image) const;
    int step(const QString &image) const;
    int stepCount(const QString &image) const;
    int cacheHits(const QString &image) const;
    qint64 sizeBytes(const QString &image) const; // -1 when unknown
    qint64 elapsedMs(const QString &image) const;
    QStringList imagesIn(BuildState state) const; // in row order

    // "1:05", "12:03:44": how the table shows a duration.
    static QString formatDuration(qint64 ms);
    // "12.5 MB": how the table shows a size.
    static QString formatSize(qint64 bytes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // One row's state changed (at once) or its step or push state (after coalescing): for the
    // graph.
    void rowStatusChanged(const QString &image);

private:
    struct Row
    {
        QString name;
        QString title;
        bool inQueue = false;
        BuildState state = BuildState::Queued;
        QString detail;
        PushState push = PushState::NotQueued;
        QString pushDetail;
        int step = 0;
        int steps = 0;
        int cacheHits = -1;
        qint64 size = -1;
        qint64 estimateMs = -1;
        qint64 finalElapsedMs = -1; // frozen when the row left Running
        bool statusDirty = false;
    };

    void onStateChanged(const QString &image, BuildState state, const QString &detail);
    void markDirty(int row, bool status = false);
    void flush();
    void tick();
    void updateClock();
    Row *row(const QString &image);
    const Row *row(const QString &image) const;

    QList<Row> m_rows;
    QStringList m_order;
    QHash<QString, int> m_rowOf;
    QPointer<BuildScheduler> m_scheduler;
    QSet<int> m_dirty;
    QTimer *m_flushTimer = nullptr;
    QTimer *m_clock = nullptr;
    mutable QHash<int, QIcon> m_icons;
};

} // namespace ws
