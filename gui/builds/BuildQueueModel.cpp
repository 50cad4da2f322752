#include "BuildQueueModel.h"

#include "BuildStatePalette.h"
#include "build/BuildScheduler.h"

#include <QIcon>
#include <QLocale>
#include <QPainter>
#include <QPixmap>
#include <QTimer>

namespace ws {

namespace {

// Changes within this window reach the view as one dataChanged per row.
constexpr int flushDelayMs = 40;

// A dot of the state's colour; cached by the model (a static QIcon would outlive the
// application object).
QIcon stateIcon(QHash<int, QIcon> &cache, BuildState state)
{
    auto it = cache.constFind(int(state));
    if (it != cache.constEnd())
        return it.value();
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QPen(BuildStatePalette::colour(state).darker(140), 1.0));
    painter.setBrush(BuildStatePalette::colour(state));
    painter.drawEllipse(QRectF(3, 3, 10, 10));
    painter.end();
    const QIcon icon(pixmap);
    cache.insert(int(state), icon);
    return icon;
}

} // namespace

BuildQueueModel::BuildQueueModel(QObject *parent)
    : QAbstractTableModel(parent), m_flushTimer(new QTimer(this)), m_clock(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(flushDelayMs);
    connect(m_flushTimer, &QTimer::timeout, this, &BuildQueueModel::flush);
    m_clock->setInterval(1000);
    connect(m_clock, &QTimer::timeout, this, &BuildQueueModel::tick);
}

BuildQueueModel::~BuildQueueModel() = default;

void BuildQueueModel::setImages(const QStringList &names, const QHash<QString, QString> &titles)
{
    beginResetModel();
    if (m_scheduler)
        disconnect(m_scheduler, nullptr, this, nullptr);
    m_scheduler = nullptr;
    m_rows.clear();
    m_order.clear();
    m_rowOf.clear();
    m_dirty.clear();
    for (const QString &name : names) {
        if (m_rowOf.contains(name))
            continue;
        Row row;
        row.name = name;
        row.title = titles.value(name, name);
        m_rowOf.insert(name, int(m_rows.size()));
        m_rows.append(row);
        m_order.append(name);
    }
    endResetModel();
    updateClock();
}

void BuildQueueModel::attach(BuildScheduler *scheduler)
{
    if (m_scheduler) {
        // The rows of the old queue keep their times once its scheduler is gone.
        for (const QString &name : m_scheduler->plan().order())
            if (Row *r = row(name))
                r->finalElapsedMs = m_scheduler->elapsedMs(name);
        disconnect(m_scheduler, nullptr, this, nullptr);
    }
    m_scheduler = scheduler;
    if (scheduler) {
        connect(scheduler, &BuildScheduler::stateChanged, this, &BuildQueueModel::onStateChanged);
        for (const QString &name : scheduler->plan().order()) {
            const int index = m_rowOf.value(name, -1);
            if (index < 0)
                continue;
            Row &r = m_rows[index];
            r.inQueue = true;
            r.state = scheduler->state(name);
            r.detail = scheduler->detail(name);
            r.step = 0;
            r.steps = 0;
            r.cacheHits = -1;
            r.size = -1;
            r.push = PushState::NotQueued;
            r.pushDetail.clear();
            r.finalElapsedMs = -1;
            markDirty(index, true);
        }
    }
    updateClock();
}

void BuildQueueModel::onStateChanged(const QString &image, BuildState state, const QString &detail)
{
    const int index = m_rowOf.value(image, -1);
    if (index < 0)
        return;
    Row &r = m_rows[index];
    if (state == BuildState::Running && r.state != BuildState::Running) {
        // A new attempt counts its steps afresh.
        r.step = 0;
        r.steps = 0;
    }
    r.inQueue = true;
    r.state = state;
    r.detail = detail;
    if (m_scheduler && state != BuildState::Running)
        r.finalElapsedMs = m_scheduler->elapsedMs(image);
    // A state changes a few times an image a queue: the graph hears it at once, so it never
    // lags behind the end of the queue; the table's row still waits for the coalesced update.
    r.statusDirty = false;
    markDirty(index);
    emit rowStatusChanged(image);
    updateClock();
}

