#include "BuildLog.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace ws {

namespace {

// Image names hold '/' and ':'; a file name may not.
QString fileNameFor(const QString &image)
{
    QString name = image;
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.')
            && c != QLatin1Char('_'))
            c = QLatin1Char('_');
    }
    return name + QLatin1Char('-')
        + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss-zzz"))
        + QStringLiteral(".log");
}

} // namespace

BuildLog::BuildLog(const QString &folder, QObject *parent) : QObject(parent), m_folder(folder)
{
    if (m_folder.isEmpty())
        m_folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/logs");
}

BuildLog::~BuildLog() = default;

void BuildLog::setMemoryLines(int lines)
{
    m_memoryLines = qMax(1, lines);
}

void BuildLog::begin(const QString &image)
{
    auto entry = std::make_shared<Entry>();
    QDir().mkpath(m_folder);
    entry->path = QDir(m_folder).filePath(fileNameFor(image));
    // Two attempts in one millisecond must not share a file.
    for (int n = 2; QFile::exists(entry->path); ++n)
        entry->path = QDir(m_folder).filePath(
            fileNameFor(image).replace(QLatin1String(".log"), QStringLiteral("-%1.log").arg(n)));
    entry->file = std::make_unique<QFile>(entry->path);
    // A log that cannot be written still keeps its tail in memory: the build goes on.
    if (!entry->file->open(QIODevice::WriteOnly | QIODevice::Append))
        entry->file.reset();
    m_entries.insert(image, entry);
}

void BuildLog::append(const QString &image, const QString &line)
{
    if (!m_entries.contains(image))
        begin(image);
    Entry &entry = *m_entries.value(image);
    if (!entry.file && entry.reopen) {
        // Lines after end() (the push of a built image) go to the same file.
        entry.file = std::make_unique<QFile>(entry.path);
        if (!entry.file->open(QIODevice::WriteOnly | QIODevice::Append))
            entry.file.reset();
        entry.reopen = false;
    }
    if (entry.file) {
        entry.file->write(line.toUtf8());
        entry.file->write("\n", 1);
        entry.file->flush(); // readers open the file while the build runs
    }
    entry.lines.append(line);
    if (entry.lines.size() > m_memoryLines)
        entry.lines.remove(0, entry.lines.size() - m_memoryLines);
    ++entry.count;
    emit lineAppended(image, line);
}

void BuildLog::end(const QString &image)
{
    const auto entry = m_entries.value(image);
    if (entry && entry->file) {
        entry->file->close();
        entry->file.reset();
        entry->reopen = true;
    }
}

QStringList BuildLog::tail(const QString &image) const
{
    const auto entry = m_entries.value(image);
    return entry ? entry->lines : QStringList {};
}

QString BuildLog::filePath(const QString &image) const
{
    const auto entry = m_entries.value(image);
    return entry ? entry->path : QString {};
}

qint64 BuildLog::lineCount(const QString &image) const
{
    const auto entry = m_entries.value(image);
    return entry ? entry->count : 0;
}

} // namespace ws
