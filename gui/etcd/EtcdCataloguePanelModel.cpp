#include "EtcdCataloguePanelModel.h"

#include <QColor>
#include <QDir>
#include <QFileInfo>
#include <QFont>
#include <QPalette>

namespace ws {

namespace {

QString relative(const QString &root, const QString &path)
{
    if (root.isEmpty() || !path.startsWith(root + QLatin1Char('/')))
        return path;
    return QDir(root).relativeFilePath(path);
}

bool sameRow(const EtcdCoverageEntry &a, const EtcdCoverageEntry &b)
{
    return a.state == b.state && a.matchCount == b.matchCount && a.leasedCount == b.leasedCount
        && a.templates == b.templates && a.images == b.images && a.reads == b.reads;
}

} // namespace

EtcdCataloguePanelModel::EtcdCataloguePanelModel(QObject *parent) : QAbstractTableModel(parent)
{ }

void EtcdCataloguePanelModel::setCoverage(const EtcdCoverage &coverage)
{
    bool sameKeys = coverage.entries.size() == m_coverage.entries.size();
    for (qsizetype i = 0; sameKeys && i < coverage.entries.size(); ++i)
        sameKeys = coverage.entries.at(i).key == m_coverage.entries.at(i).key;
    if (!sameKeys) {
        beginResetModel();
        m_coverage = coverage;
        endResetModel();
        return;
    }
    // The same catalogue against a changed store: tell the view which rows changed, so that it
    // keeps its selection and scroll position.
    const EtcdCoverage previous = m_coverage;
    m_coverage = coverage;
    for (qsizetype i = 0; i < coverage.entries.size(); ++i)
        if (!sameRow(previous.entries.at(i), coverage.entries.at(i)))
            emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
}

const EtcdCoverageEntry *EtcdCataloguePanelModel::entry(int row) const
{
    if (row < 0 || row >= m_coverage.entries.size())
        return nullptr;
    return &m_coverage.entries.at(row);
}

int EtcdCataloguePanelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_coverage.entries.size());
}

int EtcdCataloguePanelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EtcdCataloguePanelModel::filterWord(const EtcdCoverageEntry &entry)
{
    switch (entry.state) {
    case EtcdCoverageEntry::State::Set:
    case EtcdCoverageEntry::State::Folder:
        return QStringLiteral("set");
    case EtcdCoverageEntry::State::Missing:
        return QStringLiteral("missing");
    case EtcdCoverageEntry::State::Pattern:
        return entry.matchCount == 0 ? QStringLiteral("pattern empty") : QStringLiteral("pattern");
    case EtcdCoverageEntry::State::BadPattern:
        return QStringLiteral("pattern empty");
    }
    return {};
}

QString EtcdCataloguePanelModel::displayText(const EtcdCoverageEntry &entry, int column) const
{
    switch (column) {
    case KeyColumn:
        return entry.key;
    case StateColumn: {
        QString text = EtcdTemplateCoverage::stateText(entry);
        if (entry.leasedCount > 0)
            text = tr("%1, %n owned by the cluster", nullptr, entry.leasedCount).arg(text);
        return text;
    }
    case CountColumn:
        return QString::number(entry.matchCount);
    case TemplatesColumn: {
        QStringList names;
        for (const QString &path : entry.templates)
            names << QFileInfo(path).fileName();
        names.removeDuplicates();
        return names.join(QLatin1String(", "));
    }
    case ImagesColumn:
        return entry.images.join(QLatin1String(", "));
    }
    return {};
}

QString EtcdCataloguePanelModel::toolTip(const EtcdCoverageEntry &entry) const
{
    QStringList lines;
    if (!entry.reads.isEmpty()) {
        for (const EtcdTemplateRead &read : entry.reads)
            lines << tr("%1:%2 (%3) in %4")
                         .arg(relative(m_coverage.root, read.templatePath))
                         .arg(read.line)
                         .arg(read.function, read.image);
    } else {
        for (const QString &path : entry.templates)
            lines << relative(m_coverage.root, path);
    }
    if (entry.leasedCount > 0)
        lines << tr("%n key(s) with a lease: written by the cluster (registrator), not by hand.",
                    nullptr, entry.leasedCount);
    return lines.join(QLatin1Char('\n'));
}

QVariant EtcdCataloguePanelModel::data(const QModelIndex &index, int role) const
{
    const EtcdCoverageEntry *e = index.isValid() ? entry(index.row()) : nullptr;
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayText(*e, index.column());
    case Qt::ToolTipRole:
        return toolTip(*e);
    case SortRole:
        if (index.column() == CountColumn)
            return e->matchCount;
        if (index.column() == StateColumn)
            return int(e->state);
        return displayText(*e, index.column());
    case KeyRole:
        return e->key;
    case StateRole:
        return int(e->state);
    case FilterRole:
        return filterWord(*e);
    case Qt::ForegroundRole:
        if (e->isMissing() || e->state == EtcdCoverageEntry::State::BadPattern)
            return QColor(Qt::darkRed);
        if (e->state == EtcdCoverageEntry::State::Pattern && e->matchCount == 0)
            return QPalette().color(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::FontRole:
        if (e->isMissing() && index.column() == StateColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == CountColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant EtcdCataloguePanelModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case StateColumn:
        return tr("State");
    case CountColumn:
        return tr("Keys");
    case TemplatesColumn:
        return tr("Templates");
    case ImagesColumn:
        return tr("Images");
    }
    return {};
}

} // namespace ws