void BuildQueueModel::setStep(const QString &image, int step, int total)
{
    const int index = m_rowOf.value(image, -1);
    if (index < 0)
        return;
    Row &r = m_rows[index];
    if (r.step == step && r.steps == total)
        return;
    r.step = step;
    r.steps = total;
    markDirty(index, true);
}

void BuildQueueModel::setCacheHits(const QString &image, int hits)
{
    const int index = m_rowOf.value(image, -1);
    if (index < 0 || m_rows[index].cacheHits == hits)
        return;
    m_rows[index].cacheHits = hits;
    markDirty(index);
}

void BuildQueueModel::setSizeBytes(const QString &image, qint64 bytes)
{
    const int index = m_rowOf.value(image, -1);
    if (index < 0 || m_rows[index].size == bytes)
        return;
    m_rows[index].size = bytes;
    markDirty(index);
}

void BuildQueueModel::setPushState(const QString &image, PushState state, const QString &detail)
{
    const int index = m_rowOf.value(image, -1);
    if (index < 0)
        return;
    m_rows[index].push = state;
    m_rows[index].pushDetail = detail;
    markDirty(index, true);
}

void BuildQueueModel::setEstimateMs(const QString &image, qint64 ms)
{
    const int index = m_rowOf.value(image, -1);
    if (index < 0 || m_rows[index].estimateMs == ms)
        return;
    m_rows[index].estimateMs = ms;
    markDirty(index);
}

QString BuildQueueModel::detail(const QString &image) const
{
    const Row *r = row(image);
    return r ? r->detail : QString();
}

bool BuildQueueModel::isInQueue(const QString &image) const
{
    const Row *r = row(image);
    return r && r->inQueue;
}

BuildState BuildQueueModel::state(const QString &image) const
{
    const Row *r = row(image);
    return r ? r->state : BuildState::Queued;
}

PushState BuildQueueModel::pushState(const QString &image) const
{
    const Row *r = row(image);
    return r ? r->push : PushState::NotQueued;
}

int BuildQueueModel::step(const QString &image) const
{
    const Row *r = row(image);
    return r ? r->step : 0;
}

int BuildQueueModel::stepCount(const QString &image) const
{
    const Row *r = row(image);
    return r ? r->steps : 0;
}

int BuildQueueModel::cacheHits(const QString &image) const
{
    const Row *r = row(image);
    return r ? r->cacheHits : -1;
}

qint64 BuildQueueModel::sizeBytes(const QString &image) const
{
    const Row *r = row(image);
    return r ? r->size : -1;
}

qint64 BuildQueueModel::elapsedMs(const QString &image) const
{
    const Row *r = row(image);
    if (!r || !r->inQueue)
        return 0;
    if (r->state == BuildState::Running && m_scheduler)
        return m_scheduler->elapsedMs(image);
    return qMax<qint64>(0, r->finalElapsedMs);
}

QStringList BuildQueueModel::imagesIn(BuildState state) const
{
    QStringList names;
    for (const Row &r : m_rows)
        if (r.inQueue && r.state == state)
            names.append(r.name);
    return names;
}

QString BuildQueueModel::formatDuration(qint64 ms)
{
    const qint64 seconds = qMax<qint64>(0, ms) / 1000;
    const qint64 h = seconds / 3600;
    const qint64 m = (seconds / 60) % 60;
    const qint64 s = seconds % 60;
    if (h > 0)
        return QStringLiteral("%1:%2:%3")
            .arg(h)
            .arg(m, 2, 10, QLatin1Char('0'))
            .arg(s, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QString BuildQueueModel::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

int BuildQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BuildQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BuildQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case ImageNameRole:
        return r.name;
    case BuildStateRole:
        return r.inQueue ? QVariant(int(r.state)) : QVariant();
    case PushStateRole:
        return int(r.push);
    case Qt::ToolTipRole:
        switch (index.column()) {
        case ImageColumn:
            return r.name;
        case StateColumn:
            return r.detail.isEmpty() ? QVariant() : QVariant(r.detail);
        case PushColumn:
            return r.pushDetail.isEmpty() ? QVariant() : QVariant(r.pushDetail);
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == StateColumn && r.inQueue)
            return stateIcon(m_icons, r.state);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == StepColumn || index.column() == ElapsedColumn
            || index.column() == CacheHitsColumn || index.column() == SizeColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case ImageColumn:
        return r.title;
    case StateColumn:
        return r.inQueue ? buildStateText(r.state) : QString();
    case StepColumn:
        return r.steps > 0 ? tr("%1/%2").arg(r.step).arg(r.steps) : QString();
    case ElapsedColumn: {
        if (!r.inQueue)
            return QString();
        const bool running = r.state == BuildState::Running;
        const qint64 elapsed = elapsedMs(r.name);
        if (!running && elapsed <= 0)
            return r.estimateMs >= 0 && !isFinalState(r.state)
                ? tr("~%1").arg(formatDuration(r.estimateMs))
                : QString();
        if (running && r.estimateMs >= 0)
            return tr("%1 / ~%2").arg(formatDuration(elapsed), formatDuration(r.estimateMs));
        return formatDuration(elapsed);
    }
    case CacheHitsColumn:
        return r.cacheHits >= 0 ? QString::number(r.cacheHits) : QString();
    case SizeColumn:
        return r.size >= 0 ? formatSize(r.size) : QString();
    case PushColumn:
        return r.push == PushState::NotQueued ? QString() : pushStateText(r.push);
    default:
        return {};
    }
}

QVariant BuildQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImageColumn:
        return tr("Image");
    case StateColumn:
        return tr("State");
    case StepColumn:
        return tr("Step");
    case ElapsedColumn:
        return tr("Elapsed");
    case CacheHitsColumn:
        return tr("Cache hits");
    case SizeColumn:
        return tr("Size");
    case PushColumn:
        return tr("Push");
    default:
        return {};
    }
}

void BuildQueueModel::markDirty(int index, bool status)
{
    m_dirty.insert(index);
    if (status)
        m_rows[index].statusDirty = true;
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void BuildQueueModel::flush()
{
    QList<int> rows(m_dirty.cbegin(), m_dirty.cend());
    m_dirty.clear();
    std::sort(rows.begin(), rows.end());
    for (int index : std::as_const(rows)) {
        if (index >= m_rows.size())
            continue;
        emit dataChanged(this->index(index, 0), this->index(index, ColumnCount - 1));
        if (m_rows[index].statusDirty) {
            m_rows[index].statusDirty = false;
            emit rowStatusChanged(m_rows[index].name);
        }
    }
}

void BuildQueueModel::tick()
{
    for (int index = 0; index < m_rows.size(); ++index) {
        if (m_rows[index].inQueue && m_rows[index].state == BuildState::Running) {
            const QModelIndex cell = this->index(index, ElapsedColumn);
            emit dataChanged(cell, cell, {Qt::DisplayRole});
        }
    }
}

void BuildQueueModel::updateClock()
{
    bool running = false;
    for (const Row &r : std::as_const(m_rows))
        running = running || (r.inQueue && r.state == BuildState::Running);
    if (running && !m_clock->isActive())
        m_clock->start();
    else if (!running)
        m_clock->stop();
}

BuildQueueModel::Row *BuildQueueModel::row(const QString &image)
{
    const int index = m_rowOf.value(image, -1);
    return index < 0 ? nullptr : &m_rows[index];
}

const BuildQueueModel::Row *BuildQueueModel::row(const QString &image) const
{
    const int index = m_rowOf.value(image, -1);
    return index < 0 ? nullptr : &m_rows[index];
}

} // namespace ws
